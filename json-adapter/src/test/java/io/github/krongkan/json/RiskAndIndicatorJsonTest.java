package io.github.krongkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.indicator.Direction;
import io.github.krongkan.indicator.FormulaKind;
import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.project.Project;
import io.github.krongkan.risk.RiskLevel;
import io.github.krongkan.risk.RiskMatrix;
import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.ProjectGens;
import io.github.krongkan.testkit.Property;
import io.github.krongkan.time.FiscalPeriod;
import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Risk matrices, risks and indicators in the JSON format: round trips over the testkit's projects, and errors. */
class RiskAndIndicatorJsonTest {
    private static final String MINIMAL = "{\"format\":\"krongkan/1\",\"name\":\"โครงการ\",\"fiscalYear\":2569}";

    private static String with(String members) {
        return MINIMAL.replace("}", "," + members + "}");
    }

    @Test
    void roundTripIsLosslessForTheTestkitsProjects() {
        Property.forAll(ProjectGens.projects()).examples(1000).check(project -> {
            String json = KrongkanJson.write(project);
            assertThat(KrongkanJson.readProject(json)).isEqualTo(project);
            assertThat(KrongkanJson.readProject(KrongkanJson.writeCompact(project)))
                    .isEqualTo(project);
            try {
                assertThat(SchemaTest.validate(json)).isEmpty();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void portfolioRoundTripForTheTestkitsPortfolios() {
        // Gen.sample(seed) made every portfolio at the default size; keep that size.
        Property.forAll(ProjectGens.portfolios())
                .examples(200)
                .size(Gen.DEFAULT_SIZE)
                .check(portfolio -> {
                    assertThat(KrongkanJson.readPortfolio(KrongkanJson.writePortfolio(portfolio)))
                            .isEqualTo(portfolio);
                });
    }

    @Test
    void theDefaultMatrixIsLeftOutOnlyWhenTheProjectNamesNone() {
        Project none = Project.builder()
                .name("x")
                .fiscalYear(FiscalYear.ofBuddhistEra(2569))
                .build();
        assertThat(KrongkanJson.writeCompact(none)).doesNotContain("riskMatrix");
        Project named =
                Project.builder().from(none).riskMatrix(RiskMatrix.DEFAULT).build();
        String json = KrongkanJson.writeCompact(named);
        assertThat(json)
                .contains("\"riskMatrix\":{\"name\":\"5 × 5, 1–3 / 4–6 / 8–12 / 15–25\",\"likelihoodLevels\":5,"
                        + "\"impactLevels\":5,\"scoreRule\":\"product\",\"levels\":[{\"englishLabel\":\"low\",\"thaiLabel\":\"ต่ำ\","
                        + "\"otherLabels\":[\"น้อย\"],\"colour\":\"green\",\"requiresResponse\":false}");
        assertThat(json).contains("\"bands\":[{\"level\":\"low\",\"minScore\":1,\"maxScore\":3}");
        assertThat(KrongkanJson.readProject(json).riskMatrix()).contains(RiskMatrix.DEFAULT);
    }

    @Test
    void readsAGridMatrixWithoutSizes() {
        Project p = KrongkanJson.readProject(
                with(
                        "\"riskMatrix\":{\"name\":\"grid\",\"levels\":["
                                + "{\"englishLabel\":\"low\",\"thaiLabel\":\"ต่ำ\",\"colour\":\"green\"},"
                                + "{\"englishLabel\":\"high\",\"thaiLabel\":\"สูง\",\"colour\":\"red\",\"requiresResponse\":true}],"
                                + "\"grid\":[[\"low\",\"high\"],[\"high\",\"high\"]]},"
                                + "\"risks\":[{\"description\":\"ก\",\"inherent\":{\"likelihood\":2,\"impact\":1,\"statedLevel\":\"สูง\"}}]"));
        RiskMatrix m = p.riskMatrix().orElseThrow();
        assertThat(m.likelihoodLevels()).isEqualTo(2);
        assertThat(m.impactLevels()).isEqualTo(2);
        assertThat(m.level(1, 1).englishLabel()).isEqualTo("low");
        assertThat(m.level(2, 1).requiresResponse()).isTrue();
        assertThat(p.risks().get(0).inherentCell(m).orElseThrow().level().thaiLabel())
                .isEqualTo("สูง");
        assertThat(KrongkanJson.readProject(KrongkanJson.write(p))).isEqualTo(p);
    }

    @Test
    void readsIndicatorsWithPeriods() {
        Project p = KrongkanJson.readProject(
                with(
                        "\"indicators\":[{\"name\":\"ร้อยละ\",\"measure\":\"percentage\","
                                + "\"formula\":{\"kind\":\"ratio\"},\"direction\":\"atLeast\",\"accumulation\":\"perPeriod\","
                                + "\"targets\":[{\"period\":\"FY2569-Q1\",\"value\":40},{\"value\":90.0}],"
                                + "\"measurements\":[{\"period\":\"FY2569-M02\",\"subjectId\":\"19\",\"numerator\":4,\"denominator\":5}]}]"));
        Indicator i = p.indicators().get(0);
        assertThat(i.formula().get().kind()).isEqualTo(FormulaKind.RATIO);
        assertThat(i.formula().get().factor()).isEqualTo(BigDecimal.valueOf(100));
        assertThat(i.direction()).contains(Direction.AT_LEAST);
        assertThat(i.targets().get(0).period()).contains(FiscalPeriod.parse("FY2569-Q1"));
        assertThat(i.targets().get(1).value()).isEqualTo(new BigDecimal("90.0"));
        assertThat(i.value(i.measurements().get(0))).contains(BigDecimal.valueOf(80));
        String json = KrongkanJson.writeCompact(p);
        assertThat(json)
                .contains(
                        "\"formula\":{\"kind\":\"ratio\",\"factor\":100}",
                        "\"value\":90.0",
                        "\"period\":\"FY2569-M02\"");
        assertThat(KrongkanJson.readProject(json)).isEqualTo(p);
    }

    @Test
    void riskErrorsNameTheirPlace() {
        String levels = "\"levels\":[{\"englishLabel\":\"low\",\"thaiLabel\":\"ต่ำ\",\"colour\":\"green\"}]";
        assertError(
                with("\"riskMatrix\":{\"name\":\"m\"," + levels
                        + ",\"bands\":[{\"level\":\"lo\",\"minScore\":1,\"maxScore\":25}]}"),
                "/riskMatrix/bands/0/level",
                "no level has the englishLabel \"lo\"; expected one of [low]");
        assertError(
                with("\"riskMatrix\":{\"name\":\"m\"," + levels
                        + ",\"bands\":[{\"level\":\"low\",\"minScore\":1,\"maxScore\":20}]}"),
                "/riskMatrix",
                "leave the reachable score 25 (likelihood 5, impact 5) uncovered");
        assertError(
                with("\"riskMatrix\":{\"name\":\"m\"," + levels
                        + ",\"bands\":[{\"level\":\"low\",\"minScore\":0,\"maxScore\":25}]}"),
                "/riskMatrix/bands/0",
                "minScore must be at least 1");
        assertError(
                with("\"riskMatrix\":{\"name\":\"m\"," + levels + ",\"grid\":[[\"low\",\"low\"],[\"low\"]]}"),
                "/riskMatrix/grid/1",
                "grid row 2 has 1 cells but the first row has 2");
        assertError(
                with("\"riskMatrix\":{\"name\":\"m\"," + levels + ",\"grid\":[[\"low\",\"low\"],[\"low\",\"hi\"]]}"),
                "/riskMatrix/grid/1/1",
                "no level has the englishLabel \"hi\"; expected one of [low]");
        assertError(
                with("\"risks\":[{\"description\":\"x\"}],\"riskMatrix\":{\"name\":\"m\"," + levels
                        + ",\"grid\":[[\"lo\"]]}"),
                "/riskMatrix/grid/0/0",
                "no level has the englishLabel \"lo\"");
        assertError(with("\"riskMatrix\":{\"name\":\"m\"," + levels + "}"), "/riskMatrix", "either bands or a grid");
        assertError(
                with("\"riskMatrix\":{\"name\":\"m\",\"levels\":[{\"englishLabel\":\"low\",\"thaiLabel\":\"ต่ำ\"}]}"),
                "/riskMatrix/levels/0",
                "missing required field \"colour\"");
        assertError(
                with("\"risks\":[{\"description\":\"x\",\"inherent\":{\"likelihood\":0,\"impact\":1}}]"),
                "/risks/0/inherent",
                "likelihood (โอกาสที่จะเกิด) must be at least 1");
        assertError(
                with("\"risks\":[{\"description\":\"x\",\"response\":\"ignore\"}]"),
                "/risks/0/response",
                "expected one of [accept, reduce, transfer, avoid]");
        assertError(
                with("\"risks\":[{\"description\":\"x\",\"inherent\":{\"likelihood\":6,\"impact\":1}}]"),
                "",
                "risks/0/inherent: likelihood 6 × impact 1 is beyond the 5 × 5 risk matrix");
    }

    @Test
    void indicatorErrorsNameTheirPlace() {
        assertError(with("\"indicators\":[{\"name\":\"x\"}]"), "/indicators/0", "missing required field \"measure\"");
        assertError(
                with("\"indicators\":[{\"name\":\"x\",\"measure\":\"count\",\"direction\":\"atleast\"}]"),
                "/indicators/0/direction",
                "expected one of [atLeast, atMost, exactly, reduceByAtLeast, increaseByAtLeast]");
        assertError(
                with(
                        "\"indicators\":[{\"name\":\"x\",\"measure\":\"count\",\"targets\":[{\"period\":\"2569\",\"value\":1}]}]"),
                "/indicators/0/targets/0/period",
                "invalid period \"2569\"");
        assertError(
                with(
                        "\"indicators\":[{\"name\":\"x\",\"measure\":\"count\",\"formula\":{\"kind\":\"count\",\"factor\":100}}]"),
                "/indicators/0/formula",
                "factor applies to a ratio only");
        assertError(
                with("\"indicators\":[{\"name\":\"x\",\"measure\":\"count\",\"formula\":{\"kind\":\"change\"}}]"),
                "/indicators/0/formula",
                "changeBasis is required");
        assertError(
                with("\"indicators\":[{\"name\":\"x\",\"measure\":\"count\",\"formula\":{\"kind\":\"ratio\"},"
                        + "\"measurements\":[{\"numerator\":-1,\"denominator\":5}]}]"),
                "/indicators/0/measurements/0",
                "numerator must not be negative");
        assertError(
                with("\"indicators\":[{\"name\":\"x\",\"measure\":\"count\",\"formula\":{\"kind\":\"ratio\"},"
                        + "\"measurements\":[{\"numerator\":1e2}]}]"),
                "/indicators/0/measurements/0/numerator",
                "exponent");
        assertError(
                with("\"indicators\":[{\"name\":\"x\",\"measure\":\"count\",\"direction\":\"reduceByAtLeast\"}]"),
                "/indicators/0",
                "the formula must be a change");
        assertError(
                with("\"indicators\":[{\"name\":\"x\",\"measure\":\"count\",\"measurements\":[{\"colour\":1}]}]"),
                "/indicators/0/measurements/0/colour",
                "unknown field \"colour\"");
    }

    @Test
    void schemaAgreesOnTheNewObjects() throws Exception {
        String levels = "\"levels\":[{\"englishLabel\":\"low\",\"thaiLabel\":\"ต่ำ\",\"colour\":\"green\"}]";
        String bands = "\"bands\":[{\"level\":\"low\",\"minScore\":1,\"maxScore\":25}]";
        assertThat(SchemaTest.validate(with("\"riskMatrix\":{\"name\":\"m\"," + levels + "," + bands + "}")))
                .isEmpty();
        assertThat(SchemaTest.validate(with("\"riskMatrix\":{\"name\":\"m\"," + levels + "}")))
                .isNotEmpty();
        assertThat(SchemaTest.validate(
                        with("\"riskMatrix\":{\"name\":\"m\"," + levels + "," + bands + ",\"grid\":[[\"low\"]]}")))
                .isNotEmpty();
        assertThat(SchemaTest.validate(with("\"riskMatrix\":{\"name\":\"m\",\"levels\":[{\"englishLabel\":\"low\","
                        + "\"thaiLabel\":\"ต่ำ\",\"colour\":\"Green!\"}]," + bands + "}")))
                .isNotEmpty();
        assertThat(SchemaTest.validate(
                        with("\"risks\":[{\"description\":\"x\",\"inherent\":{\"likelihood\":0,\"impact\":1}}]")))
                .isNotEmpty();
        assertThat(SchemaTest.validate(with("\"indicators\":[{\"name\":\"x\",\"measure\":\"count\","
                        + "\"formula\":{\"kind\":\"change\"}}]")))
                .isNotEmpty();
        assertThat(SchemaTest.validate(with("\"indicators\":[{\"name\":\"x\",\"measure\":\"count\","
                        + "\"formula\":{\"kind\":\"ratio\",\"changeBasis\":\"relative\"}}]")))
                .isNotEmpty();
        assertThat(SchemaTest.validate(with("\"indicators\":[{\"name\":\"x\",\"measure\":\"count\","
                        + "\"targets\":[{\"period\":\"FY2569-Q5\",\"value\":1}]}]")))
                .isNotEmpty();
        assertThat(SchemaTest.validate(with("\"indicators\":[{\"name\":\"x\",\"measure\":\"count\","
                        + "\"formula\":{\"kind\":\"change\",\"changeBasis\":\"relative\"},\"baseline\":5,"
                        + "\"targets\":[{\"period\":\"FY2569-M12\",\"value\":1}],"
                        + "\"measurements\":[{\"period\":\"FY2569\",\"numerator\":3}]}]")))
                .isEmpty();
    }

    @Test
    void levelsOfTheDefaultMatrixSurviveTheRoundTrip() {
        Project p = Project.builder()
                .name("x")
                .fiscalYear(FiscalYear.ofBuddhistEra(2569))
                .riskMatrix(RiskMatrix.FOUR_BY_FOUR)
                .build();
        RiskMatrix back =
                KrongkanJson.readProject(KrongkanJson.write(p)).riskMatrix().orElseThrow();
        assertThat(back.levels()).containsExactly(RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH, RiskLevel.VERY_HIGH);
        assertThat(back).isEqualTo(RiskMatrix.FOUR_BY_FOUR);
        assertThat(back.heatMap()).hasSize(16);
    }

    private static void assertError(String json, String pointer, String reasonPart) {
        assertThatThrownBy(() -> KrongkanJson.readProject(json))
                .isInstanceOfSatisfying(KrongkanJsonException.class, e -> {
                    assertThat(e.pointer()).isEqualTo(pointer);
                    assertThat(e.reason()).contains(reasonPart);
                });
    }
}
