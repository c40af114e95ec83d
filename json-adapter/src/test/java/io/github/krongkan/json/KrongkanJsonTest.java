package io.github.krongkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.krongkan.project.Portfolio;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectPeriod;
import io.github.krongkan.project.ProjectStatus;
import io.github.krongkan.project.Target;
import io.github.krongkan.testkit.Property;
import io.github.krongkan.time.FiscalYear;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class KrongkanJsonTest {
    private static final String MINIMAL = "{\"format\":\"krongkan/1\",\"name\":\"โครงการ\",\"fiscalYear\":2569}";

    @Test
    void roundTripIsLosslessForGeneratedProjects() {
        Property.forAll(RandomProjects.gen()).examples(1000).check(project -> {
            String json = KrongkanJson.write(project);
            assertThat(KrongkanJson.readProject(json)).isEqualTo(project);
            assertThat(KrongkanJson.readProject(KrongkanJson.writeCompact(project)))
                    .isEqualTo(project);
            assertThat(KrongkanJson.write(KrongkanJson.readProject(json))).isEqualTo(json);
        });
    }

    @Test
    void portfolioRoundTripKeepsProjectsAndDirectory() {
        Property.forAll(RandomProjects.portfolios()).examples(300).check(portfolio -> {
            Portfolio back = KrongkanJson.readPortfolio(KrongkanJson.writePortfolio(portfolio));
            assertThat(back).isEqualTo(portfolio);
            assertThat(back.directory()).isEqualTo(portfolio.directory());
        });
    }

    @Test
    void portfolioDirectoryConflictsAreReported() {
        String office = "{\"id\":\"o1\",\"name\":\"เขต\",\"kind\":\"bmaDistrictOffice\"}";
        assertThatThrownBy(() -> KrongkanJson.readPortfolio(
                        "{\"format\":\"krongkan/1\",\"offices\":[" + office + "," + office + "],\"projects\":[]}"))
                .isInstanceOfSatisfying(KrongkanJsonException.class, e -> {
                    assertThat(e.pointer()).isEmpty();
                    assertThat(e.reason()).contains("o1");
                });
        assertThatThrownBy(
                        () -> KrongkanJson.readPortfolio("{\"format\":\"krongkan/1\",\"projects\":[" + MINIMAL + "]}"))
                .isInstanceOfSatisfying(KrongkanJsonException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/projects/0/format");
                    assertThat(e.reason()).contains("unknown field \"format\"");
                });
    }

    @Test
    void readsAMinimalDocumentWithDefaults() {
        Project project = KrongkanJson.readProject(MINIMAL);
        assertThat(project.name()).isEqualTo("โครงการ");
        assertThat(project.fiscalYear()).isEqualTo(FiscalYear.ofBuddhistEra(2569));
        assertThat(project.status()).isEqualTo(ProjectStatus.DRAFT);
        assertThat(project.objectives()).isEmpty();
    }

    @Test
    void readsUtf8Bytes() {
        byte[] bytes = MINIMAL.getBytes(StandardCharsets.UTF_8);
        assertThat(KrongkanJson.readProject(new ByteArrayInputStream(bytes)).name())
                .isEqualTo("โครงการ");
    }

    @Test
    void writesMonthsAsMonthsAndDatesAsDates() {
        Project project = KrongkanJson.readProject(
                MINIMAL.replace("}", ",\"plannedPeriod\":{\"start\":\"2025-11\",\"end\":\"2026-06\"}}"));
        assertThat(project.plannedPeriod())
                .contains(ProjectPeriod.ofMonths(YearMonth.of(2025, 11), YearMonth.of(2026, 6)));
        assertThat(KrongkanJson.writeCompact(project))
                .contains("\"plannedPeriod\":{\"start\":\"2025-11\",\"end\":\"2026-06\"}");
    }

    @Test
    void writesQuantitiesAsPlainNumbersKeepingTheirScale() {
        Project project = Project.builder()
                .name("x")
                .fiscalYear(FiscalYear.ofBuddhistEra(2569))
                .addTarget(Target.quantitative("ครู", new BigDecimal("1E+3"), "คน"))
                .addTarget(Target.quantitative("ครู", new BigDecimal("2.50"), "คน"))
                .build();
        String json = KrongkanJson.writeCompact(project);
        assertThat(json).contains("\"quantity\":1000,").contains("\"quantity\":2.50,");
        assertThat(KrongkanJson.readProject(json)).isEqualTo(project);
    }

    @Test
    void unknownFieldsAreRejectedWithTheirPointer() {
        assertError(
                MINIMAL.replace("}", ",\"owner\":{\"name\":\"ก\",\"email\":\"x\"}}"),
                "/owner/email",
                "unknown field \"email\"");
        assertError(MINIMAL.replace("}", ",\"colour\":\"red\"}"), "/colour", "unknown field \"colour\"");
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        assertError("{\"format\":\"krongkan/1\",\"fiscalYear\":2569}", "", "missing required field \"name\"");
        assertError("{\"name\":\"x\",\"fiscalYear\":2569}", "", "missing required field \"format\"");
        assertError(
                MINIMAL.replace("}", ",\"targets\":[{\"kind\":\"qualitative\"}]}"),
                "/targets/0",
                "missing required field \"text\"");
    }

    @Test
    void wrongTypesSayWhatWasExpected() {
        assertError(MINIMAL.replace("2569", "\"2569\""), "/fiscalYear", "JSON integer");
        assertError(
                MINIMAL.replace("}", ",\"objectives\":{}}"),
                "/objectives",
                "expected objectives as a JSON array, found an object");
        assertError(MINIMAL.replace("}", ",\"status\":\"done\"}"), "/status", "expected one of [draft, proposed");
        assertError(
                MINIMAL.replace(
                        "}",
                        ",\"targets\":[{\"kind\":\"quantitative\",\"text\":\"t\",\"quantity\":1e3,\"unit\":\"คน\"}]}"),
                "/targets/0/quantity",
                "exponent");
    }

    @Test
    void modelRefusalsAreReportedAtTheObject() {
        assertError(
                MINIMAL.replace("}", ",\"plannedPeriod\":{\"start\":\"2026-06-01\",\"end\":\"2025-11-01\"}}"),
                "/plannedPeriod",
                "ends (2025-11-01) before it starts");
        assertError(
                MINIMAL.replace("}", ",\"plannedPeriod\":{\"start\":\"2025-11\",\"end\":\"2026-06-30\"}}"),
                "/plannedPeriod",
                "mixes a month and a date");
        assertError(
                MINIMAL.replace("}", ",\"targets\":[{\"kind\":\"quantitative\",\"text\":\"t\"}]}"),
                "/targets/0",
                "quantity is required");
        assertError(MINIMAL.replace("\"โครงการ\"", "\"  \""), "", "name must not be blank");
    }

    @Test
    void budgetObjectsAreReadStrictlyWithTheirPointers() {
        String line = "{\"item\":\"ค่าอาหาร\",\"unitCost\":\"100.00\",\"factors\":[{\"count\":20,\"unit\":\"คน\"}]}";
        String budget =
                MINIMAL.replace("}", ",\"budget\":{\"activities\":[{\"name\":\"ก\",\"lines\":[" + line + "]}]}}");
        Project project = KrongkanJson.readProject(budget);
        assertThat(project.budget().orElseThrow().amount()).isEqualTo(io.github.krongkan.money.Baht.ofBaht(2_000));
        assertError(
                budget.replace("\"100.00\"", "\"100.005\""), "/budget/activities/0/lines/0/unitCost", "two decimals");
        assertError(budget.replace("\"unitCost\":\"100.00\",", ""), "/budget/activities/0/lines/0", "needs a unitCost");
        assertError(
                budget.replace("\"count\":20", "\"count\":-1"),
                "/budget/activities/0/lines/0/factors/0",
                "must not be negative");
        assertError(
                budget.replace("\"item\"", "\"items\""),
                "/budget/activities/0/lines/0/items",
                "unknown field \"items\"");
        assertError(budget.replace("\"name\":\"ก\",", ""), "/budget/activities/0", "missing required field \"name\"");
        assertError(
                MINIMAL.replace("}", ",\"budget\":{\"source\":{\"kind\":\"bank\"}}}"),
                "/budget/source/kind",
                "expected one of [annualBudget, obec, localGovernment, other]");
        assertError(
                MINIMAL.replace(
                        "}",
                        ",\"budget\":{\"plannedDisbursements\":[{\"month\":\"2025-11\",\"amount\":\"1.00\"},"
                                + "{\"month\":\"2025-11\",\"amount\":\"2.00\"}]}}"),
                "/budget/plannedDisbursements/1",
                "appears twice");
        assertError(
                MINIMAL.replace("}", ",\"budget\":{\"allocations\":[{\"total\":\"1.00\",\"shares\":[]}]}}"),
                "/budget/allocations/0",
                "at least one share");
        assertError(
                MINIMAL.replace(
                        "}",
                        ",\"budget\":{\"allocations\":[{\"total\":\"1.00\",\"shares\":[{\"amount\":\"1.00\"}]}]}}"),
                "/budget/allocations/0/shares/0",
                "networkId or a name");
        assertError(
                MINIMAL.replace("}", ",\"budgetRevisions\":[{\"round\":1,\"budget\":{}}]}"),
                "",
                "need the approved budget");
        assertError(
                MINIMAL.replace("}", ",\"budget\":{},\"budgetRevisions\":[{\"round\":0,\"budget\":{}}]}"),
                "/budgetRevisions/0",
                "at least 1");
        assertError(
                MINIMAL.replace("}", ",\"ledger\":{\"entries\":[]}}"),
                "/ledger",
                "missing required field \"received\"");
        assertError(
                MINIMAL.replace(
                        "}",
                        ",\"ledger\":{\"received\":\"1.00\",\"entries\":[{\"kind\":\"refund\",\"amount\":\"1.00\"}]}}"),
                "/ledger/entries/0/kind",
                "expected one of [disbursement, obligation, return]");
        assertError(
                MINIMAL.replace(
                        "}",
                        ",\"ledger\":{\"received\":\"1.00\",\"entries\":[{\"kind\":\"return\",\"amount\":\"0.00\"}]}}"),
                "/ledger/entries/0",
                "must be positive");
    }

    @Test
    void moneyPerNetworkAndFundingSourcesAreReadStrictlyAndRoundTrip() {
        String networks = ",\"networks\":[{\"id\":\"n1\",\"officeId\":\"o1\"}]";
        String lines = "[{\"networkId\":\"n1\",\"disbursed\":\"0.00\"},"
                + "{\"party\":\"เครือข่ายที่ 2\",\"returned\":\"90000.00\",\"returnDate\":\"2021-08-29\","
                + "\"reason\":\"ส่งเงินงบประมาณคืน\"}]";
        String json = MINIMAL.replace(
                "}",
                networks + ",\"progressReports\":[{\"date\":\"2026-01-31\",\"progress\":10,\"networkMoney\":"
                        + lines + "}]"
                        + ",\"budget\":{\"fundingSources\":[{\"kind\":\"annualBudget\",\"amount\":\"120000.00\","
                        + "\"fiscalYear\":2569},{\"kind\":\"obec\"}]}"
                        + ",\"ledger\":{\"received\":\"1.00\",\"entries\":[{\"kind\":\"return\",\"amount\":\"1.00\","
                        + "\"networkId\":\"n1\",\"party\":\"เครือข่ายที่ 1\"}]}}");
        Project project = KrongkanJson.readProject(json);
        assertThat(project.progressReports().get(0).networkMoney()).hasSize(2);
        assertThat(project.budget().orElseThrow().fundingSources()).hasSize(2);
        assertThat(project.ledger().orElseThrow().entries().get(0).networkId()).contains("n1");
        assertThat(KrongkanJson.readProject(KrongkanJson.write(project))).isEqualTo(project);
        assertError(
                json.replace("\"networkId\":\"n1\",\"disbursed\"", "\"networkId\":\"n9\",\"disbursed\""),
                "",
                "/progressReports/0/networkMoney/0/networkId: no network of the project has the id n9");
        assertError(
                json.replace("\"networkId\":\"n1\",\"party\"", "\"networkId\":\"n7\",\"party\""),
                "",
                "/ledger/entries/0/networkId: no network of the project has the id n7");
        assertError(json.replace("\"reason\"", "\"why\""), "/progressReports/0/networkMoney/1/why", "unknown field");
        assertError(
                json.replace("{\"networkId\":\"n1\",\"disbursed\":\"0.00\"}", "{\"networkId\":\"n1\"}"),
                "/progressReports/0/networkMoney/0",
                "a note");
        assertError(
                json.replace("\"party\":\"เครือข่ายที่ 2\"", "\"networkId\":\"n1\""), "/progressReports/0", "twice");
        assertError(
                json.replace("\"fiscalYear\":2569}", "\"fiscalYear\":\"2569\"}"),
                "/budget/fundingSources/0/fiscalYear",
                "");
        assertError(
                json.replace("\"amount\":\"120000.00\"", "\"amount\":\"-1.00\""),
                "/budget/fundingSources/0",
                "must not be negative");
    }

    @Test
    void documentLevelProblemsAreReported() {
        assertError("", "", "empty");
        assertError(MINIMAL.replace("krongkan/1", "krongkan/2"), "/format", "unsupported format");
        assertError(MINIMAL + " {}", "", "after the end");
        assertError(MINIMAL.replace("}", ",\"name\":\"again\"}"), "/name", "Duplicate field 'name'");
        assertError(MINIMAL.substring(0, 30), "/name", "end-of-input");
    }

    @Test
    void embedsProjectsInUsersOwnJsonThroughTheModule() throws Exception {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        Project project = RandomProjects.gen().sample(42);
        String json = mapper.writeValueAsString(List.of(project));
        // no top-level "format" member (a project's nature may have one of its own)
        assertThat(json).doesNotContain("[{\"format\"");
        Project[] back = mapper.readValue(json, Project[].class);
        assertThat(back).containsExactly(project);
        assertThat(mapper.readValue(MINIMAL, Project.class).name()).isEqualTo("โครงการ");
        assertThatThrownBy(() -> mapper.readValue("[" + MINIMAL.replace("}", ",\"x\":1}") + "]", Project[].class))
                .hasMessageContaining("unknown field \"x\"")
                .hasCauseInstanceOf(KrongkanJsonException.class);
    }

    private static void assertError(String json, String pointer, String reasonPart) {
        assertThatThrownBy(() -> KrongkanJson.readProject(json))
                .isInstanceOfSatisfying(KrongkanJsonException.class, e -> {
                    assertThat(e.pointer()).isEqualTo(pointer);
                    assertThat(e.reason()).contains(reasonPart);
                    assertThat(e.getMessage()).startsWith(pointer.isEmpty() ? "/" : pointer);
                });
    }
}
