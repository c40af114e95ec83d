package io.github.krongkan.budget;

import io.github.krongkan.internal.Require;
import io.github.krongkan.money.Baht;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The money of one network (or school or school group) as a progress report gives it: what it has
 * disbursed (เบิกจ่าย) and what it has sent back (ส่งคืน) by the date of the report, cumulatively,
 * e.g. seed 001's report of 29 August 2021: {@code เบิกจ่ายได้ 1 เครือข่าย อีก 3เครือข่ายส่งเงินงบประมาณคืน}.
 *
 * <p>The recipient is named as in {@link AllocationShare}: by the id of one of the project's networks,
 * by a name as written ({@link #party()}), or both. An amount that the report does not give is
 * absent, not zero: a line may carry only a {@link #note()}, e.g. {@code เบิกจ่ายได้} without the
 * amount.
 */
@Value.Immutable
public abstract class NetworkMoney {
    NetworkMoney() {}

    /**
     * The id of the network among the project's networks, if it is listed there.
     *
     * @return the network id
     */
    public abstract Optional<String> networkId();

    /**
     * The network, school or school group by name as written, e.g. {@code กลุ่มโรงเรียนบางพลี 1}.
     *
     * @return the name
     */
    public abstract Optional<String> party();

    /**
     * The amount the network has disbursed (เบิกจ่าย) by the date of the report, if given.
     *
     * @return the amount, not negative
     */
    public abstract Optional<Baht> disbursed();

    /**
     * The amount the network has sent back (ส่งคืน) by the date of the report, if given.
     *
     * @return the amount, not negative
     */
    public abstract Optional<Baht> returned();

    /**
     * The date the money was sent back, if given.
     *
     * @return the date
     */
    public abstract Optional<LocalDate> returnDate();

    /**
     * Why the money was sent back, as written, if given.
     *
     * @return the reason
     */
    public abstract Optional<String> reason();

    /**
     * A note as written, e.g. what the report says of the network when it gives no amount.
     *
     * @return the note
     */
    public abstract Optional<String> note();

    /**
     * Whether the line says that money was sent back: a returned amount above zero.
     *
     * @return true if the network returned money
     */
    public boolean hasReturn() {
        return returned().isPresent() && returned().get().signum() > 0;
    }

    /**
     * Whether the line says that nothing was disbursed: a disbursed amount of zero.
     *
     * @return true if the disbursed amount is given and zero
     */
    public boolean disbursedNothing() {
        return disbursed().isPresent() && disbursed().get().signum() == 0;
    }

    /**
     * The network (by id, or else by name) the line is about, to compare lines of different reports.
     *
     * @return {@code id:<networkId>} or {@code name:<party>}
     */
    public String key() {
        return networkId().map(id -> "id:" + id).orElseGet(() -> "name:" + party().orElseThrow());
    }

    /**
     * A line of a network of the project with the amounts it disbursed and returned.
     *
     * @param networkId the network's id
     * @param disbursed the amount disbursed
     * @param returned  the amount sent back
     * @return the line
     * @throws IllegalArgumentException if the id is blank or an amount negative
     */
    public static NetworkMoney of(String networkId, Baht disbursed, Baht returned) {
        return builder()
                .networkId(networkId)
                .disbursed(disbursed)
                .returned(returned)
                .build();
    }

    /**
     * A builder for a line.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link NetworkMoney}; {@code build()} validates it.
     *
     * <p>No attribute is required on its own, but a line needs a {@code networkId} or a {@code party},
     * and something to say: a disbursed or returned amount or a note.
     */
    public static final class Builder extends ImmutableNetworkMoney.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        if (networkId().isEmpty() && party().isEmpty()) {
            throw new IllegalArgumentException(
                    "the money of a network (networkMoney) needs a networkId or a party it belongs to");
        }
        Parties.check(networkId(), party(), "the money of a network");
        disbursed().ifPresent(a -> Require.notNegative(a.signum(), a, "disbursed (เบิกจ่าย) of a network"));
        returned().ifPresent(a -> Require.notNegative(a.signum(), a, "returned (ส่งคืน) of a network"));
        reason().ifPresent(r -> Require.notBlank(r, "reason of a return"));
        note().ifPresent(n -> Require.notBlank(n, "note of the money of a network"));
        if (disbursed().isEmpty() && returned().isEmpty() && note().isEmpty()) {
            throw new IllegalArgumentException(
                    "the money of a network needs a disbursed or returned amount, or a note saying what the report says");
        }
        if ((returnDate().isPresent() || reason().isPresent()) && returned().isEmpty()) {
            throw new IllegalArgumentException("a returnDate or reason needs the returned amount (ส่งคืน) it explains");
        }
    }
}
