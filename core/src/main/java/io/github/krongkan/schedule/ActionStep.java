package io.github.krongkan.schedule;

import io.github.krongkan.time.FiscalMonth;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step of an action plan (ขั้นตอนการดำเนินงาน): what is done, in which fiscal months it is
 * planned and in which it was actually done, by whom, and optionally its weight in the plan.
 *
 * <p>Months are kept in chronological order without repeats; a step may run over the end of a
 * fiscal year into the next.
 */
@Value.Immutable
public abstract class ActionStep {
    ActionStep() {}

    /**
     * The number the document gives the step, e.g. {@code 1}, if any.
     *
     * @return the number
     */
    public abstract Optional<String> number();

    /**
     * What the step does, as written (e.g. {@code จัดสรรงบประมาณให้ผู้ประสานงานเครือข่ายโรงเรียนที่ 19}).
     *
     * @return the description, never blank
     */
    public abstract String description();

    /**
     * The fiscal months in which the step is planned, in order.
     *
     * @return the planned months, possibly empty
     */
    public abstract List<FiscalMonth> plannedMonths();

    /**
     * The fiscal months in which the step was actually carried out, in order.
     *
     * @return the actual months, possibly empty
     */
    public abstract List<FiscalMonth> actualMonths();

    /**
     * Who is responsible for the step, as written.
     *
     * @return the names or units, possibly empty
     */
    public abstract List<String> responsible();

    /**
     * The step's weight in the plan's progress curve, if the plan gives weights; not negative.
     *
     * @return the weight
     */
    public abstract Optional<BigDecimal> weight();

    /**
     * The number of the budget activity (กิจกรรม) this step carries out, if the document links them,
     * e.g. {@code 4} for seed 004's step 5 (นิเทศ ติดตาม), which spends the money of the budget's
     * activity 4. It names the {@code number} of one of the budget's activities.
     *
     * @return the activity's number
     */
    public abstract Optional<String> activityNumber();

    /**
     * The numbers of the indicators (ตัวชี้วัด) this step works towards, if the document links them,
     * e.g. {@code [ผลผลิต 3]}: each the {@code number} of one of the project's indicators.
     *
     * @return the indicators' numbers, possibly empty
     */
    public abstract List<String> indicatorNumbers();

    /**
     * A step with a description and planned months.
     *
     * @param description what the step does
     * @param planned     the planned fiscal months
     * @return the step
     * @throws IllegalArgumentException if the description is blank or the months repeat or are out of order
     */
    public static ActionStep of(String description, List<FiscalMonth> planned) {
        return builder().description(description).addAllPlannedMonths(planned).build();
    }

    /**
     * A builder for a step.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link ActionStep}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link ActionStep#description() description}. Every other attribute is
     * optional, a list or has a default; {@code build()} throws {@link IllegalStateException}
     * naming each required attribute that was not set.
     */
    public static final class Builder extends ImmutableActionStep.Builder {
        Builder() {}
    }

    /**
     * Validates the step and normalizes a weight with a negative scale, so that every step has
     * one written form.
     */
    @Value.Check
    ActionStep check() {
        if (description().isBlank()) {
            throw new IllegalArgumentException("description must not be blank");
        }
        number().ifPresent(n -> {
            if (n.isBlank()) {
                throw new IllegalArgumentException("number must not be blank");
            }
        });
        activityNumber().ifPresent(n -> {
            if (n.isBlank()) {
                throw new IllegalArgumentException("activityNumber must not be blank");
            }
        });
        indicatorNumbers().forEach(n -> {
            if (n.isBlank()) {
                throw new IllegalArgumentException("indicatorNumbers must not contain blank numbers");
            }
        });
        ascending(plannedMonths(), "plannedMonths");
        ascending(actualMonths(), "actualMonths");
        responsible().forEach(r -> {
            if (r.isBlank()) {
                throw new IllegalArgumentException("responsible must not contain blank names");
            }
        });
        if (weight().isPresent()) {
            BigDecimal w = weight().get();
            if (w.signum() < 0) {
                throw new IllegalArgumentException("weight must not be negative: " + w.toPlainString());
            }
            if (w.scale() < 0) {
                return builder().from(this).weight(w.setScale(0)).build();
            }
        }
        return this;
    }

    private static void ascending(List<FiscalMonth> months, String field) {
        for (int i = 1; i < months.size(); i++) {
            if (months.get(i).compareTo(months.get(i - 1)) <= 0) {
                throw new IllegalArgumentException(field + " must be in chronological order without repeats: "
                        + months.get(i - 1).yearMonth() + " then "
                        + months.get(i).yearMonth());
            }
        }
    }
}
