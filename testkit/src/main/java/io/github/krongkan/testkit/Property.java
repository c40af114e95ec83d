package io.github.krongkan.testkit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A property-test runner for plain JUnit 5 (or any test framework): runs a check on many values of
 * a {@link Gen}, and when one fails, {@linkplain Shrinker shrinks} it to a small counterexample and
 * throws a {@link PropertyFailure} (an {@link AssertionError}) that prints the seed, how to replay
 * it and the counterexample, a project as compact krongkan JSON.
 *
 * <pre>{@code
 * @Test
 * void atMostOneResultPerIndicator() {
 *     Property.forAll(ProjectGens.projects())
 *             .classify("has risks", p -> !p.risks().isEmpty())
 *             .check(p -> assertThat(rule.check(p)).hasSizeLessThanOrEqualTo(p.indicators().size()));
 * }
 * }</pre>
 *
 * <p><b>Runs.</b> {@link #DEFAULT_EXAMPLES} examples unless {@link #examples(int)} says otherwise,
 * their sizes rising evenly from {@link #sizes(int, int) the smallest} (0) to the largest
 * ({@link Gen#MAX_SIZE}). Example {@code i} is {@code gen.sample(s, size)} for the {@code i}-th
 * {@code nextLong()} {@code s} of {@code new SplittableRandom(seed)}, drawn through {@link Choices}
 * so that it can shrink.
 *
 * <p><b>Seeds.</b> The seed is the one given to {@link #seed(long)}, else the system property
 * {@value #SEED_PROPERTY} ({@code -Dkrongkan.seed=…} on the Maven command line replays a failure),
 * else a random one. A failure prints it.
 *
 * <p><b>Failures.</b> A check fails by throwing (an assertion, any exception) or, for
 * {@link #verify(Predicate)}, by returning false. A check that gives up on an example with JUnit's
 * {@code Assumptions.assumeTrue(...)} (a {@code TestAbortedException}) does not fail: the example is
 * counted as {@link PropertyResult#discarded() discarded} and left out of the statistics. The shrinker keeps only candidates that fail with
 * the same class of exception, so a shrunk {@code NullPointerException} does not stand in for an
 * assertion. A generator that throws, or makes more than {@link #maxChoices(int)} choices
 * ({@link TooManyChoicesException}), is reported as a broken generator at once, with the seed.
 *
 * <p>A {@code Property} is immutable: each method returns a new one.
 *
 * @param <T> the type of the values
 */
public final class Property<T> {
    /** The number of examples a property runs unless told otherwise. */
    public static final int DEFAULT_EXAMPLES = 200;

    /** The system property that fixes the seed of every property without one of its own. */
    public static final String SEED_PROPERTY = "krongkan.seed";

    /** How much of a rendered counterexample a failure message shows. */
    public static final int RENDER_LIMIT = 4_000;

    private static final String JSON_CLASS = "io.github.krongkan.json.KrongkanJson";

    private final Gen<T> gen;
    private final String name;
    private final int examples;
    private final int minSize;
    private final int maxSize;
    private final Long seed;
    private final int maxSteps;
    private final int maxChoices;
    private final Function<? super T, String> renderer;
    private final Map<String, Predicate<? super T>> classifiers;
    private final Map<String, Function<? super T, ?>> collectors;

    private Property(
            Gen<T> gen,
            String name,
            int examples,
            int minSize,
            int maxSize,
            Long seed,
            int maxSteps,
            int maxChoices,
            Function<? super T, String> renderer,
            Map<String, Predicate<? super T>> classifiers,
            Map<String, Function<? super T, ?>> collectors) {
        this.gen = gen;
        this.name = name;
        this.examples = examples;
        this.minSize = minSize;
        this.maxSize = maxSize;
        this.seed = seed;
        this.maxSteps = maxSteps;
        this.maxChoices = maxChoices;
        this.renderer = renderer;
        this.classifiers = classifiers;
        this.collectors = collectors;
    }

    /**
     * A property over the values of a generator, with the defaults: {@link #DEFAULT_EXAMPLES}
     * examples, sizes 0 to {@link Gen#MAX_SIZE}, the seed of {@value #SEED_PROPERTY} or a random
     * one, named after the calling test method.
     *
     * @param <T> the type of the values
     * @param gen the generator
     * @return the property
     */
    public static <T> Property<T> forAll(Gen<T> gen) {
        Objects.requireNonNull(gen, "gen");
        return new Property<>(
                gen,
                null,
                DEFAULT_EXAMPLES,
                0,
                Gen.MAX_SIZE,
                null,
                Shrinker.DEFAULT_MAX_STEPS,
                Choices.DEFAULT_MAX_CHOICES,
                null,
                Map.of(),
                Map.of());
    }

    /**
     * This property with a name for its failure messages (by default the calling class and method).
     *
     * @param name the name
     * @return the property
     */
    public Property<T> named(String name) {
        return new Property<>(
                gen,
                Objects.requireNonNull(name, "name"),
                examples,
                minSize,
                maxSize,
                seed,
                maxSteps,
                maxChoices,
                renderer,
                classifiers,
                collectors);
    }

    /**
     * This property run on a number of examples.
     *
     * @param examples how many, at least 1
     * @return the property
     * @throws IllegalArgumentException if fewer than 1
     */
    public Property<T> examples(int examples) {
        if (examples < 1) {
            throw new IllegalArgumentException("examples must be at least 1: " + examples);
        }
        return new Property<>(
                gen, name, examples, minSize, maxSize, seed, maxSteps, maxChoices, renderer, classifiers, collectors);
    }

    /**
     * This property run at one size only.
     *
     * @param size the size, 0 to {@link Gen#MAX_SIZE}
     * @return the property
     */
    public Property<T> size(int size) {
        return sizes(size, size);
    }

    /**
     * This property run at sizes rising evenly from {@code min} to {@code max}.
     *
     * @param min the size of the first example, at least 0
     * @param max the size of the last, from {@code min} to {@link Gen#MAX_SIZE}
     * @return the property
     * @throws IllegalArgumentException if the sizes are out of order or range
     */
    public Property<T> sizes(int min, int max) {
        if (min < 0 || max < min || max > Gen.MAX_SIZE) {
            throw new IllegalArgumentException(
                    "sizes must be 0 <= min <= max <= " + Gen.MAX_SIZE + ": " + min + ", " + max);
        }
        return new Property<>(
                gen, name, examples, min, max, seed, maxSteps, maxChoices, renderer, classifiers, collectors);
    }

    /**
     * This property run from a fixed seed, ahead of {@value #SEED_PROPERTY}.
     *
     * @param seed the seed
     * @return the property
     */
    public Property<T> seed(long seed) {
        return new Property<>(
                gen, name, examples, minSize, maxSize, seed, maxSteps, maxChoices, renderer, classifiers, collectors);
    }

    /**
     * This property with a budget of replays for shrinking (0 turns shrinking off).
     *
     * @param maxSteps the budget, at least 0
     * @return the property
     */
    public Property<T> shrinkSteps(int maxSteps) {
        if (maxSteps < 0) {
            throw new IllegalArgumentException("maxSteps must not be negative: " + maxSteps);
        }
        return new Property<>(
                gen, name, examples, minSize, maxSize, seed, maxSteps, maxChoices, renderer, classifiers, collectors);
    }

    /**
     * This property with a limit on the random choices one value may take, the guard against runaway
     * generators ({@link Choices#DEFAULT_MAX_CHOICES} by default).
     *
     * @param maxChoices the limit, at least 1
     * @return the property
     */
    public Property<T> maxChoices(int maxChoices) {
        if (maxChoices < 1) {
            throw new IllegalArgumentException("maxChoices must be at least 1: " + maxChoices);
        }
        return new Property<>(
                gen, name, examples, minSize, maxSize, seed, maxSteps, maxChoices, renderer, classifiers, collectors);
    }

    /**
     * This property with a way to show a counterexample. By default a {@code Project}, a {@code
     * ProjectRecord} (or any value {@code io.github.krongkan.json.KrongkanJson} has a {@code
     * writeCompact} or {@code writeRecordCompact} for) is shown as compact
     * krongkan JSON when krongkan-json-adapter is on the class path, anything else by
     * {@link String#valueOf(Object)}; either is cut at {@link #RENDER_LIMIT} characters.
     *
     * @param renderer the way to show a value
     * @return the property
     */
    public Property<T> render(Function<? super T, String> renderer) {
        return new Property<>(
                gen,
                name,
                examples,
                minSize,
                maxSize,
                seed,
                maxSteps,
                maxChoices,
                Objects.requireNonNull(renderer, "renderer"),
                classifiers,
                collectors);
    }

    /**
     * This property counting the examples of which a predicate holds, under a label of
     * {@link PropertyResult#classified()}.
     *
     * @param label     the label
     * @param predicate which examples to count
     * @return the property
     */
    public Property<T> classify(String label, Predicate<? super T> predicate) {
        Map<String, Predicate<? super T>> more = new LinkedHashMap<>(classifiers);
        more.put(Objects.requireNonNull(label, "label"), Objects.requireNonNull(predicate, "predicate"));
        return new Property<>(
                gen,
                name,
                examples,
                minSize,
                maxSize,
                seed,
                maxSteps,
                maxChoices,
                renderer,
                java.util.Collections.unmodifiableMap(more),
                collectors);
    }

    /**
     * This property counting, under a name of {@link PropertyResult#collected(String)}, how many
     * examples give each value of a function. A function that returns a collection counts each of
     * its distinct elements once per example, so {@code p -> codesOf(check.run(p))} counts how many
     * examples each finding code fired on.
     *
     * @param name     the name of the statistic
     * @param function what to count
     * @return the property
     */
    public Property<T> collect(String name, Function<? super T, ?> function) {
        Map<String, Function<? super T, ?>> more = new LinkedHashMap<>(collectors);
        more.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(function, "function"));
        return new Property<>(
                gen,
                this.name,
                examples,
                minSize,
                maxSize,
                seed,
                maxSteps,
                maxChoices,
                renderer,
                classifiers,
                java.util.Collections.unmodifiableMap(more));
    }

    /**
     * Runs a check on every example; the check fails by throwing, e.g. an assertion.
     *
     * @param check the check
     * @return what was run and counted
     * @throws PropertyFailure with the shrunk counterexample if an example fails
     */
    public PropertyResult check(Consumer<? super T> check) {
        Objects.requireNonNull(check, "check");
        return run(value -> {
            try {
                check.accept(value);
                return null;
            } catch (VirtualMachineError e) {
                throw e;
            } catch (Throwable t) {
                return t;
            }
        });
    }

    /**
     * Runs a predicate on every example; the property fails where it is false or throws.
     *
     * @param predicate the property
     * @return what was run and counted
     * @throws PropertyFailure with the shrunk counterexample if an example fails
     */
    public PropertyResult verify(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate, "predicate");
        return check(value -> {
            if (!predicate.test(value)) {
                throw new Falsified();
            }
        });
    }

    /** A predicate that was false. */
    private static final class Falsified extends AssertionError {
        private static final long serialVersionUID = 1L;

        Falsified() {
            super("the property is false");
        }
    }

    private PropertyResult run(Function<T, Throwable> test) {
        String propertyName = name != null ? name : caller();
        long runSeed = seed != null ? seed : seedFromSystem();
        SplittableRandom seeds = new SplittableRandom(runSeed);
        Map<String, Long> classified = new LinkedHashMap<>();
        classifiers.keySet().forEach(label -> classified.put(label, 0L));
        Map<String, Map<Object, Long>> collected = new LinkedHashMap<>();
        collectors.keySet().forEach(label -> collected.put(label, new LinkedHashMap<>()));
        int discarded = 0;
        for (int i = 0; i < examples; i++) {
            int size = examples == 1 ? maxSize : minSize + (int) ((long) i * (maxSize - minSize) / (examples - 1));
            long exampleSeed = seeds.nextLong();
            Choices choices = Choices.recording(new SplittableRandom(exampleSeed), maxChoices);
            T value;
            try {
                value = Objects.requireNonNull(gen.next(choices, size), "the generator returned null");
            } catch (RuntimeException e) {
                throw new IllegalStateException(
                        "property " + propertyName + ": the generator failed on example " + (i + 1) + " of " + examples
                                + " (size " + size + ", seed " + runSeed + ", gen.sample(" + exampleSeed + "L, " + size
                                + ")): " + e,
                        e);
            }
            Throwable failure = test.apply(value);
            if (failure != null && isAborted(failure)) {
                discarded++;
                continue;
            }
            if (failure != null) {
                throw failure(propertyName, runSeed, i, size, exampleSeed, choices.choices(), value, failure, test);
            }
            for (Map.Entry<String, Predicate<? super T>> c : classifiers.entrySet()) {
                if (c.getValue().test(value)) {
                    classified.merge(c.getKey(), 1L, Long::sum);
                }
            }
            for (Map.Entry<String, Function<? super T, ?>> c : collectors.entrySet()) {
                Object result = c.getValue().apply(value);
                Collection<?> keys = result instanceof Collection<?> many
                        ? new LinkedHashSet<>(many)
                        : java.util.Collections.singleton(result);
                Map<Object, Long> counts = collected.get(c.getKey());
                for (Object key : keys) {
                    counts.merge(key, 1L, Long::sum);
                }
            }
        }
        return new PropertyResult(propertyName, runSeed, examples, discarded, classified, collected);
    }

    private PropertyFailure failure(
            String propertyName,
            long runSeed,
            int index,
            int size,
            long exampleSeed,
            long[] choices,
            T original,
            Throwable originalFailure,
            Function<T, Throwable> test) {
        Class<?> kind = originalFailure.getClass();
        Shrinker.Shrunk<T> shrunk = Shrinker.shrink(
                gen,
                size,
                choices,
                value -> {
                    Throwable t = test.apply(value);
                    return t == null ? null : t.getClass();
                },
                maxSteps,
                maxChoices);
        Throwable shrunkFailure = test.apply(shrunk.value());
        if (shrunkFailure == null || shrunkFailure.getClass() != kind) {
            shrunkFailure = originalFailure; // a flaky check: report what was seen
        }
        String rendered = render(shrunk.value());
        String replay = seed != null
                ? "the property has .seed(" + runSeed + "L); it fails the same way on every run"
                : "-D" + SEED_PROPERTY + "=" + runSeed + " on the command line, or .seed(" + runSeed
                        + "L) on the property";
        String message = "Property " + propertyName + " failed on example " + (index + 1) + " of " + examples
                + " (size " + size + ", seed " + runSeed + ").\nReplay: " + replay
                + "; the example alone is gen.sample(" + exampleSeed + "L, " + size + ").\nShrunk from "
                + choices.length + " to " + shrunk.choices().length + " random choices in " + shrunk.steps()
                + " steps"
                + (shrunk.steps() >= maxSteps ? " (the budget; it may shrink further with shrinkSteps(...))" : "")
                + ". Counterexample:\n" + rendered + "\nFailure: " + describe(shrunkFailure);
        return new PropertyFailure(message, shrunkFailure, runSeed, index, size, shrunk.value(), original, rendered);
    }

    /**
     * Whether a check gave up on an example rather than failed: JUnit's and opentest4j's
     * {@code TestAbortedException}, as {@code Assumptions.assumeTrue} throws it (found by name; the
     * testkit does not depend on JUnit).
     */
    static boolean isAborted(Throwable t) {
        for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
            if (c.getName().equals("org.opentest4j.TestAbortedException")) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable failure) {
        return failure instanceof Falsified ? "the predicate is false" : String.valueOf(failure);
    }

    /**
     * Shows a value as a failure message does: the renderer of {@link #render(Function)}, else the
     * default one, cut at {@link #RENDER_LIMIT} characters.
     */
    String render(T value) {
        String text;
        try {
            text = renderer != null ? renderer.apply(value) : defaultRender(value);
        } catch (RuntimeException e) {
            text = String.valueOf(value) + " (the renderer failed: " + e + ")";
        }
        return cut(text, RENDER_LIMIT);
    }

    /**
     * Cuts a text at a length, saying how long it was.
     *
     * @param text  the text
     * @param limit the length to show
     * @return the text, or its start and its length
     */
    static String cut(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        return text.substring(0, limit) + "… (cut; " + String.format("%,d", text.length()) + " characters in all)";
    }

    /**
     * Compact krongkan JSON through {@code KrongkanJson.writeCompact} (or {@code writeRecordCompact}
     * for a project record) when json-adapter is on the class path and has a writer for the value's
     * type; {@code String.valueOf} otherwise.
     */
    static String defaultRender(Object value) {
        if (value != null && value.getClass().getName().startsWith("io.github.krongkan.")) {
            Method writer = compactWriter(value.getClass());
            if (writer != null) {
                try {
                    return String.valueOf(writer.invoke(null, value));
                } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
                    return String.valueOf(value);
                }
            }
        }
        return String.valueOf(value);
    }

    private static Method compactWriter(Class<?> type) {
        List<ClassLoader> loaders = new ArrayList<>();
        loaders.add(Thread.currentThread().getContextClassLoader());
        loaders.add(type.getClassLoader());
        loaders.add(Property.class.getClassLoader());
        for (ClassLoader loader : loaders) {
            try {
                Class<?> json = Class.forName(JSON_CLASS, false, loader);
                for (Method m : json.getMethods()) {
                    if ((m.getName().equals("writeCompact") || m.getName().equals("writeRecordCompact"))
                            && Modifier.isStatic(m.getModifiers())
                            && m.getParameterCount() == 1
                            && m.getParameterTypes()[0].isAssignableFrom(type)) {
                        return m;
                    }
                }
            } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
                // not on this loader's path: try the next
            }
        }
        return null;
    }

    private static long seedFromSystem() {
        String text = System.getProperty(SEED_PROPERTY);
        if (text == null || text.isBlank()) {
            return new SplittableRandom().nextLong();
        }
        try {
            return Long.parseLong(text.strip().replace("_", "").replaceFirst("[lL]$", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "-D" + SEED_PROPERTY + " must be a whole number (a long), as a failure prints it: " + text, e);
        }
    }

    /** The class and method that called check or verify, for the failure message. */
    private static String caller() {
        return StackWalker.getInstance()
                .walk(frames -> frames.filter(f -> !f.getClassName().equals(Property.class.getName())
                                && !f.getClassName().startsWith(Property.class.getName() + "$"))
                        .findFirst()
                        .map(f -> simpleName(f.getClassName()) + "." + methodName(f.getMethodName()))
                        .orElse("property"));
    }

    /** A method's name; for a lambda ({@code lambda$test$0}) the method it is in. */
    private static String methodName(String name) {
        if (name.startsWith("lambda$")) {
            int end = name.indexOf('$', "lambda$".length());
            return end > 0 ? name.substring("lambda$".length(), end) : name;
        }
        return name;
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
