package io.github.krongkan.examples.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.krongkan.check.Finding;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.json.KrongkanJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Realistic variants of the seeds, made by editing their JSON as an office would write them: each
 * mistake of a kind the checker should report adds exactly its findings to the seed's own, and each
 * legitimate form of an official document adds none (or only its note).
 */
class SeedVariantsTest {
    /** Decimals stay as written: {@code 10.00} is not turned into {@code 1E+1}. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private static final Path DATA = Path.of("data");
    private static final String S000 = "000-bang-khen-network-19.json";
    private static final String S002 = "002-bueng-kum-fy2564-tracking.json";
    private static final String S003 = "003-samut-prakan-2-reading.json";
    private static final String S004 = "004-samut-prakan-2-quality-assurance.json";

    /** A seed, an edit and the finding lines (code and path) it adds to the seed's own. */
    record Variant(String name, String seed, Consumer<ObjectNode> edit, Set<String> added) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Variant> variants() {
        return Stream.of(
                // Mistakes the checker reports.
                new Variant(
                        "seed 003: one group's share named twice, another left out",
                        S003,
                        d -> ((ObjectNode) shares(d).get(4))
                                .put("networkId", "บางพลี 2")
                                .put("name", "กลุ่มโรงเรียนบางพลี 2"),
                        Set.of(
                                "ALLOCATION_SHARE_DUPLICATED /budget/allocations/0/shares/4",
                                "ALLOCATION_NETWORK_MISSING /budget/allocations")),
                new Variant(
                        "seed 003: a group left out of the allocation",
                        S003,
                        d -> {
                            shares(d).remove(4);
                            obj(d, "/budget/allocations/0").put("total", "160000.00");
                        },
                        Set.of("ALLOCATION_NETWORK_MISSING /budget/allocations")),
                new Variant(
                        "seed 003: one school listed in two groups",
                        S003,
                        d -> {
                            for (int i = 0; i < 2; i++) {
                                obj(d, "/networks/" + i)
                                        .putArray("schools")
                                        .addObject()
                                        .put("id", "s1")
                                        .put("name", "โรงเรียนวัดบางพลีใหญ่กลาง");
                            }
                        },
                        Set.of("SCHOOL_IN_TWO_NETWORKS /networks/1/schools/0")),
                new Variant(
                        "seed 000: approved before it was proposed, by the proposer",
                        S000,
                        d -> {
                            ArrayNode approvals = d.putArray("approvals");
                            approvals
                                    .addObject()
                                    .put("role", "proposed")
                                    .put("name", "นางสาวสมศรี ใจดี")
                                    .put("date", "2025-10-20");
                            approvals
                                    .addObject()
                                    .put("role", "approved")
                                    .put("name", "นางสาวสมศรี  ใจดี")
                                    .put("date", "2025-10-15");
                        },
                        Set.of("APPROVAL_OUT_OF_ORDER /approvals/1/date", "APPROVAL_BY_PROPOSER /approvals/1/name")),
                new Variant(
                        "seed 000: the summary step planned in September, after the project ends in June",
                        S000,
                        d -> obj(d, "/actionPlan/steps/4")
                                .putArray("plannedMonths")
                                .add("2026-09"),
                        Set.of("STEP_OUTSIDE_PROJECT_PERIOD /actionPlan/steps/4/plannedMonths/0")),
                new Variant(
                        "seed 000: a percentage KPI with a target of 120",
                        S000,
                        d -> obj(d, "/indicators/0")
                                .putArray("targets")
                                .addObject()
                                .put("value", 120),
                        Set.of("INDICATOR_TARGET_IMPOSSIBLE /indicators/0/targets/0/value")),
                new Variant(
                        "seed 004: a monthly plan of 200,000 against 120,000",
                        S004,
                        d -> {
                            ArrayNode plan = obj(d, "/budget").putArray("plannedDisbursements");
                            plan.addObject().put("month", "2016-12").put("amount", "100000.00");
                            plan.addObject().put("month", "2017-03").put("amount", "100000.00");
                        },
                        Set.of("PLANNED_DISBURSEMENTS_MISMATCH /budget/plannedDisbursements")),
                new Variant(
                        "seed 004: a step carrying out activity 9 of five",
                        S004,
                        d -> obj(d, "/actionPlan/steps/0").put("activityNumber", "9"),
                        Set.of(
                                "LINK_TO_MISSING_ITEM /actionPlan/steps/0/activityNumber",
                                "ACTIVITY_WITHOUT_STEP /budget/activities/0")),
                new Variant(
                        "seed 004: funding sources of 130,000 for a budget of 120,000",
                        S004,
                        d -> obj(d, "/budget/fundingSources/0").put("amount", "130000.00"),
                        Set.of("FUNDING_SOURCES_MISMATCH /budget/fundingSources")),
                // Legitimate forms of official documents.
                new Variant(
                        "seed 000: words framed as on a cheque",
                        S000,
                        d -> obj(d, "/budget").put("amountInWords", "(-เก้าหมื่นบาทถ้วน-)"),
                        Set.of()),
                new Variant(
                        "seed 000: words in typographic quotes",
                        S000,
                        d -> obj(d, "/budget").put("amountInWords", "“เก้าหมื่นบาทถ้วน”"),
                        Set.of()),
                new Variant(
                        "seed 000: words without ถ้วน are a note only",
                        S000,
                        d -> obj(d, "/budget").put("amountInWords", "เก้าหมื่นบาท"),
                        Set.of("BUDGET_WORDS_WITHOUT_EXACT /budget/amountInWords")),
                new Variant(
                        "seed 000: a stated level with both words",
                        S000,
                        d -> obj(d, "/risks/0/inherent").put("statedLevel", "2 (ต่ำ/น้อย)"),
                        Set.of()),
                new Variant(
                        "seed 000: a stated level with its unit",
                        S000,
                        d -> obj(d, "/risks/0/inherent").put("statedLevel", "2 คะแนน (น้อย)"),
                        Set.of()),
                new Variant(
                        "seed 002: a date written ณ วันที่",
                        S002,
                        d -> obj(d, "/progressReports/0").put("dateAsWritten", "ณ วันที่ 29 กันยายน 2564"),
                        Set.of()),
                new Variant(
                        "seed 002: a date written with เดือน and พ.ศ.",
                        S002,
                        d -> obj(d, "/progressReports/0").put("dateAsWritten", "วันที่ 29 เดือนกันยายน พ.ศ. 2564"),
                        Set.of()),
                new Variant(
                        "seed 002: a month abbreviated without dots",
                        S002,
                        d -> obj(d, "/progressReports/0").put("dateAsWritten", "29 กย. 2564"),
                        Set.of()),
                new Variant(
                        "seed 002: a two-digit Buddhist year",
                        S002,
                        d -> obj(d, "/progressReports/0").put("dateAsWritten", "29/09/64"),
                        Set.of()),
                new Variant(
                        "seed 003: the whole written budget spent, allocations covering part of it",
                        S003,
                        d -> d.putArray("progressReports")
                                .addObject()
                                .put("date", "2012-05-31")
                                .put("progress", 100)
                                .put("disbursed", "214650.00"),
                        Set.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void aVariantAddsExactlyItsFindings(Variant variant) {
        ObjectNode document = tree(variant.seed());
        Set<String> before = findings(document);
        ObjectNode edited = document.deepCopy();
        variant.edit().accept(edited);
        Set<String> after = findings(edited);
        assertThat(after).as("the seed's own findings stay").containsAll(before);
        after.removeAll(before);
        assertThat(after).as("what the variant adds").isEqualTo(new TreeSet<>(variant.added()));
    }

    private static ObjectNode obj(ObjectNode document, String pointer) {
        return (ObjectNode) document.at(pointer);
    }

    private static ArrayNode shares(ObjectNode document) {
        return (ArrayNode) document.at("/budget/allocations/0/shares");
    }

    private static Set<String> findings(ObjectNode document) {
        List<Finding> findings;
        try {
            findings = ProjectCheck.standard().check(KrongkanJson.readProject(MAPPER.writeValueAsString(document)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return findings.stream().map(f -> f.code() + " " + f.path()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static ObjectNode tree(String seed) {
        try {
            return (ObjectNode) MAPPER.readTree(KrongkanJson.write(KrongkanJson.readProject(DATA.resolve(seed))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
