package io.github.krongkan.network;

import io.github.krongkan.internal.Require;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A named way of classing schools by enrolment (ขนาดโรงเรียน): an ordered list of
 * {@link SizeClass size classes} whose inclusive ranges partition the enrolments [1, ∞).
 *
 * <p>Construction checks the partition: at least one class, the first starts at 1, each next
 * class starts right after the previous one ends (no gap, no overlap), only the last is
 * open-ended, and no two classes share an English or a Thai label.
 *
 * <p><b>Enrolment 0.</b> A school with no pupils (closed, merged or not yet open) has no size
 * class: {@link #classOf(int) classOf(0)} is empty. A negative enrolment is refused.
 *
 * <p>Schemes are data: besides the presets, define your own with {@link #of(String, List)} or
 * {@link #builder()}, for example OBEC's seven-class scheme.
 */
@Value.Immutable
public abstract class SizeScheme {
    SizeScheme() {}

    /**
     * OBEC primary-education areas, four classes: small เล็ก 1–120, medium กลาง 121–600, large
     * ใหญ่ 601–1,500, extra large ใหญ่พิเศษ 1,501 and above.
     */
    public static final SizeScheme OBEC_PRIMARY_4 = obecFour("OBEC primary, 4 classes", 121, 601, 1_501);

    /**
     * OBEC secondary-education areas, four classes: small เล็ก 1–499, medium กลาง 500–1,499,
     * large ใหญ่ 1,500–2,499, extra large ใหญ่พิเศษ 2,500 and above.
     */
    public static final SizeScheme OBEC_SECONDARY_4 = obecFour("OBEC secondary, 4 classes", 500, 1_500, 2_500);

    /**
     * An OBEC scheme of four classes, small เล็ก from 1, medium กลาง, large ใหญ่ and extra large
     * ใหญ่พิเศษ, each class up to the next one's lowest count.
     *
     * @param name the scheme's name
     * @param medium the lowest count of a medium school
     * @param large the lowest count of a large school
     * @param extraLarge the lowest count of an extra large school
     */
    private static SizeScheme obecFour(String name, int medium, int large, int extraLarge) {
        return of(
                name,
                List.of(
                        SizeClass.of("small", "เล็ก", 1, medium - 1),
                        SizeClass.of("medium", "กลาง", medium, large - 1),
                        SizeClass.of("large", "ใหญ่", large, extraLarge - 1),
                        SizeClass.atLeast("extra large", "ใหญ่พิเศษ", extraLarge)));
    }

    /**
     * The scheme's name, e.g. {@code OBEC primary, 4 classes}.
     *
     * @return the name, not blank
     */
    public abstract String name();

    /**
     * The classes, smallest enrolment first.
     *
     * @return the classes, never empty
     */
    public abstract List<SizeClass> classes();

    /**
     * A builder for a size scheme.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A scheme from its classes.
     *
     * @param name    the scheme's name
     * @param classes the classes, smallest enrolment first
     * @return the scheme
     * @throws IllegalArgumentException if the name is blank or the classes do not partition [1, ∞)
     */
    public static SizeScheme of(String name, List<SizeClass> classes) {
        return builder().name(name).addAllClasses(classes).build();
    }

    /**
     * The class of an enrolment.
     *
     * @param enrolment a number of pupils, at least 0
     * @return the one class whose range contains it; empty for 0
     * @throws IllegalArgumentException if {@code enrolment} is negative
     */
    public Optional<SizeClass> classOf(int enrolment) {
        if (enrolment < 0) {
            throw new IllegalArgumentException("enrolment must be at least 0 but was " + enrolment);
        }
        for (SizeClass sizeClass : classes()) {
            if (sizeClass.contains(enrolment)) {
                return Optional.of(sizeClass);
            }
        }
        return Optional.empty();
    }

    /**
     * The class with a label, as documents state it ({@code เล็ก}, {@code small}).
     *
     * @param label an English or Thai label, compared exactly after stripping surrounding white space
     * @return the class with that English or Thai label, if any
     */
    public Optional<SizeClass> classLabelled(String label) {
        String wanted = label.strip();
        return classes().stream()
                .filter(c -> c.englishLabel().equals(wanted) || c.thaiLabel().equals(wanted))
                .findFirst();
    }

    /**
     * Builds a {@link SizeScheme}; {@code build()} throws if the classes do not partition [1, ∞).
     *
     * <p><b>Required:</b> {@link SizeScheme#name() name}. Every other attribute is optional, a list
     * or has a default; {@code build()} throws {@link IllegalStateException} naming each required
     * attribute that was not set.
     */
    public static final class Builder extends ImmutableSizeScheme.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Require.notBlank(name(), "SizeScheme name");
        List<SizeClass> classes = classes();
        if (classes.isEmpty()) {
            throw new IllegalArgumentException("SizeScheme classes must not be empty (scheme " + name() + ")");
        }
        if (classes.get(0).minEnrolment() != 1) {
            throw new IllegalArgumentException("SizeScheme classes must start at enrolment 1 but the first, "
                    + classes.get(0).englishLabel() + ", starts at "
                    + classes.get(0).minEnrolment()
                    + " (scheme " + name() + ")");
        }
        Set<String> english = new HashSet<>();
        Set<String> thai = new HashSet<>();
        for (int i = 0; i < classes.size(); i++) {
            SizeClass current = classes.get(i);
            if (!english.add(current.englishLabel())) {
                throw new IllegalArgumentException("SizeScheme classes has duplicate englishLabel '"
                        + current.englishLabel() + "' (scheme " + name() + ")");
            }
            if (!thai.add(current.thaiLabel())) {
                throw new IllegalArgumentException("SizeScheme classes has duplicate thaiLabel '" + current.thaiLabel()
                        + "' (scheme " + name() + ")");
            }
            boolean last = i == classes.size() - 1;
            if (last) {
                if (!current.isOpenEnded()) {
                    throw new IllegalArgumentException("SizeScheme classes must end open-ended but the last, "
                            + current.englishLabel() + ", ends at "
                            + current.maxEnrolment().get()
                            + " (scheme " + name() + ")");
                }
                continue;
            }
            SizeClass next = classes.get(i + 1);
            if (current.isOpenEnded()) {
                throw new IllegalArgumentException("SizeScheme classes: only the last class may be open-ended, but "
                        + current.englishLabel() + " is followed by " + next.englishLabel()
                        + " (scheme " + name() + ")");
            }
            long expectedStart = current.maxEnrolment().get() + 1L;
            if (next.minEnrolment() != expectedStart) {
                String what = next.minEnrolment() > expectedStart ? "a gap" : "an overlap";
                throw new IllegalArgumentException("SizeScheme classes must be contiguous: " + what + " between "
                        + current.englishLabel() + " (ends at "
                        + current.maxEnrolment().get() + ") and "
                        + next.englishLabel() + " (starts at " + next.minEnrolment() + ") (scheme " + name() + ")");
            }
        }
    }
}
