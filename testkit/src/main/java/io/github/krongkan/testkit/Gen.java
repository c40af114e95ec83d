package io.github.krongkan.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * A generator of values of type {@code T}: a function from a source of randomness and a size to a
 * value. The only abstract method is {@link #next(RandomGenerator, int)}, so a lambda is a
 * generator:
 *
 * <pre>{@code
 * Gen<Integer> dice = (random, size) -> random.nextInt(1, 7);
 * }</pre>
 *
 * <p><b>Contract.</b> An implementation draws all its randomness from the given
 * {@link RandomGenerator}, so the same generator state and size give the same value; it returns
 * a valid, non-null value for every size; and it treats the size (0 to {@link #MAX_SIZE}, larger
 * values clamped) as an upper bound on how big the value is: list lengths, magnitudes, nesting.
 *
 * <p><b>Use.</b> Run a property with {@link Property#forAll(Gen)}, which shrinks failures; call
 * {@link #sample(long)} or {@link #samples(long, int)} from a plain test; wrap {@link #next} for a
 * property-testing library, and shrink its counterexamples with
 * {@link Shrinker#shrink(Gen, long, int, java.util.function.Predicate)} (see {@code docs/testing.md}).
 * Generators are immutable and safe to share; the {@link RandomGenerator} passed in is not.
 *
 * <p><b>Shrinking.</b> A generator shrinks well when its simplest draws (see {@link Choices}: 0, the
 * origin, {@code false}, and a bare {@code nextDouble()} just below 1) give its simplest value.
 *
 * @param <T> the type of the values
 */
@FunctionalInterface
public interface Gen<T> {
    /** The size {@link #sample(long)} uses. */
    int DEFAULT_SIZE = 30;

    /** The largest meaningful size; larger sizes are treated as this. */
    int MAX_SIZE = 100;

    /** The share of draws on which the library's generators pick an edge case. */
    double EDGE_CASE_RATE = 0.1;

    /**
     * Generates a value.
     *
     * @param random the source of randomness
     * @param size   how big the value may be, 0 to {@link #MAX_SIZE} (larger sizes are clamped, negative ones
     *               treated as 0)
     * @return a valid value, never null
     */
    T next(RandomGenerator random, int size);

    /**
     * The value for a seed at {@link #DEFAULT_SIZE}: always the same value for the same seed.
     *
     * @param seed the seed
     * @return the value
     */
    default T sample(long seed) {
        return sample(seed, DEFAULT_SIZE);
    }

    /**
     * The value for a seed and a size: always the same value for the same seed and size.
     *
     * @param seed the seed
     * @param size the size
     * @return the value
     */
    default T sample(long seed, int size) {
        return next(new SplittableRandom(seed), size);
    }

    /**
     * A number of values from one seed, the size rising from 0 to {@link #MAX_SIZE}, for a plain
     * loop in a test. The same seed and count always give the same list.
     *
     * @param seed  the seed
     * @param count how many values, at least 0
     * @return the values, in order of rising size
     * @throws IllegalArgumentException if the count is negative
     */
    default List<T> samples(long seed, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<T> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int size = count == 1 ? DEFAULT_SIZE : (int) ((long) i * MAX_SIZE / (count - 1));
            values.add(Objects.requireNonNull(next(random, size), "generator returned null"));
        }
        return values;
    }

    /**
     * A generator of transformed values.
     *
     * @param <R>      the type of the new values
     * @param function applied to each value; must return a valid, non-null value
     * @return the generator
     */
    default <R> Gen<R> map(Function<? super T, ? extends R> function) {
        Objects.requireNonNull(function, "function");
        return (random, size) -> function.apply(next(random, size));
    }

    /**
     * A generator whose values depend on a value of this one: e.g. a fiscal year, then a date in it.
     *
     * @param <R>      the type of the new values
     * @param function makes the next generator from a value of this one
     * @return the generator
     */
    default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> function) {
        Objects.requireNonNull(function, "function");
        return (random, size) -> function.apply(next(random, size)).next(random, size);
    }

    /**
     * This generator with edge cases mixed in at {@link #EDGE_CASE_RATE}.
     *
     * @param edgeCases the values to mix in, valid themselves
     * @return the generator
     */
    default Gen<T> withEdgeCases(List<? extends T> edgeCases) {
        return withEdgeCases(EDGE_CASE_RATE, edgeCases);
    }

    /**
     * This generator with edge cases mixed in at a rate.
     *
     * @param rate      the share of draws that pick an edge case, 0 to 1
     * @param edgeCases the values to mix in, valid themselves
     * @return the generator
     * @throws IllegalArgumentException if the rate is outside 0–1
     */
    default Gen<T> withEdgeCases(double rate, List<? extends T> edgeCases) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("rate must be 0 to 1: " + rate);
        }
        List<T> edges = List.copyOf(edgeCases);
        if (edges.isEmpty()) {
            return this;
        }
        return (random, size) ->
                random.nextDouble() < rate ? edges.get(random.nextInt(edges.size())) : next(random, size);
    }

    /**
     * A generator of optional values: empty about half of the time.
     *
     * @return the generator
     */
    default Gen<Optional<T>> optional() {
        return (random, size) -> random.nextBoolean() ? Optional.of(next(random, size)) : Optional.empty();
    }

    /**
     * A generator of lists of this generator's values: at most {@code maxLength} at {@link #MAX_SIZE},
     * proportionally fewer at smaller sizes (none at size 0), and empty as an edge case.
     *
     * @param maxLength the longest list, at least 0
     * @return the generator
     */
    default Gen<List<T>> list(int maxLength) {
        if (maxLength < 0) {
            throw new IllegalArgumentException("maxLength must not be negative: " + maxLength);
        }
        return (random, size) -> {
            int length = random.nextDouble() < EDGE_CASE_RATE ? 0 : random.nextInt(scaled(maxLength, size) + 1);
            List<T> values = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                values.add(next(random, size));
            }
            return List.copyOf(values);
        };
    }

    /**
     * Lists of this generator's values whose length is from {@code minLength} to {@code maxLength},
     * whatever the size; they shrink towards the shortest.
     *
     * @param minLength the shortest list, at least 0
     * @param maxLength the longest list, at least {@code minLength}
     * @return the generator
     * @throws IllegalArgumentException if the lengths are negative or out of order
     */
    default Gen<List<T>> list(int minLength, int maxLength) {
        if (minLength < 0 || maxLength < minLength) {
            throw new IllegalArgumentException(
                    "lengths must be 0 <= minLength <= maxLength: " + minLength + ", " + maxLength);
        }
        return (random, size) -> {
            int length = random.nextInt(minLength, maxLength + 1);
            List<T> values = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                values.add(next(random, size));
            }
            return List.copyOf(values);
        };
    }

    /**
     * Values made of one value of each of two generators, drawn in order: e.g. an amount and a
     * convention, combined into the case a property checks.
     *
     * @param <A>     the type of the first values
     * @param <B>     the type of the second values
     * @param <R>     the type of the combined values
     * @param first   the first generator
     * @param second  the second generator
     * @param combine makes a value of the two; must return a valid, non-null value
     * @return the generator
     */
    static <A, B, R> Gen<R> zip(Gen<A> first, Gen<B> second, BiFunction<? super A, ? super B, ? extends R> combine) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(combine, "combine");
        return (random, size) -> combine.apply(first.next(random, size), second.next(random, size));
    }

    /**
     * A generator that always gives one value.
     *
     * @param <T>   the type of the value
     * @param value the value
     * @return the generator
     */
    static <T> Gen<T> constant(T value) {
        Objects.requireNonNull(value, "value");
        return (random, size) -> value;
    }

    /**
     * A generator that picks one of some values, each equally likely.
     *
     * @param <T>    the type of the values
     * @param values the values, at least one
     * @return the generator
     * @throws IllegalArgumentException if there are no values
     */
    static <T> Gen<T> oneOf(List<? extends T> values) {
        List<T> copy = List.copyOf(values);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("oneOf needs at least one value");
        }
        return (random, size) -> copy.get(random.nextInt(copy.size()));
    }

    /**
     * A generator that picks one of some values, each equally likely.
     *
     * @param <T>    the type of the values
     * @param values the values, at least one
     * @return the generator
     * @throws IllegalArgumentException if there are no values
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array only reaches List.of, which copies it
    static <T> Gen<T> oneOf(T... values) {
        return oneOf(List.of(values));
    }

    /**
     * A generator that draws from one of some generators, each equally likely.
     *
     * @param <T>        the type of the values
     * @param generators the generators, at least one
     * @return the generator
     * @throws IllegalArgumentException if there are no generators
     */
    static <T> Gen<T> anyOf(List<? extends Gen<? extends T>> generators) {
        List<Gen<? extends T>> copy = List.copyOf(generators);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("anyOf needs at least one generator");
        }
        return (random, size) -> copy.get(random.nextInt(copy.size())).next(random, size);
    }

    /**
     * Integers from {@code min} to {@code max}, both included, equally likely, regardless of size.
     * They shrink towards the value of the range closest to 0 (0 itself when the range holds it,
     * then 1, −1, 2, −2, ...), as Hypothesis shrinks integers.
     *
     * @param min the smallest
     * @param max the largest, at least {@code min}
     * @return the generator
     * @throws IllegalArgumentException if {@code max < min}
     */
    static Gen<Integer> ints(int min, int max) {
        Gen<Long> longs = longs(min, max);
        return longs.map(Long::intValue);
    }

    /**
     * Longs from {@code min} to {@code max}, both included, equally likely, regardless of size. They
     * shrink towards the value of the range closest to 0 (0 itself when the range holds it, then 1,
     * −1, 2, −2, ...).
     *
     * @param min the smallest
     * @param max the largest, at least {@code min}
     * @return the generator
     * @throws IllegalArgumentException if {@code max < min}
     */
    static Gen<Long> longs(long min, long max) {
        if (max < min) {
            throw new IllegalArgumentException("max " + max + " is below min " + min);
        }
        if (min >= 0) {
            // choice 0 is the origin: min, the value closest to 0
            return (random, size) -> random.nextLong(min - 1, max) + 1;
        }
        if (max <= 0 && max - min >= 0) {
            // counted down from max, the value closest to 0 (max - min did not overflow)
            long span = max - min;
            return (random, size) -> max - (random.nextLong(-1, span) + 1);
        }
        long below = min == Long.MIN_VALUE ? Long.MAX_VALUE : -min;
        long span = max + below;
        if (min > Long.MIN_VALUE && max > 0 && span > 0 && span < Long.MAX_VALUE) {
            return (random, size) -> zigzag(random.nextLong(0, span + 1), below, max);
        }
        // wider than a long can count: a bare nextLong (whose choices shrink towards 0), redrawn when outside
        return (random, size) -> {
            while (true) {
                long value = random.nextLong();
                if (value >= min && value <= max) {
                    return value;
                }
            }
        };
    }

    /**
     * The {@code u}-th value of a range of {@code below} negative and {@code above} positive values
     * and 0, in the order 0, 1, −1, 2, −2, ... and then the rest of the longer side.
     */
    private static long zigzag(long u, long below, long above) {
        long both = Math.min(below, above);
        if (u <= 2 * both) {
            return (u & 1) == 1 ? (u + 1) / 2 : -(u / 2);
        }
        long rest = u - 2 * both;
        return above > below ? both + rest : -(both + rest);
    }

    /**
     * {@code true} or {@code false}, equally likely.
     *
     * @return the generator
     */
    static Gen<Boolean> booleans() {
        return (random, size) -> random.nextBoolean();
    }

    /**
     * The constants of an enum, equally likely.
     *
     * @param <E>  the enum
     * @param type the enum's class
     * @return the generator
     */
    static <E extends Enum<E>> Gen<E> enums(Class<E> type) {
        return oneOf(List.of(type.getEnumConstants()));
    }

    /**
     * A bound scaled by size: {@code max} at {@link #MAX_SIZE}, proportionally less below, 0 at size 0.
     *
     * @param max  the bound at the largest size
     * @param size the size
     * @return the scaled bound, 0 to {@code max}
     */
    static int scaled(int max, int size) {
        int clamped = Math.max(0, Math.min(MAX_SIZE, size));
        return (int) Math.ceil((double) max * clamped / MAX_SIZE);
    }
}
