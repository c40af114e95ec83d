package io.github.krongkan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.krongkan.check.Finding;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.check.RuleCode;
import io.github.krongkan.project.Project;
import io.github.krongkan.testkit.ProjectGens;
import io.github.krongkan.time.ThaiDates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every finding's pointer names a node of the document {@link KrongkanJson#write} writes for the
 * project: on the seeds, on generated projects, and on both with an error planted for every rule.
 */
class FindingPointersTest {
    /**
     * Reads decimals as {@code BigDecimal}, keeps their trailing zeros and writes them plainly, so
     * that a planted copy keeps the numbers of the written document ({@code 59639357.1}, not the
     * {@code double}'s {@code 5.96393571E7}).
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private static final Path SEEDS = Path.of("..", "examples", "data");
    private static final ProjectCheck CHECK = ProjectCheck.standard();

    private final Set<RuleCode> seen = EnumSet.noneOf(RuleCode.class);
    private final Map<String, Integer> planted = new LinkedHashMap<>();

    @Test
    void everyPointerOfTheSeedsResolves() {
        List<Path> seeds = seeds();
        assertThat(seeds).hasSize(5);
        for (Path seed : seeds) {
            assertResolves(KrongkanJson.readProject(seed), seed.getFileName().toString());
        }
        assertThat(seen).isNotEmpty();
    }

    @Test
    void everyPointerOfGeneratedProjectsResolves() {
        for (Project project : ProjectGens.projects().samples(20_261_207L, 200)) {
            assertResolves(project, "generated project");
        }
    }

    @Test
    void everyPointerResolvesWithAnErrorPlantedForEveryRule() {
        List<ObjectNode> documents = new ArrayList<>();
        for (Path seed : seeds()) {
            documents.add(tree(KrongkanJson.write(KrongkanJson.readProject(seed))));
        }
        for (Project project : ProjectGens.projects().samples(7L, 40)) {
            documents.add(tree(KrongkanJson.write(project)));
        }
        Map<String, Predicate<ObjectNode>> plants = plants();
        for (ObjectNode document : documents) {
            for (Map.Entry<String, Predicate<ObjectNode>> plant : plants.entrySet()) {
                ObjectNode copy = document.deepCopy();
                if (!plant.getValue().test(copy)) {
                    continue;
                }
                Project project = KrongkanJson.readProject(write(copy));
                planted.merge(plant.getKey(), 1, Integer::sum);
                assertResolves(project, plant.getKey() + " in " + copy.get("name"));
            }
        }
        assertThat(planted.keySet()).as("plants that applied").containsExactlyInAnyOrderElementsOf(plants.keySet());
        assertThat(seen).as("codes found").containsExactlyInAnyOrderElementsOf(RuleCode.projectCodes());
    }

    private void assertResolves(Project project, String what) {
        JsonNode written = tree(KrongkanJson.write(project));
        for (Finding finding : CHECK.check(project)) {
            seen.add(RuleCode.of(finding.code()));
            assertThat(written.at(finding.path()).isMissingNode())
                    .as("%s: %s does not resolve", what, finding)
                    .isFalse();
        }
    }

    /** Edits of a valid document that each plant what one or more rules find; false if it does not apply. */
    private static Map<String, Predicate<ObjectNode>> plants() {
        Map<String, Predicate<ObjectNode>> plants = new LinkedHashMap<>();
        plants.put("period outside the fiscal year and an actual end after it", d -> {
            LocalDate start = fiscalStart(d);
            d.set("plannedPeriod", period(start.plusYears(1), start.plusYears(1).plusMonths(2)));
            d.set("actualPeriod", period(start.plusYears(1), start.plusYears(1).plusMonths(5)));
            return true;
        });
        plants.put("amount in words without ถ้วน", d -> {
            if (!(d.path("budget") instanceof ObjectNode budget) || d.has("budgetRevisions")) {
                return false;
            }
            budget.put("statedTotal", "90000.00");
            budget.put("amountInWords", "(-เก้าหมื่นบาท-)");
            return true;
        });
        plants.put("duplicate objective numbers", d -> {
            ArrayNode objectives = d.putArray("objectives");
            objectives.addObject().put("number", "1").put("text", "ก");
            objectives.addObject().put("number", "1").put("text", "ข");
            return true;
        });
        plants.put("a line that does not add up, a wrong subtotal, total and words", d -> {
            JsonNode budget = d.path("budget");
            for (JsonNode activity : budget.path("activities")) {
                for (JsonNode line : activity.path("lines")) {
                    if (line.has("unitCost")) {
                        ((ObjectNode) line).put("statedAmount", "1.00");
                        ((ObjectNode) activity).put("statedSubtotal", "2.00");
                        ((ObjectNode) budget).put("statedTotal", "3.00");
                        ((ObjectNode) budget).put("amountInWords", "หนึ่งบาทถ้วน");
                        return true;
                    }
                }
            }
            return false;
        });
        plants.put("unreadable words and too little received", d -> {
            if (!d.path("budget").path("activities").isArray()
                    || d.path("budget").path("activities").isEmpty()) {
                return false;
            }
            ((ObjectNode) d.get("budget")).put("amountInWords", "ไม่ใช่จำนวนเงิน");
            ((ObjectNode) d.get("budget")).put("receivedAmount", "0.01");
            return true;
        });
        plants.put("too little received by the ledger", d -> {
            if (!d.path("budget").path("activities").isArray()
                    || d.path("budget").path("activities").isEmpty()) {
                return false;
            }
            ((ObjectNode) d.get("budget")).remove("receivedAmount");
            d.putObject("ledger").put("received", "0.01");
            return true;
        });
        plants.put("an allocation that does not add up", d -> {
            JsonNode allocations = d.path("budget").path("allocations");
            if (allocations.isEmpty()) {
                return false;
            }
            ((ObjectNode) allocations.get(0)).put("total", "1.00");
            return true;
        });
        plants.put("a unit cost above the ceiling", d -> {
            for (JsonNode activity : d.path("budget").path("activities")) {
                for (JsonNode line : activity.path("lines")) {
                    if (line.has("unitCost")) {
                        ((ObjectNode) line).put("rateKind", "snacksGovernmentVenue");
                        ((ObjectNode) line).put("unitCost", "1000.00");
                        d.set("plannedPeriod", period(LocalDate.of(2023, 11, 1), LocalDate.of(2024, 3, 31)));
                        d.put("fiscalYear", 2567);
                        d.remove("actualPeriod");
                        d.remove("progressReports");
                        d.remove("actionPlan");
                        return true;
                    }
                }
            }
            return false;
        });
        plants.put("a rate kind on a date no rate table covers", d -> {
            for (JsonNode activity : d.path("budget").path("activities")) {
                for (JsonNode line : activity.path("lines")) {
                    if (line.has("unitCost")) {
                        ((ObjectNode) line).put("rateKind", "snacksGovernmentVenue");
                        d.set("plannedPeriod", period(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 3, 31)));
                        d.put("fiscalYear", 2569);
                        d.remove("actualPeriod");
                        d.remove("progressReports");
                        d.remove("actionPlan");
                        return true;
                    }
                }
            }
            return false;
        });
        plants.put("a ledger that does not balance and pays out too much", d -> {
            ObjectNode ledger = d.putObject("ledger").put("received", "100.00");
            ledger.putArray("entries").addObject().put("kind", "disbursement").put("amount", "150.00");
            ledger.put("remaining", "7.00");
            return true;
        });
        plants.put("risks with a wrong level, no response and a worse residual", d -> {
            d.remove("riskMatrix");
            ArrayNode risks = d.putArray("risks");
            ObjectNode first = risks.addObject().put("description", "ก");
            first.putObject("inherent").put("likelihood", 1).put("impact", 1).put("statedLevel", "25 (สูงมาก)");
            first.putObject("current").put("likelihood", 2).put("impact", 1).put("statedLevel", "25");
            first.putObject("residual").put("likelihood", 5).put("impact", 5).put("statedLevel", "1");
            first.put("response", "reduce");
            ObjectNode second = risks.addObject().put("description", "ข");
            second.putObject("inherent").put("likelihood", 5).put("impact", 5);
            return true;
        });
        plants.put("impossible indicators and targets without direction or against the project", d -> {
            ArrayNode targets = d.putArray("targets");
            targets.addObject()
                    .put("kind", "quantitative")
                    .put("number", "1")
                    .put("text", "ครู 5 คน")
                    .put("quantity", 5)
                    .put("unit", "คน");
            ArrayNode indicators = d.putArray("indicators");
            ObjectNode percent = indicators.addObject().put("name", "ร้อยละ").put("measure", "percentage");
            percent.putArray("targets").addObject().put("value", 80);
            percent.putArray("measurements").addObject().put("reportedValue", 150);
            ObjectNode ratio = indicators.addObject().put("name", "สัดส่วน").put("measure", "percentage");
            ratio.putObject("formula").put("kind", "ratio");
            ratio.putArray("measurements").addObject().put("numerator", 6).put("denominator", 5);
            ObjectNode linked = indicators
                    .addObject()
                    .put("name", "จำนวนครู")
                    .put("measure", "count")
                    .put("direction", "atLeast")
                    .put("linkedTargetNumber", "1");
            linked.putArray("targets").addObject().put("value", 3);
            linked.putArray("measurements").addObject().put("reportedValue", -1);
            ObjectNode level = indicators.addObject().put("name", "ระดับ").put("measure", "ordinalLevel");
            level.putArray("measurements").addObject().put("reportedValue", 9);
            return true;
        });
        plants.put("a percentage target of 120 and a reduction beyond the baseline", d -> {
            ArrayNode indicators = d.putArray("indicators");
            ObjectNode percent = indicators
                    .addObject()
                    .put("name", "ร้อยละ")
                    .put("measure", "percentage")
                    .put("direction", "atLeast");
            percent.putArray("targets").addObject().put("value", 120);
            ObjectNode reading = indicators
                    .addObject()
                    .put("name", "ร้อยละของนักเรียนที่อ่านไม่ออก")
                    .put("measure", "percentage")
                    .put("direction", "reduceByAtLeast")
                    .put("baseline", 1.5);
            reading.putObject("formula").put("kind", "change").put("changeBasis", "absolute");
            reading.putArray("targets").addObject().put("value", 2);
            return true;
        });
        plants.put("results of a cancelled project", d -> {
            d.put("status", "cancelled");
            ArrayNode indicators = d.putArray("indicators");
            ObjectNode count = indicators.addObject().put("name", "จำนวน").put("measure", "count");
            count.putArray("measurements").addObject().put("reportedValue", 4);
            d.remove("progressReports");
            return true;
        });
        plants.put("reports out of order, written month first, ambiguous, mismatched, duplicated", d -> {
            LocalDate start = fiscalStart(d);
            d.remove("plannedPeriod");
            d.remove("actualPeriod");
            d.remove("actionPlan");
            ArrayNode reports = d.putArray("progressReports");
            LocalDate dec15 = start.plusMonths(2).plusDays(14);
            LocalDate nov29 = start.plusMonths(1).plusDays(28);
            LocalDate feb3 = start.plusMonths(4).plusDays(2);
            LocalDate jan10 = start.plusMonths(3).plusDays(9);
            report(reports, dec15, 50).put("disbursed", "500.00").put("number", "1");
            report(reports, nov29, 150)
                    .put("dateAsWritten", slashed(nov29.getMonthValue(), nov29.getDayOfMonth(), nov29));
            report(reports, feb3, 60).put("dateAsWritten", slashed(feb3.getDayOfMonth(), feb3.getMonthValue(), feb3));
            report(reports, jan10, 10)
                    .put("disbursed", "100.00")
                    .put("number", "1")
                    .put("dateAsWritten", slashed(1, 2, jan10));
            report(reports, jan10, 10).put("dateAsWritten", "ไม่ใช่วันที่");
            report(reports, start.minusDays(3), -5);
            return true;
        });
        plants.put("reports on plan below the curve, complete without money, disbursed above budget", d -> {
            if (!d.has("actionPlan") || !d.has("budget")) {
                return false;
            }
            LocalDate start = fiscalStart(d);
            d.remove("ledger");
            d.remove("actualPeriod");
            d.put("status", "inProgress");
            ArrayNode reports = d.putArray("progressReports");
            report(reports, start.plusMonths(11).plusDays(20), 0).put("onPlan", true);
            report(reports, start.plusMonths(11).plusDays(25), 100).put("disbursed", "0.00");
            report(reports, start.plusMonths(11).plusDays(28), 100).put("disbursed", "999999999.00");
            return true;
        });
        plants.put("reports after a cancellation", d -> {
            LocalDate start = fiscalStart(d);
            d.remove("plannedPeriod");
            d.remove("actualPeriod");
            ArrayNode reports = d.putArray("progressReports");
            report(reports, start.plusMonths(1), 10).put("statusChange", "cancelled");
            report(reports, start.plusMonths(2), 10);
            return true;
        });
        plants.put(
                "links to missing items, an activity without a step, steps outside the period and the year,"
                        + " a sign-off out of order and by the proposer",
                d -> {
                    LocalDate start = fiscalStart(d);
                    if (start.plusMonths(15).isAfter(ThaiDates.MAX_DATE)) {
                        return false; // the months planted after the year would leave the supported range
                    }
                    d.remove("actualPeriod");
                    d.remove("budgetRevisions");
                    d.set("plannedPeriod", period(start, start.plusMonths(3).minusDays(1)));
                    d.putArray("objectives").addObject().put("number", "1").put("text", "ก");
                    d.putArray("targets")
                            .addObject()
                            .put("kind", "qualitative")
                            .put("number", "1")
                            .put("text", "ก")
                            .put("objectiveNumber", "9");
                    d.putArray("indicators")
                            .addObject()
                            .put("name", "ก")
                            .put("measure", "count")
                            .put("linkedTargetNumber", "7");
                    ArrayNode activities = d.putObject("budget").putArray("activities");
                    for (String number : List.of("1", "2")) {
                        activities
                                .addObject()
                                .put("number", number)
                                .put("name", "กิจกรรม " + number)
                                .putArray("lines")
                                .addObject()
                                .put("item", "ค่าวัสดุ")
                                .put("statedAmount", "100.00");
                    }
                    ArrayNode steps = d.putObject("actionPlan").putArray("steps");
                    ObjectNode first = steps.addObject().put("description", "ก").put("activityNumber", "1");
                    first.putArray("plannedMonths").add(month(start.plusMonths(5)));
                    first.putArray("actualMonths").add(month(start.plusMonths(14)));
                    ObjectNode second =
                            steps.addObject().put("description", "ข").put("activityNumber", "8");
                    second.putArray("indicatorNumbers").add("ผลผลิต 9");
                    ArrayNode approvals = d.putArray("approvals");
                    approvals
                            .addObject()
                            .put("role", "proposed")
                            .put("name", "นายสมชาย ใจดี")
                            .put("date", start.plusDays(10).toString());
                    approvals
                            .addObject()
                            .put("role", "approved")
                            .put("name", "สมชาย ใจดี")
                            .put("date", start.plusDays(5).toString());
                    return true;
                });
        plants.put("a school in two networks", d -> {
            ArrayNode networks = d.withArray("networks");
            for (String id : List.of("plant-n1", "plant-n2")) {
                ObjectNode network = networks.addObject().put("id", id).put("officeId", "plant-office");
                network.putArray("schools").addObject().put("id", "plant-s1").put("name", "โรงเรียนปลูก");
            }
            return true;
        });
        plants.put("an allocation naming a network twice and leaving one out", d -> {
            if (d.has("budgetRevisions")) {
                return false;
            }
            ArrayNode networks = d.withArray("networks");
            networks.addObject().put("id", "plant-a").put("officeId", "plant-office");
            networks.addObject().put("id", "plant-b").put("officeId", "plant-office");
            ObjectNode budget = d.has("budget") ? (ObjectNode) d.get("budget") : d.putObject("budget");
            ObjectNode allocation = budget.withArray("allocations").addObject().put("total", "2.00");
            allocation
                    .putArray("shares")
                    .addObject()
                    .put("networkId", "plant-a")
                    .put("amount", "1.00");
            ((ArrayNode) allocation.get("shares"))
                    .addObject()
                    .put("networkId", "plant-a")
                    .put("amount", "1.00");
            return true;
        });
        plants.put("funding sources and a monthly plan that do not add up to the budget", d -> {
            if (d.has("budgetRevisions")) {
                return false;
            }
            ObjectNode budget = d.has("budget") ? (ObjectNode) d.get("budget") : d.putObject("budget");
            budget.put("statedTotal", "100.00");
            budget.remove("amountInWords");
            budget.putArray("fundingSources")
                    .addObject()
                    .put("kind", "annualBudget")
                    .put("amount", "50.00");
            budget.putArray("plannedDisbursements")
                    .addObject()
                    .put("month", fiscalStart(d).toString().substring(0, 7))
                    .put("amount", "200.00");
            return true;
        });
        plants.put("networks that sent their money back while on target", d -> {
            ObjectNode report = report(d.withArray("progressReports"), fiscalStart(d), 100);
            report.put("onTarget", true);
            report.putArray("networkMoney")
                    .addObject()
                    .put("party", "เครือข่ายปลูก")
                    .put("returned", "1.00");
            return true;
        });
        return plants;
    }

    private static String month(LocalDate date) {
        return java.time.YearMonth.from(date).toString();
    }

    private static ObjectNode report(ArrayNode reports, LocalDate date, int progress) {
        return reports.addObject().put("date", date.toString()).put("progress", progress);
    }

    /** {@code first/second/year} with the year in the Buddhist era, as Thai documents write dates. */
    private static String slashed(int first, int second, LocalDate date) {
        return String.format("%02d/%02d/%d", first, second, date.getYear() + 543);
    }

    private static LocalDate fiscalStart(ObjectNode document) {
        return LocalDate.of(document.get("fiscalYear").asInt() - 544, 10, 1);
    }

    private static ObjectNode period(LocalDate start, LocalDate end) {
        return MAPPER.createObjectNode().put("start", start.toString()).put("end", end.toString());
    }

    private static List<Path> seeds() {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(JsonNode document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode tree(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theCatalogueNamesEveryCodeOnce() {
        assertThat(Arrays.stream(RuleCode.values()).map(RuleCode::code)).doesNotHaveDuplicates();
    }
}
