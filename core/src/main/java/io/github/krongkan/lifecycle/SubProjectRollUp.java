package io.github.krongkan.lifecycle;

import io.github.krongkan.money.Baht;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The network sub-projects of a record rolled up (IATI's child activities summed into their
 * parent): each child's {@link RecordFigures figures}, their totals, and the parent's own figures
 * beside them to compare. Money is summed exactly; only the weighted progress is rounded.
 *
 * <pre>{@code
 * SubProjectRollUp rollUp = SubProjectRollUp.of(record);
 * rollUp.allocation();  // the children's allocations summed
 * rollUp.parent().disbursed().minus(rollUp.disbursed());
 * }</pre>
 *
 * @param parent the parent's own figures
 * @param children the figures of each child, in the order of {@link ProjectRecord#children()}
 */
public record SubProjectRollUp(RecordFigures parent, List<RecordFigures> children) {
    /**
     * A roll-up from its parts.
     *
     * @param parent the parent's figures
     * @param children the children's figures
     * @throws NullPointerException if an argument or a child is null
     */
    public SubProjectRollUp {
        Objects.requireNonNull(parent, "parent");
        children = List.copyOf(children);
    }

    /**
     * The roll-up of a record's children; each child falls back on the parent's network money
     * ({@link RecordFigures#of(ProjectRecord, Optional)}).
     *
     * @param record the parent record
     * @return the roll-up, with no children if the record has none
     */
    public static SubProjectRollUp of(ProjectRecord record) {
        Objects.requireNonNull(record, "record");
        List<RecordFigures> children = new ArrayList<>();
        for (ProjectRecord child : record.children()) {
            children.add(RecordFigures.of(child, Optional.of(record.current().project())));
        }
        return new SubProjectRollUp(RecordFigures.of(record), children);
    }

    /**
     * The children's allocations summed.
     *
     * @return the total, zero without children
     */
    public Baht allocation() {
        return Baht.sum(children.stream().map(RecordFigures::allocation).toList());
    }

    /**
     * The children's disbursements summed.
     *
     * @return the total, zero without children
     */
    public Baht disbursed() {
        return Baht.sum(children.stream().map(RecordFigures::disbursed).toList());
    }

    /**
     * The children's returns summed.
     *
     * @return the total, zero without children
     */
    public Baht returned() {
        return Baht.sum(children.stream().map(RecordFigures::returned).toList());
    }

    /**
     * The children's progress weighted by their allocations: the sum of each child's progress times
     * its allocation, divided by the sum of the allocations, in percent rounded half up to two
     * decimals. A child without a report counts as 0 %. When no child has an allocation, the plain
     * mean of their progress.
     *
     * @return the weighted progress, empty without children
     */
    public Optional<BigDecimal> progress() {
        if (children.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal plain = BigDecimal.ZERO;
        for (RecordFigures child : children) {
            BigDecimal p = child.progress().orElse(BigDecimal.ZERO);
            weighted = weighted.add(p.multiply(child.allocation().toBigDecimal()));
            plain = plain.add(p);
        }
        BigDecimal allocation = allocation().toBigDecimal();
        return Optional.of(
                allocation.signum() == 0
                        ? plain.divide(BigDecimal.valueOf(children.size()), 2, RoundingMode.HALF_UP)
                        : weighted.divide(allocation, 2, RoundingMode.HALF_UP));
    }
}
