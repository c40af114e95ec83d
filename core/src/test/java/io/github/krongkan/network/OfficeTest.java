package io.github.krongkan.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class OfficeTest {

    private static final School A = School.of("a", "โรงเรียนเอ");
    private static final School B = School.of("b", "โรงเรียนบี");

    @Test
    void officeHoldsItsNetworks() {
        Network n1 = Network.numbered("o", 1, List.of(A));
        Network n2 = Network.numbered("o", 2, List.of(B));
        Office office = Office.of("o", "สำนักงานเขตบางเขน", OfficeKind.BMA_DISTRICT_OFFICE, List.of(n1, n2));
        assertThat(office.networks()).containsExactly(n1, n2);
        assertThat(office.network("2")).contains(n2);
        assertThat(office.network("3")).isEmpty();
        assertThat(office.schools()).containsExactly(A, B);
        assertThat(office.kind().thaiName()).isEqualTo("สำนักงานเขต");
    }

    @Test
    void officeKindsHaveThaiNames() {
        assertThat(OfficeKind.OBEC_PRIMARY_AREA_OFFICE.thaiShortName()).isEqualTo("สพป.");
        assertThat(OfficeKind.OBEC_SECONDARY_AREA_OFFICE.thaiShortName()).isEqualTo("สพม.");
        assertThat(OfficeKind.OBEC_PRIMARY_AREA_OFFICE.thaiName()).isEqualTo("สำนักงานเขตพื้นที่การศึกษาประถมศึกษา");
    }

    // --- refusals ---

    @Test
    void refusesBlankId() {
        assertThatThrownBy(() -> Office.of(" ", "ชื่อ", OfficeKind.OTHER, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Office id");
    }

    @Test
    void refusesBlankName() {
        assertThatThrownBy(() -> Office.of("o", "", OfficeKind.OTHER, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Office name");
    }

    @Test
    void refusesMissingKind() {
        assertThatThrownBy(() -> Office.builder().id("o").name("ชื่อ").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kind");
    }

    @Test
    void refusesDuplicateNetworkIds() {
        assertThatThrownBy(() -> Office.of(
                        "o",
                        "ชื่อ",
                        OfficeKind.OTHER,
                        List.of(Network.numbered("o", 1, List.of(A)), Network.numbered("o", 1, List.of(B)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Office networks")
                .hasMessageContaining("duplicate network id 1");
    }

    @Test
    void refusesNetworkOfAnotherOffice() {
        assertThatThrownBy(() ->
                        Office.of("o", "ชื่อ", OfficeKind.OTHER, List.of(Network.numbered("elsewhere", 1, List.of(A)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("officeId elsewhere");
    }

    @Test
    void refusesSchoolInTwoNetworks() {
        assertThatThrownBy(() -> Office.of(
                        "o",
                        "ชื่อ",
                        OfficeKind.OTHER,
                        List.of(Network.numbered("o", 1, List.of(A, B)), Network.numbered("o", 2, List.of(B)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Office networks")
                .hasMessageContaining("school b is in two networks, 1 and 2");
    }
}
