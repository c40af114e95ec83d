package io.github.krongkan.testkit;

import io.github.krongkan.network.Network;
import io.github.krongkan.network.NetworkDirectory;
import io.github.krongkan.network.Office;
import io.github.krongkan.network.OfficeKind;
import io.github.krongkan.network.School;
import io.github.krongkan.network.SizeClass;
import io.github.krongkan.network.SizeScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Generators of schools, networks, offices and directories. Ids are made unique from the prefixes
 * given, so a generated directory is always accepted. Enrolments favour the OBEC size-class
 * boundaries (0, 1, 120, 121, 600, 601, 1,500, 1,501) as edge cases; empty networks and offices
 * without networks occur too.
 */
public final class NetworkGens {
    private static final int[] ENROLMENT_EDGES = {0, 1, 120, 121, 600, 601, 1_500, 1_501};

    private NetworkGens() {}

    /**
     * Schools with a given id.
     *
     * @param id the id, not blank, without surrounding white space
     * @return the generator
     */
    public static Gen<School> schools(String id) {
        Objects.requireNonNull(id, "id");
        Gen<String> names = TextGens.text();
        return (random, size) -> {
            School.Builder s = School.builder().id(id).name("โรงเรียน" + names.next(random, size));
            if (random.nextBoolean()) {
                s.enrolment(
                        random.nextDouble() < Gen.EDGE_CASE_RATE * 2
                                ? ENROLMENT_EDGES[random.nextInt(ENROLMENT_EDGES.length)]
                                : random.nextInt(0, 3_000));
            }
            if (random.nextInt(4) == 0) {
                List<SizeClass> classes = SizeScheme.OBEC_PRIMARY_4.classes();
                s.statedSizeClass(classes.get(random.nextInt(classes.size())));
            }
            return s.build();
        };
    }

    /**
     * Networks of an office, numbered (BMA) or named (OBEC) or both, with up to 8 member schools
     * (at the largest size) whose ids are {@code idPrefix + "-s" + i}, and sometimes a coordinator school.
     *
     * @param officeId the owning office's id
     * @param id       the network's id; also the prefix of its schools' ids
     * @return the generator
     */
    public static Gen<Network> networks(String officeId, String id) {
        Objects.requireNonNull(officeId, "officeId");
        Objects.requireNonNull(id, "id");
        Gen<String> names = TextGens.plainText();
        return (random, size) -> {
            Network.Builder n = Network.builder().id(id).officeId(officeId);
            int shape = random.nextInt(3);
            if (shape != 1) {
                n.number(random.nextInt(1, 100));
            }
            if (shape != 0) {
                n.name("กลุ่มโรงเรียน" + names.next(random, size));
            }
            int members = random.nextDouble() < Gen.EDGE_CASE_RATE ? 0 : random.nextInt(Gen.scaled(8, size) + 1);
            for (int i = 0; i < members; i++) {
                n.addSchool(schools(id + "-s" + i).next(random, size));
            }
            if (members > 0 && random.nextBoolean()) {
                n.coordinatorSchoolId(id + "-s" + random.nextInt(members));
            }
            return n.build();
        };
    }

    /**
     * Offices with up to 5 networks (at the largest size), whose ids are {@code id + "-n" + i}.
     *
     * @param id the office's id; also the prefix of its networks' ids
     * @return the generator
     */
    public static Gen<Office> offices(String id) {
        Objects.requireNonNull(id, "id");
        Gen<String> names = TextGens.plainText();
        return (random, size) -> {
            OfficeKind[] kinds = OfficeKind.values();
            Office.Builder o = Office.builder()
                    .id(id)
                    .name("สำนักงาน" + names.next(random, size))
                    .kind(kinds[random.nextInt(kinds.length)]);
            for (int i = random.nextInt(Gen.scaled(5, size) + 1); i > 0; i--) {
                o.addNetwork(networks(id, id + "-n" + i).next(random, size));
            }
            return o.build();
        };
    }

    /**
     * Directories of up to 4 offices (at the largest size) with unique office, network and school ids;
     * the empty directory is an edge case.
     *
     * @return the generator
     */
    public static Gen<NetworkDirectory> directories() {
        return (random, size) -> {
            int count = random.nextDouble() < Gen.EDGE_CASE_RATE ? 0 : 1 + random.nextInt(Gen.scaled(3, size) + 1);
            List<Office> offices = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                offices.add(offices("o" + i).next(random, size));
            }
            return NetworkDirectory.of(offices);
        };
    }
}
