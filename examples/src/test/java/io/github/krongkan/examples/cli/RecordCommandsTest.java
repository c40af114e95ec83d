package io.github.krongkan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.json.KrongkanJson;
import io.github.krongkan.lifecycle.Action;
import io.github.krongkan.lifecycle.Actor;
import io.github.krongkan.lifecycle.ProjectRecord;
import io.github.krongkan.lifecycle.ReviewLevel;
import io.github.krongkan.lifecycle.Transition;
import io.github.krongkan.lifecycle.Version;
import io.github.krongkan.lifecycle.VersionKind;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Project;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code history}, and {@code check}, {@code report} and {@code diff --versions} on record documents. */
class RecordCommandsTest {
    private static final String SEED = "data/003-samut-prakan-2-reading.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private static final Actor PROPOSER =
            Actor.builder().name("นางสาว ก").role("ผู้รับผิดชอบโครงการ").build();
    private static final Actor CHECKER =
            Actor.builder().name("นาย ข").unit("กลุ่มนโยบายและแผน").build();
    private static final Actor DIRECTOR = Actor.builder()
            .name("นาย ค")
            .position("ผู้อำนวยการ สพป.สมุทรปราการ เขต 2")
            .build();

    private static Transition step(Action action, Actor actor, int day, ReviewLevel level) {
        Transition.Builder t = Transition.builder().action(action).actor(actor).date(LocalDate.of(2011, 10, day));
        if (level != null) {
            t.level(level);
        }
        return t.build();
    }

    /** Seed 003 as a record: proposal, approval at the area office, and a revision with a raised line. */
    private Path record(boolean skipEndorsement) throws IOException {
        Project proposal = KrongkanJson.readProject(Path.of(SEED));
        ProjectRecord.Builder b = ProjectRecord.builder()
                .id("003")
                .workflow("obec")
                .addVersions(Version.builder()
                        .number(1)
                        .kind(VersionKind.PROPOSAL)
                        .date(LocalDate.of(2011, 10, 3))
                        .project(proposal)
                        .build())
                .addVersions(Version.builder()
                        .number(2)
                        .kind(VersionKind.REVISION)
                        .reason("ปรับค่าอาหารว่าง")
                        .project(raised(proposal))
                        .build())
                .addHistory(step(Action.PROPOSE, PROPOSER, 3, null));
        if (!skipEndorsement) {
            b.addHistory(step(Action.ENDORSE, CHECKER, 5, ReviewLevel.AREA_OFFICE));
        }
        b.addHistory(Transition.builder()
                .from(step(Action.APPROVE, DIRECTOR, 10, ReviewLevel.AREA_OFFICE))
                .dateAsWritten("10 ต.ค. 2554")
                .version(1)
                .build());
        Path file = dir.resolve(skipEndorsement ? "refused.json" : "record.json");
        Files.writeString(file, KrongkanJson.writeRecord(b.build()), StandardCharsets.UTF_8);
        return file;
    }

    /** The project with the first line of its first activity that has lines raised by 700 baht. */
    private static Project raised(Project p) {
        Budget budget = p.budget().orElseThrow();
        List<BudgetActivity> activities = new ArrayList<>(budget.activities());
        for (int i = 0; i < activities.size(); i++) {
            BudgetActivity a = activities.get(i);
            if (!a.lines().isEmpty() && a.lines().get(0).statedAmount().isPresent()) {
                List<BudgetLine> lines = new ArrayList<>(a.lines());
                BudgetLine line = lines.get(0);
                lines.set(
                        0,
                        BudgetLine.builder()
                                .from(line)
                                .statedAmount(line.statedAmount().get().plus(Baht.ofBaht(700)))
                                .build());
                activities.set(i, BudgetActivity.builder().from(a).lines(lines).build());
                break;
            }
        }
        return Project.builder()
                .from(p)
                .budget(Budget.builder().from(budget).activities(activities).build())
                .build();
    }

    @Test
    void historyPrintsTheStepsAndTheStatusAndExitsZeroWhenTheWorkflowAcceptsThem() throws IOException {
        Run run = Run.of("history", record(false).toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .contains("workflow: obec")
                .contains("1  proposal (ข้อเสนอโครงการ)  2011-10-03")
                .contains("2  revision (โครงการที่ปรับปรุง)")
                .contains("reason: ปรับค่าอาหารว่าง")
                .contains("1. 2011-10-03  propose (เสนอโครงการ)")
                .contains("by นางสาว ก, ผู้รับผิดชอบโครงการ")
                .contains("2. 2011-10-05  endorse (ให้ความเห็นชอบ)  at areaOffice (สำนักงานเขตพื้นที่การศึกษา)")
                .contains("3. 2011-10-10 (10 ต.ค. 2554)  approve (อนุมัติโครงการ)")
                .contains("version 1")
                .contains("stage: approved (อนุมัติแล้ว), status: approved (อนุมัติแล้ว)")
                .contains("replay: every step accepted by the obec workflow");
    }

    @Test
    void historyNamesTheRefusedStepAndExitsOne() throws IOException {
        Run run = Run.of("history", record(true).toString());
        assertThat(run.exit()).isEqualTo(Krongkan.FINDINGS);
        assertThat(run.out()).contains("replay: step 2 (/history/1) refused by the obec workflow: missingLevel");
    }

    @Test
    void historyJsonHasTheDocumentedShape() throws IOException {
        Run run = Run.of("history", "--json", record(true).toString());
        assertThat(run.exit()).isEqualTo(Krongkan.FINDINGS);
        JsonNode root = MAPPER.readTree(run.out());
        assertThat(root.get("file").asText()).endsWith("refused.json");
        JsonNode r = root.get("records").get(0);
        assertThat(r.get("path").asText()).isEmpty();
        assertThat(r.get("id").asText()).isEqualTo("003");
        assertThat(r.get("workflow").asText()).isEqualTo("obec");
        assertThat(r.get("versions")).hasSize(2);
        assertThat(r.get("versions").get(1).get("kind").asText()).isEqualTo("revision");
        JsonNode approve = r.get("history").get(1);
        assertThat(approve.get("path").asText()).isEqualTo("/history/1");
        assertThat(approve.get("action").asText()).isEqualTo("approve");
        assertThat(approve.get("actionThai").asText()).isEqualTo("อนุมัติโครงการ");
        assertThat(approve.get("actor").get("position").asText()).isEqualTo("ผู้อำนวยการ สพป.สมุทรปราการ เขต 2");
        assertThat(approve.get("level").asText()).isEqualTo("areaOffice");
        assertThat(approve.get("dateAsWritten").asText()).isEqualTo("10 ต.ค. 2554");
        assertThat(approve.get("version").asInt()).isEqualTo(1);
        assertThat(r.get("status").asText()).isEqualTo("approved");
        assertThat(r.get("refusal").get("path").asText()).isEqualTo("/history/1");
        assertThat(r.get("refusal").get("kind").asText()).isEqualTo("missingLevel");
        assertThat(r.get("refusal").get("messageThai").asText()).isNotBlank();
    }

    @Test
    void historyOfAPlainProjectIsARecordOfOneVersion() {
        Run run = Run.of("history", "--json", SEED);
        assertThat(run.exit()).isZero();
        JsonNode r;
        try {
            r = MAPPER.readTree(run.out()).get("records").get(0);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(r.get("versions")).hasSize(1);
        assertThat(r.get("history")).isEmpty();
        assertThat(r.get("workflow").asText()).isEqualTo("bma");
        assertThat(r.get("refusal").isNull()).isTrue();
        Run text = Run.of("history", SEED);
        assertThat(text.out()).contains("history: none recorded");
    }

    @Test
    void historyRefusesUnreadableInputWithExitTwo() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(
                bad,
                "{\"format\":\"krongkan/1\",\"versions\":[{\"number\":1,\"kind\":\"proposal\",\"project\":"
                        + "{\"name\":\"x\",\"fiscalYear\":2569}}],\"history\":[{\"action\":\"approve\","
                        + "\"date\":\"2016-10-10\",\"version\":2}]}");
        Run run = Run.of("history", bad.toString());
        assertThat(run.exit()).isEqualTo(Krongkan.UNUSABLE);
        assertThat(run.err()).contains("/history/0/version").contains("does not hold");
        Path unknown = dir.resolve("unknown.json");
        Files.writeString(
                unknown,
                "{\"format\":\"krongkan/1\",\"workflow\":\"mine\",\"versions\":[{\"number\":1,\"kind\":\"proposal\","
                        + "\"project\":{\"name\":\"x\",\"fiscalYear\":2569}}]}");
        assertThat(Run.of("history", unknown.toString()).exit()).isEqualTo(Krongkan.UNUSABLE);
        assertThat(Run.of("history").exit()).isEqualTo(Krongkan.UNUSABLE);
        assertThat(Run.of("history", "--colour", SEED).exit()).isEqualTo(Krongkan.UNUSABLE);
        assertThat(Run.of("history", dir.resolve("missing.json").toString()).err())
                .contains("no such file");
    }

    @Test
    void checkRunsTheRecordCheckWithRecordPointers() throws IOException {
        Path file = record(false);
        Run run = Run.of("check", file.toString());
        assertThat(run.out()).contains("a record of 2 version(s)");
        Run json = Run.of("check", "--json", file.toString());
        JsonNode doc = MAPPER.readTree(json.out()).get("documents").get(0);
        assertThat(doc.get("versions").asInt()).isEqualTo(2);
        for (JsonNode finding : doc.get("findings")) {
            assertThat(finding.get("path").asText()).matches("/(versions|history|children)/.*");
        }
        // The revised version's raised line no longer adds up to the stated totals.
        assertThat(doc.get("findings").toString()).contains("/versions/1/project/budget");
        assertThat(json.exit()).isEqualTo(run.exit());
    }

    @Test
    void reportShowsTheCurrentVersionAndAHistorySection() throws IOException {
        Run run = Run.of("report", "--lang", "en", record(false).toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("Project report: ")
                .contains("History\n-------")
                .contains("version 2 (revision) of 2")
                .contains("approve (areaOffice)  นาย ค, ผู้อำนวยการ สพป.สมุทรปราการ เขต 2")
                .contains("status: approved");
        Run thai = Run.of("report", record(true).toString());
        assertThat(thai.out()).contains("ประวัติโครงการ").contains("ขั้นตอนที่ 2 ไม่เป็นไปตามขั้นตอน obec");
    }

    @Test
    void diffComparesTwoVersionsOfOneRecord() throws IOException {
        Path file = record(false);
        Run run = Run.of("diff", "--lang", "en", "--versions", "1", "2", file.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isEqualTo(Krongkan.FINDINGS);
        assertThat(run.out()).contains("/budget/activities/").contains("700.00");
        assertThat(Run.of("diff", "--versions", "1", "1", file.toString()).exit())
                .isZero();
        Run missing = Run.of("diff", "--versions", "1", "3", file.toString());
        assertThat(missing.exit()).isEqualTo(Krongkan.UNUSABLE);
        assertThat(missing.err()).contains("no version 3");
        assertThat(Run.of("diff", "--versions", "1", SEED).exit()).isEqualTo(Krongkan.UNUSABLE);
        assertThat(Run.of("diff", "--versions", "1", "2", SEED).err()).contains("not a record document");
        Run plain = Run.of("diff", file.toString(), SEED);
        assertThat(plain.exit()).isEqualTo(Krongkan.UNUSABLE);
        assertThat(plain.err()).contains("--versions");
    }
}
