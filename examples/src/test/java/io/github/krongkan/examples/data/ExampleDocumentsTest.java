package io.github.krongkan.examples.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.krongkan.check.ProjectCheck;
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
