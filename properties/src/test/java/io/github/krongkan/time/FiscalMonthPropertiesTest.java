package io.github.krongkan.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.Property;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** Properties of {@link FiscalMonth}: moving by months agrees with {@link YearMonth}. */
class FiscalMonthPropertiesTest {
    private static final YearMonth FIRST = YearMonth.of(1941, 10);
    private static final YearMonth LAST = YearMonth.of(2457, 9);
    private static final int SPAN = (int) ChronoUnit.MONTHS.between(FIRST, LAST);

    /** Two offsets from the first supported month: where a move starts and where it ends. */
    private record Move(int start, int end) {}

    @Test
    void plusMonthsAgreesWithYearMonth() {
        Gen<Integer> offsets = Gen.ints(0, SPAN);
        Gen<Move> moves = (random, size) -> new Move(offsets.next(random, size), offsets.next(random, size));
        Property.forAll(moves).examples(1000).check(move -> {
            int delta = move.end() - move.start();
            YearMonth from = FIRST.plusMonths(move.start());
            FiscalMonth month = FiscalMonth.of(from);
            FiscalMonth moved = month.plusMonths(delta);
            assertThat(moved.yearMonth()).isEqualTo(from.plusMonths(delta));
            assertThat(moved).isEqualTo(FiscalMonth.of(from.plusMonths(delta)));
            assertThat(Integer.signum(moved.compareTo(month))).isEqualTo(Integer.signum(delta));
            assertThat(moved.plusMonths(-delta)).isEqualTo(month);
        });
    }

    @Test
    void nextAndPreviousAgreeWithYearMonth() {
        Property.forAll(Gen.ints(1, SPAN - 1)).examples(1000).check(offset -> {
            YearMonth yearMonth = FIRST.plusMonths(offset);
            FiscalMonth month = FiscalMonth.of(yearMonth);
            assertThat(month.next().yearMonth()).isEqualTo(yearMonth.plusMonths(1));
            assertThat(month.previous().yearMonth()).isEqualTo(yearMonth.minusMonths(1));
            assertThat(month.start()).isEqualTo(yearMonth.atDay(1));
            assertThat(month.end()).isEqualTo(yearMonth.atEndOfMonth());
            assertThat(FiscalMonth.parse(month.toString())).isEqualTo(month);
            boolean september = yearMonth.getMonth() == Month.SEPTEMBER;
            assertThat(month.next().fiscalYear())
                    .isEqualTo(september ? month.fiscalYear().next() : month.fiscalYear());
        });
    }
}
