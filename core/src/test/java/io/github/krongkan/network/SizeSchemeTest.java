package io.github.krongkan.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SizeSchemeTest {

    @ParameterizedTest(name = "OBEC primary: {0} pupils -> {1}")
    @CsvSource({
        "1, small",
        "120, small",
        "121, medium",
        "600, medium",
        "601, large",
        "1500, large",
        "1501, extra large",
        "2147483647, extra large"
    })
    void obecPrimaryBoundaries(int enrolment, String label) {
        assertThat(SizeScheme.OBEC_PRIMARY_4.classOf(enrolment))
                .map(SizeClass::englishLabel)
                .contains(label);
    }

    @ParameterizedTest(name = "OBEC secondary: {0} pupils -> {1}")
    @CsvSource({
        "1, small",
        "499, small",
        "500, medium",
        "1499, medium",
        "1500, large",
        "2499, large",
        "2500, extra large"
    })
    void obecSecondaryBoundaries(int enrolment, String label) {
        assertThat(SizeScheme.OBEC_SECONDARY_4.classOf(enrolment))
                .map(SizeClass::englishLabel)
                .contains(label);
    }

    @Test
    void presetsCarryThaiLabels() {
        assertThat(SizeScheme.OBEC_PRIMARY_4.classes())
                .extracting(SizeClass::thaiLabel)
                .containsExactly("เล็ก", "กลาง", "ใหญ่", "ใหญ่พิเศษ");
        assertThat(SizeScheme.OBEC_SECONDARY_4.classes())
                .extracting(SizeClass::thaiLabel)
                .containsExactly("เล็ก", "กลาง", "ใหญ่", "ใหญ่พิเศษ");
    }

    @Test
    void enrolmentZeroHasNoClass() {
        assertThat(SizeScheme.OBEC_PRIMARY_4.classOf(0)).isEmpty();
    }

    @Test
    void negativeEnrolmentIsRefused() {
        assertThatThrownBy(() -> SizeScheme.OBEC_PRIMARY_4.classOf(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("enrolment");
    }

    @Test
    void classLabelledFindsEnglishOrThai() {
        SizeScheme scheme = SizeScheme.OBEC_PRIMARY_4;
        assertThat(scheme.classLabelled("ใหญ่พิเศษ")).contains(scheme.classes().get(3));
        assertThat(scheme.classLabelled(" medium ")).contains(scheme.classes().get(1));
        assertThat(scheme.classLabelled("tiny")).isEmpty();
    }

    @Test
    void usersDefineTheirOwnSchemes() {
        SizeScheme mine = SizeScheme.builder()
                .name("three classes")
                .addClass(SizeClass.of("small", "เล็ก", 1, 99))
                .addClass(SizeClass.of("medium", "กลาง", 100, 999))
                .addClass(SizeClass.atLeast("large", "ใหญ่", 1000))
                .build();
        assertThat(mine.classOf(99)).map(SizeClass::englishLabel).contains("small");
        assertThat(mine.classOf(100)).map(SizeClass::englishLabel).contains("medium");
        assertThat(mine.classOf(1000)).map(SizeClass::englishLabel).contains("large");
        assertThat(SizeScheme.of("one class", List.of(SizeClass.atLeast("any", "ทุกขนาด", 1)))
                        .classOf(7))
                .map(SizeClass::thaiLabel)
                .contains("ทุกขนาด");
    }

    // --- refusals ---

    @Test
    void sizeClassRefusesBlankLabelsAndBadRanges() {
        assertThatThrownBy(() -> SizeClass.of(" ", "เล็ก", 1, 2)).hasMessageContaining("englishLabel");
        assertThatThrownBy(() -> SizeClass.of("small", "", 1, 2)).hasMessageContaining("thaiLabel");
        assertThatThrownBy(() -> SizeClass.of("small", "เล็ก", 0, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minEnrolment");
        assertThatThrownBy(() -> SizeClass.of("small", "เล็ก", 5, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxEnrolment");
        assertThatThrownBy(() -> SizeClass.builder()
                        .englishLabel("small")
                        .thaiLabel("เล็ก")
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("minEnrolment");
    }

    @Test
    void schemeRefusesBlankNameAndNoClasses() {
        assertThatThrownBy(() -> SizeScheme.of(" ", List.of(SizeClass.atLeast("a", "ก", 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> SizeScheme.of("empty", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("classes");
    }

    @Test
    void schemeRefusesFirstClassNotStartingAtOne() {
        assertThatThrownBy(() -> SizeScheme.of("s", List.of(SizeClass.atLeast("a", "ก", 2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("classes")
                .hasMessageContaining("start at enrolment 1");
    }

    @Test
    void schemeRefusesGapsAndOverlaps() {
        assertThatThrownBy(() ->
                        SizeScheme.of("s", List.of(SizeClass.of("a", "ก", 1, 120), SizeClass.atLeast("b", "ข", 122))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("classes")
                .hasMessageContaining("a gap");
        assertThatThrownBy(() ->
                        SizeScheme.of("s", List.of(SizeClass.of("a", "ก", 1, 120), SizeClass.atLeast("b", "ข", 120))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("an overlap");
        assertThatThrownBy(() -> SizeScheme.of(
                        "s",
                        List.of(
                                SizeClass.of("b", "ข", 121, 600),
                                SizeClass.of("a", "ก", 1, 120),
                                SizeClass.atLeast("c", "ค", 601))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("classes");
    }

    @Test
    void schemeRefusesClosedLastClassAndOpenMiddleClass() {
        assertThatThrownBy(() -> SizeScheme.of("s", List.of(SizeClass.of("a", "ก", 1, 120))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("open-ended");
        assertThatThrownBy(() ->
                        SizeScheme.of("s", List.of(SizeClass.atLeast("a", "ก", 1), SizeClass.atLeast("b", "ข", 2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only the last class");
        assertThatThrownBy(() -> SizeScheme.of(
                        "s",
                        List.of(
                                SizeClass.of("a", "ก", 1, Integer.MAX_VALUE),
                                SizeClass.atLeast("b", "ข", Integer.MAX_VALUE))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("an overlap");
    }

    @Test
    void schemeRefusesDuplicateLabels() {
        assertThatThrownBy(() ->
                        SizeScheme.of("s", List.of(SizeClass.of("a", "ก", 1, 10), SizeClass.atLeast("a", "ข", 11))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("englishLabel");
        assertThatThrownBy(() ->
                        SizeScheme.of("s", List.of(SizeClass.of("a", "ก", 1, 10), SizeClass.atLeast("b", "ก", 11))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("thaiLabel");
    }
}
