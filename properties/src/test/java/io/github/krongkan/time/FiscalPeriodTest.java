package io.github.krongkan.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.Property;
import io.github.krongkan.text.ThaiDigits;
import io.github.krongkan.text.ThaiParseException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sealed {@link FiscalPeriod} and the value-type methods of its three kinds. */
class FiscalPeriodTest {
    private static final LocalDate LAST_FISCAL_DAY = FiscalYear.MAX.end();

    /** Two periods and a number of steps. */
    private record Two(FiscalPeriod a, FiscalPeriod b, long n) {}

    private static Gen<Two> twoPeriods() {
        Gen<FiscalPeriod> periods = periods();
        Gen<Long> steps = Gen.longs(-200, 200);
        return (random, size) ->
                new Two(periods.next(random, size), periods.next(random, size), steps.next(random, size));
    }

    private static Gen<FiscalPeriod> periods() {
        Gen<LocalDate> dates = Gens.dates(Gens.FIRST_FISCAL_DAY, LAST_FISCAL_DAY);
        return (random, size) -> {
            LocalDate date = dates.next(random, size);
            return switch (random.nextInt(0, 3)) {
                case 0 -> FiscalYear.containing(date);
                case 1 -> FiscalQuarter.containing(date);
                default -> FiscalMonth.containing(date);
            };
        };
    }

    @Test
    void everyPeriodParsesBackFromItsCodeAndContainsItsDays() {
        Property.forAll(periods()).examples(2000).check(p -> {
            assertThat(FiscalPeriod.parse(p.toString())).isEqualTo(p).hasSameHashCodeAs(p);
            assertThat(FiscalPeriod.parse(ThaiDigits.toThai(p.toString().toLowerCase(java.util.Locale.ROOT))))
                    .isEqualTo(p);
            assertThat(p.contains(p.start())).isTrue();
            assertThat(p.contains(p.end())).isTrue();
            assertThat(p.contains(p.start().minusDays(1))).isFalse();
            assertThat(p.contains(p)).isTrue();
            assertThat(p.fiscalYear().contains(p)).isTrue();
            String kind;
            if (p instanceof FiscalYear y) {
                kind = "year " + y.buddhistEraYear();
            } else if (p instanceof FiscalQuarter q) {
                kind = "quarter " + q.number();
            } else if (p instanceof FiscalMonth m) {
                kind = "month " + m.number();
            } else {
                throw new AssertionError("FiscalPeriod is sealed: " + p);
            }
            assertThat(kind).startsWith(p.granularity().name().toLowerCase(java.util.Locale.ROOT));
        });
    }

    @Test
    void periodsOfDifferentKindsAreNeverEqual() {
        FiscalYear fy = FiscalYear.ofBuddhistEra(2569);
        assertThat(List.<FiscalPeriod>of(fy, fy.quarter(1), fy.month(1)))
                .doesNotHaveDuplicates()
                .allSatisfy(p -> assertThat(p.fiscalYear()).isEqualTo(fy));
        assertThat((Object) fy.quarter(4)).isNotEqualTo(fy);
        assertThat(fy.quarter(4).end()).isEqualTo(fy.end());
    }

    @Test
    void theChronologicalOrderIsByEndThenLongestFirst() {
        Property.forAll(twoPeriods()).examples(1000).check(c -> {
            FiscalPeriod a = c.a();
            FiscalPeriod b = c.b();
            int order = FiscalPeriod.chronological().compare(a, b);
            assertThat(Integer.signum(order))
                    .isEqualTo(-Integer.signum(FiscalPeriod.chronological().compare(b, a)));
            if (!a.end().equals(b.end())) {
                assertThat(order < 0).isEqualTo(a.end().isBefore(b.end()));
            } else if (a.granularity() != b.granularity()) {
                assertThat(order < 0).isEqualTo(a.granularity().compareTo(b.granularity()) < 0);
            } else {
                assertThat(order).isZero();
                assertThat(a).isEqualTo(b);
            }
        });
        FiscalYear fy = FiscalYear.ofBuddhistEra(2569);
        List<FiscalPeriod> sorted = new ArrayList<>(List.of(fy.month(12), fy.quarter(4), fy, fy.quarter(1)));
        sorted.sort(FiscalPeriod.chronological());
        assertThat(sorted).containsExactly(fy.quarter(1), fy, fy.quarter(4), fy.month(12));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2569", "FY2569-Q5", "FY2569-M13", "FY2569-M1", "FY2569-X1", "ปีงบประมาณ 2569", "FY2484"})
    void parseRefusesAnythingButACode(String text) {
        assertThatThrownBy(() -> FiscalPeriod.parse(text)).isInstanceOf(ThaiParseException.class);
    }

    @Test
    void isBeforeIsAfterAndMinusAgreeWithCompareToAndPlus() {
        Property.forAll(twoPeriods()).examples(1000).check(c -> {
            FiscalPeriod a = c.a();
            FiscalPeriod b = c.b();
            long n = c.n();
            FiscalMonth m1 = FiscalMonth.containing(a.start());
            FiscalMonth m2 = FiscalMonth.containing(b.start());
            assertThat(m1.isBefore(m2)).isEqualTo(m1.compareTo(m2) < 0);
            assertThat(m1.isAfter(m2)).isEqualTo(m1.compareTo(m2) > 0);
            FiscalQuarter q1 = m1.quarter();
            FiscalQuarter q2 = m2.quarter();
            assertThat(q1.isBefore(q2)).isEqualTo(q1.compareTo(q2) < 0);
            assertThat(q1.isAfter(q2)).isEqualTo(q1.compareTo(q2) > 0);
            FiscalYear y1 = a.fiscalYear();
            FiscalYear y2 = b.fiscalYear();
            assertThat(y1.isBefore(y2)).isEqualTo(y1.compareTo(y2) < 0);
            assertThat(y1.isAfter(y2)).isEqualTo(y1.compareTo(y2) > 0);
            assertSame(() -> m1.minusMonths(n), () -> m1.plusMonths(-n));
            assertSame(() -> q1.minusQuarters(n), () -> q1.plusQuarters(-n));
            assertSame(() -> y1.minusYears(n), () -> y1.plusYears(-n));
            assertSame(() -> q1.plusYears(n), () -> q1.plusQuarters(4 * n));
            assertSame(() -> m1.plusYears(n), () -> m1.plusMonths(12 * n));
            assertSame(() -> m1.minusYears(n), () -> m1.plusYears(-n));
            assertSame(() -> q1.minusYears(n), () -> q1.plusYears(-n));
            assertSame(
                    () -> q1.plusYears(n).fiscalYear(),
                    () -> y1.plusYears(0).plusYears(q1.fiscalYear().buddhistEraYear() - y1.buddhistEraYear() + n));
        });
        assertThatThrownBy(() -> FiscalYear.MIN.minusYears(Long.MIN_VALUE)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> FiscalYear.MAX.month(1).plusYears(Long.MAX_VALUE))
                .isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> FiscalYear.MIN.quarter(4).minusYears(Long.MIN_VALUE))
                .isInstanceOf(DateTimeException.class);
        assertThat(FiscalYear.ofBuddhistEra(2569).quarter(2).plusYears(1))
                .isEqualTo(FiscalYear.ofBuddhistEra(2570).quarter(2));
        assertThat(FiscalYear.ofBuddhistEra(2569).month(12).minusYears(2))
                .isEqualTo(FiscalYear.ofBuddhistEra(2567).month(12));
        assertThatThrownBy(() -> FiscalYear.MAX.minusYears(-1)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> FiscalYear.MIN.month(1).minusMonths(1)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> FiscalYear.MIN.quarter(1).minusQuarters(Long.MIN_VALUE))
                .isInstanceOf(DateTimeException.class);
    }

    private static <T> void assertSame(java.util.function.Supplier<T> a, java.util.function.Supplier<T> b) {
        T expected;
        try {
            expected = b.get();
        } catch (DateTimeException e) {
            assertThatThrownBy(a::get).isInstanceOf(DateTimeException.class);
            return;
        }
        assertThat(a.get()).isEqualTo(expected);
    }

    @Test
    void nowIsTheFiscalPeriodOfTheClocksDate() {
        ZoneId bangkok = ZoneId.of("Asia/Bangkok");
        // 30 September 2026, 23:30 in Bangkok: still FY 2569; at 17:30 UTC the same instant.
        Clock clock = Clock.fixed(Instant.parse("2026-09-30T16:30:00Z"), bangkok);
        assertThat(FiscalYear.now(clock)).isEqualTo(FiscalYear.ofBuddhistEra(2569));
        assertThat(FiscalQuarter.now(clock))
                .isEqualTo(FiscalYear.ofBuddhistEra(2569).quarter(4));
        assertThat(FiscalMonth.now(clock))
                .isEqualTo(FiscalYear.ofBuddhistEra(2569).month(12));
        // Half an hour later it is 1 October in Bangkok: FY 2570.
        Clock later = Clock.offset(clock, java.time.Duration.ofMinutes(30));
        assertThat(FiscalYear.now(later)).isEqualTo(FiscalYear.ofBuddhistEra(2570));
        assertThat(FiscalMonth.now(later))
                .isEqualTo(FiscalYear.ofBuddhistEra(2570).month(1));
        Clock tooEarly = Clock.fixed(Instant.parse("1941-09-30T00:00:00Z"), ZoneId.of("UTC"));
        assertThatThrownBy(() -> FiscalYear.now(tooEarly)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void outOfRangeValuesThrowDateTimeExceptionAsJavaTimeDoes() {
        assertThatThrownBy(() -> FiscalYear.ofBuddhistEra(2484)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> FiscalYear.ofBuddhistEra(3001)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> FiscalYear.ofCommonEra(1941)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> FiscalYear.containing(LocalDate.of(1941, 9, 30)))
                .isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> FiscalYear.MAX.next()).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> FiscalYear.MIN.quarter(5)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> FiscalYear.MIN.month(0)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> FiscalQuarter.containing(LAST_FISCAL_DAY.plusDays(1)))
                .isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> FiscalYear.MAX.month(12).next()).isInstanceOf(DateTimeException.class);
    }
}
