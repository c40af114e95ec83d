package io.github.krongkan.examples.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.krongkan.budget.AllocationShare;
import io.github.krongkan.budget.Ledger;
import io.github.krongkan.budget.LedgerEntryKind;
import io.github.krongkan.check.Finding;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.diff.Change;
import io.github.krongkan.diff.ChangeKind;
import io.github.krongkan.diff.ProjectDiff;
import io.github.krongkan.document.Fields;
import io.github.krongkan.json.KrongkanJson;
import io.github.krongkan.lifecycle.Action;
import io.github.krongkan.lifecycle.Actor;
import io.github.krongkan.lifecycle.ProjectRecord;
import io.github.krongkan.lifecycle.RecordCheck;
import io.github.krongkan.lifecycle.RefusalKind;
import io.github.krongkan.lifecycle.Replay;
import io.github.krongkan.lifecycle.ReviewLevel;
import io.github.krongkan.lifecycle.Stage;
import io.github.krongkan.lifecycle.Transition;
import io.github.krongkan.lifecycle.Version;
import io.github.krongkan.lifecycle.VersionKind;
import io.github.krongkan.lifecycle.Workflow;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The seeds as project records ({@code data/records}): each follows the record form of
 * docs/json-format.md, every version reads as a krongkan/1 project and the versions together give
 * the findings of the merged seed document, and the versions, history and children hold what the
 * source texts state.
 *
 * <p>The records are read here member by member from the JSON tree into the core types, so that
 * the test does not depend on the record reader of the JSON adapter.
 */
class SeedRecordsTest {
    private static final Path DATA = Path.of("data");
    private static final Path RECORDS = DATA.resolve("records");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private static final Set<String> RECORD_MEMBERS = Set.of(
            Fields.FORMAT,
            Fields.ID,
            Fields.WORKFLOW,
            Fields.NETWORK_ID,
            Fields.VERSIONS,
            Fields.HISTORY,
            Fields.CHILDREN);
    private static final Set<String> VERSION_MEMBERS =
            Set.of(Fields.NUMBER, Fields.KIND, Fields.DATE, Fields.TITLE, Fields.REASON, Fields.SOURCE, Fields.PROJECT);
    private static final Set<String> TRANSITION_MEMBERS = Set.of(
            Fields.ACTION,
            Fields.ACTOR,
            Fields.DATE,
            Fields.DATE_AS_WRITTEN,
            Fields.LEVEL,
            Fields.REASON,
            Fields.VERSION);
    private static final Set<String> ACTOR_MEMBERS = Set.of(Fields.NAME, Fields.POSITION, Fields.ROLE, Fields.UNIT);

    private static final List<String> SEEDS = List.of(
            "001-lat-krabang-fy2564-tracking", "002-bueng-kum-fy2564-tracking", "004-samut-prakan-2-quality-assurance");

    private static JsonNode tree(String seed) {
        try {
            return JSON.readTree(RECORDS.resolve(seed + ".record.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProjectRecord record(String seed) {
        JsonNode root = tree(seed);
        assertThat(root.path(Fields.FORMAT).asText()).isEqualTo(KrongkanJson.FORMAT);
        return record(root, true);
    }

    private static ProjectRecord record(JsonNode node, boolean top) {
        assertThat(names(node)).isSubsetOf(RECORD_MEMBERS);
        if (!top) {
            assertThat(node.has(Fields.FORMAT))
                    .as("a child record has no format")
                    .isFalse();
        }
        ProjectRecord.Builder b = ProjectRecord.builder();
        text(node, Fields.ID).ifPresent(b::id);
        text(node, Fields.WORKFLOW).ifPresent(b::workflow);
        text(node, Fields.NETWORK_ID).ifPresent(b::networkId);
        node.path(Fields.VERSIONS).forEach(v -> b.addVersions(version(v)));
        node.path(Fields.HISTORY).forEach(t -> b.addHistory(transition(t)));
        node.path(Fields.CHILDREN).forEach(c -> b.addChildren(record(c, false)));
        return b.build();
    }

    private static Version version(JsonNode v) {
        assertThat(names(v)).isSubsetOf(VERSION_MEMBERS);
        JsonNode body = v.get(Fields.PROJECT);
        assertThat(body.has(Fields.FORMAT))
                .as("a version's project has no format")
                .isFalse();
        ObjectNode document = JSON.createObjectNode().put(Fields.FORMAT, KrongkanJson.FORMAT);
        document.setAll((ObjectNode) body);
        Version.Builder b = Version.builder()
                .number(v.get(Fields.NUMBER).intValue())
                .kind(constant(VersionKind.class, v.get(Fields.KIND).asText()))
                .project(KrongkanJson.readProject(document.toString()));
        text(v, Fields.DATE).map(LocalDate::parse).ifPresent(b::date);
        text(v, Fields.TITLE).ifPresent(b::title);
        text(v, Fields.REASON).ifPresent(b::reason);
        text(v, Fields.SOURCE).ifPresent(b::source);
        return b.build();
    }

    private static Transition transition(JsonNode t) {
        assertThat(names(t)).isSubsetOf(TRANSITION_MEMBERS);
        Transition.Builder b = Transition.builder()
                .action(constant(Action.class, t.get(Fields.ACTION).asText()))
                .date(LocalDate.parse(t.get(Fields.DATE).asText()));
        if (t.has(Fields.ACTOR)) {
            JsonNode a = t.get(Fields.ACTOR);
            assertThat(names(a)).isSubsetOf(ACTOR_MEMBERS);
            Actor.Builder actor = Actor.builder().name(a.get(Fields.NAME).asText());
            text(a, Fields.POSITION).ifPresent(actor::position);
            text(a, Fields.ROLE).ifPresent(actor::role);
            text(a, Fields.UNIT).ifPresent(actor::unit);
            b.actor(actor.build());
        }
        text(t, Fields.DATE_AS_WRITTEN).ifPresent(b::dateAsWritten);
        text(t, Fields.LEVEL).map(l -> constant(ReviewLevel.class, l)).ifPresent(b::level);
        text(t, Fields.REASON).ifPresent(b::reason);
        if (t.has(Fields.VERSION)) {
            b.version(t.get(Fields.VERSION).intValue());
        }
        return b.build();
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> Fields.enumValue(c).equals(value))
                .findFirst()
                .orElseThrow(() -> new AssertionError(value + " is not a " + type.getSimpleName()));
    }

    private static java.util.Optional<String> text(JsonNode node, String member) {
        return node.has(member) ? java.util.Optional.of(node.get(member).asText()) : java.util.Optional.empty();
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static List<String> codes(Project project) {
        return ProjectCheck.standard().check(project).stream()
                .map(Finding::code)
                .toList();
    }

    /** The recorded history starts after the approval the workflow expects first: its first step is refused. */
    private static void firstStepRefusedAsOutOfStage(ProjectRecord record) {
        assertThat(record.replay(Workflow.named(record.workflow().orElseThrow())))
                .isInstanceOfSatisfying(Replay.Stopped.class, stopped -> {
                    assertThat(stopped.index()).isZero();
                    assertThat(stopped.refusal().kind()).isEqualTo(RefusalKind.WRONG_STAGE);
                });
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
        firstStepRefusedAsOutOfStage(record);

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
        firstStepRefusedAsOutOfStage(record);

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
