package io.github.krongkan.lifecycle;

import static io.github.krongkan.lifecycle.RecordCheckTest.recordFindings;
import static io.github.krongkan.lifecycle.WorkflowTest.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.budget.Ledger;
import io.github.krongkan.budget.LedgerEntry;
import io.github.krongkan.budget.NetworkMoney;
import io.github.krongkan.check.Finding;
import io.github.krongkan.money.Baht;
import io.github.krongkan.network.Network;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link SubProjectRollUp} and the sub-project rules on a parent funding its networks' projects. */
class SubProjectRollUpTest {
    private static final LocalDate REPORTED = LocalDate.of(2021, 9, 30);

    static Project parent(BigDecimal progress, NetworkMoney... money) {
        return Project.builder()
                .from(PROJECT)
                .status(ProjectStatus.IN_PROGRESS)
                .addNetworks(Network.numbered("bueng-kum", 1, List.of()), Network.numbered("bueng-kum", 2, List.of()))
                .addProgressReports(ProgressReport.builder()
                        .date(REPORTED)
                        .progress(progress)
                        .addNetworkMoney(money)
                        .build())
                .build();
    }

    static Project network(ProjectStatus status, long allocation, Optional<Long> disbursed, long returned) {
        Ledger.Builder ledger = Ledger.builder().received(Baht.ofBaht(allocation));
        if (returned > 0) {
            ledger.addEntries(LedgerEntry.returned(REPORTED, Baht.ofBaht(returned)));
        }
        Project.Builder p = Project.builder().from(PROJECT).status(status).ledger(ledger.build());
        disbursed.ifPresent(d -> p.addProgressReports(ProgressReport.builder()
                .date(REPORTED.minusDays(30))
                .progress(new BigDecimal("80"))
                .disbursed(Baht.ofBaht(d))
                .build()));
        return p.build();
    }

    static ProjectRecord child(String id, String networkId, Project project) {
        return ProjectRecord.builder()
                .id(id)
                .networkId(networkId)
                .addVersions(Version.of(1, VersionKind.APPROVED, project))
                .build();
    }

    static ProjectRecord withChildren(Project parent, ProjectRecord... children) {
        return ProjectRecord.builder()
                .addVersions(Version.of(1, VersionKind.PROPOSAL, parent))
                .addChildren(children)
                .build();
    }

    @Test
    void theFiguresOfEachChildAndTheirTotals() {
        ProjectRecord record = withChildren(
                parent(new BigDecimal("100"), NetworkMoney.of("2", Baht.ofBaht(0), Baht.ofBaht(3_000))),
                child("net-1", "1", network(ProjectStatus.COMPLETED, 10_000, Optional.of(9_500L), 0)),
                child("net-2", "2", network(ProjectStatus.IN_PROGRESS, 30_000, Optional.empty(), 0)));
        SubProjectRollUp rollUp = SubProjectRollUp.of(record);
        assertThat(rollUp.children())
                .extracting(
                        RecordFigures::id,
                        RecordFigures::status,
                        RecordFigures::allocation,
                        RecordFigures::disbursed,
                        RecordFigures::returned)
                .containsExactly(
                        tuple(
                                Optional.of("net-1"),
                                ProjectStatus.COMPLETED,
                                Baht.ofBaht(10_000),
                                Baht.ofBaht(9_500),
                                Baht.ZERO),
                        tuple(
                                Optional.of("net-2"),
                                ProjectStatus.IN_PROGRESS,
                                Baht.ofBaht(30_000),
                                Baht.ZERO,
                                Baht.ofBaht(3_000)));
        assertThat(rollUp.allocation()).isEqualTo(Baht.ofBaht(40_000));
        assertThat(rollUp.disbursed()).isEqualTo(Baht.ofBaht(9_500));
        assertThat(rollUp.returned()).isEqualTo(Baht.ofBaht(3_000));
        // 80 % of 10,000 and nothing reported of 30,000: 8,000 / 40,000 = 20 %
        assertThat(rollUp.progress()).contains(new BigDecimal("20.00"));
        assertThat(rollUp.parent().progress()).contains(new BigDecimal("100"));
        assertThat(rollUp.parent().stage()).isEqualTo(Stage.IN_PROGRESS);
        assertThat(SubProjectRollUp.of(ProjectRecord.of(Version.of(1, VersionKind.PROPOSAL, PROJECT)))
                        .progress())
                .isEmpty();
    }

    @Test
    void aParentAtHundredPercentWithChildrenNotDone() {
        ProjectRecord record = withChildren(
                parent(new BigDecimal("100"), NetworkMoney.of("2", Baht.ofBaht(0), Baht.ofBaht(3_000))),
                child("net-1", "1", network(ProjectStatus.COMPLETED, 10_000, Optional.of(9_500L), 0)),
                child("net-2", "2", network(ProjectStatus.IN_PROGRESS, 30_000, Optional.empty(), 0)),
                ProjectRecord.builder()
                        .id("net-3")
                        .networkId("1")
                        .addVersions(Version.of(
                                1,
                                VersionKind.PROPOSAL,
                                network(ProjectStatus.PROPOSED, 5_000, Optional.of(1_000L), 0)))
                        .build());
        List<Finding> findings = recordFindings(record);
        assertThat(findings)
                .extracting(Finding::code, Finding::path, Finding::message)
                .containsExactly(
                        tuple(
                                "SUBPROJECTS_NOT_DONE",
                                "/children/1",
                                "The project reports 100 % progress but its sub-project net-2 shows no disbursement,"
                                        + " returned 3,000.00 baht"),
                        tuple(
                                "SUBPROJECTS_NOT_DONE",
                                "/children/2",
                                "The project reports 100 % progress but its sub-project net-3 is not approved"
                                        + " (proposed)"));
        ProjectRecord under = withChildren(
                parent(new BigDecimal("90")),
                child("net-2", "2", network(ProjectStatus.IN_PROGRESS, 30_000, Optional.empty(), 0)));
        assertThat(recordFindings(under)).isEmpty();
    }

    @Test
    void aChildOfANetworkTheParentDoesNotList() {
        ProjectRecord record = withChildren(
                parent(new BigDecimal("50")),
                child("net-9", "9", network(ProjectStatus.IN_PROGRESS, 1_000, Optional.of(10L), 0)));
        assertThat(recordFindings(record))
                .singleElement()
                .satisfies(f -> assertThat(f.toString())
                        .isEqualTo("WARNING SUBPROJECT_NETWORK_UNKNOWN /children/0/networkId: Sub-project net-9 names"
                                + " network 9, which the project's current version does not list (expected one of 1, 2,"
                                + " actual 9)"));
        ProjectRecord noNetworks = ProjectRecord.builder()
                .addVersions(Version.of(1, VersionKind.PROPOSAL, PROJECT))
                .addChildren(child("net-9", "9", network(ProjectStatus.IN_PROGRESS, 1_000, Optional.of(10L), 0)))
                .build();
        assertThat(recordFindings(noNetworks)).isEmpty();
    }

    @Test
    void theAllocationIsTheBudgetWhenThereIsOne() {
        Project budgeted = Project.builder()
                .from(network(ProjectStatus.IN_PROGRESS, 9_000, Optional.empty(), 0))
                .budget(Budget.builder()
                        .addActivities(BudgetActivity.builder()
                                .number("1")
                                .name("อบรม")
                                .addLines(BudgetLine.lumpSum("ค่าอาหาร", Baht.ofBaht(7_250)))
                                .build())
                        .build())
                .build();
        assertThat(RecordFigures.of(child("n", "1", budgeted)).allocation()).isEqualTo(Baht.ofBaht(7_250));
        assertThat(RecordFigures.of(child("n", "1", network(ProjectStatus.DRAFT, 9_000, Optional.empty(), 0)))
                        .allocation())
                .isEqualTo(Baht.ofBaht(9_000));
    }
}
