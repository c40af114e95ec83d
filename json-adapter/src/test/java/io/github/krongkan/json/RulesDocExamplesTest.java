package io.github.krongkan.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.check.Finding;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.check.RuleCode;
import io.github.krongkan.lifecycle.RecordCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Runs the examples of docs/rules.md: under a rule's heading, a {@code json} block holding a whole
 * {@code krongkan/1} document followed by a plain block of finding lines ({@link Finding#toString()})
 * is read, checked with {@link ProjectCheck#standard()}, and every line must be among the findings.
 */
class RulesDocExamplesTest {
    private static final Path RULES = Path.of("..", "docs", "rules.md");

    /** The rules documented before examples were runnable; every later rule must have one. */
    private static final Set<String> PROSE_EXAMPLES = Set.of(
            "PERIOD_OUTSIDE_FISCAL_YEAR",
            "DUPLICATE_ITEM_NUMBER",
            "BUDGET_LINE_ARITHMETIC_MISMATCH",
            "BUDGET_SUBTOTAL_MISMATCH",
            "BUDGET_TOTAL_MISMATCH",
            "BUDGET_WORDS_MISMATCH",
            "BUDGET_WORDS_WITHOUT_EXACT",
            "BUDGET_EXCEEDS_RECEIVED",
            "BUDGET_ALLOCATION_MISMATCH",
            "BUDGET_RATE_ABOVE_CEILING",
            "LEDGER_BALANCE_MISMATCH",
            "LEDGER_DISBURSED_EXCEEDS_RECEIVED",
            "RISK_LEVEL_MISMATCH",
            "RISK_WITHOUT_RESPONSE",
            "RESIDUAL_RISK_ABOVE_INHERENT",
            "INDICATOR_VALUE_IMPOSSIBLE",
            "INDICATOR_TARGET_WITHOUT_DIRECTION",
            "INDICATOR_TARGET_MISMATCH",
            "ACTUAL_END_AFTER_PLAN",
            "REPORTS_NOT_IN_DATE_ORDER",
            "REPORT_DUPLICATED",
            "REPORT_DATE_MISMATCH",
            "REPORT_DATE_MONTH_FIRST",
            "REPORT_DATE_AMBIGUOUS",
            "REPORT_OUTSIDE_FISCAL_YEAR",
            "REPORT_OUTSIDE_PROJECT_PERIOD",
            "PROGRESS_OUT_OF_RANGE",
            "PROGRESS_DECREASED",
            "DISBURSED_DECREASED",
            "DISBURSED_ABOVE_BUDGET",
            "ON_PLAN_BELOW_CURVE",
            "COMPLETE_WITHOUT_DISBURSEMENT",
            "REPORT_AFTER_CANCELLATION",
            "INDICATOR_RESULT_ON_CANCELLED_PROJECT");

    @Test
    void everyRunnableExampleGivesTheFindingsItShows() throws IOException {
        Map<String, List<Example>> examples = examples(Files.readString(RULES, StandardCharsets.UTF_8));
        int ran = 0;
        int records = 0;
        for (Map.Entry<String, List<Example>> section : examples.entrySet()) {
            for (Example example : section.getValue()) {
                boolean record = RuleCode.find(section.getKey())
                        .filter(RuleCode::recordRule)
                        .isPresent();
                List<Finding> found = record
                        ? RecordCheck.standard().check(KrongkanJson.readRecord(example.document()))
                        : ProjectCheck.standard().check(KrongkanJson.readProject(example.document()));
                List<String> findings = found.stream().map(Finding::toString).toList();
                assertThat(findings)
                        .as("the example under ## %s in docs/rules.md", section.getKey())
                        .containsAll(example.lines());
                assertThat(example.lines())
                        .as("the example under ## %s shows a finding of its own rule", section.getKey())
                        .anyMatch(line -> line.split(" ")[1].equals(section.getKey()));
                ran++;
                if (record) {
                    records++;
                }
            }
        }
        for (RuleCode code : RuleCode.values()) {
            if (!PROSE_EXAMPLES.contains(code.name())) {
                assertThat(examples.getOrDefault(code.name(), List.of()))
                        .as("## %s in docs/rules.md has a runnable example (a json block, then its findings)", code)
                        .isNotEmpty();
            }
        }
        assertThat(ran).isGreaterThanOrEqualTo(examples.size());
        assertThat(records)
                .as("record examples run with RecordCheck")
                .isGreaterThanOrEqualTo(RuleCode.recordCodes().size());
    }

    @Test
    void theReaderFindsExamplesAndTheirFindings() {
        String text = "## A_CODE\n\nText.\n\n```json\n{\"a\": 1}\n```\n\ngives\n\n```\nWARNING A_CODE /a: m\n```\n\n"
                + "## B_CODE\n\n```\nnot an example\n```\n";
        Map<String, List<Example>> examples = examples(text);
        assertThat(examples).containsOnlyKeys("A_CODE");
        assertThat(examples.get("A_CODE"))
                .containsExactly(new Example("{\"a\": 1}\n", List.of("WARNING A_CODE /a: m")));
    }

    /** A document and the finding lines the docs show for it. */
    record Example(String document, List<String> lines) {}

    /** The examples of each {@code ## CODE} section: a json block followed by a plain block. */
    static Map<String, List<Example>> examples(String markdown) {
        Map<String, List<Example>> out = new LinkedHashMap<>();
        String section = null;
        String pendingJson = null;
        List<String> lines = markdown.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("## ")) {
                section = line.substring(3).trim();
                pendingJson = null;
            } else if (line.startsWith("```")) {
                String lang = line.substring(3).trim();
                StringBuilder block = new StringBuilder();
                int j = i + 1;
                for (; j < lines.size() && !lines.get(j).startsWith("```"); j++) {
                    block.append(lines.get(j)).append('\n');
                }
                i = j;
                if (lang.equals("json")) {
                    pendingJson = block.toString();
                } else if (lang.isEmpty() && pendingJson != null && section != null) {
                    List<String> findings = new ArrayList<>(
                            block.toString().lines().filter(l -> !l.isBlank()).toList());
                    out.computeIfAbsent(section, k -> new ArrayList<>()).add(new Example(pendingJson, findings));
                    pendingJson = null;
                } else {
                    pendingJson = null;
                }
            }
        }
        return out;
    }
}
