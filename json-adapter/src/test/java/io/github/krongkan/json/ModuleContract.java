package io.github.krongkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.krongkan.check.Finding;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Portfolio;
import io.github.krongkan.project.Project;
import io.github.krongkan.testkit.Property;
import io.github.krongkan.time.FiscalMonth;
import io.github.krongkan.time.FiscalPeriod;
import io.github.krongkan.time.FiscalQuarter;
import io.github.krongkan.time.FiscalYear;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The promises of a krongkan Jackson module, one set of tests for both: the Jackson 2 adapter
 * ({@code Jackson2ContractTest}) and the Jackson 3 module ({@code Jackson3ContractTest} in
 * krongkan-jackson3, which runs these sources from this module's test jar). A subclass binds the
 * few calls that differ between Jackson versions; every expectation is here, and the Jackson 2
 * facade {@link KrongkanJson} is the reference both are held to.
 *
 * <p>The corpus: the five seeds read and compared, generated projects round-tripped on every entry
 * point (stream, tree, {@code convertValue}, beans, collections), and hostile input: duplicate keys
 * whatever the mapper's settings, exponents, {@code NaN}, scale, pointers in errors, limits.
 */
public abstract class ModuleContract {
    /** For the bindings' subclasses. */
    protected ModuleContract() {}

    /** A caller's own envelope around krongkan values, as an application's DTO would be. */
    public record Envelope(String requestId, FiscalYear year, Baht ceiling, Project project, List<Finding> findings) {}

    /** A caller's own bean of fiscal periods and a portfolio. */
    public record Plan(
            FiscalQuarter quarter,
            FiscalMonth month,
            FiscalPeriod period,
            List<FiscalPeriod> periods,
            Map<String, FiscalQuarter> byOffice,
            Portfolio portfolio) {}

    /** Where the krongkan error of a failure points, and why. */
    public record Failure(String pointer, String reason) {}

    /** A mapper with the module, whatever the binding: the entry points the contract exercises. */
    protected abstract String writeValue(Object value) throws Exception;

    /** Reads a value from text through the module's mapper. */
    protected abstract <T> T readValue(String json, Class<T> type) throws Exception;

    /** Reads a value from text, first into the mapper's tree ({@code readTree} then {@code treeToValue}). */
    protected abstract <T> T readViaTree(String json, Class<T> type) throws Exception;

    /** Converts a value with the mapper ({@code convertValue}), unwrapping Jackson's wrapper of a failure. */
    protected abstract <T> T convert(Object value, Class<T> type) throws Exception;

    /** Reads a JSON array of projects as a {@code List<Project>}. */
    protected abstract List<Project> readProjects(String json) throws Exception;

    /** Reads text as the mapper's tree and writes the tree back as text. */
    protected abstract String readTreeAndWrite(String json) throws Exception;

    /** The binding's document facade: reads a project document. */
    protected abstract Project readDocument(String json);

    /** The binding's document facade: writes a project document on one line. */
    protected abstract String writeDocumentCompact(Project project);

    /** The binding's document facade: writes the evaluated view of a project. */
    protected abstract String writeEvaluation(Project project);

    /**
     * The krongkan error behind a failure of the binding (in the cause chain of a mapping error, or
     * the facade's own exception), or {@code null} if there is none.
     */
    protected abstract Failure krongkanFailure(Throwable thrown);

    private static final String HEAD = "{\"name\":\"โครงการ\",\"fiscalYear\":2569";

    private static List<Path> seeds() {
        try (Stream<Path> files = Files.list(Path.of("..", "examples", "data"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void refused(ThrowingCallable call, String pointer, String reason) {
        assertThatThrownBy(call).satisfies(e -> {
            Failure failure = krongkanFailure(e);
            assertThat(failure).as("the krongkan error behind " + e).isNotNull();
            assertThat(failure.pointer()).as("pointer of " + e).isEqualTo(pointer);
            assertThat(failure.reason()).as("reason of " + e).contains(reason);
            assertThat(e.getMessage()).contains(pointer.isEmpty() ? "/: " : pointer + ": ");
        });
    }

    @Test
    public void seedsReadAsTheJackson2FacadeReadsThemOnEveryEntryPoint() throws Exception {
        List<Path> seeds = seeds();
        assertThat(seeds).hasSize(5);
        for (Path seed : seeds) {
            String text = Files.readString(seed);
            Project expected = KrongkanJson.readProject(text);
            assertThat(readDocument(text)).as("facade, %s", seed).isEqualTo(expected);
            assertThat(readValue(text, Project.class)).as("stream, %s", seed).isEqualTo(expected);
            assertThat(readViaTree(text, Project.class)).as("tree, %s", seed).isEqualTo(expected);
            assertThat(convert(expected, Project.class))
                    .as("convertValue, %s", seed)
                    .isEqualTo(expected);
            assertThat(writeDocumentCompact(expected))
                    .as("same bytes, %s", seed)
                    .isEqualTo(KrongkanJson.writeCompact(expected));
            assertThat(ProjectCheck.standard().check(readValue(text, Project.class)))
                    .isEqualTo(ProjectCheck.standard().check(expected));
        }
    }

    private static final JsonSchema EVALUATION_SCHEMA =
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(KrongkanJson.evaluationSchema());

    private void sameEvaluatedView(Project project) throws IOException {
        String view = writeEvaluation(project);
        assertThat(view).as("evaluated view of %s", project.name()).isEqualTo(KrongkanJson.writeEvaluation(project));
        assertThat(EVALUATION_SCHEMA.validate(new ObjectMapper().readTree(view)))
                .as(view)
                .isEmpty();
    }

    @Test
    public void evaluatedViewsAreTheJackson2FacadesBytesAndFollowTheirSchema() throws Exception {
        for (Path seed : seeds()) {
            sameEvaluatedView(KrongkanJson.readProject(Files.readString(seed)));
        }
        Property.forAll(RandomProjects.gen()).examples(40).check(project -> {
            try {
                sameEvaluatedView(project);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    public void generatedProjectsRoundTripLosslesslyOnEveryEntryPoint() {
        Property.forAll(RandomProjects.gen()).examples(60).check(project -> {
            try {
                String json = writeValue(project);
                assertThat(readValue(json, Project.class)).isEqualTo(project);
                assertThat(readViaTree(json, Project.class)).isEqualTo(project);
                assertThat(convert(project, Project.class)).isEqualTo(project);
                String document = writeDocumentCompact(project);
                assertThat(document).isEqualTo(KrongkanJson.writeCompact(project));
                assertThat(readDocument(document)).isEqualTo(project);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    public void valuesInsideBeansAndCollectionsRoundTrip() throws Exception {
        Project project = KrongkanJson.readProject(Files.readString(seeds().get(4)));
        List<Finding> findings = ProjectCheck.standard().check(project);
        Envelope envelope =
                new Envelope("r-1", FiscalYear.ofBuddhistEra(2569), Baht.parse("90000.50"), project, findings);
        String json = writeValue(envelope);
        assertThat(json).contains("\"year\":2569", "\"ceiling\":\"90000.50\"");
        assertThat(readValue(json, Envelope.class)).isEqualTo(envelope);
        assertThat(readViaTree(json, Envelope.class)).isEqualTo(envelope);
        assertThat(convert(envelope, Envelope.class)).isEqualTo(envelope);
        assertThat(readProjects("[" + writeValue(project) + "," + writeValue(project) + "]"))
                .containsExactly(project, project);
    }

    @Test
    public void errorsCarryTheKrongkanPointerRelativeToTheValue() {
        String invalid = "{\"name\":\"n\",\"fiscalYear\":\"2569\"}";
        refused(() -> readValue(invalid, Project.class), "/fiscalYear", "fiscalYear");
        refused(() -> readViaTree(invalid, Project.class), "/fiscalYear", "fiscalYear");
        refused(
                () -> readValue("{\"requestId\":\"r\",\"project\":" + invalid + "}", Envelope.class),
                "/fiscalYear",
                "fiscalYear");
        String missing = HEAD + ",\"targets\":[{\"kind\":\"quantitative\"}]}";
        refused(() -> readValue(missing, Project.class), "/targets/0", "missing required field \"text\"");
        refused(() -> readProjects("[" + missing + "]"), "/targets/0", "missing required field \"text\"");
        refused(() -> readValue(HEAD + ",\"bogus\":1}", Project.class), "/bogus", "unknown field \"bogus\"");
        refused(
                () -> readDocument("{\"format\":\"krongkan/1\",\"name\":\"n\",\"fiscalYear\":2569,\"bogus\":1}"),
                "/bogus",
                "unknown field \"bogus\"");
    }

    @Test
    public void duplicateKeysAreRefusedWhateverTheMappersSettings() {
        String twoNames = "{\"name\":\"a\",\"name\":\"b\",\"fiscalYear\":2569}";
        String twoNotes = HEAD + ",\"notes\":[\"x\"],\"notes\":[\"y\"]}";
        refused(() -> readValue(twoNames, Project.class), "/name", "duplicate field \"name\"");
        refused(() -> readValue(twoNotes, Project.class), "/notes", "duplicate field \"notes\"");
        refused(
                () -> readValue("{\"project\":" + twoNotes + "}", Envelope.class),
                "/notes",
                "duplicate field \"notes\"");
        assertThatThrownBy(() -> readTreeAndWrite(twoNames)).hasMessageContaining("duplicate field \"name\"");
        refused(
                () -> readDocument("{\"format\":\"krongkan/1\",\"name\":\"a\",\"name\":\"b\",\"fiscalYear\":2569}"),
                "/name",
                "uplicate");
    }

    @Test
    public void decimalsKeepTheirScaleAndExponentsAreRefused() throws Exception {
        String json = HEAD + ",\"progressReports\":[{\"date\":\"2025-12-01\",\"progress\":8.00}],"
                + "\"budget\":{\"activities\":[{\"name\":\"a\",\"lines\":[{\"item\":\"i\",\"unitCost\":\"12.34\","
                + "\"factors\":[{\"count\":1234567.123456789012,\"unit\":\"u\"},{\"count\":2.50,\"unit\":\"v\"}]}]}],"
                + "\"statedTotal\":\"123456789012.34\"}}";
        Project expected = KrongkanJson.readProject(json.replaceFirst("\\{", "{\"format\":\"krongkan/1\","));
        assertThat(expected.progressReports().get(0).progress()).isEqualTo(new BigDecimal("8.00"));
        assertThat(readValue(json, Project.class)).isEqualTo(expected);
        assertThat(readViaTree(json, Project.class)).isEqualTo(expected);
        assertThat(convert(expected, Project.class)).isEqualTo(expected);
        assertThat(readTreeAndWrite("[2.50,8.00,2.5]")).isEqualTo("[2.50,8.00,2.5]");
        String exponent = HEAD + ",\"targets\":[{\"kind\":\"quantitative\",\"text\":\"t\",\"quantity\":1e3}]}";
        refused(() -> readValue(exponent, Project.class), "/targets/0/quantity", "exponent notation");
        refused(() -> readViaTree(exponent, Project.class), "/targets/0/quantity", "exponent notation");
    }

    @Test
    public void moneyIsAStringAndAFiscalYearAnInteger() throws Exception {
        assertThat(writeValue(Baht.parse("90000"))).isEqualTo("\"90000.00\"");
        assertThat(readValue("\"90000.50\"", Baht.class)).isEqualTo(Baht.parse("90000.50"));
        assertThatThrownBy(() -> readValue("90000.50", Baht.class)).hasMessageContaining("not as a JSON number");
        assertThatThrownBy(() -> readValue("\"1.005\"", Baht.class)).hasMessageContaining("Invalid amount");
        assertThat(writeValue(FiscalYear.ofBuddhistEra(2569))).isEqualTo("2569");
        assertThat(readValue("2569", FiscalYear.class)).isEqualTo(FiscalYear.ofBuddhistEra(2569));
        assertThatThrownBy(() -> readValue("\"2569\"", FiscalYear.class)).hasMessageContaining("Fiscal year");
    }

    @Test
    public void limitsApplyInsideTheMapperAsInDocuments() {
        String units = HEAD + ",\"responsibleUnits\":[" + "\"a\",".repeat(KrongkanJson.MAX_ARRAY_LENGTH) + "\"a\"]}";
        refused(() -> readValue(units, Project.class), "/responsibleUnits/100000", "input beyond the reader's limits");
        String document = "{\"format\":\"krongkan/1\"," + units.substring(1);
        refused(() -> readDocument(document), "/responsibleUnits/100000", "input beyond the reader's limits");
    }

    @Test
    public void writingRefusesWhatTheReaderWouldRefuse() {
        Project tooLong = Project.builder()
                .name("ก".repeat(KrongkanJson.MAX_STRING_LENGTH + 1))
                .fiscalYear(FiscalYear.ofBuddhistEra(2569))
                .build();
        refused(() -> writeDocumentCompact(tooLong), "/name", "cannot write: a string of 1000001 characters");
        Project loneSurrogate = Project.builder()
                .name("a\uD800b")
                .fiscalYear(FiscalYear.ofBuddhistEra(2569))
                .build();
        refused(() -> writeDocumentCompact(loneSurrogate), "/name", "cannot write: lone surrogate U+D800");
    }

    @Test
    public void fiscalPeriodsAreTheirCodesAsIndicatorPeriodsAre() throws Exception {
        FiscalQuarter quarter = FiscalQuarter.parse("FY2569-Q1");
        FiscalMonth month = FiscalMonth.parse("FY2569-M03");
        FiscalYear year = FiscalYear.ofBuddhistEra(2569);
        assertThat(writeValue(quarter)).isEqualTo("\"FY2569-Q1\"");
        assertThat(writeValue(month)).isEqualTo("\"FY2569-M03\"");
        assertThat(readValue("\"FY2569-Q1\"", FiscalQuarter.class)).isEqualTo(quarter);
        assertThat(readValue("\"fy2569-m03\"", FiscalMonth.class)).isEqualTo(month);
        assertThat(readValue("\"FY2569-M03\"", FiscalPeriod.class)).isEqualTo(month);
        assertThat(readValue("\"FY2569-Q1\"", FiscalPeriod.class)).isEqualTo(quarter);
        assertThat(readValue("\"FY2569\"", FiscalPeriod.class)).isEqualTo(year);
        assertThat(readValue("2569", FiscalPeriod.class)).isEqualTo(year);
        assertThat(readViaTree("\"FY2569-Q1\"", FiscalQuarter.class)).isEqualTo(quarter);
        assertThat(convert(month, FiscalMonth.class)).isEqualTo(month);
        assertThat(convert(quarter, FiscalPeriod.class)).isEqualTo(quarter);
        assertThat(convert(year, FiscalPeriod.class)).isEqualTo(year);
    }

    @Test
    public void fiscalPeriodsAndPortfoliosRoundTripInsideBeansAndCollections() throws Exception {
        Project project = KrongkanJson.readProject(Files.readString(seeds().get(4)));
        Portfolio portfolio = Portfolio.of(List.of(
                project, Project.builder().from(project).name("อีกโครงการ").build()));
        FiscalYear year = FiscalYear.ofBuddhistEra(2569);
        Plan plan = new Plan(
                FiscalQuarter.of(year, 2),
                FiscalMonth.of(year, 12),
                FiscalQuarter.of(year, 4),
                List.of(year, FiscalQuarter.of(year, 1), FiscalMonth.of(year, 1)),
                Map.of("สพป.", FiscalQuarter.of(year, 3)),
                portfolio);
        String json = writeValue(plan);
        assertThat(json)
                .contains(
                        "\"quarter\":\"FY2569-Q2\"",
                        "\"month\":\"FY2569-M12\"",
                        "\"periods\":[2569,\"FY2569-Q1\",\"FY2569-M01\"]",
                        "\"portfolio\":{\"projects\":[{");
        assertThat(readValue(json, Plan.class)).isEqualTo(plan);
        assertThat(readViaTree(json, Plan.class)).isEqualTo(plan);
        assertThat(convert(plan, Plan.class)).isEqualTo(plan);
        assertThat(readValue(writeValue(portfolio), Portfolio.class)).isEqualTo(portfolio);
        assertThat(readValue(KrongkanJson.writePortfolio(portfolio), Portfolio.class))
                .as("a portfolio document, format member and all")
                .isEqualTo(portfolio);
        assertThat(convert(portfolio, Portfolio.class)).isEqualTo(portfolio);
    }

    @Test
    public void wrongPeriodsAndPortfoliosAreRefusedNamingTheValueAndTheForm() {
        refused(
                () -> readValue("\"FY2569-Q5\"", FiscalQuarter.class),
                "",
                "invalid fiscal quarter (ไตรมาส) \"FY2569-Q5\": expected a fiscal quarter such as FY2569-Q1");
        refused(
                () -> readValue("\"FY2569-M03\"", FiscalQuarter.class),
                "",
                "\"FY2569-M03\": expected a fiscal quarter such as FY2569-Q1");
        refused(
                () -> readValue("\"FY2569-Q1\"", FiscalMonth.class),
                "",
                "invalid fiscal month \"FY2569-Q1\": expected a fiscal month such as FY2569-M02");
        refused(() -> readValue("3", FiscalMonth.class), "", "as a JSON string");
        refused(() -> readValue("2569", FiscalQuarter.class), "", "as a JSON string");
        refused(
                () -> readValue("\"2569-Q1\"", FiscalPeriod.class),
                "",
                "invalid fiscal period \"2569-Q1\": expected a fiscal year, quarter or month such as FY2569, "
                        + "FY2569-Q1 or FY2569-M02");
        refused(
                () -> readViaTree("{\"periods\":[\"FY2569-Q1\",\"Q2\"]}", Plan.class),
                "",
                "invalid fiscal period \"Q2\"");
        refused(() -> readValue("{}", Portfolio.class), "", "missing required field \"projects\"");
        refused(
                () -> readValue("{\"portfolio\":{\"projects\":[" + HEAD + ",\"bogus\":1}]}}", Plan.class),
                "/projects/0/bogus",
                "unknown field \"bogus\"");
        refused(
                () -> readValue("{\"projects\":[],\"projects\":[]}", Portfolio.class),
                "/projects",
                "duplicate field \"projects\"");
    }
}
