package io.github.krongkan.budget;

import io.github.krongkan.internal.Require;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A revision of a project's budget (การปรับแผน / ขอปรับเปลี่ยนงบประมาณ): a round number, the reason,
 * the date and the whole revised budget. Revisions are kept beside the approved original, never in
 * its place; the latest revision is the budget in force.
 */
@Value.Immutable
public abstract class BudgetRevision {
    BudgetRevision() {}

    /**
     * The revision round (ครั้งที่), 1 for the first revision.
     *
     * @return the round, at least 1
     */
    public abstract int round();

    /**
     * Why the budget was revised, as written.
     *
     * @return the reason
     */
    public abstract Optional<String> reason();

    /**
     * The date of the revision (approval of the change), if known.
     *
     * @return the date
     */
    public abstract Optional<LocalDate> date();

    /**
     * The revised budget, complete.
     *
     * @return the budget
     */
    public abstract Budget budget();

    /**
     * A builder for a revision.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link BudgetRevision}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link BudgetRevision#round() round}, {@link BudgetRevision#budget()
     * budget}. Every other attribute is optional, a list or has a default; {@code build()} throws
     * {@link IllegalStateException} naming each required attribute that was not set.
     */
    public static final class Builder extends ImmutableBudgetRevision.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        if (round() < 1) {
            throw new IllegalArgumentException("round of a budget revision must be at least 1: " + round());
        }
        reason().ifPresent(r -> Require.notBlank(r, "reason of a budget revision"));
    }
}
