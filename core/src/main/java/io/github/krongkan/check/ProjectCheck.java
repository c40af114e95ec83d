package io.github.krongkan.check;

import io.github.krongkan.budget.RateTables;
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
 * built-in rule; add your own with {@link #with(Rule)}.
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
     * A check with every built-in rule, in the order {@code docs/rules.md} lists them.
     *
     * @return the standard check
     */
    public static ProjectCheck standard() {
        return new ProjectCheck(ProjectRules.all());
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
     * @throws IllegalArgumentException if a rule with the same code is already present
     */
    public ProjectCheck with(Rule rule) {
        List<Rule> more = new ArrayList<>(rules);
        more.add(rule);
        return new ProjectCheck(more);
    }

    /**
     * This check with the rule of the same code replaced, in its place; e.g. a rule with other
     * options from {@link ProgressChecks}.
     *
     * @param rule the new rule
     * @return a new check
     * @throws IllegalArgumentException if no rule has the rule's code
     */
    public ProjectCheck replacing(Rule rule) {
        Objects.requireNonNull(rule, "rule");
        List<Rule> replaced = new ArrayList<>(rules);
        for (int i = 0; i < replaced.size(); i++) {
            if (replaced.get(i).code().equals(rule.code())) {
                replaced.set(i, rule);
                return new ProjectCheck(replaced);
            }
        }
        throw new IllegalArgumentException("no rule with the code " + rule.code() + " to replace");
    }

    /**
     * This check without the rule of the given code.
     *
     * @param code the code of the rule to leave out
     * @return a new check; this one if no rule has the code
     */
    public ProjectCheck without(String code) {
        List<Rule> fewer = new ArrayList<>(rules);
        fewer.removeIf(r -> r.code().equals(code));
        return fewer.size() == rules.size() ? this : new ProjectCheck(fewer);
    }

    /**
     * This check with the rate-ceiling rule ({@code BUDGET_RATE_ABOVE_CEILING}) using other rate
     * tables, e.g. with the ceilings of a newer Ministry of Finance letter. The rule keeps its place;
     * if this check has no such rule, it is added at the end.
     *
     * @param tables the rate tables; the one in force at a project's date applies
     * @return a new check
     */
    public ProjectCheck withRateTables(RateTables tables) {
        Rule replacement = new RateCeilingRule(tables);
        List<Rule> replaced = new ArrayList<>(rules);
        int at = -1;
        for (int i = 0; i < replaced.size(); i++) {
            if (replaced.get(i).code().equals(RateCeilingRule.CODE)) {
                at = i;
            }
        }
        if (at < 0) {
            replaced.add(replacement);
        } else {
            replaced.set(at, replacement);
        }
        return new ProjectCheck(replaced);
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
