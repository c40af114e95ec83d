package io.github.krongkan.testkit;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Shrinks a failing value of any {@link Gen} to a small one that fails the same way, by shrinking
 * the {@link Choices} the generator made rather than the value: the generator never needs to know.
 *
 * <p>The method is Hypothesis's, as minithesis implements it in a few hundred lines (D. R. MacIver
 * and A. F. Donaldson, "Test-Case Reduction via Test-Case Generation: Insights from the Hypothesis
 * Reducer", ECOOP 2020, LIPIcs 166, 13:1–13:27; <a
 * href="https://github.com/DRMacIver/minithesis">github.com/DRMacIver/minithesis</a>). A value is
 * known by the sequence of choices that makes it; of two sequences the <em>shortlex</em>-smaller
 * one (shorter, or as long and smaller at the first difference) stands for the simpler value. The
 * shrinker replays candidate sequences and keeps a candidate only if the value it makes still
 * fails and its sequence is shortlex-smaller than the best so far, so it always ends, and it
 * repeats these passes until none improves:
 * <ol>
 *   <li><b>delete</b> chunks of 8 down to 1 consecutive choices, from the end, each time also with
 *       the choice before the chunk one lower (a list length) or one higher (a
 *       {@code nextInt(n) == 0} test that adds an optional member at its simplest choice);</li>
 *   <li><b>zero</b> chunks of 8, 4 and 2 choices;</li>
 *   <li><b>lower</b> each choice to the smallest that still fails, by binary search;</li>
 *   <li><b>sort</b> chunks of 8, 4 and 2 choices, and <b>swap</b> or <b>redistribute</b> pairs of
 *       choices one or two apart (lowering the first while raising the second), which moves a sum
 *       into one list element.</li>
 * </ol>
 * Each replay is one step; a shrink stops after a budget of steps ({@link #DEFAULT_MAX_STEPS}).
 * Given the same generator, size, choices and failure, it always gives the same result.
 *
 * <p><b>From another framework.</b> A QuickTheories or jqwik property that draws a testkit value
 * as {@code gen.sample(seed, size)} can shrink its counterexample with
 * {@link #shrink(Gen, long, int, Predicate)}: the seed and size replay the same value, which is then
 * shrunk here (see {@code docs/testing.md}).
 */
public final class Shrinker {
    /** The default budget of replays for one shrink. */
    public static final int DEFAULT_MAX_STEPS = 20_000;

    private Shrinker() {}

    /**
     * Shrinks the value {@code gen.sample(seed, size)}, a counterexample found by another framework,
     * to the smallest value it can find for which {@code fails} holds.
     *
     * @param <T>   the type of the values
     * @param gen   the generator
     * @param seed  the seed the value was sampled with
     * @param size  the size it was sampled at
     * @param fails whether a value is a counterexample; a value for which it throws counts as not one
     * @return the smallest counterexample found
     * @throws IllegalArgumentException if {@code gen.sample(seed, size)} is not a counterexample
     */
    public static <T> T shrink(Gen<T> gen, long seed, int size, Predicate<? super T> fails) {
        Objects.requireNonNull(gen, "gen");
        Objects.requireNonNull(fails, "fails");
        Choices choices = Choices.recording(new SplittableRandom(seed), Choices.DEFAULT_MAX_CHOICES);
        T value = gen.next(choices, size);
        if (!failsSafely(fails, value)) {
            throw new IllegalArgumentException("gen.sample(" + seed + "L, " + size
                    + ") is not a counterexample: the predicate does not hold for it");
        }
        return shrink(gen, size, choices.choices(), fails).value();
    }

    /**
     * Shrinks a counterexample given by the choices that make it.
     *
     * @param <T>     the type of the values
     * @param gen     the generator
     * @param size    the size the generator runs at
     * @param choices the choices that make the counterexample (see {@link Choices#choices()})
     * @param fails   whether a value is a counterexample; a value for which it throws counts as not one
     * @return the smallest counterexample found, its choices and the steps taken
     * @throws IllegalArgumentException if the choices do not make a counterexample
     */
    public static <T> Shrunk<T> shrink(Gen<T> gen, int size, long[] choices, Predicate<? super T> fails) {
        Objects.requireNonNull(fails, "fails");
        return shrink(
                gen,
                size,
                choices,
                value -> failsSafely(fails, value) ? Boolean.TRUE : null,
                DEFAULT_MAX_STEPS,
                Choices.DEFAULT_MAX_CHOICES);
    }

    /**
     * Shrinks a counterexample, keeping only candidates that fail in the same way.
     *
     * @param <T>        the type of the values
     * @param gen        the generator
     * @param size       the size the generator runs at
     * @param choices    the choices that make the counterexample
     * @param failure    the kind of failure of a value (such as its exception's class), or null if it
     *                   passes; must not throw
     * @param maxSteps   the budget of replays, at least 0
     * @param maxChoices the most choices one run of the generator may make
     * @return the smallest counterexample found with the same kind of failure
     * @throws IllegalArgumentException if the choices do not make a counterexample
     */
    public static <T> Shrunk<T> shrink(
            Gen<T> gen, int size, long[] choices, Function<? super T, ?> failure, int maxSteps, int maxChoices) {
        Objects.requireNonNull(gen, "gen");
        Objects.requireNonNull(choices, "choices");
        Objects.requireNonNull(failure, "failure");
        if (maxSteps < 0) {
            throw new IllegalArgumentException("maxSteps must not be negative: " + maxSteps);
        }
        Choices replay = Choices.replaying(choices, maxChoices);
        T value = gen.next(replay, size);
        Object kind = failure.apply(value);
        if (kind == null) {
            throw new IllegalArgumentException("the choices do not make a counterexample");
        }
        Run<T> run = new Run<>(gen, size, failure, kind, maxSteps, maxChoices, replay.choices(), value);
        run.shrink();
        return new Shrunk<>(run.bestValue, run.best, run.steps);
    }

    private static <T> boolean failsSafely(Predicate<? super T> fails, T value) {
        try {
            return fails.test(value);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Whether {@code a} is shortlex-smaller than {@code b}: shorter, or as long and smaller (unsigned)
     * at the first choice where they differ.
     *
     * @param a a sequence of choices
     * @param b another
     * @return whether {@code a} comes first
     */
    static boolean shortlexLess(long[] a, long[] b) {
        if (a.length != b.length) {
            return a.length < b.length;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return Long.compareUnsigned(a[i], b[i]) < 0;
            }
        }
        return false;
    }

    /**
     * The result of a shrink: the smallest counterexample found and the choices that make it.
     *
     * @param <T> the type of the value
     */
    public static final class Shrunk<T> {
        private final T value;
        private final long[] choices;
        private final int steps;

        Shrunk(T value, long[] choices, int steps) {
            this.value = value;
            this.choices = choices.clone();
            this.steps = steps;
        }

        /**
         * The smallest counterexample found.
         *
         * @return the value
         */
        public T value() {
            return value;
        }

        /**
         * The choices that make it: {@code gen.next(Choices.replaying(choices()), size)} gives it again.
         *
         * @return a copy of the choices
         */
        public long[] choices() {
            return choices.clone();
        }

        /**
         * How many replays the shrink took.
         *
         * @return the number of steps
         */
        public int steps() {
            return steps;
        }

        @Override
        public String toString() {
            return "Shrunk[" + choices.length + " choices after " + steps + " steps: " + value + "]";
        }
    }

    /** One shrink in progress. */
    private static final class Run<T> {
        private static final int LONG_CHUNK = 64;

        private final Gen<T> gen;
        private final int size;
        private final Function<? super T, ?> failure;
        private final Object kind;
        private final int maxSteps;
        private final int maxChoices;
        private final Set<Long> seen = new HashSet<>();
        private long[] best;
        private T bestValue;
        private int steps;

        Run(
                Gen<T> gen,
                int size,
                Function<? super T, ?> failure,
                Object kind,
                int maxSteps,
                int maxChoices,
                long[] best,
                T bestValue) {
            this.gen = gen;
            this.size = size;
            this.failure = failure;
            this.kind = kind;
            this.maxSteps = maxSteps;
            this.maxChoices = maxChoices;
            this.best = best;
            this.bestValue = bestValue;
            seen.add(fingerprint(best));
        }

        private boolean exhausted() {
            return steps >= maxSteps;
        }

        /** Replays a candidate; keeps it if it fails the same way and is shortlex-smaller. */
        private boolean consider(long[] candidate) {
            if (exhausted() || !shortlexLess(candidate, best) || !seen.add(fingerprint(candidate))) {
                return false;
            }
            steps++;
            Choices replay = Choices.replaying(candidate, maxChoices);
            T value;
            try {
                value = gen.next(replay, size);
            } catch (RuntimeException e) {
                return false; // a runaway or a generator that cannot take these choices
            }
            if (value == null || !kind.equals(failure.apply(value))) {
                return false;
            }
            long[] used = replay.choices();
            if (!shortlexLess(used, best)) {
                return false;
            }
            seen.clear(); // only candidates below the new best are ever replayed
            seen.add(fingerprint(used));
            best = used;
            bestValue = value;
            return true;
        }

        private boolean replace(int index, long choice) {
            if (index >= best.length) {
                return false;
            }
            long[] attempt = best.clone();
            attempt[index] = choice;
            return consider(attempt);
        }

        void shrink() {
            long[] previous = null;
            while (!exhausted() && (previous == null || !Arrays.equals(previous, best))) {
                previous = best;
                deleteChunks();
                deleteAfterLowering();
                zeroChunks();
                lowerEach();
                sortChunks();
                swapAndRedistribute();
            }
        }

        private void deleteChunks() {
            for (int k = 8; k > 0 && !exhausted(); k--) {
                for (int i = best.length - k; i >= 0 && !exhausted(); i--) {
                    if (i + k > best.length) {
                        continue;
                    }
                    long[] attempt = new long[best.length - k];
                    System.arraycopy(best, 0, attempt, 0, i);
                    System.arraycopy(best, i + k, attempt, i, best.length - i - k);
                    if (consider(attempt) || i == 0) {
                        continue;
                    }
                    long before = attempt[i - 1];
                    if (before != 0) {
                        long[] lower = attempt.clone();
                        lower[i - 1] = before - 1;
                        if (consider(lower)) {
                            continue;
                        }
                    }
                    if (before != -1L) {
                        long[] higher = attempt;
                        higher[i - 1] = before + 1;
                        consider(higher);
                    }
                }
            }
        }

        /**
         * For each choice above 0, lowers it by one and deletes a chunk of up to
         * {@value #LONG_CHUNK} choices right after it: a list loses its last element even when the
         * element takes more choices than {@link #deleteChunks()} tries.
         */
        private void deleteAfterLowering() {
            for (int i = best.length - 2; i >= 0 && !exhausted(); i--) {
                for (int k = 9; k <= LONG_CHUNK && !exhausted(); k++) {
                    if (i + 1 + k > best.length || best[i] == 0) {
                        break;
                    }
                    long[] attempt = new long[best.length - k];
                    System.arraycopy(best, 0, attempt, 0, i + 1);
                    System.arraycopy(best, i + 1 + k, attempt, i + 1, best.length - i - 1 - k);
                    attempt[i]--;
                    if (consider(attempt)) {
                        break;
                    }
                }
            }
        }

        private void zeroChunks() {
            for (int k = 8; k > 1 && !exhausted(); k /= 2) {
                for (int i = best.length - k; i >= 0 && !exhausted(); i--) {
                    if (i + k > best.length) {
                        continue;
                    }
                    boolean allZero = true;
                    for (int j = i; j < i + k; j++) {
                        allZero &= best[j] == 0;
                    }
                    if (allZero) {
                        continue;
                    }
                    long[] attempt = best.clone();
                    Arrays.fill(attempt, i, i + k, 0);
                    consider(attempt);
                }
            }
        }

        private void lowerEach() {
            for (int i = best.length - 1; i >= 0 && !exhausted(); i--) {
                if (i < best.length && best[i] != 0) {
                    lower(i);
                }
            }
        }

        /** Binary search for the smallest choice at an index that still fails. */
        private void lower(int index) {
            if (replace(index, 0)) {
                return;
            }
            long lo = 0;
            long hi = best[index];
            while (!exhausted() && index < best.length && Long.compareUnsigned(hi - lo, 1) > 0) {
                long mid = lo + ((hi - lo) >>> 1);
                if (replace(index, mid)) {
                    hi = mid;
                } else {
                    lo = mid;
                }
                if (index < best.length && best[index] != hi) {
                    return; // the sequence changed under us: leave it to the next round
                }
            }
        }

        private void sortChunks() {
            for (int k = 8; k > 1 && !exhausted(); k /= 2) {
                for (int i = best.length - k; i >= 0 && !exhausted(); i--) {
                    if (i + k > best.length) {
                        continue;
                    }
                    long[] attempt = best.clone();
                    Long[] window = new Long[k];
                    for (int j = 0; j < k; j++) {
                        window[j] = attempt[i + j];
                    }
                    Arrays.sort(window, Long::compareUnsigned);
                    for (int j = 0; j < k; j++) {
                        attempt[i + j] = window[j];
                    }
                    consider(attempt);
                }
            }
        }

        private void swapAndRedistribute() {
            for (int k = 2; k > 0 && !exhausted(); k--) {
                for (int i = best.length - 1 - k; i >= 0 && !exhausted(); i--) {
                    int j = i + k;
                    if (j >= best.length) {
                        continue;
                    }
                    if (Long.compareUnsigned(best[i], best[j]) > 0) {
                        long[] swapped = best.clone();
                        swapped[i] = best[j];
                        swapped[j] = best[i];
                        consider(swapped);
                    }
                    if (j < best.length && best[i] != 0 && best[j] != -1L) {
                        redistribute(i, j);
                    }
                }
            }
        }

        /** Lowers the choice at {@code i} while raising the one at {@code j} by as much, as far as it fails. */
        private void redistribute(int i, int j) {
            long first = best[i];
            long second = best[j];
            long room = Long.compareUnsigned(first, -1L - second) > 0 ? -1L - second : first;
            if (tryMove(i, j, first, second, room)) {
                return;
            }
            long lo = 0;
            long hi = room;
            while (!exhausted() && Long.compareUnsigned(hi - lo, 1) > 0) {
                long mid = lo + ((hi - lo) >>> 1);
                if (tryMove(i, j, first, second, mid)) {
                    lo = mid;
                    if (j >= best.length || best[i] != first - mid || best[j] != second + mid) {
                        return;
                    }
                } else {
                    hi = mid;
                }
            }
        }

        private boolean tryMove(int i, int j, long first, long second, long amount) {
            if (j >= best.length) {
                return false;
            }
            long[] attempt = best.clone();
            attempt[i] = first - amount;
            attempt[j] = second + amount;
            return consider(attempt);
        }
    }

    /**
     * A 64-bit fingerprint of a sequence of choices, for remembering what was tried (a collision
     * only skips a candidate).
     */
    private static long fingerprint(long[] choices) {
        long h = 0x9E3779B97F4A7C15L ^ choices.length;
        for (long c : choices) {
            h = (h ^ c) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        return h;
    }
}
