package io.github.krongkan.examples.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.check.Finding;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.check.Severity;
import io.github.krongkan.money.Baht;
import io.github.krongkan.examples.BuildProjectInCode;
import io.github.krongkan.indicator.Achievement;
import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.indicator.IndicatorType;
import io.github.krongkan.indicator.Measurement;
import io.github.krongkan.risk.RiskCell;
import io.github.krongkan.risk.RiskLevel;
import java.math.BigDecimal;
import io.github.krongkan.json.KrongkanJson;
import io.github.krongkan.project.Project;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The bundled documents are valid, lossless and agree with the Java examples. */
class ExampleDocumentsTest {
    private static final Path DATA = Path.of("data");

    private static List<Path> documents() throws Exception {
        try (Stream<Path> files = Files.list(DATA)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void everyDocumentValidatesAgainstTheSchemaAndReadsBackUnchanged() throws Exception {
        JsonSchema schema;
        try (InputStream in = KrongkanJson.class.getResourceAsStream(KrongkanJson.SCHEMA_RESOURCE)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        List<Path> documents = documents();
        assertThat(documents).isNotEmpty();
        for (Path document : documents) {
            String text = Files.readString(document);
            assertThat(schema.validate(new ObjectMapper().readTree(text))).as(document.toString()).isEmpty();
            Project project = KrongkanJson.readProject(text);
            assertThat(KrongkanJson.write(project)).as(document + " is written as the writer writes it").isEqualTo(text);
        }
    }

    @Test
    void seed004HasExactlyTheBudgetErrorsOfTheSeed() throws Exception {
        Project seed = KrongkanJson.readProject(DATA.resolve("004-samut-prakan-2-quality-assurance.json"));
        assertThat(ProjectCheck.standard().check(seed))
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(
                        tuple("BUDGET_LINE_ARITHMETIC_MISMATCH", Severity.ERROR, "/budget/activities/0/lines/3/statedAmount"),
                        tuple("BUDGET_LINE_ARITHMETIC_MISMATCH", Severity.ERROR, "/budget/activities/4/lines/1/statedAmount"),
                        tuple("BUDGET_SUBTOTAL_MISMATCH", Severity.ERROR, "/budget/activities/0/statedSubtotal"),
                        tuple("BUDGET_SUBTOTAL_MISMATCH", Severity.ERROR, "/budget/activities/4/statedSubtotal"),
                        tuple("BUDGET_EXCEEDS_RECEIVED", Severity.ERROR, "/budget/receivedAmount"));
        Budget budget = seed.currentBudget().orElseThrow();
        assertThat(budget.amount()).isEqualTo(Baht.ofBaht(121_000));
        assertThat(budget.writtenActivitySum()).isEqualTo(Baht.ofBaht(120_000));
        assertThat(budget.activities().get(3).lines().get(0).computedAmount()).hasValue(Baht.ofBaht(36_000));
        assertThat(seed.ledger().orElseThrow().balance()).isEqualTo(Baht.ofBaht(100_000));
        // The document's lines are the seed's text, read by the parser.
        assertThat(budget.activities().get(0).lines().get(3)).isEqualTo(BudgetLine.parse(
                "- ค่าสำเนา เครื่องมือแนวทางการพัฒนาระบบประกันคุณภาพจำนวน 200 ชุด ชุดละ 80 บาท เป็นเงิน....13,000.....บาท"));
        assertThat(budget.activities().get(4).lines().get(1)).isEqualTo(BudgetLine.parse(
                "- ค่าอาหารกลางวัน 100 บาท/...100...คน/1 มื้อ เป็นเงิน....100,000.....บาท"));
        assertThat(budget.activities().get(3).lines().get(0)).isEqualTo(BudgetLine.parse("- ค่าพาหนะคณะกรรมการฯ 9 ชุด ชุดละ 5 คน"
                + " ชุดละ 4 วัน ชุดละ 7-8 โรงเรียน (45 คน x 200 บาท x 4 วัน) เป็นเงิน..36,000....บาท"));
    }

    @Test
    void seed003HasNoFindingsAndItsAllocationAddsUp() throws Exception {
        Project seed = KrongkanJson.readProject(DATA.resolve("003-samut-prakan-2-reading.json"));
        assertThat(ProjectCheck.standard().check(seed)).isEmpty();
        Budget budget = seed.budget().orElseThrow();
        assertThat(budget.amount()).isEqualTo(Baht.ofBaht(214_650));
        assertThat(budget.allocations().get(0).sharesSum()).isEqualTo(Baht.ofBaht(200_000));
        assertThat(budget.allocations().get(0).shares()).extracting(s -> s.networkId().orElseThrow())
                .containsExactlyElementsOf(seed.networks().stream().map(n -> n.id()).toList());
        assertThat(budget.activities().get(0).lines().get(0)).isEqualTo(
                BudgetLine.parse("1. จัดสรรให้กลุ่มโรงเรียนละ 40,000.- บาท / 5 กลุ่ม | เป็นเงิน 200,000 บาท"));
    }

    @Test
    void seed000BuiltInJavaAgreesWithTheDocument() throws Exception {
        Project fromJson = KrongkanJson.readProject(DATA.resolve("000-bang-khen-network-19.json"));
        Project inJava = BuildProjectInCode.seed000();
        assertThat(inJava.name()).isEqualTo(fromJson.name());
        assertThat(inJava.fiscalYear()).isEqualTo(fromJson.fiscalYear());
        assertThat(inJava.responsibleUnits()).isEqualTo(fromJson.responsibleUnits());
        assertThat(inJava.objectives()).isEqualTo(fromJson.objectives());
        assertThat(inJava.targets().get(0)).isEqualTo(fromJson.targets().get(0));
        assertThat(inJava.networks()).isEqualTo(fromJson.networks());
        assertThat(inJava.nature()).isEqualTo(fromJson.nature());
        assertThat(fromJson.alignments()).contains(inJava.alignments().get(0));
        assertThat(inJava.plannedPeriod()).isEqualTo(fromJson.plannedPeriod());
        assertThat(inJava.status()).isEqualTo(fromJson.status());
        assertThat(inJava.risks()).isEqualTo(fromJson.risks());
        assertThat(inJava.indicators()).isEqualTo(fromJson.indicators());
        assertThat(ProjectCheck.standard().check(inJava)).isEmpty();
        assertThat(ProjectCheck.standard().check(fromJson)).isEmpty();
    }

    @Test
    void seed000RiskIsTwoTimesOneLowAndItsKpiIsAPercentageOfAtLeast90() {
        Project seed = KrongkanJson.readProject(DATA.resolve("000-bang-khen-network-19.json"));
        assertThat(seed.riskMatrix()).isEmpty();
        RiskCell cell = seed.risks().get(0).inherentCell(seed.riskMatrixOrDefault()).orElseThrow();
        assertThat(cell.score()).isEqualTo(2);
        assertThat(cell.level()).isEqualTo(RiskLevel.LOW);
        assertThat(seed.risks().get(0).inherent().get().statedLevel()).contains("2 (น้อย)");
        assertThat(seed.risks().get(0).responseText()).contains("ประชาสัมพันธ์การดำเนินงานล่วงหน้าเป็นระยะเวลานาน");

        Indicator kpi = seed.indicators().get(0);
        assertThat(kpi.type()).contains(IndicatorType.OUTPUT);
        assertThat(kpi.targetText()).contains("ร้อยละ 90");
        assertThat(kpi.timeframe()).contains("ตลอดปีงบประมาณ");
        assertThat(kpi.measurements()).isEmpty();
        // Network 19 has 5 schools: 5 of 5 meets the target, 4 of 5 (80 %) does not.
        assertThat(kpi.evaluate(Measurement.of(5, 5)).achievement()).isEqualTo(Achievement.MET);
        assertThat(kpi.evaluate(Measurement.of(4, 5)).value()).contains(BigDecimal.valueOf(80));
        assertThat(kpi.evaluate(Measurement.of(4, 5)).achievement()).isEqualTo(Achievement.NOT_MET);
        assertThat(seed.notes()).anyMatch(n -> n.contains("without ไม่น้อยกว่า"));
    }
}
