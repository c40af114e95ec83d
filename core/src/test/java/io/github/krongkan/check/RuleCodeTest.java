package io.github.krongkan.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The catalogue of rule codes agrees with the built-in rules and with docs/rules.md. */
class RuleCodeTest {
    private static final Path RULES_MD = Path.of("..", "docs", "rules.md");
    private static final Pattern TABLE_ROW =
            Pattern.compile("^\\| \\[`([A-Z_]+)`\\]\\(#([a-z_]+)\\) \\| ([a-z]+) \\|", Pattern.MULTILINE);

    @Test
    void theStandardCheckRunsExactlyTheCataloguedProjectCodesInTheirOrder() {
        assertThat(ProjectCheck.standard().rules())
                .extracting(Rule::code)
                .containsExactlyElementsOf(
                        RuleCode.projectCodes().stream().map(RuleCode::code).toList());
    }

    @Test
    void theRecordCodesComeAfterTheProjectCodes() {
        List<RuleCode> all = Arrays.asList(RuleCode.values());
        List<RuleCode> records = RuleCode.recordCodes();
        assertThat(records).isNotEmpty().allMatch(RuleCode::recordRule);
        assertThat(RuleCode.projectCodes()).noneMatch(RuleCode::recordRule);
        assertThat(all.subList(all.size() - records.size(), all.size())).isEqualTo(records);
        assertThat(records)
                .extracting(RuleCode::code)
                .contains("STATUS_MOVED_BACKWARDS", "REVISION_NOT_APPROVED", "SUBPROJECTS_NOT_DONE");
    }

    @Test
    void everyBuiltInRuleHasTheSeverityOfItsCode() {
        for (Rule rule : ProjectCheck.standard().rules()) {
            assertThat(rule.severity())
                    .as(rule.code())
                    .isEqualTo(RuleCode.of(rule.code()).severity());
            assertThat(rule).isInstanceOf(AbstractRule.class);
        }
    }

    @Test
    void everyCodeHasTitlesInEnglishAndThai() {
        for (RuleCode code : RuleCode.values()) {
            assertThat(code.title()).as(code.code()).isNotBlank().doesNotMatch(".*[\\u0E00-\\u0E7F].*");
            assertThat(code.titleThai()).as(code.code()).matches(".*[\\u0E00-\\u0E7F].*");
            assertThat(code.anchor()).isEqualTo(code.code().toLowerCase(Locale.ROOT));
        }
        assertThat(Arrays.stream(RuleCode.values()).map(RuleCode::title)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(RuleCode.values()).map(RuleCode::titleThai)).doesNotHaveDuplicates();
    }

    @Test
    void everyAnchorIsAHeadingOfTheRulesPage() throws IOException {
        List<String> headings = Files.readAllLines(RULES_MD).stream()
                .filter(l -> l.startsWith("## "))
                .map(l -> l.substring(3).strip())
                .toList();
        for (RuleCode code : RuleCode.values()) {
            // GitHub and most Markdown renderers make the anchor of "## CODE" the code in lower case.
            assertThat(headings).as(code.anchor()).contains(code.code());
        }
        assertThat(headings.stream().filter(h -> h.matches("[A-Z_]+")))
                .containsExactlyElementsOf(
                        Arrays.stream(RuleCode.values()).map(RuleCode::code).toList());
    }

    @Test
    void theTableOfTheRulesPageListsTheCatalogue() throws IOException {
        Matcher row = TABLE_ROW.matcher(Files.readString(RULES_MD));
        int i = 0;
        while (row.find()) {
            RuleCode code = RuleCode.values()[i++];
            assertThat(row.group(1)).isEqualTo(code.code());
            assertThat(row.group(2)).isEqualTo(code.anchor());
            assertThat(row.group(3)).isEqualTo(code.severity().name().toLowerCase(Locale.ROOT));
        }
        assertThat(i).isEqualTo(RuleCode.values().length);
    }

    @Test
    void codesAreLookedUpByTheirText() {
        assertThat(RuleCode.of("BUDGET_TOTAL_MISMATCH")).isEqualTo(RuleCode.BUDGET_TOTAL_MISMATCH);
        assertThat(RuleCode.find("RESULTS_ON_CANCELLED_PROJECT")).isEmpty();
        assertThatThrownBy(() -> RuleCode.of("budget_total_mismatch"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("budget_total_mismatch")
                .hasMessageContaining("docs/rules.md");
    }

    @Test
    void aRuleOfOnesOwnSaysItsSeverity() {
        Rule bare = new Rule() {
            @Override
            public String code() {
                return "OWN_RULE";
            }

            @Override
            public List<Finding> check(io.github.krongkan.project.Project project) {
                return List.of();
            }
        };
        assertThatThrownBy(bare::severity)
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("OWN_RULE");
        Rule replacing = new Rule() {
            @Override
            public String code() {
                return "REPORT_DUPLICATED";
            }

            @Override
            public List<Finding> check(io.github.krongkan.project.Project project) {
                return List.of();
            }
        };
        assertThat(replacing.severity()).isEqualTo(Severity.WARNING);
    }
}
