package io.github.krongkan.network;

import io.github.krongkan.internal.Require;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One school size class (ขนาดโรงเรียน) of a {@link SizeScheme}: an English and a Thai label and
 * an inclusive range of enrolment, open-ended for the largest class.
 *
 * <p>Example: OBEC primary "small" / {@code เล็ก} is enrolment 1 to 120.
 */
@Value.Immutable
public abstract class SizeClass {
    SizeClass() {}

    /**
     * The English label, e.g. {@code small}, {@code extra large}.
     *
     * @return the English label, not blank
     */
    public abstract String englishLabel();

    /**
     * The Thai label, e.g. {@code เล็ก}, {@code ใหญ่พิเศษ}.
     *
     * @return the Thai label, not blank
     */
    public abstract String thaiLabel();

    /**
     * The smallest enrolment of this class, inclusive.
     *
     * @return at least 1
     */
    public abstract int minEnrolment();

    /**
     * The largest enrolment of this class, inclusive; empty for the open-ended largest class.
     *
     * @return the inclusive upper bound, if any
     */
    public abstract Optional<Integer> maxEnrolment();

    /**
     * A builder for a size class.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A class with a closed range of enrolment.
     *
     * @param englishLabel  the English label
     * @param thaiLabel     the Thai label
     * @param minEnrolment  the smallest enrolment, inclusive, at least 1
     * @param maxEnrolment  the largest enrolment, inclusive, at least {@code minEnrolment}
     * @return the class
     * @throws IllegalArgumentException if a label is blank or the range is empty or below 1
     */
    public static SizeClass of(String englishLabel, String thaiLabel, int minEnrolment, int maxEnrolment) {
        return builder()
                .englishLabel(englishLabel)
                .thaiLabel(thaiLabel)
                .minEnrolment(minEnrolment)
                .maxEnrolment(maxEnrolment)
                .build();
    }

    /**
     * An open-ended class: enrolment {@code minEnrolment} and above.
     *
     * @param englishLabel the English label
     * @param thaiLabel    the Thai label
     * @param minEnrolment the smallest enrolment, inclusive, at least 1
     * @return the class
     * @throws IllegalArgumentException if a label is blank or {@code minEnrolment} is below 1
     */
    public static SizeClass atLeast(String englishLabel, String thaiLabel, int minEnrolment) {
        return builder()
                .englishLabel(englishLabel)
                .thaiLabel(thaiLabel)
                .minEnrolment(minEnrolment)
                .build();
    }

    /**
     * Whether an enrolment falls in this class's range.
     *
     * @param enrolment a number of pupils
     * @return {@code true} if {@code minEnrolment() <= enrolment <= maxEnrolment()} (no upper
     *         bound when open-ended)
     */
    public boolean contains(int enrolment) {
        return enrolment >= minEnrolment()
                && maxEnrolment().map(max -> enrolment <= max).orElse(true);
    }

    /**
     * Whether this class has no upper bound.
     *
     * @return {@code true} for the largest class of a scheme
     */
    public boolean isOpenEnded() {
        return maxEnrolment().isEmpty();
    }

    /**
     * Builds a {@link SizeClass}; {@code build()} throws if a field is missing or invalid.
     *
     * <p><b>Required:</b> {@link SizeClass#englishLabel() englishLabel}, {@link
     * SizeClass#thaiLabel() thaiLabel}, {@link SizeClass#minEnrolment() minEnrolment}. Every other
     * attribute is optional, a list or has a default; {@code build()} throws {@link
     * IllegalStateException} naming each required attribute that was not set.
     */
    public static final class Builder extends ImmutableSizeClass.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Require.notBlank(englishLabel(), "SizeClass englishLabel");
        Require.notBlank(thaiLabel(), "SizeClass thaiLabel");
        if (minEnrolment() < 1) {
            throw new IllegalArgumentException("SizeClass minEnrolment must be at least 1 but was " + minEnrolment()
                    + " (class " + englishLabel() + "); enrolment 0 has no class");
        }
        if (maxEnrolment().isPresent() && maxEnrolment().get() < minEnrolment()) {
            throw new IllegalArgumentException(
                    "SizeClass maxEnrolment " + maxEnrolment().get() + " is below minEnrolment " + minEnrolment()
                            + " (class " + englishLabel() + ")");
        }
    }
}
