package io.github.krongkan.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.network.Network;
import io.github.krongkan.network.Office;
import io.github.krongkan.network.OfficeKind;
import io.github.krongkan.network.School;
import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectTest {
    private static final FiscalYear FY2569 = FiscalYear.ofBuddhistEra(2569);

    @Test
    void requiresNameAndFiscalYear() {
        assertThatThrownBy(() -> Project.builder().fiscalYear(FY2569).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> Project.builder().name("x").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("fiscalYear");
        assertThatThrownBy(() -> Project.builder().name(" ").fiscalYear(FY2569).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must not be blank");
        assertThatThrownBy(() ->
                        Project.builder().name("x").fiscalYear(FY2569).code("").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("code must not be blank");
    }

    @Test
    void defaultsToDraftWithEmptyLists() {
        Project project = Project.builder().name("โครงการ").fiscalYear(FY2569).build();
        assertThat(project.status()).isEqualTo(ProjectStatus.DRAFT);
        assertThat(project.objectives()).isEmpty();
        assertThat(project.plannedPeriod()).isEmpty();
        assertThatThrownBy(() -> project.objectives().add(Objective.of("1", "x")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void quantitativeTargetsNeedQuantityAndUnit() {
        Target t = Target.quantitative("โรงเรียนในเครือข่ายที่ 19", BigDecimal.valueOf(5), "โรงเรียน");
        assertThat(t.kind()).isEqualTo(TargetKind.QUANTITATIVE);
        assertThat(t.quantity()).contains(BigDecimal.valueOf(5));
        assertThatThrownBy(() -> Target.builder()
                        .kind(TargetKind.QUANTITATIVE)
                        .text("x")
                        .unit("คน")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quantity is required");
        assertThatThrownBy(() -> Target.quantitative("x", BigDecimal.ONE.negate(), "คน"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> Target.builder()
                        .kind(TargetKind.QUALITATIVE)
                        .text("x")
                        .unit("คน")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no quantity or unit");
    }

    @Test
    void targetQuantitiesWithNegativeScaleAreNormalized() {
        Target t = Target.quantitative("x", new BigDecimal("2E+2"), "คน");
        assertThat(t.quantity().get().scale()).isZero();
        assertThat(t).isEqualTo(Target.quantitative("x", new BigDecimal("200"), "คน"));
    }

    @Test
    void periodsCannotEndBeforeTheyStart() {
        assertThatThrownBy(() -> ProjectPeriod.of(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before it starts");
        assertThat(ProjectPeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1))
                        .contains(LocalDate.of(2026, 1, 1)))
                .isTrue();
    }

    @Test
    void alignmentCodesAreDottedNumbers() {
        assertThat(StrategicAlignment.builder()
                        .plan("แผน")
                        .code("7.2.1")
                        .build()
                        .code())
                .contains("7.2.1");
        assertThatThrownBy(() ->
                        StrategicAlignment.builder().plan("แผน").code("7..2").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("7..2");
    }

    @Test
    void contactsAndApprovalsNeedNames() {
        assertThat(Contact.of("นางสาวสมศรี").name()).isEqualTo("นางสาวสมศรี");
        assertThatThrownBy(() -> Contact.of("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Approval.of(ApprovalRole.APPROVED, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Objective.of("2.1", "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void statusesHaveThaiTerms() {
        assertThat(ProjectStatus.CANCELLED.thai()).isEqualTo("ยกเลิก");
        assertThat(ProjectStatus.DELAYED.thai()).isEqualTo("ชะลอ");
    }

    @Test
    void portfoliosValidateTheirDirectory() {
        Project project = Project.builder().name("โครงการ").fiscalYear(FY2569).build();
        Network n19 = Network.numbered("bang-khen", 19, List.of(School.of("s1", "โรงเรียน ก")));
        Office bangKhen = Office.of("bang-khen", "สำนักงานเขตบางเขน", OfficeKind.BMA_DISTRICT_OFFICE, List.of(n19));
        Portfolio portfolio =
                Portfolio.builder().addProject(project).addOffice(bangKhen).build();
        assertThat(portfolio.directory().networkOf("s1")).contains(n19);
        assertThat(Portfolio.of(List.of(project)).directory().officeCount()).isZero();
        assertThatThrownBy(() -> Portfolio.builder()
                        .addOffice(bangKhen)
                        .addOffice(bangKhen)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bang-khen");
    }

    @Test
    void projectNetworkIdsDiffer() {
        Network a = Network.numbered("o", 1, List.of());
        assertThatThrownBy(() -> Project.builder()
                        .name("x")
                        .fiscalYear(FY2569)
                        .addNetwork(a)
                        .addNetwork(a)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("/networks/1/id: the network id 1 appears twice");
    }

    @Test
    void risksMustFitTheProjectsRiskMatrix() {
        io.github.krongkan.risk.Risk fiveByFive = io.github.krongkan.risk.Risk.of("x", 5, 5);
        Project onDefault = Project.builder()
                .name("x")
                .fiscalYear(FY2569)
                .addRisk(fiveByFive)
                .build();
        assertThat(onDefault.riskMatrix()).isEmpty();
        assertThat(onDefault.riskMatrixOrDefault()).isSameAs(io.github.krongkan.risk.RiskMatrix.DEFAULT);
        assertThatThrownBy(() -> Project.builder()
                        .name("x")
                        .fiscalYear(FY2569)
                        .riskMatrix(io.github.krongkan.risk.RiskMatrix.FOUR_BY_FOUR)
                        .addRisk(fiveByFive)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("/risks/0/inherent: likelihood 5 × impact 5 is beyond the 4 × 4 risk matrix "
                        + "4 × 4, 1–2 / 3–4 / 5–8 / 9–16");
    }

    @Test
    void anIndicatorLinkedToAMissingTargetIsAcceptedForTheCheckToReport() {
        io.github.krongkan.indicator.Indicator linked = io.github.krongkan.indicator.Indicator.builder()
                .name("k")
                .measure(io.github.krongkan.indicator.Measure.COUNT)
                .linkedTargetNumber("3.1")
                .build();
        Project dangling = Project.builder()
                .name("x")
                .fiscalYear(FY2569)
                .addIndicator(linked)
                .build();
        assertThat(dangling.indicators()).containsExactly(linked);
        Project ok = Project.builder()
                .name("x")
                .fiscalYear(FY2569)
                .addTarget(Target.builder()
                        .from(Target.qualitative("t"))
                        .number("3.1")
                        .build())
                .addIndicator(linked)
                .build();
        assertThat(ok.indicators()).containsExactly(linked);
    }
}
