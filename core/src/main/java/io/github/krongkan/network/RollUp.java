package io.github.krongkan.network;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Per-school values combined up to networks and offices by a {@link NetworkDirectory}.
 *
 * <p>Maps are keyed by school, network and office id, iterate in directory order (offices,
 * their networks, their members, as given), and are unmodifiable. Values for school ids the
 * directory does not know are not dropped and not combined: they are kept in
 * {@link #unknownSchools()}, sorted by id, so that a caller can report them;
 * {@link #requireAllKnown()} turns them into an exception for callers that want that instead.
 *
 * <p>A later computation that needs a ratio rolls up the counts (numerator and denominator
 * together) and recomputes the ratio from the sums with {@link #map(Function)}; it never
 * averages per-school ratios.
 *
 * @param <T>            the type of the values
 * @param bySchool       the known schools' values, as given, in directory order
 * @param byNetwork      each network's combined value, in directory order
 * @param byOffice       each office's combined value, in directory order
 * @param total          all offices combined; empty only when nothing was combined and there is no zero
 * @param unknownSchools values of school ids not in the directory, sorted by id; not in any other field
 */
public record RollUp<T>(
        Map<String, T> bySchool,
        Map<String, T> byNetwork,
        Map<String, T> byOffice,
        Optional<T> total,
        Map<String, T> unknownSchools) {

    /**
     * A roll-up from its parts; the maps are copied, keeping their iteration order.
     *
     * @param bySchool       the known schools' values
     * @param byNetwork      each network's combined value
     * @param byOffice       each office's combined value
     * @param total          all offices combined, if anything was
     * @param unknownSchools values of school ids not in the directory
     * @throws NullPointerException if an argument, key or value is null
     */
    public RollUp {
        bySchool = copy(bySchool, "bySchool");
        byNetwork = copy(byNetwork, "byNetwork");
        byOffice = copy(byOffice, "byOffice");
        Objects.requireNonNull(total, "total");
        unknownSchools = copy(unknownSchools, "unknownSchools");
    }

    /**
     * Whether some values belonged to school ids the directory does not know.
     *
     * @return {@code true} if {@link #unknownSchools()} is not empty
     */
    public boolean hasUnknownSchools() {
        return !unknownSchools.isEmpty();
    }

    /**
     * This roll-up, if every value belonged to a known school.
     *
     * @return this roll-up
     * @throws IllegalArgumentException naming the unknown school ids, if there are any
     */
    public RollUp<T> requireAllKnown() {
        if (hasUnknownSchools()) {
            throw new IllegalArgumentException("Values for " + unknownSchools.size()
                    + " school id(s) not in the directory: " + unknownSchools.keySet());
        }
        return this;
    }

    /**
     * The same roll-up with every value transformed, e.g. summed counts to a recomputed ratio.
     *
     * @param <R>      the type of the new values
     * @param function applied to every value of every field; must not return null
     * @return the transformed roll-up, in the same order
     * @throws NullPointerException if {@code function} returns null
     */
    public <R> RollUp<R> map(Function<? super T, ? extends R> function) {
        Objects.requireNonNull(function, "function");
        return new RollUp<>(
                mapValues(bySchool, function),
                mapValues(byNetwork, function),
                mapValues(byOffice, function),
                total.map(function),
                mapValues(unknownSchools, function));
    }

    private static <T, R> Map<String, R> mapValues(Map<String, T> map, Function<? super T, ? extends R> function) {
        Map<String, R> result = new LinkedHashMap<>();
        map.forEach((key, value) -> result.put(
                key,
                Objects.requireNonNull(function.apply(value), () -> "function returned null for the value of " + key)));
        return result;
    }

    private static <T> Map<String, T> copy(Map<String, T> map, String field) {
        Objects.requireNonNull(map, field);
        Map<String, T> result = new LinkedHashMap<>();
        map.forEach((key, value) -> result.put(
                Objects.requireNonNull(key, () -> field + " has a null key"),
                Objects.requireNonNull(value, () -> field + " has a null value for " + key)));
        return Collections.unmodifiableMap(result);
    }
}
