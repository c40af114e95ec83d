package io.github.krongkan.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.money.Baht;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NetworkDirectoryTest {

    private static final School A = School.of("a", "โรงเรียนเอ");
    private static final School B = School.of("b", "โรงเรียนบี");
    private static final School C = School.of("c", "โรงเรียนซี");
    private static final School D = School.of("d", "โรงเรียนดี");

    private static final Office NORTH = Office.of(
            "north",
            "สำนักงานเขตเหนือ",
            OfficeKind.BMA_DISTRICT_OFFICE,
            List.of(Network.numbered("north", 1, List.of(A, B)), Network.numbered("north", 2, List.of())));
    private static final Office SOUTH = Office.of(
            "south",
            "สำนักงานเขตใต้",
            OfficeKind.BMA_DISTRICT_OFFICE,
            List.of(Network.numbered("south", 3, List.of(C, D))));
    private static final NetworkDirectory DIRECTORY = NetworkDirectory.of(NORTH, SOUTH);

    @Test
    void countsAndOrder() {
        assertThat(DIRECTORY.officeCount()).isEqualTo(2);
        assertThat(DIRECTORY.networkCount()).isEqualTo(3);
        assertThat(DIRECTORY.schoolCount()).isEqualTo(4);
        assertThat(DIRECTORY.offices()).containsExactly(NORTH, SOUTH);
        assertThat(DIRECTORY.networks()).extracting(Network::id).containsExactly("1", "2", "3");
        assertThat(DIRECTORY.schools()).containsExactly(A, B, C, D);
        assertThat(DIRECTORY).hasToString("NetworkDirectory{offices=2, networks=3, schools=4}");
        assertThat(NetworkDirectory.of(List.of()).schoolCount()).isZero();
    }

    @Test
    void lookups() {
        assertThat(DIRECTORY.school("c")).contains(C);
        assertThat(DIRECTORY.school("z")).isEmpty();
        assertThat(DIRECTORY.network("2")).map(Network::schools).contains(List.of());
        assertThat(DIRECTORY.office("south")).contains(SOUTH);
        assertThat(DIRECTORY.networkOf("d")).map(Network::id).contains("3");
        assertThat(DIRECTORY.networkOf("z")).isEmpty();
        assertThat(DIRECTORY.officeOfNetwork("2")).contains(NORTH);
        assertThat(DIRECTORY.officeOfNetwork("9")).isEmpty();
        assertThat(DIRECTORY.officeOfSchool("b")).contains(NORTH);
        assertThat(DIRECTORY.officeOfSchool("z")).isEmpty();
    }

    @Test
    void equalWhenSameOffices() {
        assertThat(NetworkDirectory.of(List.of(NORTH, SOUTH)))
                .isEqualTo(DIRECTORY)
                .hasSameHashCodeAs(DIRECTORY);
        assertThat(NetworkDirectory.of(SOUTH, NORTH)).isNotEqualTo(DIRECTORY);
    }

    // --- refusals ---

    @Test
    void refusesDuplicateOfficeIds() {
        Office otherNorth = Office.of("north", "อื่น", OfficeKind.OTHER, List.of());
        assertThatThrownBy(() -> NetworkDirectory.of(NORTH, otherNorth))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("offices")
                .hasMessageContaining("duplicate office id north");
    }

    @Test
    void refusesDuplicateNetworkIdsAcrossOffices() {
        Office west = Office.of("west", "ตะวันตก", OfficeKind.OTHER, List.of(Network.numbered("west", 3, List.of())));
        assertThatThrownBy(() -> NetworkDirectory.of(NORTH, SOUTH, west))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("networks")
                .hasMessageContaining("duplicate network id 3")
                .hasMessageContaining("south and west");
    }

    @Test
    void refusesSchoolInTwoNetworksOfTheDirectory() {
        Office west = Office.of(
                "west",
                "ตะวันตก",
                OfficeKind.OTHER,
                List.of(Network.numbered("west", 4, List.of(School.of("a", "ชื่อซ้ำ")))));
        assertThatThrownBy(() -> NetworkDirectory.of(NORTH, SOUTH, west))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("school a is in two networks, 1 and 4");
    }

    // --- roll-up ---

    @Test
    void countsRollUpToNetworksAndOffices() {
        RollUp<Long> rollUp = DIRECTORY.rollUpCounts(Map.of("a", 1L, "b", 2L, "c", 4L));
        assertThat(rollUp.bySchool()).containsExactly(Map.entry("a", 1L), Map.entry("b", 2L), Map.entry("c", 4L));
        assertThat(rollUp.byNetwork()).containsExactly(Map.entry("1", 3L), Map.entry("2", 0L), Map.entry("3", 4L));
        assertThat(rollUp.byOffice()).containsExactly(Map.entry("north", 3L), Map.entry("south", 4L));
        assertThat(rollUp.total()).contains(7L);
        assertThat(rollUp.hasUnknownSchools()).isFalse();
        assertThat(rollUp.requireAllKnown()).isSameAs(rollUp);
    }

    @Test
    void bahtRollsUpExactly() {
        RollUp<Baht> rollUp = DIRECTORY.rollUpBaht(
                Map.of("a", Baht.parse("0.10"), "b", Baht.parse("0.20"), "d", Baht.parse("90000")));
        assertThat(rollUp.byNetwork())
                .containsEntry("1", Baht.parse("0.30"))
                .containsEntry("2", Baht.ZERO)
                .containsEntry("3", Baht.parse("90000"));
        assertThat(rollUp.total()).contains(Baht.parse("90000.30"));
    }

    @Test
    void unknownSchoolsAreReportedNotDropped() {
        Map<String, Long> values = Map.of("a", 1L, "zz", 10L, "closed-school", 5L);
        RollUp<Long> rollUp = DIRECTORY.rollUpCounts(values);
        assertThat(rollUp.unknownSchools()).containsExactly(Map.entry("closed-school", 5L), Map.entry("zz", 10L));
        assertThat(rollUp.hasUnknownSchools()).isTrue();
        assertThat(rollUp.total()).contains(1L);
        assertThat(rollUp.bySchool()).containsOnlyKeys("a");
        assertThatThrownBy(rollUp::requireAllKnown)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 school id(s) not in the directory")
                .hasMessageContaining("[closed-school, zz]");
    }

    @Test
    void withoutZeroEmptyNetworksAndOfficesAreAbsent() {
        RollUp<Integer> rollUp = DIRECTORY.rollUp(Map.of("a", 5, "b", 7), Math::max);
        assertThat(rollUp.byNetwork()).containsExactly(Map.entry("1", 7));
        assertThat(rollUp.byOffice()).containsExactly(Map.entry("north", 7));
        assertThat(rollUp.total()).contains(7);
        RollUp<Integer> none = DIRECTORY.rollUp(Map.of("zz", 5), Math::max);
        assertThat(none.byNetwork()).isEmpty();
        assertThat(none.total()).isEmpty();
        assertThat(none.unknownSchools()).containsOnlyKeys("zz");
    }

    @Test
    void valuesAreCombinedInDirectoryOrderWhateverTheInputOrder() {
        Map<String, String> reversed = new LinkedHashMap<>();
        reversed.put("d", "D");
        reversed.put("c", "C");
        reversed.put("b", "B");
        reversed.put("a", "A");
        RollUp<String> rollUp = DIRECTORY.rollUp(reversed, String::concat);
        assertThat(rollUp.bySchool().keySet()).containsExactly("a", "b", "c", "d");
        assertThat(rollUp.byNetwork()).containsExactly(Map.entry("1", "AB"), Map.entry("3", "CD"));
        assertThat(rollUp.total()).contains("ABCD");
    }

    /** Sum the counts, then recompute the ratio from the sums; never average per-school ratios. */
    record Tally(long meeting, long all) {
        static final Tally ZERO = new Tally(0, 0);

        Tally plus(Tally other) {
            return new Tally(meeting + other.meeting, all + other.all);
        }

        double percent() {
            return meeting * 100.0 / all;
        }
    }

    @Test
    void ratiosAreRecomputedFromSummedCounts() {
        // Network 1: 1 of 1 schools meets the criteria (100 %); network 3: 1 of 3 (33.3 %).
        Map<String, Tally> bySchool = Map.of("a", new Tally(1, 1), "c", new Tally(0, 1), "d", new Tally(1, 2));
        RollUp<Double> percent =
                DIRECTORY.rollUp(bySchool, Tally.ZERO, Tally::plus).map(t -> t.all() == 0 ? 0.0 : t.percent());
        assertThat(percent.byNetwork()).containsEntry("1", 100.0);
        assertThat(percent.byNetwork().get("3")).isCloseTo(33.333, org.assertj.core.data.Offset.offset(0.001));
        assertThat(percent.total()).contains(50.0); // 2 of 4, not the mean of 100 % and 33.3 %
    }

    @Test
    void refusesNullValues() {
        Map<String, Long> withNull = new LinkedHashMap<>();
        withNull.put("a", null);
        assertThatThrownBy(() -> DIRECTORY.rollUpCounts(withNull))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("school a");
    }

    @Test
    void countOverflowIsRefused() {
        assertThatThrownBy(() -> DIRECTORY.rollUpCounts(Map.of("a", Long.MAX_VALUE, "b", 1L)))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void rollUpResultIsUnmodifiable() {
        RollUp<Long> rollUp = DIRECTORY.rollUpCounts(Map.of("a", 1L));
        assertThatThrownBy(() -> rollUp.byNetwork().put("x", 1L)).isInstanceOf(UnsupportedOperationException.class);
    }
}
