package io.github.krongkan.project;

import io.github.krongkan.budget.NetworkMoney;
import io.github.krongkan.money.Baht;
import io.github.krongkan.text.ThaiParseException;
import io.github.krongkan.time.DateReading;
import io.github.krongkan.time.ThaiDates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One progress report (รายงานความก้าวหน้า) of a project, as a tracking system or a monthly report
 * gives it: its number, its date, the cumulative progress of the work in percent
 * (ความก้าวหน้าของงาน), the cumulative amount disbursed (งบประมาณที่เบิกใช้), whether the work is
 * on plan (เป็นไปตามแผน) and on target (เป็นไปตามเป้าหมาย), what was done, problems (ปัญหา),
 * obstacles (อุปสรรค), and a change of the project's status (ชะลอ, ยกเลิก, แล้วเสร็จ).
 *
 * <p>Reports are kept as written: the progress may be above 100 or below 0, and the date as
 * written may be month first or disagree with the date; such things are reported by
 * {@link io.github.krongkan.check.ProjectCheck}, not refused. Refused are only a blank text, a
 * negative disbursed amount and a blank number.
 *
 * <pre>{@code
 * ProgressReport report = ProgressReport.builder()
 *         .number("11")
 *         .date(LocalDate.of(2020, 11, 29))
 *         .dateAsWritten("11/29/2020")
 *         .progress(new BigDecimal("10.00"))
 *         .narrative("อยู่ระหว่างขั้นตอนการขออนุมัติโครงการของเครื่อข่ายโรงเรียนที่ได้รับมอบหมาย")
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class ProgressReport {
    ProgressReport() {}

    /**
     * The number the source gives the report ({@code รายงานครั้งที่ 3} → {@code 3}), as written,
     * if any. Sources number reports either way: oldest first or, like a newest-first listing,
     * newest first.
     *
     * @return the number
     */
    public abstract Optional<String> number();

    /**
     * The date of the report (Common Era, as {@link java.time.LocalDate}).
     *
     * @return the date
     */
    public abstract LocalDate date();

    /**
     * The date as the source writes it, if recorded (e.g. {@code 29/09/2564} or {@code 11/29/2020}),
     * so that the form it was written in can be read again with
     * {@link io.github.krongkan.time.ThaiDates#read(CharSequence)}: a month-first or ambiguous form
     * is reported by the checks.
     *
     * @return the text as written, never blank
     */
    public abstract Optional<String> dateAsWritten();

    /**
     * The {@linkplain #dateAsWritten() date as written} read with
     * {@link ThaiDates#read(CharSequence)}: the date or dates it can mean and the form it is
     * written in. Read once per report, when first asked for; not part of equality.
     *
     * @return the reading; empty if there is no date as written or it cannot be read as a date
     */
    @Value.Lazy
    public Optional<DateReading> dateAsWrittenReading() {
        if (dateAsWritten().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ThaiDates.read(dateAsWritten().get()));
        } catch (ThaiParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The cumulative progress of the work in percent (ความก้าวหน้าของงาน), e.g. {@code 80.00}.
     * Values outside 0–100 are accepted and reported by the checks.
     *
     * @return the percentage, with the scale it was given in
     */
    public abstract BigDecimal progress();

    /**
     * The cumulative amount disbursed by the date of the report (งบประมาณที่เบิกใช้ / เบิกจ่ายสะสม),
     * if the report states it.
     *
     * @return the amount, not negative
     */
    public abstract Optional<Baht> disbursed();

    /**
     * Whether the report says the work is on plan (เป็นไปตามแผน), if it says either way.
     *
     * @return {@code true} for on plan, {@code false} for not on plan
     */
    public abstract Optional<Boolean> onPlan();

    /**
     * Whether the report says the work is on target (เป็นไปตามเป้าหมาย), if it says either way.
     *
     * @return {@code true} for on target, {@code false} for not on target
     */
    public abstract Optional<Boolean> onTarget();

    /**
     * What the report says was done, as written (ผลการดำเนินงาน), if anything.
     *
     * @return the narrative, never blank
     */
    public abstract Optional<String> narrative();

    /**
     * The problems the report names (ปัญหา), as written, including {@code ไม่มี} or {@code -}.
     *
     * @return the text, never blank
     */
    public abstract Optional<String> problems();

    /**
     * The obstacles the report names (อุปสรรค), as written, including {@code ไม่มี} or {@code -}.
     *
     * @return the text, never blank
     */
    public abstract Optional<String> obstacles();

    /**
     * The status the project changes to with this report, if the report changes it: delayed
     * (ชะลอ), cancelled (ยกเลิก), completed (ดำเนินการแล้วเสร็จ), or back in progress.
     *
     * @return the new status
     */
    public abstract Optional<ProjectStatus> statusChange();

    /**
     * The money of each network (or school or school group) by the date of the report, as the
     * report gives it: disbursed (เบิกจ่าย) and sent back (ส่งคืน), cumulatively. Each network at
     * most once per report.
     *
     * @return the lines in document order, possibly empty
     */
    public abstract List<NetworkMoney> networkMoney();

    /**
     * A report of a date and a cumulative progress.
     *
     * @param date     the date
     * @param progress the cumulative progress in percent
     * @return the report
     */
    public static ProgressReport of(LocalDate date, BigDecimal progress) {
        return builder().date(date).progress(progress).build();
    }

    /**
     * A builder for a report.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link ProgressReport}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link ProgressReport#date() date}, {@link ProgressReport#progress()
     * progress}. Every other attribute is optional, a list or has a default; {@code build()} throws
     * {@link IllegalStateException} naming each required attribute that was not set.
     */
    public static final class Builder extends ImmutableProgressReport.Builder {
        Builder() {}
    }

    /**
     * Validates the report and normalizes a progress with a negative scale ({@code 1E+2}) to a
     * plain integer ({@code 100}), so that every report has one written form.
     */
    @Value.Check
    ProgressReport check() {
        notBlank(number(), "number");
        notBlank(dateAsWritten(), "dateAsWritten");
        notBlank(narrative(), "narrative");
        notBlank(problems(), "problems (ปัญหา)");
        notBlank(obstacles(), "obstacles (อุปสรรค)");
        if (disbursed().isPresent() && disbursed().get().signum() < 0) {
            throw new IllegalArgumentException("disbursed (งบประมาณที่เบิกใช้) must not be negative: "
                    + disbursed().get());
        }
        Set<String> networks = new HashSet<>();
        for (NetworkMoney line : networkMoney()) {
            if (!networks.add(line.key())) {
                throw new IllegalArgumentException("networkMoney names "
                        + line.networkId().or(line::party).orElseThrow()
                        + " twice; give each network once per report, with its cumulative amounts");
            }
        }
        if (progress().scale() < 0) {
            return builder().from(this).progress(progress().setScale(0)).build();
        }
        return this;
    }

    private static void notBlank(Optional<String> value, String field) {
        if (value.isPresent() && value.get().isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
