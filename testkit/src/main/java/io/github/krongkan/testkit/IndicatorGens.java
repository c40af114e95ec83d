package io.github.krongkan.testkit;

import io.github.krongkan.indicator.Accumulation;
import io.github.krongkan.indicator.ChangeBasis;
import io.github.krongkan.indicator.Direction;
import io.github.krongkan.indicator.Formula;
import io.github.krongkan.indicator.FormulaKind;
import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.indicator.IndicatorTarget;
import io.github.krongkan.indicator.IndicatorType;
import io.github.krongkan.indicator.IndicatorUnit;
import io.github.krongkan.indicator.Instrument;
import io.github.krongkan.indicator.Measure;
import io.github.krongkan.indicator.Measurement;
import io.github.krongkan.project.Target;
import io.github.krongkan.time.FiscalPeriod;
import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Generators of indicators, their periods, formulas and measurements.
 *
 * <p>Raw values favour the edge cases of ratio arithmetic: a zero denominator (no value), a zero
 * numerator (0 %), a numerator equal to the denominator (100 %), a missing numerator or denominator
 * (no value). {@link #ratioMeasurements()} keeps the numerator at most the denominator; the
 * measurements of {@link #indicators()} occasionally do not, as real documents occasionally do not.
 */
public final class IndicatorGens {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private IndicatorGens() {}

    /**
     * Periods of a fiscal year: the year, one of its quarters or one of its months.
     *
     * @param year the fiscal year
     * @return the generator
     */
    public static Gen<FiscalPeriod> periods(FiscalYear year) {
        Objects.requireNonNull(year, "year");
        return (random, size) -> switch (random.nextInt(3)) {
            case 0 -> year;
            case 1 -> year.quarter(random.nextInt(1, 5));
            default -> year.month(random.nextInt(1, 13));
        };
    }

    /**
     * Formulas of every kind: percentages mostly, other ratio factors, counts, means, changes.
     *
     * @return the generator
     */
    public static Gen<Formula> formulas() {
        Gen<String> text = TextGens.plainText();
        return (random, size) -> {
            Formula.Builder f = Formula.builder();
            switch (random.nextInt(6)) {
                case 0, 1 -> f.kind(FormulaKind.RATIO);
                case 2 ->
                    f.kind(FormulaKind.RATIO).factor(random.nextBoolean() ? BigDecimal.ONE : BigDecimal.valueOf(1000));
                case 3 -> f.kind(FormulaKind.COUNT);
                case 4 -> f.kind(FormulaKind.MEAN);
                default ->
                    f.kind(FormulaKind.CHANGE)
                            .changeBasis(random.nextBoolean() ? ChangeBasis.RELATIVE : ChangeBasis.ABSOLUTE);
            }
            if (random.nextBoolean()) {
                f.text(text.next(random, size));
            }
            if (random.nextInt(3) == 0) {
                f.numeratorLabel(text.next(random, size));
            }
            if (random.nextInt(3) == 0) {
                f.denominatorLabel(text.next(random, size));
            }
            return f.build();
        };
    }

    /**
     * Raw values of a percentage for the whole project: numerator at most the denominator, with 0 / 0,
     * 0 / n and n / n as edge cases. Magnitudes grow with size.
     *
     * @return the generator
     */
    public static Gen<Measurement> ratioMeasurements() {
        return (random, size) -> {
            long bound = 1 + (long) Math.pow(10, 1 + Gen.scaled(11, size));
            long denominator = random.nextLong(0, bound);
            double edge = random.nextDouble();
            long numerator;
            if (edge < Gen.EDGE_CASE_RATE) {
                denominator = 0;
                numerator = 0;
            } else if (edge < 2 * Gen.EDGE_CASE_RATE) {
                numerator = 0;
            } else if (edge < 3 * Gen.EDGE_CASE_RATE) {
                numerator = denominator;
            } else {
                numerator = random.nextLong(0, denominator + 1);
            }
            return Measurement.of(numerator, denominator);
        };
    }

    /**
     * Indicators of every shape in a fiscal year of {@link TimeGens#fiscalYears()}, not linked to any target.
     *
     * @return the generator
     */
    public static Gen<Indicator> indicators() {
        return TimeGens.fiscalYears().flatMap(year -> indicators(year, List.of(), List.of()));
    }

    /**
     * Indicators of a project: targets and measurements in its fiscal year, a link to one of its
     * numbered targets now and then, measurements of its subjects (or of the whole project).
     *
     * @param year       the project's fiscal year
     * @param targets    the project's targets; a link names a number one of them has
     * @param subjectIds ids of schools or networks measurements may be for; may be empty
     * @return the generator
     */
    public static Gen<Indicator> indicators(FiscalYear year, List<Target> targets, List<String> subjectIds) {
        Objects.requireNonNull(year, "year");
        List<String> numbers =
                targets.stream().flatMap(t -> t.number().stream()).distinct().toList();
        List<String> subjects = List.copyOf(subjectIds);
        Gen<String> text = TextGens.text();
        Gen<Formula> formulas = formulas();
        return (random, size) -> {
            Indicator.Builder b = Indicator.builder().name(text.next(random, size));
            Measure[] measures = Measure.values();
            b.measure(measures[random.nextInt(measures.length)]);
            Optional<Formula> formula =
                    random.nextInt(5) > 0 ? Optional.of(formulas.next(random, size)) : Optional.empty();
            formula.ifPresent(b::formula);
            boolean change = formula.isPresent() && formula.get().kind() == FormulaKind.CHANGE;
            if (random.nextInt(3) == 0) {
                b.number(TextGens.itemNumbers().next(random, size));
            }
            IndicatorType type = pick(random, IndicatorType.values());
            if (random.nextBoolean()) {
                b.type(type);
            }
            if (random.nextInt(4) == 0) {
                // an indicator of several types (seed 002: routine and output), its type among them
                b.addTypes(type, pick(random, IndicatorType.values()));
            }
            if (random.nextBoolean()) {
                b.unit(pick(random, IndicatorUnit.values()));
            }
            if (random.nextInt(3) == 0) {
                b.unitText(pick(random, new String[] {"ร้อยละ", "โรงเรียน", "คน", "ชุด", "คะแนน"}));
            }
            if (random.nextInt(8) > 0) {
                List<Direction> directions =
                        new ArrayList<>(List.of(Direction.AT_LEAST, Direction.AT_MOST, Direction.EXACTLY));
                if (change) {
                    directions.add(Direction.REDUCE_BY_AT_LEAST);
                    directions.add(Direction.INCREASE_BY_AT_LEAST);
                }
                b.direction(directions.get(random.nextInt(directions.size())));
            }
            b.accumulation(pick(random, Accumulation.values()));
            if (change || random.nextInt(4) == 0) {
                b.baseline(random.nextDouble() < Gen.EDGE_CASE_RATE ? BigDecimal.ZERO : decimal(random, size));
                if (random.nextBoolean()) {
                    b.baselinePeriod(year.equals(FiscalYear.MIN) ? year : year.previous());
                }
            }
            List<Optional<FiscalPeriod>> periods = periods(random, year);
            for (int i = random.nextInt(Math.min(periods.size(), 1 + Gen.scaled(6, size)) + 1); i > 0; i--) {
                Optional<FiscalPeriod> period = periods.remove(random.nextInt(periods.size()));
                b.addTarget(IndicatorTarget.builder()
                        .period(period)
                        .value(targetValue(random))
                        .build());
            }
            if (random.nextInt(3) == 0) {
                b.targetText(text.next(random, size));
            }
            if (random.nextInt(3) == 0) {
                b.instrument(pick(random, Instrument.values()));
            }
            if (random.nextInt(4) == 0) {
                b.instrumentText(text.next(random, size));
            }
            if (random.nextInt(3) == 0) {
                b.timeframe(pick(random, new String[] {"ตลอดปีงบประมาณ", "ไตรมาสละครั้ง", "ภาคเรียนละครั้ง"}));
            }
            if (!numbers.isEmpty() && random.nextInt(3) == 0) {
                b.linkedTargetNumber(numbers.get(random.nextInt(numbers.size())));
            }
            Set<List<Optional<String>>> measured = new LinkedHashSet<>();
            List<Optional<FiscalPeriod>> measurable = periods(random, year);
            for (int i = random.nextInt(Gen.scaled(8, size) + 1); i > 0; i--) {
                Optional<FiscalPeriod> period = measurable.get(random.nextInt(measurable.size()));
                Optional<String> subject = subjects.isEmpty() || random.nextBoolean()
                        ? Optional.empty()
                        : Optional.of(subjects.get(random.nextInt(subjects.size())));
                if (measured.add(List.of(period.map(Object::toString), subject))) {
                    b.addMeasurement(measurement(random, size, year, formula, period, subject));
                }
            }
            return b.build();
        };
    }

    private static Measurement measurement(
            RandomGenerator random,
            int size,
            FiscalYear year,
            Optional<Formula> formula,
            Optional<FiscalPeriod> period,
            Optional<String> subject) {
        Measurement.Builder m = Measurement.builder().period(period).subjectId(subject);
        if (formula.isPresent()) {
            long whole = random.nextLong(0, 1 + (long) Math.pow(10, 1 + Gen.scaled(6, size)));
            double edge = random.nextDouble();
            long part = edge < Gen.EDGE_CASE_RATE
                    ? 0
                    : edge < 2 * Gen.EDGE_CASE_RATE
                            ? whole
                            : edge < 2.5 * Gen.EDGE_CASE_RATE ? whole + 1 : random.nextLong(0, whole + 1);
            boolean dropOne = random.nextDouble() < Gen.EDGE_CASE_RATE;
            if (formula.get().usesDenominator()) {
                boolean dropNumerator = dropOne && random.nextBoolean();
                if (!dropNumerator) {
                    m.numerator(BigDecimal.valueOf(part));
                }
                if (!dropOne || dropNumerator) {
                    m.denominator(
                            random.nextDouble() < Gen.EDGE_CASE_RATE ? BigDecimal.ZERO : BigDecimal.valueOf(whole));
                }
            } else if (!dropOne) {
                m.numerator(BigDecimal.valueOf(part, random.nextInt(3)));
            }
        } else if (random.nextInt(4) > 0) {
            m.reportedValue(BigDecimal.valueOf(random.nextLong(-100, 10_000), random.nextInt(3)));
        }
        if (random.nextInt(5) == 0) {
            m.reportedText(TextGens.text().next(random, size));
        }
        if (random.nextInt(4) == 0) {
            m.date(TimeGens.datesIn(year).next(random, size));
        }
        if (random.nextInt(6) == 0) {
            m.note(TextGens.text().next(random, size));
        }
        return m.build();
    }

    /** The whole indicator, the year, its quarters and a few months, in random order. */
    private static List<Optional<FiscalPeriod>> periods(RandomGenerator random, FiscalYear year) {
        List<Optional<FiscalPeriod>> periods = new ArrayList<>();
        periods.add(Optional.empty());
        periods.add(Optional.of(year));
        for (int q = 1; q <= 4; q++) {
            periods.add(Optional.of(year.quarter(q)));
        }
        periods.add(Optional.of(year.month(1)));
        periods.add(Optional.of(year.month(12)));
        periods.add(Optional.of(year.month(random.nextInt(2, 12))));
        return periods;
    }

    private static BigDecimal targetValue(RandomGenerator random) {
        return switch (random.nextInt(6)) {
            case 0 -> HUNDRED;
            case 1 -> BigDecimal.ZERO;
            case 2 -> BigDecimal.valueOf(random.nextInt(1, 101));
            case 3 -> BigDecimal.valueOf(random.nextInt(1, 1000), 1);
            default -> BigDecimal.valueOf(random.nextInt(1, 100_000));
        };
    }

    private static BigDecimal decimal(RandomGenerator random, int size) {
        return BigDecimal.valueOf(
                random.nextLong(0, 1 + (long) Math.pow(10, 1 + Gen.scaled(8, size))), random.nextInt(3));
    }

    private static <T> T pick(RandomGenerator random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
