package io.github.krongkan.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.indicator.Measure;
import io.github.krongkan.risk.Risk;
import io.github.krongkan.risk.RiskMatrix;
import io.github.krongkan.risk.RiskRating;
import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** What a project and its targets refuse. */
class ProjectValidationTest {
    private static Project.Builder project() {
        return Project.builder().name("โครงการ").fiscalYear(FiscalYear.ofBuddhistEra(2569));
    }

    @Test
    void blankListEntriesAreRefused() {
        assertThatThrownBy(
                        () -> project().addResponsibleUnits("กลุ่มนิเทศ", " ").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("responsibleUnits");
        assertThatThrownBy(() -> project().addExpectedBenefits(" ").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expectedBenefits");
        assertThat(project()
                        .addResponsibleUnits("กลุ่มนิเทศ")
                        .addExpectedBenefits("ครูได้รับการพัฒนา")
                        .build()
                        .responsibleUnits())
                .containsExactly("กลุ่มนิเทศ");
    }

    @Test
    void everyRatingOfARiskMustFitTheMatrix() {
        RiskMatrix small = RiskMatrix.FOUR_BY_FOUR;
        Risk current =
                Risk.builder().description("x").current(RiskRating.of(5, 1)).build();
        Risk residual =
                Risk.builder().description("y").residual(RiskRating.of(1, 5)).build();
        assertThatThrownBy(() -> project().riskMatrix(small).addRisk(current).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("risks/0/current");
        assertThatThrownBy(() -> project().riskMatrix(small).addRisk(residual).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("risks/0/residual");
        assertThat(project().addRisks(current, residual).build().risks()).hasSize(2);
    }

    @Test
    void linksToMissingTargetsAreLeftToTheCheck() {
        Indicator kpi = Indicator.builder()
                .name("จำนวนครู")
                .measure(Measure.COUNT)
                .linkedTargetNumber("1")
                .build();
        assertThat(project().addIndicator(kpi).build().indicators()).containsExactly(kpi);
        Target numbered = Target.builder()
                .from(Target.quantitative("ครู 10 คน", BigDecimal.TEN, "คน"))
                .number("1")
                .build();
        assertThat(project().addTarget(numbered).addIndicator(kpi).build().indicators())
                .hasSize(1);
        Target other = Target.builder().from(numbered).number("2").build();
        assertThat(project().addTarget(other).addIndicator(kpi).build().indicators())
                .containsExactly(kpi);
    }

    @Test
    void targetsNeedTextAndAQuantityOfZeroOrMore() {
        assertThatThrownBy(() -> Target.qualitative(" ")).hasMessageContaining("text");
        assertThatThrownBy(() -> Target.builder()
                        .from(Target.qualitative("ก"))
                        .number(" ")
                        .build())
                .hasMessageContaining("number");
        assertThatThrownBy(() -> Target.quantitative("ก", new BigDecimal("-1"), "คน"))
                .hasMessageContaining("negative");
        assertThat(Target.quantitative("ก", BigDecimal.ZERO, "คน").quantity()).contains(BigDecimal.ZERO);
        assertThatThrownBy(() -> Target.quantitative("ก", BigDecimal.ONE, " ")).hasMessageContaining("unit");
    }

    @Test
    void fiscalYearsOutOfRangeHintAtTheOtherEra() {
        assertThat(FiscalYear.ofBuddhistEra(2485)).isEqualTo(FiscalYear.MIN);
        assertThat(FiscalYear.ofBuddhistEra(3000)).isEqualTo(FiscalYear.MAX);
        assertThatThrownBy(() -> FiscalYear.ofBuddhistEra(1942)).hasMessageContaining("looks like a Common Era year");
        assertThatThrownBy(() -> FiscalYear.ofBuddhistEra(1941)).message().doesNotContain("looks like");
        int maxCe = FiscalYear.MAX.commonEraYear();
        assertThatThrownBy(() -> FiscalYear.ofBuddhistEra(maxCe)).hasMessageContaining("looks like a Common Era year");
        assertThatThrownBy(() -> FiscalYear.ofBuddhistEra(maxCe + 1)).message().doesNotContain("looks like");
        assertThatThrownBy(() -> FiscalYear.ofCommonEra(2485)).hasMessageContaining("looks like a Buddhist-era year");
        assertThatThrownBy(() -> FiscalYear.ofCommonEra(3000)).hasMessageContaining("looks like a Buddhist-era year");
        assertThatThrownBy(() -> FiscalYear.ofCommonEra(3001)).message().doesNotContain("looks like");
        assertThatThrownBy(() -> FiscalYear.ofCommonEra(2484)).message().doesNotContain("looks like");
        assertThat(FiscalYear.ofCommonEra(FiscalYear.MIN.commonEraYear())).isEqualTo(FiscalYear.MIN);
        assertThat(FiscalYear.ofCommonEra(maxCe)).isEqualTo(FiscalYear.MAX);
    }
}
