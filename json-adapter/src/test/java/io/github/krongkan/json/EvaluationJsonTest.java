package io.github.krongkan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.budget.Ledger;
import io.github.krongkan.check.Finding;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.indicator.Evaluation;
import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.indicator.Measurement;
import io.github.krongkan.money.Baht;
import io.github.krongkan.money.BahtText;
import io.github.krongkan.money.BahtTextConvention;
import io.github.krongkan.progress.EarnedValuePoint;
import io.github.krongkan.progress.ProgressBaseline;
import io.github.krongkan.progress.ProgressHistory;
import io.github.krongkan.project.Project;
import io.github.krongkan.risk.Risk;
import io.github.krongkan.risk.RiskCell;
import io.github.krongkan.risk.RiskMatrix;
import io.github.krongkan.risk.RiskRating;
import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.Plant;
import io.github.krongkan.testkit.Planted;
import io.github.krongkan.testkit.ProjectGens;
import io.github.krongkan.testkit.Property;
import io.github.krongkan.text.ThaiParseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The evaluated view: valid against its schema, and every figure what core computes. */
class EvaluationJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema SCHEMA = load();
    private static final ProjectCheck CHECK = ProjectCheck.standard();
    private static final List<String> ANNOTATIONS =
            List.of("title", "description", "x-title-th", "x-description-th", "examples");

    private static JsonSchema load() {
        try (InputStream in = KrongkanJson.class.getResourceAsStream(KrongkanJson.EVALUATION_SCHEMA_RESOURCE)) {
            assertThat(in).as("evaluation schema resource").isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode evaluate(Project project) {
        try {
            return MAPPER.readTree(KrongkanJson.writeEvaluation(project));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertValid(JsonNode view) {
        assertThat(SCHEMA.validate(view)).as(view::toPrettyString).isEmpty();
    }

    private static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "examples", "data"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void everyBundledExampleGivesAValidViewOfWhatCoreComputes() throws IOException {
        List<Path> files = examples();
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        for (Path file : files) {
            Project project = KrongkanJson.readProject(file);
            JsonNode view = evaluate(project);
            assertValid(view);
            assertFigures(project, view);
        }
    }

    @Test
    void seed004sCopiesLineShowsComputedAgainstStated() throws IOException {
        Project project = KrongkanJson.readProject(
                Path.of("..", "examples", "data", "004-samut-prakan-2-quality-assurance.json"));
        JsonNode line = evaluate(project).at("/budget/activities/0/lines/3");
        assertThat(line.get("path").asText()).isEqualTo("/budget/activities/0/lines/3");
        assertThat(line.get("formula").asText()).isEqualTo("80.00 บาท × 200 ชุด");
        assertThat(line.get("computed").asText()).isEqualTo("16000.00");
        assertThat(line.get("stated").asText()).isEqualTo("13000.00");
        assertThat(line.get("difference").asText()).isEqualTo("-3000.00");
        assertThat(line.get("arithmeticError").asBoolean()).isTrue();
        assertThat(evaluate(project).get("findings").findValuesAsText("path"))
                .contains("/budget/activities/0/lines/3/statedAmount");
    }

    @Test
    void aProjectWithoutBudgetOrPlanGivesTheNotApplicableForms() {
        Project project =
                KrongkanJson.readProject("{\"format\":\"krongkan/1\",\"name\":\"โครงการ\",\"fiscalYear\":2569}");
        JsonNode view = evaluate(project);
        assertValid(view);
        assertThat(view.get("format").asText()).isEqualTo("krongkan-evaluation/1");
        for (String section : List.of("budget", "earnedValue", "ledger")) {
            assertThat(view.get(section).isNull()).as(section).isTrue();
            assertThat(view.at("/notApplicable/" + section + "/reason").asText())
                    .as(section)
                    .isNotBlank();
            assertThat(view.at("/notApplicable/" + section + "/reasonThai").asText())
                    .as(section)
                    .isNotBlank();
        }
        assertThat(view.at("/notApplicable/budget/reason").asText()).isEqualTo("The project has no budget.");
        assertThat(view.at("/schedule/plannedCurve").isNull()).isTrue();
        assertThat(view.at("/schedule/notApplicable/plannedCurve/reason").asText())
                .isEqualTo("The project has no action plan.");
        assertThat(view.at("/schedule/reported")).isEmpty();
        assertThat(view.at("/risks/items")).isEmpty();
        assertThat(view.at("/risks/matrix/stated").asBoolean()).isFalse();
        assertThat(view.get("indicators")).isEmpty();
        assertThat(view.get("findings")).isEmpty();
    }

    @Test
    void generatedProjectsGiveValidViewsOfWhatCoreComputes() {
        Property.forAll(ProjectGens.projects()).examples(250).check(project -> {
            JsonNode view = evaluate(project);
            assertValid(view);
            assertFigures(project, view);
        });
    }

    @Test
    void plantedProjectsCarryTheirFindingWithItsPointer() {
        List<Gen<Planted>> gens = new ArrayList<>();
        Plant.codes().forEach(code -> gens.add(Plant.of(code)));
        Property.forAll(Gen.anyOf(gens)).examples(250).check(planted -> {
            JsonNode view = evaluate(planted.project());
            assertValid(view);
            assertFigures(planted.project(), view);
            List<String> codesAtPointer = new ArrayList<>();
            for (JsonNode f : view.get("findings")) {
                if (f.get("path").asText().equals(planted.pointer())) {
                    codesAtPointer.add(f.get("code").asText());
                }
            }
            assertThat(codesAtPointer).contains(planted.code().code());
        });
    }

    @Test
    void theStreamAndTheTextAreTheSame() throws IOException {
        for (Path file : examples()) {
            Project project = KrongkanJson.readProject(file);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            KrongkanJson.writeEvaluation(project, out);
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(KrongkanJson.writeEvaluation(project));
        }
    }

    // ------------------------------------------------------------------ the figures

    /** Every figure of the view equals what core's API computes, and every null has its reason. */
    private static void assertFigures(Project project, JsonNode view) {
        assertReasons(view, "");
        assertThat(view.get("name").asText()).isEqualTo(project.name());
        assertThat(view.get("fiscalYear").asInt())
                .isEqualTo(project.fiscalYear().buddhistEraYear());
        List<Finding> findings = CHECK.check(project);
        assertThat(KrongkanJson.readFindings(view.get("findings").toString())).isEqualTo(findings);
        assertBudget(project, view.get("budget"));
        assertRisks(project, view.get("risks"));
        assertIndicators(project, view.get("indicators"));
        assertSchedule(project, view.get("schedule"));
        assertEarnedValue(project, view.get("earnedValue"));
        assertLedger(project, view.get("ledger"));
    }

    /** Every null member is named in its object's notApplicable, and notApplicable names only nulls. */
    private static void assertReasons(JsonNode node, String at) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                assertReasons(node.get(i), at + "/" + i);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        JsonNode reasons = node.get("notApplicable");
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> member = fields.next();
            if (member.getValue().isNull()) {
                assertThat(reasons)
                        .as(at + "/" + member.getKey() + " is null without a reason")
                        .isNotNull();
                assertThat(reasons.at("/" + member.getKey() + "/reason").asText())
                        .as(at + "/notApplicable/" + member.getKey())
                        .isNotBlank();
            } else if (!member.getKey().equals("notApplicable")) {
                assertReasons(member.getValue(), at + "/" + member.getKey());
            }
        }
        if (reasons != null) {
            reasons.fieldNames()
                    .forEachRemaining(name -> assertThat(
                                    node.get(name) != null && node.get(name).isNull())
                            .as(at + "/notApplicable names " + name + ", which is not null")
                            .isTrue());
        }
    }

    private static String amount(Optional<Baht> amount) {
        return amount.map(Object::toString).orElse(null);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static BigDecimal decimal(JsonNode node) {
        return node == null || node.isNull() ? null : node.decimalValue();
    }

    private static void assertSameNumber(JsonNode node, Optional<BigDecimal> expected) {
        if (expected.isEmpty()) {
            assertThat(node.isNull()).isTrue();
        } else {
            assertThat(decimal(node)).isEqualByComparingTo(expected.get());
        }
    }

    private static void assertBudget(Project project, JsonNode view) {
        Optional<Budget> current = project.currentBudget();
        if (current.isEmpty()) {
            assertThat(view.isNull()).isTrue();
            return;
        }
        Budget budget = current.get();
        assertThat(view.get("computed").asText()).isEqualTo(budget.amount().toString());
        assertThat(view.get("activitySum").asText())
                .isEqualTo(budget.writtenActivitySum().toString());
        assertThat(text(view.get("stated"))).isEqualTo(amount(budget.statedTotal()));
        assertThat(view.get("written").asText())
                .isEqualTo(budget.writtenAmount().toString());
        assertThat(text(view.get("difference")))
                .isEqualTo(amount(budget.statedTotal().map(s -> s.minus(budget.amount()))));
        JsonNode words = view.get("amountInWords");
        assertThat(words.get("royalInstitute").asText())
                .isEqualTo(BahtText.format(budget.writtenAmount(), BahtTextConvention.ROYAL_INSTITUTE));
        assertThat(words.get("tensOnly").asText())
                .isEqualTo(BahtText.format(budget.writtenAmount(), BahtTextConvention.TENS_ONLY));
        if (budget.amountInWords().isPresent()) {
            Optional<Baht> says;
            try {
                says = Optional.of(
                        BahtText.readLenient(budget.amountInWords().get()).amount());
            } catch (ThaiParseException | ArithmeticException e) {
                says = Optional.empty();
            }
            assertThat(text(words.get("says"))).isEqualTo(amount(says));
            assertThat(words.get("matches").asBoolean())
                    .isEqualTo(says.isPresent() && says.get().equals(budget.writtenAmount()));
        } else {
            assertThat(words.get("matches").isNull()).isTrue();
        }
        assertThat(view.get("activities")).hasSize(budget.activities().size());
        for (int a = 0; a < budget.activities().size(); a++) {
            BudgetActivity activity = budget.activities().get(a);
            JsonNode va = view.get("activities").get(a);
            assertThat(va.get("path").asText()).isEqualTo(view.get("path").asText() + "/activities/" + a);
            assertThat(va.get("computed").asText()).isEqualTo(activity.amount().toString());
            assertThat(va.get("lineSum").asText())
                    .isEqualTo(activity.writtenLineSum().toString());
            assertThat(text(va.get("stated"))).isEqualTo(amount(activity.statedSubtotal()));
            assertThat(va.get("written").asText())
                    .isEqualTo(activity.writtenAmount().toString());
            assertThat(va.get("lines")).hasSize(activity.lines().size());
            for (int l = 0; l < activity.lines().size(); l++) {
                BudgetLine line = activity.lines().get(l);
                JsonNode vl = va.get("lines").get(l);
                assertThat(vl.get("path").asText()).isEqualTo(va.get("path").asText() + "/lines/" + l);
                assertThat(text(vl.get("computed"))).isEqualTo(amount(line.computedAmount()));
                assertThat(text(vl.get("stated"))).isEqualTo(amount(line.statedAmount()));
                assertThat(vl.get("amount").asText()).isEqualTo(line.amount().toString());
                assertThat(vl.get("written").asText())
                        .isEqualTo(line.writtenAmount().toString());
                assertThat(vl.get("arithmeticError").asBoolean()).isEqualTo(line.hasArithmeticError());
                assertThat(vl.get("formula").asText()).isEqualTo(line.formula());
            }
        }
    }

    private static void assertRisks(Project project, JsonNode view) {
        RiskMatrix matrix = project.riskMatrixOrDefault();
        assertThat(view.at("/matrix/name").asText()).isEqualTo(matrix.name());
        // Every cell of the matrix, likelihood first, graded as the matrix grades it.
        JsonNode cells = view.at("/matrix/cells");
        assertThat(cells).hasSize(matrix.likelihoodLevels() * matrix.impactLevels());
        int k = 0;
        for (int likelihood = 1; likelihood <= matrix.likelihoodLevels(); likelihood++) {
            for (int impact = 1; impact <= matrix.impactLevels(); impact++) {
                RiskCell cell = matrix.cell(likelihood, impact);
                JsonNode vc = cells.get(k++);
                assertThat(vc.get("likelihood").asInt()).isEqualTo(likelihood);
                assertThat(vc.get("impact").asInt()).isEqualTo(impact);
                assertThat(vc.get("score").asInt()).isEqualTo(cell.score());
                assertThat(vc.get("level").asText()).isEqualTo(cell.level().englishLabel());
                assertThat(vc.get("colour").asText()).isEqualTo(cell.colour());
                assertThat(vc.get("requiresResponse").asBoolean())
                        .isEqualTo(cell.level().requiresResponse());
            }
        }
        assertThat(view.get("items")).hasSize(project.risks().size());
        for (int i = 0; i < project.risks().size(); i++) {
            Risk risk = project.risks().get(i);
            JsonNode vr = view.get("items").get(i);
            assertThat(vr.get("path").asText()).isEqualTo("/risks/" + i);
            assertRating(matrix, risk.inherent(), vr.get("inherent"));
            assertRating(matrix, risk.current(), vr.get("current"));
            assertRating(matrix, risk.residual(), vr.get("residual"));
        }
    }

    private static void assertRating(RiskMatrix matrix, Optional<RiskRating> rating, JsonNode view) {
        if (rating.isEmpty() || !matrix.fits(rating.get())) {
            assertThat(view.isNull()).isTrue();
            return;
        }
        RiskCell cell = matrix.cell(rating.get());
        assertThat(view.get("score").asInt()).isEqualTo(cell.score());
        assertThat(view.get("likelihood").asInt()).isEqualTo(cell.likelihood());
        assertThat(view.get("impact").asInt()).isEqualTo(cell.impact());
        assertThat(view.get("level").asText()).isEqualTo(cell.level().englishLabel());
        assertThat(view.get("levelThai").asText()).isEqualTo(cell.level().thaiLabel());
    }

    private static void assertIndicators(Project project, JsonNode view) {
        assertThat(view).hasSize(project.indicators().size());
        for (int i = 0; i < project.indicators().size(); i++) {
            Indicator indicator = project.indicators().get(i);
            JsonNode evaluations = view.get(i).get("evaluations");
            assertThat(evaluations.size())
                    .isGreaterThanOrEqualTo(indicator.measurements().size());
            for (int m = 0; m < indicator.measurements().size(); m++) {
                Measurement measurement = indicator.measurements().get(m);
                Evaluation e = indicator.evaluate(measurement);
                JsonNode ve = evaluations.get(m);
                assertThat(ve.get("path").asText()).isEqualTo("/indicators/" + i + "/measurements/" + m);
                assertSameNumber(ve.get("value"), e.value());
                assertSameNumber(ve.get("target"), e.target());
                assertSameNumber(ve.get("attainment"), e.attainment());
                assertThat(ve.get("achievement").asText()).isEqualTo(JsonNames.of(e.achievement()));
                assertThat(ve.get("met").asBoolean()).isEqualTo(e.isMet());
                assertThat(text(ve.get("period")))
                        .isEqualTo(e.period().map(Object::toString).orElse(null));
            }
        }
    }

    private static void assertSchedule(Project project, JsonNode view) {
        if (project.actionPlan().isEmpty()) {
            assertThat(view.get("plannedCurve").isNull()).isTrue();
        } else {
            var points = project.actionPlan().get().plannedCurve().points();
            JsonNode months = view.at("/plannedCurve/months");
            assertThat(months).hasSize(points.size());
            int k = 0;
            for (var point : points.entrySet()) {
                assertThat(months.get(k).get("fiscalMonth").asText())
                        .isEqualTo(point.getKey().toString());
                assertThat(months.get(k).get("month").asText())
                        .isEqualTo(point.getKey().yearMonth().toString());
                assertThat(decimal(months.get(k).get("percent"))).isEqualByComparingTo(point.getValue());
                k++;
            }
        }
        List<ProgressHistory.Entry> entries = ProgressHistory.of(project).entries();
        JsonNode reported = view.get("reported");
        assertThat(reported).hasSize(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            ProgressHistory.Entry entry = entries.get(i);
            JsonNode vr = reported.get(i);
            assertThat(vr.get("path").asText()).isEqualTo("/progressReports/" + entry.index());
            assertThat(decimal(vr.get("progress")))
                    .isEqualByComparingTo(entry.report().progress());
            assertThat(text(vr.get("disbursed")))
                    .isEqualTo(amount(entry.report().disbursed()));
            assertSameNumber(
                    vr.get("planned"),
                    project.actionPlan()
                            .map(p -> p.plannedCurve().at(entry.report().date())));
        }
    }

    private static void assertEarnedValue(Project project, JsonNode view) {
        Optional<ProgressBaseline> baseline = ProgressBaseline.of(project);
        if (baseline.isEmpty()) {
            assertThat(view.isNull()).isTrue();
            return;
        }
        List<EarnedValuePoint> points;
        try {
            points = ProgressHistory.of(project).earnedValues(baseline.get());
        } catch (ArithmeticException e) {
            assertThat(view.isNull()).isTrue();
            return;
        }
        assertThat(view.get("budgetAtCompletion").asText())
                .isEqualTo(baseline.get().budgetAtCompletion().toString());
        assertThat(view.get("points")).hasSize(points.size());
        for (int i = 0; i < points.size(); i++) {
            var v = points.get(i).value();
            JsonNode vp = view.get("points").get(i);
            assertThat(vp.get("path").asText())
                    .isEqualTo("/progressReports/" + points.get(i).entry().index());
            assertThat(vp.get("pv").asText()).isEqualTo(v.pv().toString());
            assertThat(vp.get("ev").asText()).isEqualTo(v.ev().toString());
            assertThat(vp.get("ac").asText()).isEqualTo(v.ac().toString());
            assertThat(vp.get("sv").asText()).isEqualTo(v.sv().toString());
            assertThat(vp.get("cv").asText()).isEqualTo(v.cv().toString());
            assertSameNumber(vp.get("spi"), v.spi());
            assertSameNumber(vp.get("cpi"), v.cpi());
            assertSameNumber(vp.get("svPercent"), v.svPercent());
            assertSameNumber(vp.get("cvPercent"), v.cvPercent());
            assertSameNumber(vp.get("tcpi"), v.tcpi());
            assertThat(vp.get("eacAtypical").asText()).isEqualTo(v.eacAtypical().toString());
        }
    }

    private static void assertLedger(Project project, JsonNode view) {
        if (project.ledger().isEmpty()) {
            assertThat(view.isNull()).isTrue();
            return;
        }
        Ledger ledger = project.ledger().get();
        assertThat(view.get("received").asText()).isEqualTo(ledger.received().toString());
        assertThat(view.get("disbursed").asText()).isEqualTo(ledger.disbursed().toString());
        assertThat(view.get("obligations").asText())
                .isEqualTo(ledger.obligations().toString());
        assertThat(view.get("committed").asText()).isEqualTo(ledger.committed().toString());
        assertThat(view.get("returned").asText()).isEqualTo(ledger.returned().toString());
        assertThat(view.get("balance").asText()).isEqualTo(ledger.balance().toString());
        assertThat(text(view.get("stated"))).isEqualTo(amount(ledger.remaining()));
    }

    // ------------------------------------------------------------------ the schema

    @Test
    void docsCarryTheSameSchema() throws IOException {
        String resource = KrongkanJson.evaluationSchema();
        assertThat(Files.readString(Path.of("..", "docs", "krongkan-evaluation-1.schema.json")))
                .isEqualTo(resource);
        String page = Files.readString(Path.of("..", "docs", "json-format.md"));
        assertThat(page).contains("## The evaluated view").contains("krongkan-evaluation-1.schema.json");
    }

    @Test
    void theDocumentedExampleIsWhatTheWriterGives() throws IOException {
        String page = Files.readString(Path.of("..", "docs", "json-format.md"));
        int section = page.indexOf("## The evaluated view");
        assertThat(section).isNotNegative();
        String open = "```json\n";
        int inputStart = page.indexOf(open, section) + open.length();
        String input = page.substring(inputStart, page.indexOf("```", inputStart));
        int outputStart = page.indexOf(open, inputStart) + open.length();
        String output = page.substring(outputStart, page.indexOf("```", outputStart));
        JsonNode view = MAPPER.readTree(output);
        assertValid(view);
        assertThat(KrongkanJson.writeEvaluation(KrongkanJson.readProject(input)))
                .isEqualTo(output);
    }

    @Test
    void everyPropertyIsTitledAndDescribedInEnglishAndThai() throws IOException {
        JsonNode schema = MAPPER.readTree(KrongkanJson.evaluationSchema());
        List<String> untitled = new ArrayList<>();
        collectUntitled(schema, "", untitled);
        assertThat(untitled).isEmpty();
        for (JsonNode definition : schema.get("$defs")) {
            assertThat(definition.has("title") && definition.has("x-title-th"))
                    .as(definition::toString)
                    .isTrue();
        }
    }

    private static void collectUntitled(JsonNode node, String at, List<String> into) {
        if (node.isObject()) {
            JsonNode properties = node.get("properties");
            if (properties != null && properties.isObject()) {
                properties.fields().forEachRemaining(p -> {
                    for (String keyword : List.of("title", "description", "x-title-th", "x-description-th")) {
                        JsonNode value = p.getValue().get(keyword);
                        if (value == null || value.asText().isBlank()) {
                            into.add(at + "/properties/" + p.getKey() + " lacks " + keyword);
                        }
                    }
                });
            }
            node.fields().forEachRemaining(f -> collectUntitled(f.getValue(), at + "/" + f.getKey(), into));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectUntitled(node.get(i), at + "/" + i, into);
            }
        }
    }

    @Test
    void theFindingsItCarriesAreTheFindingsForm() throws IOException {
        JsonNode mine = MAPPER.readTree(KrongkanJson.evaluationSchema()).at("/$defs/finding");
        JsonNode theirs = MAPPER.readTree(KrongkanJson.findingsSchema()).at("/$defs/finding");
        assertThat(constraints(mine)).isEqualTo(constraints(theirs));
    }

    /** A schema without its annotations, with enums as the set of their values. */
    private static JsonNode constraints(JsonNode node) {
        if (node.isArray()) {
            var out = MAPPER.createArrayNode();
            node.forEach(item -> out.add(constraints(item)));
            return out;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode out = MAPPER.createObjectNode();
        node.fields().forEachRemaining(f -> {
            if (ANNOTATIONS.contains(f.getKey())) {
                return;
            }
            if (f.getKey().equals("oneOf") && f.getValue().findValue("const") != null) {
                var values = MAPPER.createArrayNode();
                f.getValue().forEach(option -> values.add(option.get("const")));
                out.set("enum", values);
                return;
            }
            if (f.getKey().equals("type")
                    && node.has("oneOf")
                    && node.get("oneOf").findValue("const") != null) {
                return;
            }
            out.set(f.getKey(), constraints(f.getValue()));
        });
        return out;
    }
}
