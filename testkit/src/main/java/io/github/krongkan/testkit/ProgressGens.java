package io.github.krongkan.testkit;

import io.github.krongkan.money.Baht;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.ProjectStatus;
import io.github.krongkan.time.FiscalYear;
import io.github.krongkan.time.ThaiDateStyle;
import io.github.krongkan.time.ThaiDates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Generators of progress reports (รายงานความก้าวหน้า): dates in a fiscal year, the date as written in
 * Thai forms and now and then month first, progress mostly 0–100 with values outside as edge cases,
 * disbursed amounts, on-plan and on-target claims, narratives, problems, obstacles and status changes.
 */
public final class ProgressGens {
    private ProgressGens() {}

    /**
     * Reports dated in one fiscal year.
     *
     * @param year the fiscal year
     * @return the generator
     */
    public static Gen<ProgressReport> reports(FiscalYear year) {
        Objects.requireNonNull(year, "year");
        Gen<LocalDate> dates = TimeGens.datesIn(year);
        Gen<String> text = TextGens.text();
        return (random, size) -> {
            LocalDate date = dates.next(random, size);
            BigDecimal progress = random.nextDouble() < Gen.EDGE_CASE_RATE
                    ? BigDecimal.valueOf(random.nextInt(-50, 200))
                    : random.nextBoolean()
                            ? BigDecimal.valueOf(random.nextInt(0, 10_001), 2)
                            : BigDecimal.valueOf(random.nextInt(0, 101));
            ProgressReport.Builder r = ProgressReport.builder().date(date).progress(progress);
            if (random.nextInt(4) > 0) {
                r.number(Integer.toString(random.nextInt(1, 13)));
            }
            switch (random.nextInt(4)) {
                case 0 -> r.dateAsWritten(ThaiDates.format(date, ThaiDateStyle.NUMERIC));
                case 1 -> r.dateAsWritten(ThaiDates.format(date, ThaiDateStyle.LONG, ThaiDates.Digits.THAI));
                case 2 -> r.dateAsWritten(date.getMonthValue() + "/" + date.getDayOfMonth() + "/" + date.getYear());
                default -> {
                    // no date as written
                }
            }
            if (random.nextBoolean()) {
                r.disbursed(
                        random.nextDouble() < Gen.EDGE_CASE_RATE
                                ? Baht.ZERO
                                : Baht.ofSatang(random.nextLong(0, 100_000_000L * (1 + Gen.scaled(100, size)))));
            }
            if (random.nextBoolean()) {
                r.onPlan(random.nextBoolean());
            }
            if (random.nextBoolean()) {
                r.onTarget(random.nextBoolean());
            }
            if (random.nextBoolean()) {
                r.narrative(text.next(random, size));
            }
            if (random.nextBoolean()) {
                r.problems(random.nextBoolean() ? "ไม่มี" : text.next(random, size));
            }
            if (random.nextBoolean()) {
                r.obstacles(random.nextBoolean() ? "-" : text.next(random, size));
            }
            if (random.nextInt(5) == 0) {
                r.statusChange(Gen.oneOf(
                                ProjectStatus.DELAYED,
                                ProjectStatus.CANCELLED,
                                ProjectStatus.COMPLETED,
                                ProjectStatus.IN_PROGRESS)
                        .next(random, size));
            }
            return r.build();
        };
    }
}
