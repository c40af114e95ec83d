package io.github.krongkan.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.indicator.IndicatorType;
import io.github.krongkan.indicator.Measure;
import io.github.krongkan.network.Network;
import io.github.krongkan.network.School;
import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Targets with several quantities, target groups, typed plan levels, indicator types as a set,
 * agency codes, school counts and co-owners.
 */
class ProjectFactsTest {
    private static final String TEXT_3_1_1 = "ประชุมปฏิบัติการคณะทำงาน 20 คน … 2 วัน … จำนวน 200 ชุด";

    private static Project.Builder project() {
        return Project.builder().name("โครงการ").fiscalYear(FiscalYear.ofBuddhistEra(2569));
    }

    // ---------------------------------------------------------------- targets

    @Test
    void aTargetCountsSeveralThingsThePrincipalFirst() {
        Target t = Target.quantitative(
                TEXT_3_1_1,
                List.of(TargetQuantity.of(20, "คน"), TargetQuantity.of(2, "วัน"), TargetQuantity.of(200, "ชุด")));
        assertThat(t.quantity()).contains(BigDecimal.valueOf(20));
        assertThat(t.unit()).contains("คน");
        assertThat(t.quantities()).extracting(Object::toString).containsExactly("20 คน", "2 วัน", "200 ชุด");
    }

    @Test
    void theOlderFormIsTheSameTarget() {
        Target old = Target.quantitative("5 โรงเรียน", BigDecimal.valueOf(5), "โรงเรียน");
        assertThat(old.quantities()).containsExactly(TargetQuantity.of(5, "โรงเรียน"));
        Target both = Target.builder()
                .kind(TargetKind.QUANTITATIVE)
                .text("5 โรงเรียน")
                .quantity(new BigDecimal("5.0"))
                .unit("โรงเรียน")
                .addQuantities(TargetQuantity.of(5, "โรงเรียน"))
                .build();
        assertThat(both).isEqualTo(old);
    }

    @Test
    void aContradictionBetweenTheFormsIsRefused() {
        assertThatThrownBy(() -> Target.builder()
                        .kind(TargetKind.QUANTITATIVE)
                        .text(TEXT_3_1_1)
                        .quantity(BigDecimal.valueOf(200))
                        .unit("ชุด")
                        .addQuantities(TargetQuantity.of(20, "คน"), TargetQuantity.of(200, "ชุด"))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("200 ชุด")
                .hasMessageContaining("20 คน")
                .hasMessageContaining("first of quantities");
        assertThatThrownBy(() -> Target.builder()
                        .kind(TargetKind.QUALITATIVE)
                        .text("คุณภาพ")
                        .addQuantities(TargetQuantity.of(1, "ครั้ง"))
                        .build())
                .hasMessageContaining("qualitative");
        assertThatThrownBy(() -> TargetQuantity.of(-1, "คน")).hasMessageContaining("negative");
    }

    @Test
    void targetGroupsCountWhoTheProjectServes() {
        TargetGroup assessors = TargetGroup.of("ผู้ประเมินคุณภาพสถานศึกษา", new BigDecimal("2E+2"), "คน");
        assertThat(assessors.quantity()).contains(BigDecimal.valueOf(200));
        assertThat(assessors.quantity().get().toPlainString()).isEqualTo("200");
        assertThat(TargetGroup.of("นักเรียน").quantity()).isEmpty();
        assertThatThrownBy(() -> TargetGroup.builder()
                        .name("ครู")
                        .quantity(BigDecimal.TEN)
                        .build())
                .hasMessageContaining("together");
        assertThat(project().addTargetGroups(assessors).build().targetGroups()).containsExactly(assessors);
    }

    // ---------------------------------------------------------------- alignments

    @Test
    void seed001LevelsGiveTheLabelsAndTheCode() {
        StrategicAlignment a = StrategicAlignment.builder()
                .plan("แผนพัฒนา กทม. ระยะ 20 ปี")
                .addLevels(
                        AlignmentLevel.of("ประเด็นยุทธศาสตร์", "๗", "การบริหารจัดการเมืองมหานคร"),
                        AlignmentLevel.of("ประเด็นยุทธศาสตร์ย่อย", "๗.๒", "การบริหารแผนและประเมินผล"),
                        AlignmentLevel.of("เป้าหมาย", "๗.๒.๑", "กรุงเทพมหานครมีระบบการติดตาม"),
                        AlignmentLevel.builder()
                                .name("ตัวชี้วัด")
                                .code("มิติที่1")
                                .label("ร้อยละของโครงการ")
                                .build())
                .build();
        assertThat(a.code()).contains("7.2.1");
        assertThat(a.labels())
                .containsExactly(
                        "การบริหารจัดการเมืองมหานคร",
                        "การบริหารแผนและประเมินผล",
                        "กรุงเทพมหานครมีระบบการติดตาม",
                        "ร้อยละของโครงการ");
        assertThat(StrategicAlignment.builder().from(a).build()).isEqualTo(a);
    }

    @Test
    void labelsOrACodeThatDisagreeWithTheLevelsAreRefused() {
        StrategicAlignment.Builder base = StrategicAlignment.builder()
                .plan("ยุทธศาสตร์ สพฐ.")
                .addLevels(AlignmentLevel.of("ยุทธศาสตร์", "4", "การประกันคุณภาพ"));
        assertThatThrownBy(() -> StrategicAlignment.builder()
                        .from(base.build())
                        .code("5")
                        .build())
                .hasMessageContaining("code 5")
                .hasMessageContaining("4");
        assertThatThrownBy(() -> StrategicAlignment.builder()
                        .plan("ยุทธศาสตร์ สพฐ.")
                        .addLevels(AlignmentLevel.of("ยุทธศาสตร์", "4", "การประกันคุณภาพ"))
                        .addLabels("อื่น")
                        .build())
                .hasMessageContaining("labels");
        assertThatThrownBy(() -> AlignmentLevel.builder().name("เป้าหมาย").build())
                .hasMessageContaining("code or a label");
    }

    // ---------------------------------------------------------------- indicator types

    @Test
    void seed002IndicatorIsRoutineAndOutput() {
        Indicator.Builder b = Indicator.builder().name("ตัวชี้วัดงานประจำ").measure(Measure.PERCENTAGE);
        Indicator both = b.addTypes(IndicatorType.ROUTINE, IndicatorType.OUTPUT).build();
        assertThat(both.types()).containsExactly(IndicatorType.OUTPUT, IndicatorType.ROUTINE);
        assertThat(both.type()).contains(IndicatorType.OUTPUT);
        assertThat(both.hasType(IndicatorType.ROUTINE)).isTrue();
        assertThat(both.hasType(IndicatorType.IMPACT)).isFalse();
        Indicator principal =
                Indicator.builder().from(both).type(IndicatorType.ROUTINE).build();
        assertThat(principal.type()).contains(IndicatorType.ROUTINE);
        assertThat(principal.types()).isEqualTo(Set.of(IndicatorType.OUTPUT, IndicatorType.ROUTINE));
        Indicator single = Indicator.builder()
                .name("ตัวชี้วัด")
                .measure(Measure.COUNT)
                .type(IndicatorType.OUTCOME)
                .build();
        assertThat(single.types()).containsExactly(IndicatorType.OUTCOME);
        assertThatThrownBy(() -> Indicator.builder()
                        .name("ตัวชี้วัด")
                        .measure(Measure.COUNT)
                        .type(IndicatorType.IMPACT)
                        .addTypes(IndicatorType.OUTPUT)
                        .build())
                .hasMessageContaining("IMPACT")
                .hasMessageContaining("not among its types");
    }

    // ---------------------------------------------------------------- agency code, counts, co-owners

    @Test
    void agencyCodeIsEightDigitsAndAgreesWithABmaProjectCode() {
        assertThat(project().agencyCode("50280700").build().agencyCode()).contains("50280700");
        assertThat(project()
                        .code("50140000-3629")
                        .agencyCode("50140000")
                        .build()
                        .agencyCode())
                .contains("50140000");
        assertThatThrownBy(() -> project().agencyCode("5028070").build())
                .hasMessageContaining("/agencyCode")
                .hasMessageContaining("eight digits");
        assertThatThrownBy(() ->
                        project().code("50140000-3629").agencyCode("50280700").build())
                .hasMessageContaining("/agencyCode")
                .hasMessageContaining("50140000");
        assertThat(project().code("โครงการ 12").agencyCode("50280700").build().code())
                .contains("โครงการ 12");
    }

    @Test
    void schoolsCountedButNotNamed() {
        Network nineteen = Network.builder()
                .id("19")
                .number(19)
                .officeId("bang-khen")
                .schoolCount(5)
                .build();
        assertThat(nineteen.schoolTotal()).isEqualTo(5);
        assertThat(nineteen.schools()).isEmpty();
        School a = School.builder().id("a").name("โรงเรียน ก").build();
        School b = School.builder().id("b").name("โรงเรียน ข").build();
        assertThatThrownBy(() -> Network.builder()
                        .id("1")
                        .officeId("o")
                        .addSchools(a, b)
                        .schoolCount(1)
                        .build())
                .hasMessageContaining("schoolCount 1")
                .hasMessageContaining("2 schools");
        Network named = Network.builder().id("1").officeId("o").addSchools(a, b).build();
        assertThat(named.schoolTotal()).isEqualTo(2);
        assertThat(project().addNetworks(nineteen).schoolCount(71).build().schoolCount())
                .contains(71);
        assertThatThrownBy(() -> project().addNetworks(named).schoolCount(1).build())
                .hasMessageContaining("/schoolCount")
                .hasMessageContaining("name 2");
    }

    @Test
    void coOwnersAreKeptAsWritten() {
        Project p = project()
                .addResponsibleUnits("ฝ่ายการศึกษา")
                .addCoOwners("โรงเรียนในสังกัดสำนักงานเขตบางเขน")
                .build();
        assertThat(p.coOwners()).containsExactly("โรงเรียนในสังกัดสำนักงานเขตบางเขน");
        assertThatThrownBy(() -> project().addCoOwners(" ").build()).hasMessageContaining("coOwners");
    }
}
