package io.github.krongkan.budget;

import io.github.krongkan.internal.Require;
import io.github.krongkan.money.Baht;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One share of an allocation (จัดสรร): the school group or network that receives it and the amount,
 * e.g. {@code กลุ่มโรงเรียนบางพลี 1} with 40,000.00. The recipient is named by the id of one of the
 * project's networks, by a name as written, or both.
 */
@Value.Immutable
public abstract class AllocationShare {
    AllocationShare() {}

    /**
     * The id of the receiving network among the project's networks, if it is listed there.
     *
     * @return the network id
     */
    public abstract Optional<String> networkId();

    /**
     * The recipient's name as written, e.g. {@code กลุ่มโรงเรียนบางพลี 1}.
     *
     * @return the name
     */
    public abstract Optional<String> name();

    /**
     * The amount of the share.
     *
     * @return the amount, not negative
     */
    public abstract Baht amount();

    /**
     * A share for a network of the project.
     *
     * @param networkId the network's id
     * @param amount    the amount
     * @return the share
     * @throws IllegalArgumentException if the id is blank or the amount negative
     */
    public static AllocationShare ofNetwork(String networkId, Baht amount) {
        return builder().networkId(networkId).amount(amount).build();
    }

    /**
     * A builder for a share.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link AllocationShare}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link AllocationShare#amount() amount}. Every other attribute is
     * optional, a list or has a default; {@code build()} throws {@link IllegalStateException}
     * naming each required attribute that was not set.
     */
    public static final class Builder extends ImmutableAllocationShare.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        if (networkId().isEmpty() && name().isEmpty()) {
            throw new IllegalArgumentException("an allocation share needs a networkId or a name of its recipient");
        }
        networkId().ifPresent(id -> {
            Require.notBlank(id, "networkId");
            if (!id.equals(id.strip())) {
                throw new IllegalArgumentException(
                        "networkId must not have leading or trailing white space: '" + id + "'");
            }
        });
        name().ifPresent(n -> Require.notBlank(n, "name of an allocation share"));
        Require.notNegative(amount().signum(), amount(), "amount of an allocation share");
    }
}
