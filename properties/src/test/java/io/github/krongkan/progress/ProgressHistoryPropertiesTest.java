package io.github.krongkan.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.money.Baht;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.Property;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Properties of {@link ProgressHistory}: what it tells does not depend on the document order. */
class ProgressHistoryPropertiesTest {

    /** Reports, the same reports in another order, dates to ask about and a budget (or none). */
    private record Case(
            List<ProgressReport> reports,
            List<ProgressReport> shuffled,
            List<LocalDate> dates,
            Optional<Baht> budget) {}

    private static Gen<Case> cases() {
        return (random, size) -> {
            RandomReports reports = new RandomReports(random);
            List<ProgressReport> inDocumentOrder = reports.reports();
            List<ProgressReport> shuffled = reports.shuffle(inDocumentOrder);
            List<LocalDate> dates = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                dates.add(reports.date());
            }
            return new Case(inDocumentOrder, shuffled, List.copyOf(dates), reports.budget());
        };
    }

    @Test
    void historyDoesNotDependOnDocumentOrder() {
        Property.forAll(cases()).examples(1000).check(c -> {
            ProgressHistory a = ProgressHistory.of(c.reports());
            ProgressHistory b = ProgressHistory.of(c.shuffled());
            assertThat(b.reports()).isEqualTo(a.reports());
            assertThat(b.latest()).isEqualTo(a.latest());
            assertThat(b.first()).isEqualTo(a.first());
            assertThat(b.latestStatus()).isEqualTo(a.latestStatus());
            for (LocalDate date : c.dates()) {
                assertThat(b.statusOn(date)).isEqualTo(a.statusOn(date));
                assertThat(b.latestOn(date)).isEqualTo(a.latestOn(date));
            }
            assertThat(quarterly(b, c.budget())).isEqualTo(quarterly(a, c.budget()));
            assertThat(a.reports()).extracting(ProgressReport::date).isSorted();
            for (ProgressHistory.Entry e : b.entries()) {
                assertThat(c.shuffled().get(e.index())).isSameAs(e.report());
            }
        });
    }

    private static List<QuarterProgress> quarterly(ProgressHistory history, Optional<Baht> budget) {
        return budget.isPresent()
                ? history.quarterly(RandomReports.YEAR, budget.get())
                : history.quarterly(RandomReports.YEAR);
    }
}
