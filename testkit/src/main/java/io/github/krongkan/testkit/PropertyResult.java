package io.github.krongkan.testkit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link Property} that held did: how many examples it ran, from which seed, and the counts
 * of its {@link Property#classify classifications} and {@link Property#collect collections}, for a
 * test to assert on (that the generator reaches the cases the property is about, for instance).
 */
public final class PropertyResult {
    private final String name;
    private final long seed;
    private final int examples;
    private final int discarded;
    private final Map<String, Long> classified;
    private final Map<String, Map<Object, Long>> collected;

    PropertyResult(
            String name,
            long seed,
            int examples,
            int discarded,
            Map<String, Long> classified,
            Map<String, Map<Object, Long>> collected) {
        this.name = name;
        this.seed = seed;
        this.examples = examples;
        this.discarded = discarded;
        this.classified = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(classified));
        Map<String, Map<Object, Long>> copy = new LinkedHashMap<>();
        collected.forEach((k, v) -> copy.put(k, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        this.collected = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * The property's name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The seed it ran from.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * How many examples it ran.
     *
     * @return the number of examples
     */
    public int examples() {
        return examples;
    }

    /**
     * How many of the examples the check gave up on with a JUnit assumption
     * ({@code TestAbortedException}); they are not in the statistics.
     *
     * @return the number of discarded examples
     */
    public int discarded() {
        return discarded;
    }

    /**
     * How many examples each classification held for, by label, in the order they were added.
     *
     * @return the counts
     */
    public Map<String, Long> classified() {
        return classified;
    }

    /**
     * How many examples a classification held for.
     *
     * @param label the label given to {@link Property#classify}
     * @return the count
     * @throws IllegalArgumentException if the property has no such classification
     */
    public long count(String label) {
        Long count = classified.get(Objects.requireNonNull(label, "label"));
        if (count == null) {
            throw new IllegalArgumentException("no classification " + label + "; there are " + classified.keySet());
        }
        return count;
    }

    /**
     * How many examples gave each value of a collection, in the order the values were first seen.
     *
     * @param name the name given to {@link Property#collect}
     * @return the counts by value
     * @throws IllegalArgumentException if the property has no such collection
     */
    public Map<Object, Long> collected(String name) {
        Map<Object, Long> counts = collected.get(Objects.requireNonNull(name, "name"));
        if (counts == null) {
            throw new IllegalArgumentException("no collection " + name + "; there are " + collected.keySet());
        }
        return counts;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder()
                .append(name)
                .append(": ")
                .append(examples)
                .append(" examples from seed ")
                .append(seed)
                .append(discarded > 0 ? ", " + discarded + " discarded" : "");
        classified.forEach((label, count) -> s.append("\n  ")
                .append(label)
                .append(": ")
                .append(count)
                .append(String.format(" (%.1f %%)", 100.0 * count / examples)));
        collected.forEach(
                (label, counts) -> s.append("\n  ").append(label).append(": ").append(counts));
        return s.toString();
    }
}
