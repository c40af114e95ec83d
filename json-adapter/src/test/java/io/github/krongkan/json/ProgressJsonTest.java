package io.github.krongkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.money.Baht;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Progress reports in the JSON format: every field, in document order, and the errors. */
class ProgressJsonTest {
    private static final String MINIMAL = "{\"format\":\"krongkan/1\",\"name\":\"โครงการ\",\"fiscalYear\":2564}";

    private static String withReports(String reports) {
        return MINIMAL.replace("}", ",\"progressReports\":[" + reports + "]}");
    }

    @Test
    void readsEveryFieldAndKeepsTheDocumentOrder() {
        Project project = KrongkanJson.readProject(withReports(
                "{\"number\":\"1\",\"date\":\"2021-09-29\",\"dateAsWritten\":\"29/09/2564\",\"progress\":10.00,"
                        + "\"disbursed\":\"0.00\",\"onPlan\":true,\"onTarget\":false,\"narrative\":\"ยกเลิก\","
                        + "\"problems\":\"ไม่มี\",\"obstacles\":\"-\",\"statusChange\":\"cancelled\"},"
                        + "{\"date\":\"2020-11-29\",\"progress\":10}"));
        assertThat(project.progressReports())
                .containsExactly(
                        ProgressReport.builder()
                                .number("1")
                                .date(LocalDate.of(2021, 9, 29))
                                .dateAsWritten("29/09/2564")
                                .progress(new BigDecimal("10.00"))
                                .disbursed(Baht.ZERO)
                                .onPlan(true)
                                .onTarget(false)
                                .narrative("ยกเลิก")
                                .problems("ไม่มี")
                                .obstacles("-")
                                .statusChange(ProjectStatus.CANCELLED)
                                .build(),
                        ProgressReport.of(LocalDate.of(2020, 11, 29), BigDecimal.TEN));
        String json = KrongkanJson.writeCompact(project);
        assertThat(json)
                .contains("\"progress\":10.00,\"disbursed\":\"0.00\"")
                .contains("\"statusChange\":\"cancelled\"")
                .contains("{\"date\":\"2020-11-29\",\"progress\":10}");
        assertThat(KrongkanJson.readProject(json)).isEqualTo(project);
    }

    @Test
    void acceptsProgressOutsideZeroToHundredForTheChecksToReport() {
        Project project = KrongkanJson.readProject(withReports(
                "{\"date\":\"2021-01-01\",\"progress\":-5}," + "{\"date\":\"2021-02-01\",\"progress\":120.5}"));
        assertThat(project.progressReports())
                .extracting(ProgressReport::progress)
                .containsExactly(new BigDecimal("-5"), new BigDecimal("120.5"));
    }

    @Test
    void errorsNameThePointerAndTheReason() {
        assertError(
                withReports("{\"date\":\"2021-01-01\"}"), "/progressReports/0", "missing required field \"progress\"");
        assertError(withReports("{\"progress\":1}"), "/progressReports/0", "missing required field \"date\"");
        assertError(
                withReports("{\"date\":\"2021-01-01\",\"progress\":1,\"percent\":1}"),
                "/progressReports/0/percent",
                "unknown field \"percent\"");
        assertError(
                withReports("{\"date\":\"29/09/2564\",\"progress\":1}"), "/progressReports/0/date", "ISO-8601 date");
        assertError(
                withReports("{\"date\":\"2021-01-01\",\"progress\":\"10\"}"),
                "/progressReports/0/progress",
                "as a JSON number");
        assertError(
                withReports("{\"date\":\"2021-01-01\",\"progress\":1e2}"), "/progressReports/0/progress", "exponent");
        assertError(
                withReports("{\"date\":\"2021-01-01\",\"progress\":1,\"disbursed\":0}"),
                "/progressReports/0/disbursed",
                "a decimal string");
        assertError(
                withReports("{\"date\":\"2021-01-01\",\"progress\":1,\"disbursed\":\"-1.00\"}"),
                "/progressReports/0",
                "disbursed (งบประมาณที่เบิกใช้) must not be negative");
        assertError(
                withReports("{\"date\":\"2021-01-01\",\"progress\":1,\"onPlan\":\"yes\"}"),
                "/progressReports/0/onPlan",
                "true or false");
        assertError(
                withReports("{\"date\":\"2021-01-01\",\"progress\":1,\"statusChange\":\"stopped\"}"),
                "/progressReports/0/statusChange",
                "expected one of [draft");
        assertError(
                withReports(
                        "{\"date\":\"2021-01-01\",\"progress\":1},{\"date\":\"2021-02-01\",\"progress\":2,\"problems\":\" \"}"),
                "/progressReports/1",
                "problems (ปัญหา) must not be blank");
        assertError(MINIMAL.replace("}", ",\"progressReports\":{}}"), "/progressReports", "as a JSON array");
    }

    @Test
    void schemaAgreesWithTheReader() throws Exception {
        assertThat(SchemaTest.validate(
                        withReports("{\"number\":\"๑\",\"date\":\"2021-01-01\",\"dateAsWritten\":\"1/1/2021\","
                                + "\"progress\":-1.5,\"disbursed\":\"90000.00\",\"statusChange\":\"delayed\"}")))
                .isEmpty();
        assertThat(SchemaTest.validate(withReports("{\"date\":\"2021-01-01\"}")))
                .isNotEmpty();
        assertThat(SchemaTest.validate(withReports("{\"date\":\"2021-01-01\",\"progress\":1,\"disbursed\":\"-1.00\"}")))
                .isNotEmpty();
        // disbursed is an amount like every other: "1" reads as 1.00 baht, and the schema takes it too.
        String wholeBaht = withReports("{\"date\":\"2021-01-01\",\"progress\":1,\"disbursed\":\"1\"}");
        assertThat(KrongkanJson.readProject(wholeBaht).progressReports().get(0).disbursed())
                .contains(Baht.parse("1.00"));
        assertThat(SchemaTest.validate(wholeBaht)).isEmpty();
        assertThat(SchemaTest.validate(withReports("{\"date\":\"2021-01-01\",\"progress\":1,\"x\":1}")))
                .isNotEmpty();
        assertThat(SchemaTest.validate(
                        withReports("{\"date\":\"2021-01-01\",\"progress\":1,\"statusChange\":\"stopped\"}")))
                .isNotEmpty();
    }

    private static void assertError(String json, String pointer, String reasonPart) {
        assertThatThrownBy(() -> KrongkanJson.readProject(json))
                .isInstanceOfSatisfying(KrongkanJsonException.class, e -> {
                    assertThat(e.pointer()).isEqualTo(pointer);
                    assertThat(e.reason()).contains(reasonPart);
                });
    }
}
