package io.github.krongkan.budget;

import io.github.krongkan.money.Baht;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Rate tables over time: {@link #inForceOn(LocalDate)} picks the table that applies on a date.
 *
 * <p>{@link #defaults()} ships one table, the Ministry of Finance letter กค 0406.4/ว 5, in force
 * from 14 January 2556 (2013-01-14), for training, events and meetings:
 * <table>
 *   <caption>Ceilings of กค 0406.4/ว 5</caption>
 *   <tr><th>rate kind</th><th>ceiling</th><th>per</th></tr>
 *   <tr><td>{@value RateCeiling#SNACKS_GOVERNMENT_VENUE}</td><td>35</td><td>person and meal, government venue</td></tr>
 *   <tr><td>{@value RateCeiling#SNACKS_PRIVATE_VENUE}</td><td>50</td><td>person and meal, private venue</td></tr>
 *   <tr><td>{@value RateCeiling#MEALS_PER_DAY_TYPE_A_GOVERNMENT_VENUE}</td><td>850</td><td>person and day, type ก</td></tr>
 *   <tr><td>{@value RateCeiling#MEALS_PER_DAY_TYPE_B_GOVERNMENT_VENUE}</td><td>600</td><td>person and day, type ข</td></tr>
 *   <tr><td>{@value RateCeiling#MEALS_PER_DAY_OUTSIDERS_GOVERNMENT_VENUE}</td><td>500</td><td>person and day, outsiders</td></tr>
 * </table>
 * Letter กค 0408.4/ว 246 of 31 October 2568 replaced these rates from 1 November 2568
 * (2025-11-01); its figures are not shipped, so the default table ends on 2025-10-31 and later
 * dates have no table: pass your own with {@link #of(List)}.
 */
@Value.Immutable
public abstract class RateTables {
    RateTables() {}

    /**
     * The tables, in any order; no two start on the same day.
     *
     * @return the tables
     */
    public abstract List<RateTable> tables();

    /**
     * The table in force on a date: of the tables in force then, the one that took effect last.
     *
     * @param date the date, e.g. the start of a project's planned period
     * @return the table, if any applies
     */
    public Optional<RateTable> inForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return tables().stream().filter(t -> t.isInForceOn(date)).max(Comparator.comparing(RateTable::effectiveFrom));
    }

    /**
     * Rate tables.
     *
     * @param tables the tables; no two start on the same day
     * @return the tables
     * @throws IllegalArgumentException if two tables start on the same day
     */
    public static RateTables of(List<RateTable> tables) {
        return builder().addAllTables(tables).build();
    }

    /**
     * The shipped tables: the Ministry of Finance meal and snack ceilings of letter กค 0406.4/ว 5,
     * in force from 2013-01-14 (14 มกราคม 2556) to 2025-10-31.
     *
     * @return the default tables
     */
    public static RateTables defaults() {
        return DEFAULTS;
    }

    private static final RateTables DEFAULTS = of(List.of(RateTable.builder()
            .source("หนังสือกระทรวงการคลัง ที่ กค 0406.4/ว 5 (อัตราค่าใช้จ่ายในการฝึกอบรม การจัดงาน และการประชุม)")
            .effectiveFrom(LocalDate.of(2013, 1, 14))
            .effectiveUntil(LocalDate.of(2025, 10, 31))
            .addCeilings(
                    RateCeiling.of(
                            RateCeiling.SNACKS_GOVERNMENT_VENUE,
                            Baht.ofBaht(35),
                            "ค่าอาหารว่างและเครื่องดื่ม สถานที่ของส่วนราชการ (บาท/คน/มื้อ)"),
                    RateCeiling.of(
                            RateCeiling.SNACKS_PRIVATE_VENUE,
                            Baht.ofBaht(50),
                            "ค่าอาหารว่างและเครื่องดื่ม สถานที่ของเอกชน (บาท/คน/มื้อ)"),
                    RateCeiling.of(
                            RateCeiling.MEALS_PER_DAY_TYPE_A_GOVERNMENT_VENUE,
                            Baht.ofBaht(850),
                            "ค่าอาหาร การฝึกอบรมประเภท ก สถานที่ของส่วนราชการ (บาท/คน/วัน ครบทุกมื้อ)"),
                    RateCeiling.of(
                            RateCeiling.MEALS_PER_DAY_TYPE_B_GOVERNMENT_VENUE,
                            Baht.ofBaht(600),
                            "ค่าอาหาร การฝึกอบรมประเภท ข สถานที่ของส่วนราชการ (บาท/คน/วัน ครบทุกมื้อ)"),
                    RateCeiling.of(
                            RateCeiling.MEALS_PER_DAY_OUTSIDERS_GOVERNMENT_VENUE,
                            Baht.ofBaht(500),
                            "ค่าอาหาร การฝึกอบรมบุคคลภายนอก สถานที่ของส่วนราชการ (บาท/คน/วัน ครบทุกมื้อ)"))
            .build()));

    /**
     * A builder for rate tables.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link RateTables}; {@code build()} validates them.
     *
     * <p>No attribute is required: every attribute is optional, a list or has a default.
     */
    public static final class Builder extends ImmutableRateTables.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Set<LocalDate> starts = new HashSet<>();
        for (RateTable t : tables()) {
            if (!starts.add(t.effectiveFrom())) {
                throw new IllegalArgumentException("tables: two rate tables take effect on " + t.effectiveFrom());
            }
        }
    }
}
