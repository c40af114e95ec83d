package io.github.krongkan.testkit;

import java.io.Serial;

/**
 * Thrown by {@link Choices} when one run of a generator makes more choices than allowed: the
 * generator is a runaway (a loop that does not end on its simplest choices) or builds values far
 * larger than a test needs. {@link Shrinker} rejects such candidates; {@link Property} reports
 * them as a fault of the generator, not of the property.
 */
public final class TooManyChoicesException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final int maxChoices;

    /**
     * An exception for a run that went beyond a maximum.
     *
     * @param maxChoices the maximum number of choices
     */
    public TooManyChoicesException(int maxChoices) {
        super(
                "the generator made more than " + maxChoices
                        + " random choices in one run: does a loop in it never end on its simplest choices"
                        + " (0, false, the origin)? Raise the limit with maxChoices(...) if the values are meant to be this large");
        this.maxChoices = maxChoices;
    }

    /**
     * The maximum that was exceeded.
     *
     * @return the maximum number of choices
     */
    public int maxChoices() {
        return maxChoices;
    }
}
