package io.github.krongkan.project;

import io.github.krongkan.internal.Require;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A target group of a project (กลุ่มเป้าหมาย): who the project serves or involves, and how many of
 * them when the document counts them, e.g. {@code ข้าราชการครูและบุคลากรทางการศึกษา … และนักเรียนใน
 * เครือข่ายโรงเรียนที่ 19}, 5 {@code โรงเรียน}; or {@code ผู้ประเมินคุณภาพสถานศึกษา}, 200 {@code คน}.
 */
@Value.Immutable
public abstract class TargetGroup {
    TargetGroup() {}

    /**
     * Who the group is, as the document words it.
     *
     * @return the name, not blank
     */
    public abstract String name();

    /**
     * How many, if the document counts the group.
     *
     * @return the quantity, not negative; present exactly when {@link #unit()} is
     */
    public abstract Optional<BigDecimal> quantity();

    /**
     * The Thai unit of the quantity, e.g. {@code คน}, {@code โรงเรียน}.
     *
     * @return the unit, not blank; present exactly when {@link #quantity()} is
     */
    public abstract Optional<String> unit();

    /**
     * A counted target group.
     *
     * @param name     who the group is
     * @param quantity how many, not negative
     * @param unit     the Thai unit, e.g. {@code คน}
     * @return the group
     * @throws IllegalArgumentException if the name or unit is blank or the quantity negative
     */
    public static TargetGroup of(String name, BigDecimal quantity, String unit) {
        return builder().name(name).quantity(quantity).unit(unit).build();
    }

    /**
     * A target group that is named but not counted.
     *
     * @param name who the group is
     * @return the group
     * @throws IllegalArgumentException if the name is blank
     */
    public static TargetGroup of(String name) {
        return builder().name(name).build();
    }

    /**
     * A builder for a target group.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link TargetGroup}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link TargetGroup#name() name}. Every other attribute is optional;
     * {@code build()} throws {@link IllegalStateException} if the name was not set.
     */
    public static final class Builder extends ImmutableTargetGroup.Builder {
        Builder() {}
    }

    /**
     * Validates the group and normalizes a quantity with a negative scale to a plain number.
     *
     * @return this group or its normalized form
     */
    @Value.Check
    TargetGroup check() {
        Require.notBlank(name(), "name");
        unit().ifPresent(u -> Require.notBlank(u, "unit"));
        if (quantity().isPresent() != unit().isPresent()) {
            throw new IllegalArgumentException("a target group (กลุ่มเป้าหมาย) gives a quantity and its unit together"
                    + " or neither (" + name() + ")");
        }
        if (quantity().isPresent() && quantity().get().signum() < 0) {
            throw new IllegalArgumentException("a target group's quantity must not be negative: "
                    + quantity().get().toPlainString() + " (" + name() + ")");
        }
        if (quantity().isPresent() && quantity().get().scale() < 0) {
            return builder().from(this).quantity(quantity().get().setScale(0)).build();
        }
        return this;
    }
}
