package io.github.krongkan.testkit;

import java.io.Serial;

/**
 * A {@link Property} that failed: an {@link AssertionError}, so any test framework reports it as a
 * failed test, whose message gives the property's name, the seed and how to replay it, and the
 * shrunk counterexample rendered; its cause is the counterexample's failure (the assertion or
 * exception the check threw).
 */
public final class PropertyFailure extends AssertionError {
    @Serial
    private static final long serialVersionUID = 1L;

    private final long seed;
    private final int example;
    private final int size;
    private final transient Object counterexample;
    private final transient Object original;
    private final String rendered;

    PropertyFailure(
            String message,
            Throwable cause,
            long seed,
            int example,
            int size,
            Object counterexample,
            Object original,
            String rendered) {
        super(message, cause);
        this.seed = seed;
        this.example = example;
        this.size = size;
        this.counterexample = counterexample;
        this.original = original;
        this.rendered = rendered;
    }

    /**
     * The seed the property ran from: {@code -Dkrongkan.seed=} it, or {@code .seed(}it{@code )}, to
     * replay.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * The index of the failing example, from 0.
     *
     * @return the index
     */
    public int example() {
        return example;
    }

    /**
     * The size the failing example was generated at.
     *
     * @return the size
     */
    public int size() {
        return size;
    }

    /**
     * The shrunk counterexample (null after deserialisation).
     *
     * @return the value
     */
    public Object counterexample() {
        return counterexample;
    }

    /**
     * The counterexample as first found, before shrinking (null after deserialisation).
     *
     * @return the value
     */
    public Object original() {
        return original;
    }

    /**
     * The shrunk counterexample as the message shows it.
     *
     * @return the rendered value
     */
    public String rendered() {
        return rendered;
    }
}
