package io.github.krongkan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.network.NetworkDirectory;
import io.github.krongkan.project.Project;
import java.util.List;
import org.junit.jupiter.api.Test;

class NationalPortfolioTest {
    private static final NationalPortfolio PORTFOLIO = NationalPortfolio.of(7);

    @Test
    void theDirectoryHasTheSizeOfACountry() {
        NetworkDirectory directory = PORTFOLIO.directory();
        assertThat(directory.officeCount()).isEqualTo(250);
        assertThat(directory.networkCount()).isEqualTo(3_000);
        assertThat(directory.schoolCount()).isEqualTo(30_000);
    }

    @Test
    void everyProjectHasTheDocumentedShape() {
        PORTFOLIO.projects(50).forEach(project -> {
            Budget budget = project.budget().orElseThrow();
            assertThat(budget.activities().stream()
                            .mapToInt(a -> a.lines().size())
                            .sum())
                    .isEqualTo(NationalPortfolio.BUDGET_LINES);
            assertThat(budget.writtenAmount()).isEqualTo(budget.statedTotal().orElseThrow());
            assertThat(project.progressReports()).hasSize(NationalPortfolio.PROGRESS_REPORTS);
            assertThat(project.risks()).hasSize(NationalPortfolio.RISKS);
            assertThat(project.indicators()).hasSize(NationalPortfolio.INDICATORS);
            assertThat(project.networks()).hasSize(1);
            assertThat(PORTFOLIO.directory().network(project.networks().get(0).id()))
                    .isPresent();
            assertThat(project.progressReports().get(11).disbursed()).contains(budget.writtenAmount());
        });
    }

    @Test
    void someProjectsCarryABudgetLineWhoseArithmeticIsWrong() {
        long wrong = PORTFOLIO
                .projects(400)
                .filter(p -> p.budget().orElseThrow().activities().stream()
                        .map(BudgetActivity::lines)
                        .flatMap(List::stream)
                        .anyMatch(l -> l.hasArithmeticError()))
                .count();
        assertThat(wrong).isBetween(5L, 40L);
    }

    @Test
    void theSameSeedGivesTheSamePortfolioAndAProjectDependsOnlyOnItsIndex() {
        NationalPortfolio again = NationalPortfolio.of(7);
        assertThat(again.directory()).isEqualTo(PORTFOLIO.directory());
        assertThat(again.projects(20).toList()).isEqualTo(PORTFOLIO.projects(20).toList());
        assertThat(again.project(1234)).isEqualTo(PORTFOLIO.project(1234));
        Project other = NationalPortfolio.of(8).project(0);
        assertThat(other).isNotEqualTo(PORTFOLIO.project(0));
        assertThat(PORTFOLIO.project(1)).isNotEqualTo(PORTFOLIO.project(0));
    }

    @Test
    void negativeCountsAndIndicesAreRefused() {
        assertThatThrownBy(() -> PORTFOLIO.project(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PORTFOLIO.projects(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
