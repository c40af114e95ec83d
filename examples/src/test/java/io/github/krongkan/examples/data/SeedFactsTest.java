package io.github.krongkan.examples.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.indicator.IndicatorType;
import io.github.krongkan.json.KrongkanJson;
import io.github.krongkan.network.Network;
import io.github.krongkan.project.AlignmentLevel;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.StrategicAlignment;
import io.github.krongkan.project.Target;
import io.github.krongkan.project.TargetGroup;
import io.github.krongkan.project.TargetQuantity;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The seed facts with a typed home: target groups, several quantities of a target, schools counted
 * but not named, co-owners, agency codes, indicator types and the levels of the plans the seeds
 * align with. None of them is left in the notes.
 */
class SeedFactsTest {
    private static final Path DATA = Path.of("data");

    private static Project seed(String file) {
        return KrongkanJson.readProject(DATA.resolve(file));
    }

    @Test
    void seed000CountsNetwork19sFiveSchoolsAndNamesTheSchoolsAsCoOwners() {
        Project p = seed("000-bang-khen-network-19.json");
        Network nineteen = p.networks().get(0);
        assertThat(nineteen.schools()).isEmpty();
        assertThat(nineteen.schoolCount()).contains(5);
        assertThat(nineteen.schoolTotal()).isEqualTo(5);
        assertThat(p.responsibleUnits()).containsExactly("สำนักงานเขตบางเขน", "ฝ่ายการศึกษา");
        assertThat(p.coOwners()).containsExactly("โรงเรียนในสังกัดสำนักงานเขตบางเขน");
        assertThat(p.targetGroups())
                .extracting(TargetGroup::quantity, TargetGroup::unit)
                .containsExactly(
                        tuple(java.util.Optional.of(BigDecimal.valueOf(5)), java.util.Optional.of("โรงเรียน")));
        assertThat(p.targetGroups().get(0).name()).contains("เครือข่ายโรงเรียนที่ 19");
        assertThat(p.alignments()).hasSize(5);
        assertThat(p.alignments().get(1).levels())
                .containsExactly(AlignmentLevel.of("ยุทธศาสตร์", "6", "การพัฒนาประสิทธิภาพของระบบบริหารจัดการศึกษา"));
        assertThat(p.alignments().get(4).code()).contains("098");
        assertThat(p.alignments().get(4).levels().get(0).name()).contains("นโยบาย");
        assertThat(p.notes()).noneMatch(n -> n.contains("five member schools"));
    }

    @Test
    void seed001AlignsWithGoal721OfTheBmaPlanLevelByLevel() {
        Project p = seed("001-lat-krabang-fy2564-tracking.json");
        StrategicAlignment a = p.alignments().get(0);
        assertThat(a.code()).contains("7.2.1");
        assertThat(a.levels())
                .extracting(l -> l.name().orElseThrow(), l -> l.code().orElseThrow())
                .containsExactly(
                        tuple("ประเด็นยุทธศาสตร์", "๗"),
                        tuple("ประเด็นยุทธศาสตร์ย่อย", "๗.๒"),
                        tuple("เป้าหมาย", "๗.๒.๑"),
                        tuple("ตัวชี้วัด", "มิติที่1"));
        assertThat(a.labels()).first().isEqualTo("การบริหารจัดการเมืองมหานคร : Management Strategy");
        assertThat(p.code()).contains("50140000-3629");
        assertThat(p.agencyCode()).contains("50140000");
    }

    @Test
    void seed002HasItsAgencyCodeAndAnIndicatorOfTwoTypes() {
        Project p = seed("002-bueng-kum-fy2564-tracking.json");
        assertThat(p.agencyCode()).contains("50280700");
        assertThat(p.code()).isEmpty();
        Indicator kpi = p.indicators().get(0);
        assertThat(kpi.types()).containsExactly(IndicatorType.OUTPUT, IndicatorType.ROUTINE);
        assertThat(kpi.type()).contains(IndicatorType.OUTPUT);
        assertThat(kpi.hasType(IndicatorType.ROUTINE)).isTrue();
        StrategicAlignment a = p.alignments().get(0);
        assertThat(a.code()).contains("1.1.1.1");
        assertThat(a.levels()).extracting(l -> l.code().orElseThrow()).containsExactly("๑", "๑.๑", "๑.๑.๑", "๑.๑.๑.๑");
        assertThat(a.levels().get(0).name()).contains("ด้าน");
        assertThat(a.labels()).element(1).isEqualTo("ปลอดมลพิษ");
    }

    @Test
    void seed003CountsItsSeventyOneSchoolsInFiveGroups() {
        Project p = seed("003-samut-prakan-2-reading.json");
        assertThat(p.schoolCount()).contains(71);
        assertThat(p.networks())
                .hasSize(5)
                .allSatisfy(n -> assertThat(n.schools()).isEmpty());
        assertThat(p.targetGroups())
                .extracting(
                        g -> g.quantity().orElseThrow().intValueExact(),
                        g -> g.unit().orElseThrow())
                .containsExactly(tuple(5, "กลุ่มโรงเรียน"), tuple(71, "โรงเรียน"));
        assertThat(p.notes()).noneMatch(n -> n.contains("ไม่ระบุรายชื่อโรงเรียน 71"));
    }

    @Test
    void seed004Target311CountsPeopleDaysAndSets() {
        Project p = seed("004-samut-prakan-2-quality-assurance.json");
        Target t = p.targets().get(0);
        assertThat(t.number()).contains("3.1.1");
        assertThat(t.quantities())
                .containsExactly(
                        TargetQuantity.of(20, "คน"), TargetQuantity.of(2, "วัน"), TargetQuantity.of(200, "ชุด"));
        assertThat(t.quantity()).contains(BigDecimal.valueOf(20));
        assertThat(t.unit()).contains("คน");
        assertThat(p.schoolCount()).contains(71);
        assertThat(p.targetGroups())
                .extracting(
                        g -> g.quantity().orElseThrow().intValueExact(),
                        g -> g.unit().orElseThrow())
                .containsExactly(tuple(20, "คน"), tuple(200, "คน"), tuple(71, "โรงเรียน"));
        assertThat(p.alignments())
                .extracting(
                        a -> a.levels().get(0).name().orElseThrow(),
                        a -> a.code().orElseThrow())
                .containsExactly(
                        tuple("ยุทธศาสตร์", "4"), tuple("กลยุทธ์", "4"), tuple("จุดเน้น", "3"), tuple("จุดเน้น", "3"));
        assertThat(p.notes()).noneMatch(n -> n.contains("20 คน, 2 วัน, 200 ชุด"));
    }
}
