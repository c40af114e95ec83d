package io.github.krongkan.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkTest {

    private static final School A = School.of("a", "โรงเรียนเอ");
    private static final School B = School.of("b", "โรงเรียนบี");
    private static final School C = School.of("c", "โรงเรียนซี");

    @Test
    void numberedNetworkIsIdentifiedByItsNumber() {
        Network network = Network.numbered("bangkhen", 19, List.of(A, B));
        assertThat(network.id()).isEqualTo("19");
        assertThat(network.number()).contains(19);
        assertThat(network.name()).isEmpty();
        assertThat(network.label()).isEqualTo("เครือข่ายโรงเรียนที่ 19");
        assertThat(network.officeId()).isEqualTo("bangkhen");
    }

    @Test
    void namedNetworkIsIdentifiedByItsName() {
        Network network = Network.named("spp-2", "กลุ่มโรงเรียนบางพลี 1", List.of(A));
        assertThat(network.id()).isEqualTo("กลุ่มโรงเรียนบางพลี 1");
        assertThat(network.name()).contains("กลุ่มโรงเรียนบางพลี 1");
        assertThat(network.number()).isEmpty();
        assertThat(network.label()).isEqualTo("กลุ่มโรงเรียนบางพลี 1");
    }

    @Test
    void builderGivesAnyId() {
        Network network = Network.builder()
                .id("bk-19")
                .number(19)
                .officeId("bangkhen")
                .addSchools(A)
                .build();
        assertThat(network.id()).isEqualTo("bk-19");
        assertThat(network.label()).isEqualTo("เครือข่ายโรงเรียนที่ 19");
        assertThat(Network.builder().id("x").officeId("o").build().label()).isEqualTo("x");
    }

    @Test
    void membersKeepTheirOrderAndCanBeLookedUp() {
        Network network = Network.builder()
                .id("n")
                .officeId("o")
                .addSchools(C, A, B)
                .coordinatorSchoolId("a")
                .build();
        assertThat(network.schoolIds()).containsExactly("c", "a", "b");
        assertThat(network.contains("b")).isTrue();
        assertThat(network.contains("z")).isFalse();
        assertThat(network.school("c")).contains(C);
        assertThat(network.coordinator()).contains(A);
        assertThat(Network.numbered("o", 1, List.of()).coordinator()).isEmpty();
    }

    // --- refusals ---

    @Test
    void refusesBlankId() {
        assertThatThrownBy(() -> Network.builder().id(" ").officeId("o").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Network id");
        assertThatThrownBy(() -> Network.named("o", "  ", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Network id");
    }

    @Test
    void refusesBlankOfficeId() {
        assertThatThrownBy(() -> Network.numbered("", 19, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Network officeId");
    }

    @Test
    void refusesNumberBelowOne() {
        assertThatThrownBy(() -> Network.numbered("o", 0, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Network number");
    }

    @Test
    void refusesBlankName() {
        assertThatThrownBy(
                        () -> Network.builder().id("n").name(" ").officeId("o").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Network name");
    }

    @Test
    void refusesDuplicateSchoolIds() {
        School otherA = School.of("a", "อีกชื่อหนึ่ง");
        assertThatThrownBy(() -> Network.numbered("o", 19, List.of(A, B, otherA)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Network schools")
                .hasMessageContaining("duplicate school id a")
                .hasMessageContaining("network 19");
    }

    @Test
    void refusesCoordinatorThatIsNotAMember() {
        assertThatThrownBy(() -> Network.builder()
                        .id("n")
                        .officeId("o")
                        .addSchools(A, B)
                        .coordinatorSchoolId("c")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Network coordinatorSchoolId")
                .hasMessageContaining("not a member");
    }

    @Test
    void refusesMissingOfficeId() {
        assertThatThrownBy(() -> Network.builder().id("n").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("officeId");
    }
}
