package io.github.krongkan.budget;

import io.github.krongkan.internal.Require;
import io.github.krongkan.money.Baht;
import org.immutables.value.Value;

/**
 * The highest unit cost a regulation allows for one kind of expense, e.g. snacks and drinks at a
 * government venue: 35 baht per person per meal. A budget line whose {@link BudgetLine#rateKind()}
 * names the kind is compared with it.
 */
@Value.Immutable
public abstract class RateCeiling {
    /** Snacks and drinks (ค่าอาหารว่างและเครื่องดื่ม) at a government venue, per person per meal. */
    public static final String SNACKS_GOVERNMENT_VENUE = "snacksGovernmentVenue";
    /** Snacks and drinks (ค่าอาหารว่างและเครื่องดื่ม) at a private venue, per person per meal. */
    public static final String SNACKS_PRIVATE_VENUE = "snacksPrivateVenue";
    /** Meals (ค่าอาหาร) of a type ก training at a government venue, per person per day, all meals. */
    public static final String MEALS_PER_DAY_TYPE_A_GOVERNMENT_VENUE = "mealsPerDayTypeAGovernmentVenue";
    /** Meals (ค่าอาหาร) of a type ข training at a government venue, per person per day, all meals. */
    public static final String MEALS_PER_DAY_TYPE_B_GOVERNMENT_VENUE = "mealsPerDayTypeBGovernmentVenue";
    /** Meals (ค่าอาหาร) of a training for outsiders (บุคคลภายนอก) at a government venue, per person per day. */
    public static final String MEALS_PER_DAY_OUTSIDERS_GOVERNMENT_VENUE = "mealsPerDayOutsidersGovernmentVenue";

    RateCeiling() {}

    /**
     * The kind of expense, an identifier such as {@link #SNACKS_GOVERNMENT_VENUE}.
     *
     * @return the rate kind
     */
    public abstract String kind();

    /**
     * The ceiling: the highest unit cost allowed.
     *
     * @return the ceiling, not negative
     */
    public abstract Baht ceiling();

    /**
     * What the ceiling covers and per what, in Thai, e.g.
     * {@code ค่าอาหารว่างและเครื่องดื่ม สถานที่ของส่วนราชการ (บาท/คน/มื้อ)}.
     *
     * @return the description
     */
    public abstract String description();

    /**
     * A ceiling.
     *
     * @param kind        the rate kind
     * @param ceiling     the highest unit cost
     * @param description what it covers, in Thai
     * @return the ceiling
     * @throws IllegalArgumentException if the kind is not an identifier, the ceiling negative or the description blank
     */
    public static RateCeiling of(String kind, Baht ceiling, String description) {
        return builder().kind(kind).ceiling(ceiling).description(description).build();
    }

    /**
     * A builder for a ceiling.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link RateCeiling}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link RateCeiling#kind() kind}, {@link RateCeiling#ceiling() ceiling},
     * {@link RateCeiling#description() description}. Every other attribute is optional, a list or
     * has a default; {@code build()} throws {@link IllegalStateException} naming each required
     * attribute that was not set.
     */
    public static final class Builder extends ImmutableRateCeiling.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Require.identifier(kind(), "kind of a rate ceiling");
        Require.notNegative(ceiling().signum(), ceiling(), "ceiling");
        Require.notBlank(description(), "description of a rate ceiling");
    }
}
