package io.github.krongkan.budget;

import io.github.krongkan.internal.Require;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A table of rate ceilings from one source, in force from a date (and, if it was replaced, until a
 * date), e.g. the Ministry of Finance letter กค 0406.4/ว 5, in force from 14 January 2556 (2013).
 */
@Value.Immutable
public abstract class RateTable {
    RateTable() {}

    /**
     * Where the rates come from, as cited, e.g. {@code หนังสือกระทรวงการคลัง ที่ กค 0406.4/ว 5}.
     *
     * @return the source
     */
    public abstract String source();

    /**
     * The first day the rates apply.
     *
     * @return the effective date
     */
    public abstract LocalDate effectiveFrom();

    /**
     * The last day the rates apply, if they were replaced.
     *
     * @return the last day
     */
    public abstract Optional<LocalDate> effectiveUntil();

    /**
     * The ceilings, at most one per rate kind.
     *
     * @return the ceilings
     */
    public abstract List<RateCeiling> ceilings();

    /**
     * Whether the table is in force on a date.
     *
     * @param date the date
     * @return {@code true} if {@code effectiveFrom ≤ date ≤ effectiveUntil}
     */
    public boolean isInForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom())
                && effectiveUntil().map(u -> !date.isAfter(u)).orElse(true);
    }

    /**
     * The ceiling for a rate kind.
     *
     * @param kind the rate kind
     * @return the ceiling, if the table has one for the kind
     */
    public Optional<RateCeiling> ceiling(String kind) {
        Objects.requireNonNull(kind, "kind");
        return ceilings().stream().filter(c -> c.kind().equals(kind)).findFirst();
    }

    /**
     * A builder for a rate table.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link RateTable}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link RateTable#source() source}, {@link RateTable#effectiveFrom()
     * effectiveFrom}. Every other attribute is optional, a list or has a default; {@code build()}
     * throws {@link IllegalStateException} naming each required attribute that was not set.
     */
    public static final class Builder extends ImmutableRateTable.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Require.notBlank(source(), "source of a rate table");
        effectiveUntil().ifPresent(u -> {
            if (u.isBefore(effectiveFrom())) {
                throw new IllegalArgumentException(
                        "effectiveUntil (" + u + ") is before effectiveFrom (" + effectiveFrom() + ")");
            }
        });
        Set<String> kinds = new HashSet<>();
        for (RateCeiling c : ceilings()) {
            if (!kinds.add(c.kind())) {
                throw new IllegalArgumentException("ceilings: the rate kind " + c.kind() + " appears twice");
            }
        }
    }
}
