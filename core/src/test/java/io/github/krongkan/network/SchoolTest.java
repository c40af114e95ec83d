package io.github.krongkan.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SchoolTest {

    private static final SizeScheme PRIMARY = SizeScheme.OBEC_PRIMARY_4;
    private static final SizeClass SMALL = PRIMARY.classes().get(0);
    private static final SizeClass LARGE = PRIMARY.classes().get(2);

    @Test
    void factoriesAndBuilderAgree() {
        School viaFactory = School.of("1011010001", "โรงเรียนวัดตัวอย่าง", 350);
        School viaBuilder = School.builder()
                .id("1011010001")
                .name("โรงเรียนวัดตัวอย่าง")
                .enrolment(350)
                .build();
        assertThat(viaFactory).isEqualTo(viaBuilder);
        assertThat(viaFactory.enrolment()).contains(350);
        assertThat(School.of("x", "ชื่อ").enrolment()).isEmpty();
        assertThat(School.of("x", "ชื่อ").statedSizeClass()).isEmpty();
    }

    @Test
    void sizeClassDerivedFromEnrolmentAtBoundaries() {
        assertThat(School.of("a", "ก", 120).sizeClass(PRIMARY))
                .map(SizeClass::englishLabel)
                .contains("small");
        assertThat(School.of("a", "ก", 121).sizeClass(PRIMARY))
                .map(SizeClass::englishLabel)
                .contains("medium");
        assertThat(School.of("a", "ก", 600).sizeClass(PRIMARY))
                .map(SizeClass::englishLabel)
                .contains("medium");
        assertThat(School.of("a", "ก", 601).sizeClass(PRIMARY))
                .map(SizeClass::englishLabel)
                .contains("large");
        assertThat(School.of("a", "ก", 1500).sizeClass(PRIMARY))
                .map(SizeClass::englishLabel)
                .contains("large");
        assertThat(School.of("a", "ก", 1501).sizeClass(PRIMARY))
                .map(SizeClass::thaiLabel)
                .contains("ใหญ่พิเศษ");
    }

    @Test
    void enrolmentWinsOverStatedClass() {
        School school = School.builder()
                .id("a")
                .name("ก")
                .enrolment(50)
                .statedSizeClass(LARGE)
                .build();
        assertThat(school.sizeClass(PRIMARY)).contains(SMALL);
    }

    @Test
    void statedClassWhenEnrolmentUnknown() {
        School school =
                School.builder().id("a").name("ก").statedSizeClass(LARGE).build();
        assertThat(school.sizeClass(PRIMARY)).contains(LARGE);
        assertThat(school.sizeClass(SizeScheme.OBEC_SECONDARY_4)).contains(LARGE);
    }

    @Test
    void noClassWhenNeitherEnrolmentNorStatedClass() {
        assertThat(School.of("a", "ก").sizeClass(PRIMARY)).isEmpty();
    }

    @Test
    void enrolmentZeroHasNoClassEvenIfOneIsStated() {
        School school = School.builder()
                .id("a")
                .name("ก")
                .enrolment(0)
                .statedSizeClass(SMALL)
                .build();
        assertThat(school.sizeClass(PRIMARY)).isEmpty();
    }

    // --- refusals ---

    @Test
    void refusesBlankId() {
        assertThatThrownBy(() -> School.of(" ", "โรงเรียน"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("School id");
        assertThatThrownBy(() -> School.of("", "โรงเรียน"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("School id");
    }

    @Test
    void refusesIdWithSurroundingWhiteSpace() {
        assertThatThrownBy(() -> School.of("1011 ", "โรงเรียน"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("School id")
                .hasMessageContaining("white space");
    }

    @Test
    void refusesBlankName() {
        assertThatThrownBy(() -> School.of("1011", "\t"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("School name")
                .hasMessageContaining("1011");
    }

    @Test
    void refusesNegativeEnrolment() {
        assertThatThrownBy(() -> School.of("1011", "โรงเรียน", -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("School enrolment")
                .hasMessageContaining("-1");
    }

    @Test
    void refusesMissingRequiredFields() {
        assertThatThrownBy(() -> School.builder().name("โรงเรียน").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("id");
        assertThatThrownBy(() -> School.builder().id("1").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("name");
    }
}
