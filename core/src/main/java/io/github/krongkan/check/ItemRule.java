package io.github.krongkan.check;

import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.project.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A rule on each item of one array of the project on its own, e.g. each risk of {@code /risks}:
 * it walks the array and asks {@link #check(Project, Item, List)} of every item.
 *
 * @param <T> the type of the items
 */
abstract class ItemRule<T> extends AbstractRule {
    private final Function<Project, List<T>> values;
    private final DocumentPath array;

    ItemRule(RuleCode code, Function<Project, List<T>> values, DocumentPath array) {
        super(code);
        this.values = Objects.requireNonNull(values, "values");
        this.array = Objects.requireNonNull(array, "array");
    }

    @Override
    public final List<Finding> check(Project project) {
        List<Finding> findings = new ArrayList<>();
        for (Item<T> item : items(values.apply(project), array)) {
            check(project, item, findings);
        }
        return findings;
    }

    /**
     * Checks one item.
     *
     * @param project the project the item belongs to
     * @param item the item with its pointer
     * @param findings where to add the findings on it
     */
    abstract void check(Project project, Item<T> item, List<Finding> findings);
}
