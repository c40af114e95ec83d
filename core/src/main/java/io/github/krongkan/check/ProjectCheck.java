package io.github.krongkan.check;

import io.github.krongkan.project.Project;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Runs a set of {@link Rule}s over a project and returns all their findings.
 *
 * <p>Findings come in a stable order: rule by rule in the order the rules were given, and within
 * one rule in the order the rule reports them (document order). {@link #standard()} holds every
 * built-in rule, {@link #standard(CheckOptions)} configures them; add your own with {@link
 * #with(Rule)}. Every change names a rule by its code, which must exist ({@link #replacing(Rule)},
 * {@link #without(String)}) or must not ({@link #with(Rule)}).
 *
 * <pre>{@code
 * List<Finding> findings = ProjectCheck.standard().check(project);
 * }</pre>
 */
public final class ProjectCheck {
    private final List<Rule> rules;

    private ProjectCheck(List<Rule> rules) {
        Set<String> codes = new LinkedHashSet<>();
        for (Rule rule : rules) {
            Objects.requireNonNull(rule, "rule");
            if (!codes.add(rule.code())) {
                throw new IllegalArgumentException("two rules report the same code: " + rule.code());
            }
        }
        this.rules = List.copyOf(rules);
    }

    /**
     * A check with every built-in rule, in the order {@code docs/rules.md} lists them, with the
     * default options ({@link CheckOptions#defaults()}).
     *
     * @return the standard check
     */
    public static ProjectCheck standard() {
        return standard(CheckOptions.defaults());
    }

    /**
     * A check with every built-in rule, in the order {@code docs/rules.md} lists them, configured by
     * the given options (rate tables, the on-plan tolerance).
     *
     * @param options the options of the built-in rules
     * @return the standard check
     */
    public static ProjectCheck standard(CheckOptions options) {
        Objects.requireNonNull(options, "options");
        return new ProjectCheck(ProjectRules.all(options));
    }

    /**
     * A check with the given rules only.
     *
     * @param rules the rules, run in this order; their codes must differ
     * @return the check
     * @throws IllegalArgumentException if two rules share a code
     */
    public static ProjectCheck of(List<? extends Rule> rules) {
        return new ProjectCheck(new ArrayList<>(rules));
    }

    /**
     * This check with one more rule, run after the others.
     *
     * @param rule the rule to add
     * @return a new check
     * @throws IllegalArgumentException if a rule with the same code is already present (use {@link
     *     #replacing(Rule)} to put another rule in its place)
     */
    public ProjectCheck with(Rule rule) {
        List<Rule> more = new ArrayList<>(rules);
        more.add(rule);
        return new ProjectCheck(more);
    }

    /**
     * This check with the rule of the same code replaced, in its place.
     *
     * @param rule the new rule
     * @return a new check
     * @throws IllegalArgumentException if no rule has the rule's code (use {@link #with(Rule)} to add
     *     a rule)
     */
    public ProjectCheck replacing(Rule rule) {
        Objects.requireNonNull(rule, "rule");
        List<Rule> replaced = new ArrayList<>(rules);
        replaced.set(indexOf(rule.code(), "replace"), rule);
        return new ProjectCheck(replaced);
    }

    /**
     * This check without the rule of the given code.
     *
     * @param code the code of the rule to leave out, e.g. {@code RuleCode.REPORT_DATE_AMBIGUOUS.code()}
     * @return a new check
     * @throws IllegalArgumentException if no rule of this check has the code (a misspelt code is an
     *     error, not a silent no-op)
     */
    public ProjectCheck without(String code) {
        Objects.requireNonNull(code, "code");
        List<Rule> fewer = new ArrayList<>(rules);
        fewer.remove(indexOf(code, "leave out"));
        return new ProjectCheck(fewer);
    }

    /**
     * This check without the built-in rule of the given code.
     *
     * @param code the code of the rule to leave out
     * @return a new check
     * @throws IllegalArgumentException if no rule of this check has the code
     */
    public ProjectCheck without(RuleCode code) {
        return without(code.code());
    }

    private int indexOf(String code, String what) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no rule with the code " + code + " to " + what + "; this check has "
                + rules.stream().map(Rule::code).toList());
    }

    /**
     * The rules, in the order they run.
     *
     * @return the rules
     */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * Runs every rule over a project.
     *
     * @param project the project
     * @return all findings, in the stable order described above; empty when all is well
     */
    public List<Finding> check(Project project) {
        Objects.requireNonNull(project, "project");
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            findings.addAll(rule.check(project));
        }
        return Collections.unmodifiableList(findings);
    }
}
