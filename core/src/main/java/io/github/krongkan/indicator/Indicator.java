package io.github.krongkan.indicator;

import io.github.krongkan.internal.Require;
import io.github.krongkan.network.NetworkDirectory;
import io.github.krongkan.network.RollUp;
import io.github.krongkan.time.FiscalPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An indicator of a project (ตัวชี้วัด) with its targets and measurements.
 *
 * <p>Seed 000's KPI, "ร้อยละของโรงเรียนในเครือข่ายที่ 19 ที่มีการพัฒนาคุณภาพ…", target ร้อยละ 90,
 * type output, measured over the fiscal year:
 * <pre>{@code
 * Indicator kpi = Indicator.builder()
 *         .name("ร้อยละของโรงเรียนในเครือข่ายที่ 19 ที่มีการพัฒนาคุณภาพ…")
 *         .type(IndicatorType.OUTPUT)
 *         .measure(Measure.PERCENTAGE)
 *         .unit(IndicatorUnit.PERCENT)
 *         .formula(Formula.percentage())
 *         .direction(Direction.AT_LEAST)
 *         .addTarget(IndicatorTarget.of(BigDecimal.valueOf(90)))
 *         .build();
 * kpi.evaluate(Measurement.of(5, 5));   // value 100, MET, attainment 1.111111
 * kpi.evaluate(Measurement.of(4, 5));   // value 80, NOT_MET
 * kpi.evaluate(Measurement.of(4, 0));   // no value
 * }</pre>
 *
 * <p><b>Periods.</b> Targets and measurements may be for a fiscal year, a quarter or a month, or for
 * the indicator as a whole. {@link #measurementFor(FiscalPeriod)} makes a longer period's
 * measurement from shorter ones by the indicator's {@link #accumulation()}: a cumulative indicator's
 * year is its last measured period, a per-period one sums the raw values of its periods.
 * {@link #targetFor(Optional)} finds a period's target the same way.
 *
 * <p>Construction refuses what cannot be: a reduce-by or increase-by direction without a change
 * formula, a change without a baseline, two targets for one period, two measurements of one subject
 * and period, raw values the formula has no use for.
 */
@Value.Immutable
public abstract class Indicator {
    Indicator() {}

    /**
     * The number the document gives the indicator, e.g. {@code 10.1}, if any.
     *
     * @return the number, not blank
     */
    public abstract Optional<String> number();

    /**
     * The indicator as the document words it.
     *
     * @return the name, not blank
     */
    public abstract String name();

    /**
     * The type (ประเภทตัวชี้วัด), if stated; for an indicator of several types, its principal one.
     * Always one of {@link #types()}.
     *
     * @return output, outcome, impact or routine
     */
    public abstract Optional<IndicatorType> type();

    /**
     * Every type the document gives the indicator: seed 002's "ตัวชี้วัดงานประจำ" that is also
     * "ตัวชี้วัดระดับผลผลิต" has the types output and routine.
     *
     * <p>The two members combine in one way only: an indicator built with {@code type} alone has that
     * type as its only one in {@code types}; one built with {@code types} alone has as its
     * {@code type} the first of them in the order of {@link IndicatorType} (output, outcome, impact,
     * routine); one built with both keeps its {@code type}, which must be one of its {@code types}.
     * Use {@link #hasType(IndicatorType)} to ask about a type.
     *
     * @return the types, in the order of {@link IndicatorType}; empty exactly when {@link #type()} is
     */
    public abstract Set<IndicatorType> types();

    /**
     * Whether the indicator is of a type, as one of its {@link #types()}.
     *
     * @param type a type
     * @return {@code true} if the document gives the indicator that type
     */
    public boolean hasType(IndicatorType type) {
        Objects.requireNonNull(type, "type");
        return types().contains(type);
    }

    /**
     * What kind of quantity is measured.
     *
     * @return the measure
     */
    public abstract Measure measure();

    /**
     * The unit of the values, if stated.
     *
     * @return the unit
     */
    public abstract Optional<IndicatorUnit> unit();

    /**
     * The unit as the document writes it, e.g. {@code ร้อยละ}, {@code โรงเรียน}, {@code คน}.
     *
     * @return the unit text, not blank
     */
    public abstract Optional<String> unitText();

    /**
     * How the value is computed from the raw values (วิธีการคำนวณ); empty for an indicator whose
     * measurements only report values.
     *
     * @return the formula
     */
    public abstract Optional<Formula> formula();

    /**
     * How values are compared with targets, if the document says (ไม่น้อยกว่า, ไม่เกิน, …).
     *
     * @return the direction
     */
    public abstract Optional<Direction> direction();

    /**
     * Whether measurements are cumulative or per period.
     *
     * @return the accumulation; {@link Accumulation#CUMULATIVE} unless set
     */
    @Value.Default
    public Accumulation accumulation() {
        return Accumulation.CUMULATIVE;
    }

    /**
     * The targets (ค่าเป้าหมาย), at most one per period and one for the whole.
     *
     * @return the targets, possibly empty
     */
    public abstract List<IndicatorTarget> targets();

    /**
     * The target as the document words it, e.g. {@code ร้อยละ 90} or {@code ลดลงอย่างน้อยร้อยละ 2}.
     *
     * @return the target text, not blank
     */
    public abstract Optional<String> targetText();

    /**
     * The baseline (ค่าฐาน) a change is measured against, in the indicator's unit.
     *
     * @return the baseline
     */
    public abstract Optional<BigDecimal> baseline();

    /**
     * The period of the baseline, e.g. the previous fiscal year.
     *
     * @return the baseline's period; only with a baseline
     */
    public abstract Optional<FiscalPeriod> baselinePeriod();

    /**
     * The instrument (เครื่องมือ), if stated.
     *
     * @return the instrument
     */
    public abstract Optional<Instrument> instrument();

    /**
     * The instrument or method as the document words it, e.g. {@code สอบถาม / แบบสอบถาม}.
     *
     * @return the text, not blank
     */
    public abstract Optional<String> instrumentText();

    /**
     * When the indicator is measured, as the document words it (ระยะเวลา), e.g. {@code ตลอดปีงบประมาณ}.
     *
     * @return the timeframe, not blank
     */
    public abstract Optional<String> timeframe();

    /**
     * The number of the project target (เป้าหมาย) this indicator measures, e.g. {@code 3.1.2}; a
     * project refuses a number none of its targets has.
     *
     * @return the linked target's number, not blank
     */
    public abstract Optional<String> linkedTargetNumber();

    /**
     * The measurements, in the order given.
     *
     * @return the measurements, possibly empty; at most one per subject and period
     */
    public abstract List<Measurement> measurements();

    /**
     * A builder for an indicator.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link Indicator}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link Indicator#name() name}, {@link Indicator#measure() measure}. Every
     * other attribute is optional, a list or has a default; {@code build()} throws {@link
     * IllegalStateException} naming each required attribute that was not set.
     */
    public static final class Builder extends ImmutableIndicator.Builder {
        Builder() {}
    }

    // ------------------------------------------------------------------ values

    /**
     * The achieved value of a measurement: computed by the formula from the raw values; when the
     * measurement has no raw values at all, the value it reports.
     *
     * @param measurement a measurement of this indicator
     * @return the value; empty if a raw value the formula needs is missing, a divisor is zero, or
     *         there is neither a raw nor a reported value
     */
    public Optional<BigDecimal> value(Measurement measurement) {
        Objects.requireNonNull(measurement, "measurement");
        if (measurement.hasRawValues() && formula().isPresent()) {
            return formula().get().apply(measurement.numerator(), measurement.denominator(), baseline());
        }
        return measurement.hasRawValues()
                ? Optional.empty()
                : measurement.reportedValue().map(Require::plain);
    }

    /**
     * Compares a measurement's value with the target of its period.
     *
     * @param measurement a measurement of this indicator
     * @return the evaluation
     */
    public Evaluation evaluate(Measurement measurement) {
        Objects.requireNonNull(measurement, "measurement");
        return evaluate(measurement.period(), value(measurement));
    }

    /**
     * Compares a value with the target of a period.
     *
     * @param period the period
     * @param value  the achieved value
     * @return the evaluation
     */
    public Evaluation evaluate(FiscalPeriod period, BigDecimal value) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
        return evaluate(Optional.of(period), Optional.of(value));
    }

    /**
     * Compares a value with the target of the indicator as a whole.
     *
     * @param value the achieved value
     * @return the evaluation
     */
    public Evaluation evaluate(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        return evaluate(Optional.empty(), Optional.of(value));
    }

    /**
     * The evaluation of a period before anything is measured: its target and
     * {@link Achievement#NO_VALUE}.
     *
     * @param period the period
     * @return the evaluation, without a value
     */
    public Evaluation evaluateWithoutValue(FiscalPeriod period) {
        Objects.requireNonNull(period, "period");
        return evaluate(Optional.of(period), Optional.empty());
    }

    /**
     * The evaluation of the indicator as a whole before anything is measured: its target and
     * {@link Achievement#NO_VALUE}.
     *
     * @return the evaluation, without a value
     */
    public Evaluation evaluateWithoutValue() {
        return evaluate(Optional.empty(), Optional.empty());
    }

    private Evaluation evaluate(Optional<FiscalPeriod> period, Optional<BigDecimal> value) {
        Optional<BigDecimal> target = targetFor(period);
        Achievement achievement;
        Optional<BigDecimal> attainment = Optional.empty();
        if (value.isEmpty()) {
            achievement = Achievement.NO_VALUE;
        } else if (target.isEmpty()) {
            achievement = Achievement.NO_TARGET;
        } else if (direction().isEmpty()) {
            achievement = Achievement.NO_DIRECTION;
        } else {
            Direction d = direction().get();
            achievement = d.isMet(value.get(), target.get()) ? Achievement.MET : Achievement.NOT_MET;
            attainment = d.attainment(value.get(), target.get());
        }
        return new Evaluation(period, value, target, direction(), achievement, attainment);
    }

    /**
     * The target of a period: the target set for exactly that period; else one made from the
     * targets of its shorter periods when they cover it completely (a cumulative indicator takes the
     * last one, a per-period indicator sums them); else the target for the whole indicator.
     *
     * @param period a period
     * @return the target value, if any
     */
    public Optional<BigDecimal> targetFor(FiscalPeriod period) {
        Objects.requireNonNull(period, "period");
        return targetFor(Optional.of(period));
    }

    /**
     * The target of the indicator as a whole, the one set without a period.
     *
     * @return the target value, if any
     */
    public Optional<BigDecimal> overallTarget() {
        return targetFor(Optional.empty());
    }

    private Optional<BigDecimal> targetFor(Optional<FiscalPeriod> period) {
        for (IndicatorTarget t : targets()) {
            if (t.period().equals(period)) {
                return Optional.of(t.value());
            }
        }
        if (period.isPresent()) {
            Optional<BigDecimal> derived = derivedTarget(period.get());
            if (derived.isPresent()) {
                return derived;
            }
        }
        return targets().stream()
                .filter(t -> t.period().isEmpty())
                .map(IndicatorTarget::value)
                .findFirst();
    }

    private Optional<BigDecimal> derivedTarget(FiscalPeriod period) {
        List<IndicatorTarget> inside = targets().stream()
                .filter(t -> t.period().isPresent()
                        && !t.period().get().equals(period)
                        && period.contains(t.period().get()))
                .toList();
        Optional<FiscalPeriod.Granularity> coarsest =
                inside.stream().map(t -> t.period().get().granularity()).min(Comparator.naturalOrder());
        if (coarsest.isEmpty()) {
            return Optional.empty();
        }
        List<IndicatorTarget> parts = inside.stream()
                .filter(t -> t.period().get().granularity() == coarsest.get())
                .sorted(Comparator.comparing(t -> t.period().get(), FiscalPeriod.chronological()))
                .toList();
        int needed = parts(period, coarsest.get());
        if (parts.size() != needed) {
            return Optional.empty();
        }
        if (accumulation() == Accumulation.CUMULATIVE) {
            return Optional.of(parts.get(parts.size() - 1).value());
        }
        return Optional.of(parts.stream().map(IndicatorTarget::value).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static int parts(FiscalPeriod period, FiscalPeriod.Granularity granularity) {
        int months = period.granularity() == FiscalPeriod.Granularity.YEAR
                ? 12
                : period.granularity() == FiscalPeriod.Granularity.QUARTER ? 3 : 1;
        return granularity == FiscalPeriod.Granularity.QUARTER
                ? months / 3
                : granularity == FiscalPeriod.Granularity.MONTH ? months : 1;
    }

    /**
     * The measurement of the whole project for a period, as
     * {@link #measurementFor(FiscalPeriod, String)} makes it for a subject.
     *
     * @param period the period, e.g. a fiscal year
     * @return the measurement, if anything was measured in the period
     */
    public Optional<Measurement> measurementFor(FiscalPeriod period) {
        Objects.requireNonNull(period, "period");
        return measurementFor(period, Optional.empty());
    }

    /**
     * The measurement of a subject for a period: the one recorded for exactly that period; else one
     * made from the measurements of its shorter periods (those of the longest granularity present):
     * for a cumulative indicator the last of them, for a per-period indicator their raw values
     * summed. The result carries {@code period} and the subject.
     *
     * @param period    the period, e.g. a fiscal year
     * @param subjectId the subject, e.g. a school's id
     * @return the measurement, if anything was measured in the period
     */
    public Optional<Measurement> measurementFor(FiscalPeriod period, String subjectId) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(subjectId, "subjectId");
        return measurementFor(period, Optional.of(subjectId));
    }

    private Optional<Measurement> measurementFor(FiscalPeriod period, Optional<String> subjectId) {
        List<Measurement> ofSubject = measurements().stream()
                .filter(m -> m.subjectId().equals(subjectId))
                .toList();
        for (Measurement m : ofSubject) {
            if (m.period().isPresent() && m.period().get().equals(period)) {
                return Optional.of(m);
            }
        }
        List<Measurement> inside = ofSubject.stream()
                .filter(m ->
                        m.period().isPresent() && period.contains(m.period().get()))
                .toList();
        Optional<FiscalPeriod.Granularity> coarsest =
                inside.stream().map(m -> m.period().get().granularity()).min(Comparator.naturalOrder());
        if (coarsest.isEmpty()) {
            return Optional.empty();
        }
        List<Measurement> parts = inside.stream()
                .filter(m -> m.period().get().granularity() == coarsest.get())
                .sorted(Comparator.comparing(m -> m.period().get(), FiscalPeriod.chronological()))
                .toList();
        Measurement combined;
        if (accumulation() == Accumulation.CUMULATIVE) {
            combined = parts.get(parts.size() - 1);
        } else {
            combined = parts.stream().reduce(Measurement::plus).orElseThrow();
        }
        Measurement.Builder b = Measurement.builder().from(combined).period(period);
        subjectId.ifPresent(b::subjectId);
        return Optional.of(b.build());
    }

    /**
     * The measurements of one period by subject id, ready for {@link #rollUp}.
     *
     * @param period the period
     * @return measurements with a subject and exactly that period, by subject id, in the order given
     */
    public Map<String, Measurement> measurementsBySubject(FiscalPeriod period) {
        Objects.requireNonNull(period, "period");
        return measurementsBySubject(Optional.of(period));
    }

    /**
     * The measurements without a period (of the indicator as a whole) by subject id, ready for
     * {@link #rollUp}.
     *
     * @return measurements with a subject and no period, by subject id, in the order given
     */
    public Map<String, Measurement> measurementsBySubject() {
        return measurementsBySubject(Optional.empty());
    }

    private Map<String, Measurement> measurementsBySubject(Optional<FiscalPeriod> period) {
        Map<String, Measurement> bySubject = new LinkedHashMap<>();
        for (Measurement m : measurements()) {
            if (m.subjectId().isPresent() && m.period().equals(period)) {
                bySubject.put(m.subjectId().get(), m);
            }
        }
        return bySubject;
    }

    // ------------------------------------------------------------------ roll-up

    /**
     * Rolls per-school measurements up to networks and offices by summing their raw values
     * ({@link Measurement#plus}); the value of each network and office is then recomputed from its
     * sums by {@link #value(Measurement)}, never averaged.
     *
     * @param directory the offices, networks and schools
     * @param bySchool  measurements by school id
     * @return the summed measurements
     */
    public RollUp<Measurement> rollUp(NetworkDirectory directory, Map<String, Measurement> bySchool) {
        return directory.rollUp(bySchool, Measurement::plus);
    }

    /**
     * Rolls per-school measurements up and computes each level's value from its sums: a network's
     * percentage is the sum of its schools' numerators × 100 / the sum of their denominators.
     *
     * @param directory the offices, networks and schools
     * @param bySchool  measurements by school id
     * @return the values; empty where a raw value is missing or a sum of denominators is zero
     */
    public RollUp<Optional<BigDecimal>> rollUpValues(NetworkDirectory directory, Map<String, Measurement> bySchool) {
        return rollUp(directory, bySchool).map(this::value);
    }

    /**
     * Rolls per-school measurements up and evaluates each level against its target.
     *
     * @param directory the offices, networks and schools
     * @param bySchool  measurements by school id
     * @return the evaluations
     */
    public RollUp<Evaluation> rollUpEvaluations(NetworkDirectory directory, Map<String, Measurement> bySchool) {
        return rollUp(directory, bySchool).map(this::evaluate);
    }

    /**
     * The unweighted mean of per-school values, network by network and office by office: what
     * averaging percentages gives, for those who ask for it explicitly. A small school counts as much
     * as a large one; {@link #rollUpValues} is the ratio of sums. A group with a school that has no
     * value has no mean. Means are rounded half-up to {@value Formula#SCALE} decimal places.
     *
     * @param directory the offices, networks and schools
     * @param bySchool  measurements by school id
     * @return the means
     */
    public RollUp<Optional<BigDecimal>> rollUpMeanOfValues(
            NetworkDirectory directory, Map<String, Measurement> bySchool) {
        Map<String, MeanOf> values = new LinkedHashMap<>();
        bySchool.forEach((id, m) -> values.put(id, MeanOf.of(value(m))));
        return directory.rollUp(values, MeanOf::plus).map(MeanOf::mean);
    }

    /** Sum and count of values, and whether every value was present. */
    private record MeanOf(BigDecimal sum, long count, boolean complete) {
        static MeanOf of(Optional<BigDecimal> value) {
            return value.map(v -> new MeanOf(v, 1, true)).orElse(new MeanOf(BigDecimal.ZERO, 1, false));
        }

        MeanOf plus(MeanOf other) {
            return new MeanOf(sum.add(other.sum), count + other.count, complete && other.complete);
        }

        Optional<BigDecimal> mean() {
            return complete
                    ? Optional.of(
                            Require.plain(sum.divide(BigDecimal.valueOf(count), Formula.SCALE, RoundingMode.HALF_UP)))
                    : Optional.empty();
        }
    }

    // ------------------------------------------------------------------ validation

    /**
     * The one place where {@link #type()} and {@link #types()} combine: the type is one of the types;
     * without a type, the first of the types is.
     *
     * @return the combined indicator, if this one is not yet in that form
     */
    private Optional<Indicator> combineTypes(String where) {
        if (type().isEmpty()) {
            return types().stream()
                    .min(Comparator.naturalOrder())
                    .map(first -> builder().from(this).type(first).build());
        }
        IndicatorType principal = type().get();
        if (types().isEmpty()) {
            return Optional.of(builder().from(this).addTypes(principal).build());
        }
        if (!types().contains(principal)) {
            throw new IllegalArgumentException("Indicator type " + principal.name() + " (" + principal.thai()
                    + ") is not among its types " + types() + "; list every type in types" + where);
        }
        return Optional.empty();
    }

    /**
     * Validates the indicator and normalizes a baseline with a negative scale to a plain number
     * ({@code 1E+2} becomes {@code 100}), as every decimal field of the model is kept, so that the
     * value written and read back is equal.
     *
     * @return this indicator or its normalized form
     */
    @Value.Check
    Indicator check() {
        Require.notBlank(name(), "Indicator name");
        String where = " (indicator " + name() + ")";
        number().ifPresent(t -> Require.notBlank(t, "Indicator number"));
        unitText().ifPresent(t -> Require.notBlank(t, "Indicator unitText" + where));
        targetText().ifPresent(t -> Require.notBlank(t, "Indicator targetText" + where));
        instrumentText().ifPresent(t -> Require.notBlank(t, "Indicator instrumentText" + where));
        timeframe().ifPresent(t -> Require.notBlank(t, "Indicator timeframe" + where));
        linkedTargetNumber().ifPresent(t -> Require.notBlank(t, "Indicator linkedTargetNumber" + where));
        Optional<Indicator> typed = combineTypes(where);
        if (typed.isPresent()) {
            return typed.get();
        }
        boolean change = formula().isPresent() && formula().get().kind() == FormulaKind.CHANGE;
        if (direction().isPresent() && direction().get().isChange() && !change) {
            throw new IllegalArgumentException(
                    "Indicator direction " + direction().get().name()
                            + " (" + direction().get().thai()
                            + ") compares a change against the baseline; the formula must be a "
                            + "change" + where);
        }
        if (change && baseline().isEmpty()) {
            throw new IllegalArgumentException("Indicator baseline (ค่าฐาน) is required by a change formula" + where);
        }
        if (baselinePeriod().isPresent() && baseline().isEmpty()) {
            throw new IllegalArgumentException("Indicator baselinePeriod is given without a baseline" + where);
        }
        Set<Optional<FiscalPeriod>> periods = new HashSet<>();
        for (IndicatorTarget t : targets()) {
            if (!periods.add(t.period())) {
                throw new IllegalArgumentException("Indicator targets has two targets for "
                        + t.period().map(Object::toString).orElse("the whole indicator") + where);
            }
        }
        Set<List<Optional<?>>> measured = new HashSet<>();
        for (Measurement m : measurements()) {
            if (!measured.add(List.of(m.period(), m.subjectId()))) {
                throw new IllegalArgumentException("Indicator measurements has two measurements of "
                        + m.subjectId().map(s -> "subject " + s).orElse("the whole project") + " for "
                        + m.period().map(Object::toString).orElse("the whole indicator") + where);
            }
            if (m.hasRawValues() && formula().isEmpty()) {
                throw new IllegalArgumentException("Indicator measurements has raw values (numerator, denominator) "
                        + "but the indicator has no formula to use them; give reportedValue instead" + where);
            }
            if (m.denominator().isPresent()
                    && formula().isPresent()
                    && !formula().get().usesDenominator()) {
                throw new IllegalArgumentException("Indicator measurements has a denominator but a "
                        + formula().get().kind().name().toLowerCase(java.util.Locale.ROOT) + " formula has none"
                        + where);
            }
        }
        if (baseline().isPresent() && baseline().get().scale() < 0) {
            return builder()
                    .from(this)
                    .baseline(Require.noNegativeScale(baseline().get()))
                    .build();
        }
        return this;
    }
}
