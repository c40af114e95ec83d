package io.github.krongkan.examples.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.examples.BuildProjectInCode;
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
        assertThat(ProjectCheck.standard().check(inJava)).isEmpty();
        assertThat(ProjectCheck.standard().check(fromJson)).isEmpty();
    }
}
