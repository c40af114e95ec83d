package io.github.krongkan.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.Property;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Properties of a project's parts: periods of whole months. */
class ProjectPropertiesTest {
    /** A first month (as months since year 0) and a length in months. */
    private record Months(int first, int length) {}

    @Test
    void periodsOfMonthsCoverWholeMonths() {
        Gen<Integer> firsts = Gen.ints(1941 * 12, 2200 * 12);
        Gen<Integer> lengths = Gen.ints(0, 60);
        Gen<Months> months = (random, size) -> new Months(firsts.next(random, size), lengths.next(random, size));
        Property.forAll(months).examples(1000).check(m -> {
            YearMonth start = YearMonth.of(m.first() / 12, m.first() % 12 + 1);
            YearMonth end = start.plusMonths(m.length());
            ProjectPeriod period = ProjectPeriod.ofMonths(start, end);
            assertThat(period.precision()).isEqualTo(ProjectPeriod.Precision.MONTH);
            assertThat(period.start()).isEqualTo(start.atDay(1));
            assertThat(period.end()).isEqualTo(end.atEndOfMonth());
            assertThat(period.firstMonth()).isEqualTo(start);
            assertThat(period.lastMonth()).isEqualTo(end);
            assertThat(period.contains(period.start().minusDays(1))).isFalse();
            assertThat(period.contains(period.end().plusDays(1))).isFalse();
            assertThat(period.encloses(ProjectPeriod.of(period.start(), period.end())))
                    .isTrue();
        });
    }
}
