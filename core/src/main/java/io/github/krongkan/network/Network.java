package io.github.krongkan.network;

import io.github.krongkan.internal.Require;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A school network (เครือข่ายโรงเรียน) or school group (กลุ่มโรงเรียน): member schools owned by one
 * office, optionally led by a coordinator school (ผู้ประสานงานเครือข่าย).
 *
 * <p><b>Identity.</b> A network is identified by {@link #id()}, unique within a
 * {@link NetworkDirectory}. BMA networks are numbered (network 19 of Bang Khen district office);
 * OBEC area offices name their groups ({@code กลุ่มโรงเรียนบางพลี 1}). Both are recorded as they
 * appear, in {@link #number()} and {@link #name()}; {@link #numbered numbered} uses the number as
 * the id and {@link #named named} uses the name. Use the builder to give another id, for example
 * when two offices number their networks independently.
 *
 * <p>Members are ordered as given and have unique ids; the coordinator, if any, is a member.
 */
@Value.Immutable
public abstract class Network {
    Network() {}

    /**
     * The network's id, unique within a directory: by default its number ({@code "19"}) or its name.
     *
     * @return the id, not blank, without leading or trailing white space
     */
    public abstract String id();

    /**
     * The network's number as documents write it (BMA: {@code เครือข่ายโรงเรียนที่ 19}), if numbered.
     *
     * @return the number, at least 1, if any
     */
    public abstract Optional<Integer> number();

    /**
     * The network's name (OBEC: {@code กลุ่มโรงเรียนบางพลี 1}), if named.
     *
     * @return the name, not blank, if any
     */
    public abstract Optional<String> name();

    /**
     * The id of the office that owns the network.
     *
     * @return the office id, not blank
     */
    public abstract String officeId();

    /**
     * The id of the coordinator school, if one is named; always a member.
     *
     * @return the coordinator school's id, if any
     */
    public abstract Optional<String> coordinatorSchoolId();

    /**
     * The member schools, in the order given.
     *
     * @return the members, with unique ids; may be empty
     */
    public abstract List<School> schools();

    /**
     * How many schools the network has as the document counts them, for a network whose schools are
     * counted but not (all) named, e.g. network 19's five schools in seed 000. Never below the number
     * of named {@link #schools()}.
     *
     * @return the stated count, if any
     */
    public abstract Optional<Integer> schoolCount();

    /**
     * The number of schools in the network: the stated {@link #schoolCount()}, else the number of
     * named {@link #schools()}.
     *
     * @return the number of schools, at least the number named
     */
    public int schoolTotal() {
        return schoolCount().orElse(schools().size());
    }

    /**
     * A builder for a network.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A numbered network (BMA style) whose id is its number, e.g. {@code "19"}.
     *
     * @param officeId the owning office's id
     * @param number   the network's number, at least 1
     * @param schools  the member schools, in order
     * @return the network
     * @throws IllegalArgumentException if the number is below 1, the office id is blank, or two
     *                                  members share an id
     */
    public static Network numbered(String officeId, int number, List<School> schools) {
        return builder()
                .id(Integer.toString(number))
                .number(number)
                .officeId(officeId)
                .addAllSchools(schools)
                .build();
    }

    /**
     * A named network or school group (OBEC style) whose id is its name.
     *
     * @param officeId the owning office's id
     * @param name     the network's name, e.g. {@code กลุ่มโรงเรียนบางพลี 1}
     * @param schools  the member schools, in order
     * @return the network
     * @throws IllegalArgumentException if the name or office id is blank, the name has surrounding
     *                                  white space, or two members share an id
     */
    public static Network named(String officeId, String name, List<School> schools) {
        return builder()
                .id(name)
                .name(name)
                .officeId(officeId)
                .addAllSchools(schools)
                .build();
    }

    /**
     * A label for reports: the name if any, else {@code เครือข่ายโรงเรียนที่ N}, else the id.
     *
     * @return a human-readable label
     */
    public String label() {
        if (name().isPresent()) {
            return name().get();
        }
        return number().map(n -> "เครือข่ายโรงเรียนที่ " + n).orElse(id());
    }

    /**
     * The ids of the member schools, in order.
     *
     * @return the member ids
     */
    public List<String> schoolIds() {
        return schools().stream().map(School::id).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Whether a school is a member.
     *
     * @param schoolId a school id
     * @return {@code true} if a member has that id
     */
    public boolean contains(String schoolId) {
        return school(schoolId).isPresent();
    }

    /**
     * A member school by id.
     *
     * @param schoolId a school id
     * @return the member with that id, if any
     */
    public Optional<School> school(String schoolId) {
        Objects.requireNonNull(schoolId, "schoolId");
        return schools().stream().filter(s -> s.id().equals(schoolId)).findFirst();
    }

    /**
     * The coordinator school, if one is named.
     *
     * @return the member named as coordinator, if any
     */
    public Optional<School> coordinator() {
        return coordinatorSchoolId().flatMap(this::school);
    }

    /**
     * Builds a {@link Network}; {@code build()} throws if a field is missing or invalid.
     *
     * <p><b>Required:</b> {@link Network#id() id}, {@link Network#officeId() officeId}. Every other
     * attribute is optional, a list or has a default; {@code build()} throws {@link
     * IllegalStateException} naming each required attribute that was not set.
     */
    public static final class Builder extends ImmutableNetwork.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Require.id(id(), "Network id");
        String where = " (network " + id() + ")";
        Require.id(officeId(), "Network officeId" + where);
        if (number().isPresent() && number().get() < 1) {
            throw new IllegalArgumentException("Network number must be at least 1 but was " + number().get() + where);
        }
        if (name().isPresent()) {
            Require.notBlank(name().get(), "Network name" + where);
        }
        Set<String> ids = new HashSet<>();
        for (School school : schools()) {
            if (!ids.add(school.id())) {
                throw new IllegalArgumentException("Network schools has duplicate school id " + school.id() + where);
            }
        }
        if (schoolCount().isPresent() && schoolCount().get() < 0) {
            throw new IllegalArgumentException(
                    "Network schoolCount must not be negative: " + schoolCount().get() + where);
        }
        if (schoolCount().isPresent() && schoolCount().get() < schools().size()) {
            throw new IllegalArgumentException(
                    "Network schoolCount " + schoolCount().get() + " is below the "
                            + schools().size() + " schools it names (จำนวนโรงเรียนน้อยกว่ารายชื่อโรงเรียน)" + where);
        }
        if (coordinatorSchoolId().isPresent()
                && !ids.contains(coordinatorSchoolId().get())) {
            throw new IllegalArgumentException(
                    "Network coordinatorSchoolId " + coordinatorSchoolId().get() + " is not a member school" + where);
        }
    }
}
