package io.github.krongkan.examples.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.krongkan.budget.AllocationShare;
import io.github.krongkan.budget.Ledger;
import io.github.krongkan.budget.LedgerEntryKind;
import io.github.krongkan.check.Finding;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.diff.Change;
import io.github.krongkan.diff.ChangeKind;
import io.github.krongkan.diff.ProjectDiff;
import io.github.krongkan.json.KrongkanJson;
import io.github.krongkan.lifecycle.Action;
import io.github.krongkan.lifecycle.ProjectRecord;
import io.github.krongkan.lifecycle.RecordCheck;
import io.github.krongkan.lifecycle.Replay;
import io.github.krongkan.lifecycle.Stage;
import io.github.krongkan.lifecycle.Transition;
import io.github.krongkan.lifecycle.Version;
import io.github.krongkan.lifecycle.VersionKind;
import io.github.krongkan.lifecycle.Workflow;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectStatus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seeds as project records ({@code data/records}): each follows the record form of
 * docs/json-format.md, every version reads as a krongkan/1 project and the versions together give
 * the findings of the merged seed document, and the versions, history and children hold what the
 * source texts state.
 *
 * <p>The records are read with {@code KrongkanJson.readRecord}, which refuses any member the record
 * form does not have, and must read back as written.
 */
class SeedRecordsTest {
    private static final Path DATA = Path.of("data");
    private static final Path RECORDS = DATA.resolve("records");
    private static final List<String> SEEDS = List.of(
            "001-lat-krabang-fy2564-tracking", "002-bueng-kum-fy2564-tracking", "004-samut-prakan-2-quality-assurance");

    private static ProjectRecord record(String seed) {
        ProjectRecord record = KrongkanJson.readRecord(RECORDS.resolve(seed + ".record.json"));
        assertThat(KrongkanJson.readRecord(KrongkanJson.writeRecord(record)))
                .as("%s reads back as written", seed)
                .isEqualTo(record);
        return record;
    }

    private static List<String> codes(Project project) {
        return ProjectCheck.standard().check(project).stream()
                .map(Finding::code)
                .toList();
    }

    /** The recorded history begins mid-life, in progress, and replays from there. */
    private static void replaysFromInProgress(ProjectRecord record) {
        assertThat(record.initialStage()).contains(Stage.IN_PROGRESS);
        assertThat(record.replay(Workflow.named(record.workflow().orElseThrow())))
                .isInstanceOf(Replay.Replayed.class);
    }

    @Test
    void theRecordsAreTheSeedsWithHistoriesAndFollowTheRecordForm() {
        assertThat(RECORDS.toFile().list())
                .containsExactlyInAnyOrderElementsOf(
                        SEEDS.stream().map(s -> s + ".record.json").toList());
        for (String seed : SEEDS) {
            ProjectRecord record = record(seed);
            assertThat(record.id()).as(seed).contains(seed);
            assertThat(record.versions())
                    .as(seed)
                    .allSatisfy(v -> assertThat(v.source())
                            .hasValueSatisfying(s -> assertThat(s).startsWith(seed.substring(0, 3) + "_")));
            assertThat(record.status())
                    .as(seed)
                    .isEqualTo(record.current().project().status());
        }
    }

    @Test
    void theVersionsGiveTheFindingsOfTheMergedSeedAndTheChildrenNone() {
        for (String seed : SEEDS) {
            ProjectRecord record = record(seed);
            List<String> fromVersions = new ArrayList<>();
            List<org.assertj.core.groups.Tuple> prefixed = new ArrayList<>();
            for (int i = 0; i < record.versions().size(); i++) {
                for (Finding f :
                        ProjectCheck.standard().check(record.versions().get(i).project())) {
                    fromVersions.add(f.code());
                    prefixed.add(tuple(f.code(), "/versions/" + i + "/project" + f.path()));
                }
            }
            assertThat(fromVersions)
                    .as(seed)
                    .containsExactlyInAnyOrderElementsOf(codes(KrongkanJson.readProject(DATA.resolve(seed + ".json"))));
            assertThat(record.children())
                    .as(seed)
                    .allSatisfy(c -> assertThat(codes(c.current().project())).isEmpty());
            assertThat(RecordCheck.standard().check(record))
                    .as(seed)
                    .extracting(Finding::code, Finding::path)
                    .containsAll(prefixed);
        }
    }

    @Test
    void seed001CompletesOnItsLastReportAndItsFourNetworksHaveTheirMoney() {
        ProjectRecord record = record("001-lat-krabang-fy2564-tracking");
        assertThat(record.workflow()).contains("bma");
        Project project = record.current().project();
        assertThat(project)
                .isEqualTo(Project.builder()
                        .from(KrongkanJson.readProject(DATA.resolve("001-lat-krabang-fy2564-tracking.json")))
                        .notes(project.notes())
                        .build());
        assertThat(record.history()).singleElement().satisfies(t -> {
            assertThat(t.action()).isEqualTo(Action.COMPLETE);
            assertThat(t.date()).isEqualTo(LocalDate.of(2021, 9, 27));
            assertThat(t.dateAsWritten()).contains("27/09/2564");
            assertThat(t.actor()).isEmpty();
        });
        ProgressReport last = project.progressReports().get(11);
        assertThat(last.date()).isEqualTo(record.history().get(0).date());
        assertThat(last.statusChange()).contains(ProjectStatus.COMPLETED);
        assertThat(record.stage()).isEqualTo(Stage.COMPLETED);
        replaysFromInProgress(record);

        List<AllocationShare> shares =
                project.budget().orElseThrow().allocations().get(0).shares();
        assertThat(record.children()).hasSameSizeAs(shares).allSatisfy(child -> {
            assertThat(child.networkId()).isEmpty();
            assertThat(child.versions()).singleElement().satisfies(v -> {
                assertThat(v.kind()).isEqualTo(VersionKind.APPROVED);
                assertThat(v.project().fiscalYear()).isEqualTo(project.fiscalYear());
                assertThat(v.project().name()).startsWith(project.name() + " – เครือข่ายที่ ");
            });
        });
        for (int i = 0; i < shares.size(); i++) {
            Ledger ledger =
                    record.children().get(i).current().project().ledger().orElseThrow();
            assertThat(ledger.received()).isEqualTo(shares.get(i).amount());
            assertThat(record.children().get(i).current().project().name())
                    .endsWith(shares.get(i).name().orElseThrow());
        }
        assertThat(record.children())
                .extracting(c -> c.current().project().ledger().orElseThrow().returned())
                .containsExactly(Baht.ZERO, Baht.ofBaht(90_000), Baht.ofBaht(90_000), Baht.ofBaht(90_000));
        assertThat(record.children())
                .extracting(c -> c.current().project().ledger().orElseThrow().entries().stream()
                        .map(e -> e.kind())
                        .toList())
                .containsExactly(
                        List.of(),
                        List.of(LedgerEntryKind.RETURN),
                        List.of(LedgerEntryKind.RETURN),
                        List.of(LedgerEntryKind.RETURN));
        assertThat(project.notes()).anyMatch(n -> n.contains("four children of the record"));
    }

    @Test
    void seed002IsDelayedThenCancelledOnTheReportsThatSaySoAndItsTwoNetworksAwaitApproval() {
        ProjectRecord record = record("002-bueng-kum-fy2564-tracking");
        assertThat(record.workflow()).contains("bma");
        Project project = record.current().project();
        assertThat(project)
                .isEqualTo(Project.builder()
                        .from(KrongkanJson.readProject(DATA.resolve("002-bueng-kum-fy2564-tracking.json")))
                        .notes(project.notes())
                        .build());
        assertThat(record.history())
                .extracting(
                        Transition::action,
                        Transition::date,
                        t -> t.dateAsWritten().orElseThrow())
                .containsExactly(
                        tuple(Action.DELAY, LocalDate.of(2021, 6, 29), "29/06/2564"),
                        tuple(Action.CANCEL, LocalDate.of(2021, 7, 29), "29/07/2564"));
        for (Transition t : record.history()) {
            ProgressReport report = project.progressReports().stream()
                    .filter(r -> r.statusChange().isPresent() && r.date().equals(t.date()))
                    .findFirst()
                    .orElseThrow();
            assertThat(t.action().target().flatMap(Stage::status)).isEqualTo(report.statusChange());
            assertThat(report.narrative().orElseThrow()).contains(t.reason().orElseThrow());
            assertThat(t.actor()).isEmpty();
        }
        assertThat(record.stage()).isEqualTo(Stage.CANCELLED);
        assertThat(record.status()).isEqualTo(ProjectStatus.CANCELLED);
        replaysFromInProgress(record);

        assertThat(record.children())
                .hasSize(project.targets().get(0).quantity().orElseThrow().intValueExact())
                .allSatisfy(child -> {
                    assertThat(child.history()).isEmpty();
                    assertThat(child.versions()).singleElement().satisfies(v -> {
                        assertThat(v.kind()).isEqualTo(VersionKind.PROPOSAL);
                        assertThat(v.project().status()).isEqualTo(ProjectStatus.PROPOSED);
                        assertThat(v.project().fiscalYear()).isEqualTo(project.fiscalYear());
                    });
                });
    }

    @Test
    void seed004IsItsProposalAndItsResultReportWithThePeopleAndPeriodsEachPartStates() {
        ProjectRecord record = record("004-samut-prakan-2-quality-assurance");
        assertThat(record.workflow()).contains("obec");
        assertThat(record.history()).isEmpty();
        assertThat(record.versions())
                .extracting(Version::number, Version::kind)
                .containsExactly(tuple(1, VersionKind.PROPOSAL), tuple(2, VersionKind.RESULT_REPORT));
        Project proposal = record.version(1).orElseThrow().project();
        Project report = record.version(2).orElseThrow().project();

        assertThat(proposal.status()).isEqualTo(ProjectStatus.PROPOSED);
        assertThat(proposal.owner().orElseThrow().name()).isEqualTo("นางสาวพรพิมล ธนะศรี");
        assertThat(proposal.plannedPeriod().orElseThrow().start()).isEqualTo(LocalDate.of(2016, 10, 1));
        assertThat(proposal.plannedPeriod().orElseThrow().end()).isEqualTo(LocalDate.of(2017, 9, 30));
        assertThat(proposal.actualPeriod()).isEmpty();
        assertThat(proposal.actionPlan().orElseThrow().steps().get(2).responsible())
                .containsExactly("นางอารี แก้วสถิตวงศ์", "นางสาวนวลฉวี คนเที่ยง");
        assertThat(proposal.ledger()).isEmpty();
        assertThat(proposal.closeOut()).isEmpty();
        assertThat(proposal.indicators())
                .allSatisfy(k -> assertThat(k.measurements()).isEmpty());

        assertThat(report.status()).isEqualTo(ProjectStatus.COMPLETED);
        assertThat(report.owner().orElseThrow().name()).isEqualTo("นางสาวพรพิมล ชนะศรี");
        assertThat(report.responsibleUnits()).containsExactly("กลุ่มนิเทศติดตามและประเมินผลการจัดการศึกษา");
        assertThat(report.plannedPeriod()).isEmpty();
        assertThat(report.actualPeriod().orElseThrow().start()).isEqualTo(LocalDate.of(2016, 11, 1));
        assertThat(report.actualPeriod().orElseThrow().end()).isEqualTo(LocalDate.of(2017, 8, 31));
        assertThat(report.actionPlan().orElseThrow().steps().get(2).responsible())
                .containsExactly("นางสาวพรพิมล ธานีศรี", "นางสาวนวลฉวี คนเที่ยง");
        assertThat(report.budget()).isEmpty();
        Ledger ledger = report.ledger().orElseThrow();
        assertThat(ledger.received()).isEqualTo(Baht.ofBaht(120_000));
        assertThat(ledger.disbursed()).isEqualTo(Baht.ofBaht(20_000));
        assertThat(ledger.remaining()).contains(Baht.ofBaht(100_000));
        assertThat(report.closeOut().orElseThrow().problems()).containsExactly("-");

        ProjectDiff diff = ProjectDiff.between(proposal, report);
        assertThat(diff.changes()).hasSize(41); // as docs/concepts.md says
        assertThat(diff.apply(proposal)).isEqualTo(report);
        assertThat(diff.inverse().apply(report)).isEqualTo(proposal);
        assertThat(diff.changes())
                .extracting(Change::kind, c -> c.path().toString())
                .contains(
                        tuple(ChangeKind.CHANGED, "/owner"),
                        tuple(ChangeKind.REMOVED, "/plannedPeriod"),
                        tuple(ChangeKind.ADDED, "/actualPeriod"),
                        tuple(ChangeKind.CHANGED, "/actionPlan/steps/2/responsible"),
                        tuple(ChangeKind.CHANGED, "/targets/5/text"),
                        tuple(ChangeKind.CHANGED, "/status"),
                        tuple(ChangeKind.REMOVED, "/budget"),
                        tuple(ChangeKind.ADDED, "/ledger"),
                        tuple(ChangeKind.ADDED, "/closeOut"));
        assertThat(diff.money().get(0).english()).isEqualTo("budget down 208,000.00 baht (208,000.00 → 0.00)");
        assertThat(report.notes()).noneMatch(n -> n.contains("ชนะศรี, นางสาวพรพิมล ธนะศรี และ"));
    }
}
