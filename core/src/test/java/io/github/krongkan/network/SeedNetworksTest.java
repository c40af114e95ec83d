package io.github.krongkan.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.money.Baht;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The networks of the seed documents. The seeds do not list the member schools, so their ids and
 * names here are placeholders; the structure (offices, networks, counts) is the seeds'.
 */
class SeedNetworksTest {

    /** Seed 000: Bang Khen district office, network 19 of 5 schools, FY 2569. */
    static NetworkDirectory seed000() {
        List<School> schools = IntStream.rangeClosed(1, 5)
                .mapToObj(i -> School.of("bk19-" + i, "โรงเรียนในเครือข่ายที่ 19 แห่งที่ " + i))
                .collect(Collectors.toList());
        Network network19 = Network.builder()
                .id("19")
                .number(19)
                .officeId("bangkhen")
                .coordinatorSchoolId("bk19-1")
                .addAllSchools(schools)
                .build();
        return NetworkDirectory.of(
                Office.of("bangkhen", "สำนักงานเขตบางเขน", OfficeKind.BMA_DISTRICT_OFFICE, List.of(network19)));
    }

    static final List<String> SEED_003_GROUPS = List.of(
            "กลุ่มโรงเรียนบางพลี 1",
            "กลุ่มโรงเรียนบางพลี 2",
            "กลุ่มโรงเรียนบางบ่อ 1",
            "กลุ่มโรงเรียนบางบ่อ 2",
            "กลุ่มโรงเรียนบางเสาธง");

    /** Seed 003: Samut Prakan primary area 2, 5 named groups, 71 schools (split 15/14/14/14/14 here). */
    static NetworkDirectory seed003() {
        String officeId = "spp-samutprakan-2";
        List<Network> groups = new ArrayList<>();
        int next = 1;
        for (int g = 0; g < SEED_003_GROUPS.size(); g++) {
            int size = g == 0 ? 15 : 14;
            List<School> members = new ArrayList<>();
            for (int i = 0; i < size; i++, next++) {
                members.add(School.of(String.format("sp2-%02d", next), "โรงเรียนสมุทรปราการ เขต 2 แห่งที่ " + next));
            }
            groups.add(Network.named(officeId, SEED_003_GROUPS.get(g), members));
        }
        return NetworkDirectory.of(Office.of(
                officeId,
                "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาสมุทรปราการ เขต 2",
                OfficeKind.OBEC_PRIMARY_AREA_OFFICE,
                groups));
    }

    @Test
    void seed000Network19HasFiveSchoolsUnderBangKhen() {
        NetworkDirectory directory = seed000();
        assertThat(directory.officeCount()).isEqualTo(1);
        assertThat(directory.networkCount()).isEqualTo(1);
        assertThat(directory.schoolCount()).isEqualTo(5);
        Network network = directory.network("19").orElseThrow();
        assertThat(network.number()).contains(19);
        assertThat(network.label()).isEqualTo("เครือข่ายโรงเรียนที่ 19");
        assertThat(network.coordinator()).map(School::id).contains("bk19-1");
        assertThat(directory.officeOfNetwork("19")).map(Office::name).contains("สำนักงานเขตบางเขน");
        assertThat(directory.officeOfSchool("bk19-4")).map(Office::kind).contains(OfficeKind.BMA_DISTRICT_OFFICE);
        assertThat(directory.schools())
                .allSatisfy(s -> assertThat(directory.networkOf(s.id())).contains(network));
    }

    @Test
    void seed000IndicatorCountsRollUpToNetwork19() {
        // KPI: schools of network 19 meeting the criteria x 100 / schools of network 19; target 90.
        NetworkDirectory directory = seed000();
        Map<String, Long> meeting = new HashMap<>();
        Map<String, Long> all = new HashMap<>();
        for (School school : directory.schools()) {
            all.put(school.id(), 1L);
            meeting.put(school.id(), school.id().equals("bk19-5") ? 0L : 1L);
        }
        long meetingSum = directory.rollUpCounts(meeting).byNetwork().get("19");
        long allSum = directory.rollUpCounts(all).byNetwork().get("19");
        assertThat(allSum).isEqualTo(5);
        assertThat(meetingSum * 100 / allSum).isEqualTo(80); // below the target of 90
    }

    @Test
    void seed003HasFiveGroupsAndSeventyOneSchools() {
        NetworkDirectory directory = seed003();
        assertThat(directory.networkCount()).isEqualTo(5);
        assertThat(directory.schoolCount()).isEqualTo(71);
        assertThat(directory.networks()).extracting(Network::id).containsExactlyElementsOf(SEED_003_GROUPS);
        assertThat(directory.networks()).allSatisfy(n -> assertThat(n.number()).isEmpty());
        Office office = directory.offices().get(0);
        assertThat(office.kind().thaiShortName()).isEqualTo("สพป.");
        assertThat(office.schools()).hasSize(71);
        // "โรงเรียน 71 โรงเรียน เป็นสมาชิกกลุ่มโรงเรียน ทุกโรงเรียน": every school is in exactly one group.
        assertThat(directory.schools())
                .allSatisfy(s -> assertThat(directory.networkOf(s.id())).isPresent());
        assertThat(directory.networkOf("sp2-16")).map(Network::label).contains("กลุ่มโรงเรียนบางพลี 2");
    }

    @Test
    void seed003AllocationsRollUpToFortyThousandPerGroup() {
        // 40,000 baht per group, 5 groups = 200,000; here each group's 40,000 is spread over its members.
        NetworkDirectory directory = seed003();
        Map<String, Baht> bySchool = new HashMap<>();
        for (Network group : directory.networks()) {
            long satang = Baht.ofBaht(40_000).satang();
            int n = group.schools().size();
            for (int i = 0; i < n; i++) {
                long share = satang / n + (i < satang % n ? 1 : 0);
                bySchool.put(group.schools().get(i).id(), Baht.ofSatang(share));
            }
        }
        RollUp<Baht> rollUp = directory.rollUpBaht(bySchool).requireAllKnown();
        assertThat(rollUp.byNetwork().values())
                .containsOnly(Baht.ofBaht(40_000))
                .hasSize(5);
        assertThat(rollUp.total()).contains(Baht.ofBaht(200_000));
        assertThat(Baht.sum(rollUp.byNetwork().values()).plus(Baht.ofBaht(14_650)))
                .isEqualTo(Baht.ofBaht(214_650));
    }
}
