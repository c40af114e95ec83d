package io.github.krongkan.network;

import io.github.krongkan.money.Baht;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BinaryOperator;

/**
 * An index over offices, their networks and their schools: which network a school is in, which
 * office owns a network, and roll-up of per-school values to networks and offices.
 *
 * <p>Construction refuses two offices with the same id, two networks with the same id (even
 * under different offices), and a school in more than one network. Everything is kept in the
 * order given: offices, then each office's networks, then each network's members.
 *
 * <p><b>Roll-up.</b> {@link #rollUp(Map, BinaryOperator)} and its variants combine per-school
 * values network by network and office by office, always in directory order, so the result does
 * not depend on the iteration order of the input map. The combining function should be
 * associative (a sum, a sum of pairs of counts); then the total over offices equals the total
 * over networks equals the total over schools. Values for school ids the directory does not know
 * are never silently dropped: they are returned in {@link RollUp#unknownSchools()} and left out
 * of every network, office and total; call {@link RollUp#requireAllKnown()} to refuse them.
 * Schools with no value are simply absent from {@link RollUp#bySchool()}.
 */
public final class NetworkDirectory {

    private final List<Office> offices;
    private final List<Network> networks;
    private final List<School> schools;
    private final Map<String, Office> officeById;
    private final Map<String, Network> networkById;
    private final Map<String, Office> officeByNetworkId;
    private final Map<String, School> schoolById;
    private final Map<String, Network> networkBySchoolId;

    private NetworkDirectory(List<Office> offices) {
        this.offices = List.copyOf(offices);
        Map<String, Office> officesById = new LinkedHashMap<>();
        Map<String, Network> networksById = new LinkedHashMap<>();
        Map<String, Office> officesByNetworkId = new LinkedHashMap<>();
        Map<String, School> schoolsById = new LinkedHashMap<>();
        Map<String, Network> networksBySchoolId = new LinkedHashMap<>();
        for (Office office : this.offices) {
            if (officesById.putIfAbsent(office.id(), office) != null) {
                throw new IllegalArgumentException("NetworkDirectory offices has duplicate office id " + office.id());
            }
            for (Network network : office.networks()) {
                Office earlierOffice = officesByNetworkId.putIfAbsent(network.id(), office);
                if (earlierOffice != null) {
                    throw new IllegalArgumentException("NetworkDirectory networks has duplicate network id "
                            + network.id() + " (offices " + earlierOffice.id() + " and " + office.id() + ")");
                }
                networksById.put(network.id(), network);
                for (School school : network.schools()) {
                    Network earlier = networksBySchoolId.putIfAbsent(school.id(), network);
                    if (earlier != null) {
                        throw new IllegalArgumentException("NetworkDirectory: school " + school.id()
                                + " is in two networks, " + earlier.id() + " and " + network.id());
                    }
                    schoolsById.put(school.id(), school);
                }
            }
        }
        this.officeById = Collections.unmodifiableMap(officesById);
        this.networkById = Collections.unmodifiableMap(networksById);
        this.officeByNetworkId = Collections.unmodifiableMap(officesByNetworkId);
        this.schoolById = Collections.unmodifiableMap(schoolsById);
        this.networkBySchoolId = Collections.unmodifiableMap(networksBySchoolId);
        this.networks = List.copyOf(networksById.values());
        this.schools = List.copyOf(schoolsById.values());
    }

    /**
     * A directory of offices.
     *
     * @param offices the offices, in order; may be empty
     * @return the directory
     * @throws IllegalArgumentException if office ids or network ids repeat, or a school is in two networks
     */
    public static NetworkDirectory of(List<Office> offices) {
        return new NetworkDirectory(offices);
    }

    /**
     * A directory of offices.
     *
     * @param offices the offices, in order
     * @return the directory
     * @throws IllegalArgumentException if office ids or network ids repeat, or a school is in two networks
     */
    public static NetworkDirectory of(Office... offices) {
        return new NetworkDirectory(List.of(offices));
    }

    /**
     * The offices, in order.
     *
     * @return the offices
     */
    public List<Office> offices() {
        return offices;
    }

    /**
     * All networks, office by office in order.
     *
     * @return the networks
     */
    public List<Network> networks() {
        return networks;
    }

    /**
     * All schools, network by network in order.
     *
     * @return the schools
     */
    public List<School> schools() {
        return schools;
    }

    /**
     * The number of offices.
     *
     * @return the count
     */
    public int officeCount() {
        return offices.size();
    }

    /**
     * The number of networks of all offices.
     *
     * @return the count
     */
    public int networkCount() {
        return networks.size();
    }

    /**
     * The number of schools of all networks.
     *
     * @return the count
     */
    public int schoolCount() {
        return schools.size();
    }

    /**
     * An office by id.
     *
     * @param officeId an office id
     * @return the office, if in the directory
     */
    public Optional<Office> office(String officeId) {
        return lookup(officeById, officeId, "officeId");
    }

    /**
     * A network by id.
     *
     * @param networkId a network id
     * @return the network, if in the directory
     */
    public Optional<Network> network(String networkId) {
        return lookup(networkById, networkId, "networkId");
    }

    /**
     * A school by id.
     *
     * @param schoolId a school id
     * @return the school, if in the directory
     */
    public Optional<School> school(String schoolId) {
        return lookup(schoolById, schoolId, "schoolId");
    }

    /**
     * The network a school is in.
     *
     * @param schoolId a school id
     * @return its network, if the school is in the directory
     */
    public Optional<Network> networkOf(String schoolId) {
        return lookup(networkBySchoolId, schoolId, "schoolId");
    }

    /**
     * The office that owns a network.
     *
     * @param networkId a network id
     * @return its office, if the network is in the directory
     */
    public Optional<Office> officeOfNetwork(String networkId) {
        return lookup(officeByNetworkId, networkId, "networkId");
    }

    /**
     * The office that owns a school's network.
     *
     * @param schoolId a school id
     * @return its office, if the school is in the directory
     */
    public Optional<Office> officeOfSchool(String schoolId) {
        Objects.requireNonNull(schoolId, "schoolId");
        return networkOf(schoolId).flatMap(n -> officeOfNetwork(n.id()));
    }

    /**
     * Combines per-school values up to networks and offices. Networks and offices with no known
     * school value are absent from the result, and the total is empty if there is none at all.
     *
     * @param <T>      the type of the values
     * @param bySchool values by school id; ids not in the directory go to {@link RollUp#unknownSchools()}
     * @param combine  combines two values; should be associative; must not return null
     * @return the roll-up
     * @throws NullPointerException if a key or value is null, or {@code combine} returns null
     */
    public <T> RollUp<T> rollUp(Map<String, ? extends T> bySchool, BinaryOperator<T> combine) {
        return combineUp(bySchool, null, combine);
    }

    /**
     * Combines per-school values up to networks and offices, starting every network and office
     * from {@code zero}: every network and office of the directory has a value in the result (the
     * zero if none of its schools has one), and the total is present.
     *
     * @param <T>      the type of the values
     * @param bySchool values by school id; ids not in the directory go to {@link RollUp#unknownSchools()}
     * @param zero     the identity of {@code combine}, e.g. 0 for a sum
     * @param combine  combines two values; should be associative; must not return null
     * @return the roll-up
     * @throws NullPointerException if a key or value is null, or {@code combine} returns null
     */
    public <T> RollUp<T> rollUp(Map<String, ? extends T> bySchool, T zero, BinaryOperator<T> combine) {
        return combineUp(bySchool, Objects.requireNonNull(zero, "zero"), combine);
    }

    /**
     * Sums per-school counts up to networks and offices; every network and office is present (0
     * if none of its schools has a count).
     *
     * @param bySchool counts by school id; ids not in the directory go to {@link RollUp#unknownSchools()}
     * @return the sums
     * @throws ArithmeticException  if a sum overflows a {@code long}
     * @throws NullPointerException if a key or value is null
     */
    public RollUp<Long> rollUpCounts(Map<String, Long> bySchool) {
        return rollUp(bySchool, 0L, Math::addExact);
    }

    /**
     * Sums per-school amounts up to networks and offices; every network and office is present
     * ({@link Baht#ZERO} if none of its schools has an amount).
     *
     * @param bySchool amounts by school id; ids not in the directory go to {@link RollUp#unknownSchools()}
     * @return the exact sums
     * @throws ArithmeticException  if a sum is beyond {@link Baht#MAX_ABSOLUTE}
     * @throws NullPointerException if a key or value is null
     */
    public RollUp<Baht> rollUpBaht(Map<String, Baht> bySchool) {
        return rollUp(bySchool, Baht.ZERO, Baht::plus);
    }

    /** Rolls up; {@code zero} may be null, meaning "no identity": empty groups are left out. */
    private <T> RollUp<T> combineUp(Map<String, ? extends T> bySchool, T zero, BinaryOperator<T> combine) {
        Objects.requireNonNull(bySchool, "bySchool");
        Objects.requireNonNull(combine, "combine");
        Map<String, T> unknown = new TreeMap<>();
        bySchool.forEach((id, value) -> {
            Objects.requireNonNull(id, "bySchool has a null school id");
            Objects.requireNonNull(value, () -> "bySchool has a null value for school " + id);
            if (!schoolById.containsKey(id)) {
                unknown.put(id, value);
            }
        });
        Map<String, T> schoolValues = new LinkedHashMap<>();
        Map<String, T> networkValues = new LinkedHashMap<>();
        Map<String, T> officeValues = new LinkedHashMap<>();
        T total = zero;
        for (Office office : offices) {
            T officeValue = zero;
            for (Network network : office.networks()) {
                T networkValue = zero;
                for (School school : network.schools()) {
                    T value = bySchool.get(school.id());
                    if (value != null) {
                        schoolValues.put(school.id(), value);
                        networkValue = combine(networkValue, value, combine);
                    }
                }
                if (networkValue != null) {
                    networkValues.put(network.id(), networkValue);
                    officeValue = combine(officeValue, networkValue, combine);
                }
            }
            if (officeValue != null) {
                officeValues.put(office.id(), officeValue);
                total = combine(total, officeValue, combine);
            }
        }
        return new RollUp<>(schoolValues, networkValues, officeValues, Optional.ofNullable(total), unknown);
    }

    private static <T> T combine(T soFar, T next, BinaryOperator<T> combine) {
        if (soFar == null) {
            return next;
        }
        return Objects.requireNonNull(combine.apply(soFar, next), "combine returned null");
    }

    /**
     * The value a map of the directory holds for an id.
     *
     * @param byId the map
     * @param id the id, not null
     * @param name the name of the id, for the exception
     */
    private static <V> Optional<V> lookup(Map<String, V> byId, String id, String name) {
        return Optional.ofNullable(byId.get(Objects.requireNonNull(id, name)));
    }

    /**
     * Directories are equal when they hold equal offices in the same order.
     *
     * @param o another object
     * @return whether {@code o} is an equal directory
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof NetworkDirectory other && other.offices.equals(offices);
    }

    @Override
    public int hashCode() {
        return offices.hashCode();
    }

    /**
     * A short summary: the numbers of offices, networks and schools.
     *
     * @return e.g. {@code NetworkDirectory{offices=1, networks=5, schools=71}}
     */
    @Override
    public String toString() {
        return "NetworkDirectory{offices=" + officeCount() + ", networks=" + networkCount() + ", schools="
                + schoolCount() + "}";
    }
}
