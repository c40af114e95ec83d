package io.github.krongkan.testkit;

import java.util.Arrays;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A {@link RandomGenerator} that records every draw as a <em>choice</em>, and replays recorded or
 * made-up sequences of choices: the source of randomness that lets {@link Shrinker} shrink the
 * values of any {@link Gen} without the generator knowing.
 *
 * <p>The idea is Hypothesis's, in the simple form of minithesis: a generator is a function of the
 * choices it makes, so a smaller value is found by running it on a smaller sequence of choices
 * (D. R. MacIver and A. F. Donaldson, "Test-Case Reduction via Test-Case Generation: Insights from
 * the Hypothesis Reducer", ECOOP 2020, LIPIcs 166, 13:1–13:27; <a
 * href="https://github.com/DRMacIver/minithesis">github.com/DRMacIver/minithesis</a>).
 *
 * <p><b>Choices.</b> A choice is a non-negative number, compared unsigned (a full 64-bit draw uses
 * all 64 bits). Each draw maps its choice to a value so that choice 0 is the simplest value and a
 * smaller choice a simpler one:
 * <ul>
 *   <li>{@code nextInt(origin, bound)}, {@code nextLong(origin, bound)}, {@code nextInt(bound)},
 *       {@code nextLong(bound)}: the value minus the origin; choice 0 is the origin;</li>
 *   <li>{@code nextInt()}, {@code nextLong()}: zig-zag order, 0, −1, 1, −2, 2 …; choice 0 is 0;</li>
 *   <li>{@code nextBoolean()}: 0 is {@code false}, 1 is {@code true};</li>
 *   <li>{@code nextBytes}: one choice per byte, its unsigned value;</li>
 *   <li>{@code nextDouble()} and {@code nextFloat()} <b>count down from just below 1</b>: choice 0 is
 *       the largest double (float) below 1. Generators use a bare {@code nextDouble()} as a
 *       probability, {@code random.nextDouble() < Gen.EDGE_CASE_RATE ? edgeCase : usual}; counting
 *       down makes the simplest draw answer "no" to every such test, so shrinking leads away from
 *       edge cases and rare branches to the usual path, where lengths and sizes shrink to 0;</li>
 *   <li>{@code nextDouble(origin, bound)}, {@code nextFloat(origin, bound)} and their one-bound forms
 *       are magnitudes: the choice counts the representable numbers above the origin, choice 0 is
 *       the origin;</li>
 *   <li>{@code nextGaussian()} and {@code nextExponential()}: the value's place in the order of
 *       doubles, zig-zagged; choice 0 is 0.0.</li>
 * </ul>
 * Every other method of {@link RandomGenerator} (streams, {@code nextGaussian(mean, stddev)}) is
 * built on these.
 *
 * <p><b>Recording and replaying.</b> {@link #recording(RandomGenerator, int)} draws each value from a
 * source by the same method with the same arguments, so over {@code new SplittableRandom(seed)} a
 * generator gives exactly the value of {@link Gen#sample(long, int)}; the choices are recorded.
 * {@link #replaying(long[], int)} takes its choices from a given sequence, clamping a choice
 * beyond a draw's range to its largest choice, and gives choice 0, the simplest value, once the
 * sequence runs out. Either way {@link #choices()} is the sequence actually used.
 *
 * <p><b>Runaway generators.</b> A generator that makes more than the maximum number of choices
 * (a loop that never ends on its simplest choices, say {@code while (!random.nextBoolean())}) is
 * stopped with {@link TooManyChoicesException}.
 *
 * <p>A {@code Choices} is for one run of one generator: it is not thread-safe and not reusable.
 */
public final class Choices implements RandomGenerator {
    /** The default maximum number of choices in one run of a generator. */
    public static final int DEFAULT_MAX_CHOICES = 100_000;

    private static final long DOUBLE_UNITS = 1L << 53;
    private static final long FLOAT_UNITS = 1L << 24;

    private final RandomGenerator source;
    private final long[] prefix;
    private final int maxChoices;
    private long[] recorded = new long[64];
    private int count;

    private Choices(RandomGenerator source, long[] prefix, int maxChoices) {
        if (maxChoices < 1) {
            throw new IllegalArgumentException("maxChoices must be at least 1: " + maxChoices);
        }
        this.source = source;
        this.prefix = prefix;
        this.maxChoices = maxChoices;
    }

    /**
     * Choices drawn from a source of randomness and recorded.
     *
     * @param source     where the values come from, by the same methods a generator calls
     * @param maxChoices the most choices one run may make, at least 1
     * @return the choices
     */
    public static Choices recording(RandomGenerator source, int maxChoices) {
        return new Choices(Objects.requireNonNull(source, "source"), new long[0], maxChoices);
    }

    /**
     * Choices drawn from a source of randomness and recorded, at most {@link #DEFAULT_MAX_CHOICES}.
     *
     * @param source where the values come from
     * @return the choices
     */
    public static Choices recording(RandomGenerator source) {
        return recording(source, DEFAULT_MAX_CHOICES);
    }

    /**
     * Choices replayed from a sequence, then 0 (the simplest value) once it runs out.
     *
     * @param choices    the sequence, read as unsigned numbers; copied
     * @param maxChoices the most choices one run may make, at least 1
     * @return the choices
     */
    public static Choices replaying(long[] choices, int maxChoices) {
        return new Choices(null, choices.clone(), maxChoices);
    }

    /**
     * Choices replayed from a sequence, then 0, at most {@link #DEFAULT_MAX_CHOICES}.
     *
     * @param choices the sequence; copied
     * @return the choices
     */
    public static Choices replaying(long... choices) {
        return replaying(choices, DEFAULT_MAX_CHOICES);
    }

    /**
     * The choices made so far, in order.
     *
     * @return a copy of the sequence
     */
    public long[] choices() {
        return Arrays.copyOf(recorded, count);
    }

    /**
     * How many choices have been made so far.
     *
     * @return the number of choices
     */
    public int count() {
        return count;
    }

    /**
     * The most choices one run may make.
     *
     * @return the maximum
     */
    public int maxChoices() {
        return maxChoices;
    }

    /**
     * Makes one choice from 0 to {@code max} (unsigned): the recorded one when replaying, else
     * the given drawn one.
     *
     * @param max   the largest choice, unsigned
     * @param drawn the choice the source gave, when recording
     */
    private long choose(long max, long drawn) {
        if (count >= maxChoices) {
            throw new TooManyChoicesException(maxChoices);
        }
        long choice = drawn;
        if (source == null) {
            choice = count < prefix.length ? prefix[count] : 0;
            if (Long.compareUnsigned(choice, max) > 0) {
                choice = max;
            }
        }
        if (count == recorded.length) {
            recorded = Arrays.copyOf(recorded, Math.min(Math.max(64, count * 2), maxChoices));
        }
        recorded[count++] = choice;
        return choice;
    }

    private boolean recordingFromSource() {
        return source != null;
    }

    @Override
    public long nextLong() {
        long drawn = recordingFromSource() ? zigzag(source.nextLong()) : 0;
        return unzigzag(choose(-1L, drawn));
    }

    @Override
    public int nextInt() {
        long drawn = recordingFromSource() ? zigzag(source.nextInt()) : 0;
        return (int) unzigzag(choose(0xFFFF_FFFFL, drawn));
    }

    @Override
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        long drawn = recordingFromSource() ? source.nextInt(bound) : 0;
        return (int) choose(bound - 1L, drawn);
    }

    @Override
    public int nextInt(int origin, int bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException("bound " + bound + " must be above origin " + origin);
        }
        long drawn = recordingFromSource() ? (long) source.nextInt(origin, bound) - origin : 0;
        return (int) (origin + choose((long) bound - origin - 1, drawn));
    }

    @Override
    public long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        long drawn = recordingFromSource() ? source.nextLong(bound) : 0;
        return choose(bound - 1, drawn);
    }

    @Override
    public long nextLong(long origin, long bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException("bound " + bound + " must be above origin " + origin);
        }
        // unsigned arithmetic: the span of any origin < bound fits in 64 bits
        long drawn = recordingFromSource() ? source.nextLong(origin, bound) - origin : 0;
        return origin + choose(bound - origin - 1, drawn);
    }

    @Override
    public boolean nextBoolean() {
        long drawn = recordingFromSource() && source.nextBoolean() ? 1 : 0;
        return choose(1, drawn) == 1;
    }

    @Override
    public void nextBytes(byte[] bytes) {
        byte[] drawn = new byte[bytes.length];
        if (recordingFromSource()) {
            source.nextBytes(drawn);
        }
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) choose(0xFF, drawn[i] & 0xFF);
        }
    }

    @Override
    public double nextDouble() {
        long drawn = 0;
        if (recordingFromSource()) {
            drawn = DOUBLE_UNITS - 1 - (long) (source.nextDouble() * DOUBLE_UNITS);
        }
        return (DOUBLE_UNITS - 1 - choose(DOUBLE_UNITS - 1, drawn)) / (double) DOUBLE_UNITS;
    }

    @Override
    public float nextFloat() {
        long drawn = 0;
        if (recordingFromSource()) {
            drawn = FLOAT_UNITS - 1 - (long) (source.nextFloat() * FLOAT_UNITS);
        }
        return (FLOAT_UNITS - 1 - choose(FLOAT_UNITS - 1, drawn)) / (float) FLOAT_UNITS;
    }

    @Override
    public double nextDouble(double bound) {
        return nextDouble(0.0, bound);
    }

    @Override
    public double nextDouble(double origin, double bound) {
        if (!(origin < bound) || !Double.isFinite(origin) || !Double.isFinite(bound)) {
            throw new IllegalArgumentException("bound " + bound + " must be above origin " + origin + ", both finite");
        }
        long low = order(origin);
        long drawn = 0;
        if (recordingFromSource()) {
            drawn = order(source.nextDouble(origin, bound)) - low;
        }
        return unorder(low + choose(order(Math.nextDown(bound)) - low, drawn));
    }

    @Override
    public float nextFloat(float bound) {
        return nextFloat(0.0f, bound);
    }

    @Override
    public float nextFloat(float origin, float bound) {
        if (!(origin < bound) || !Float.isFinite(origin) || !Float.isFinite(bound)) {
            throw new IllegalArgumentException("bound " + bound + " must be above origin " + origin + ", both finite");
        }
        long low = order(origin);
        long drawn = 0;
        if (recordingFromSource()) {
            drawn = order(source.nextFloat(origin, bound)) - low;
        }
        return orderToFloat(low + choose(order(Math.nextDown(bound)) - low, drawn));
    }

    @Override
    public double nextGaussian() {
        long drawn = recordingFromSource() ? zigzag(order(source.nextGaussian())) : 0;
        return unorder(unzigzag(choose(-1L, drawn)));
    }

    @Override
    public double nextExponential() {
        long drawn = recordingFromSource() ? order(source.nextExponential()) : 0;
        return unorder(choose(Long.MAX_VALUE, drawn));
    }

    /** The place of a double in the order of doubles: 0.0 at 0, negative below. */
    private static long order(double value) {
        long bits = Double.doubleToLongBits(value == 0.0 ? 0.0 : value);
        return bits >= 0 ? bits : -(bits & Long.MAX_VALUE);
    }

    private static double unorder(long order) {
        long largest = Double.doubleToLongBits(Double.MAX_VALUE);
        if (order > largest || order < -largest) {
            return order > 0 ? Double.MAX_VALUE : -Double.MAX_VALUE;
        }
        return order >= 0 ? Double.longBitsToDouble(order) : -Double.longBitsToDouble(-order);
    }

    /** The place of a float in the order of floats: 0.0 at 0, negative below. */
    private static long order(float value) {
        int bits = Float.floatToIntBits(value == 0.0f ? 0.0f : value);
        return bits >= 0 ? bits : -(long) (bits & Integer.MAX_VALUE);
    }

    private static float orderToFloat(long order) {
        return order >= 0 ? Float.intBitsToFloat((int) order) : -Float.intBitsToFloat((int) -order);
    }

    private static long zigzag(long value) {
        return (value << 1) ^ (value >> 63);
    }

    private static long unzigzag(long choice) {
        return (choice >>> 1) ^ -(choice & 1);
    }

    @Override
    public String toString() {
        return "Choices[" + count + " made" + (source == null ? ", replaying " + prefix.length : ", recording") + "]";
    }
}
