package io.github.krongkan.network;

import io.github.krongkan.internal.Require;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * An office that owns school networks: a BMA district office ({@code สำนักงานเขตบางเขน}), an
 * OBEC area office ({@code สพป.สมุทรปราการ เขต 2}), or another unit.
 *
 * <p>Construction refuses two networks with the same id, a network whose
 * {@link Network#officeId()} is not this office's id, and a school in two of its networks.
 */
@Value.Immutable
public abstract class Office {
    Office() {}

    /**
     * The office's id (an agency code or a local id).
     *
     * @return the id, not blank, without leading or trailing white space
     */
    public abstract String id();

    /**
     * The office's name, e.g. {@code สำนักงานเขตบางเขน}.
     *
     * @return the name, not blank
     */
    public abstract String name();

    /**
     * The kind of office.
     *
     * @return the kind
     */
    public abstract OfficeKind kind();

    /**
     * The networks the office owns, in the order given.
     *
     * @return the networks, with unique ids; may be empty
     */
    public abstract List<Network> networks();

    /**
     * A builder for an office.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * An office with its networks.
     *
     * @param id       the office's id
     * @param name     the office's name
     * @param kind     the kind of office
     * @param networks the networks it owns, each with {@link Network#officeId()} equal to {@code id}
     * @return the office
     * @throws IllegalArgumentException if the id or name is blank, two networks share an id, a
     *                                  network names another office, or a school is in two networks
     */
    public static Office of(String id, String name, OfficeKind kind, List<Network> networks) {
        return builder().id(id).name(name).kind(kind).addAllNetworks(networks).build();
    }

    /**
     * A network of this office by id.
     *
     * @param networkId a network id
     * @return the network with that id, if any
     */
    public Optional<Network> network(String networkId) {
        Objects.requireNonNull(networkId, "networkId");
        return networks().stream().filter(n -> n.id().equals(networkId)).findFirst();
    }

    /**
     * All member schools of the office's networks, network by network in order.
     *
     * @return the schools
     */
    public List<School> schools() {
        return networks().stream().flatMap(n -> n.schools().stream()).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Builds an {@link Office}; {@code build()} throws if a field is missing or invalid.
     *
     * <p><b>Required:</b> {@link Office#id() id}, {@link Office#name() name}, {@link Office#kind()
     * kind}. Every other attribute is optional, a list or has a default; {@code build()} throws
     * {@link IllegalStateException} naming each required attribute that was not set.
     */
    public static final class Builder extends ImmutableOffice.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Require.id(id(), "Office id");
        String where = " (office " + id() + ")";
        Require.notBlank(name(), "Office name" + where);
        Set<String> networkIds = new HashSet<>();
        Map<String, String> networkBySchool = new HashMap<>();
        for (Network network : networks()) {
            if (!networkIds.add(network.id())) {
                throw new IllegalArgumentException("Office networks has duplicate network id " + network.id() + where);
            }
            if (!network.officeId().equals(id())) {
                throw new IllegalArgumentException("Office networks: network " + network.id() + " has officeId "
                        + network.officeId() + ", not this office's id" + where);
            }
            for (School school : network.schools()) {
                String earlier = networkBySchool.putIfAbsent(school.id(), network.id());
                if (earlier != null) {
                    throw new IllegalArgumentException("Office networks: school " + school.id()
                            + " is in two networks, " + earlier + " and " + network.id() + where);
                }
            }
        }
    }
}
