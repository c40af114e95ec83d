package io.github.krongkan.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.budget.DisbursementTargets;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.ProjectStatus;
import io.github.krongkan.time.FiscalQuarter;
import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressHistoryTest {
    private static final FiscalYear FY2564 = FiscalYear.ofBuddhistEra(2564);

    @Test
    void seed002NewestFirstIsPutInDateOrder() {
        ProgressHistory history = ProgressHistory.of(ProgressSeeds.seed002());
        assertThat(history.isDocumentOrderChronological()).isFalse();
        assertThat(history.entries())
                .extracting(ProgressHistory.Entry::index)
                .containsExactly(11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0);
        assertThat(history.reports()).extracting(ProgressReport::date).isSorted();
        assertThat(history.first().get().date()).isEqualTo(LocalDate.of(2020, 10, 28));
        assertThat(history.latest().get().date()).isEqualTo(LocalDate.of(2021, 9, 29));
        assertThat(history.documentOrder()).isEqualTo(ProgressSeeds.seed002Reports());
        assertThat(history.entries().get(0).path()).isEqualTo("/progressReports/11");
    }

    @Test
    void statusAndProgressAsOfADate() {
        ProgressHistory history = ProgressHistory.of(ProgressSeeds.seed002());
        assertThat(history.statusOn(LocalDate.of(2021, 6, 28))).isEmpty();
        assertThat(history.statusOn(LocalDate.of(2021, 6, 29))).contains(ProjectStatus.DELAYED);
        assertThat(history.statusOn(LocalDate.of(2021, 7, 28))).contains(ProjectStatus.DELAYED);
        assertThat(history.statusOn(LocalDate.of(2021, 7, 29))).contains(ProjectStatus.CANCELLED);
        assertThat(history.statusOn(LocalDate.of(2030, 1, 1))).contains(ProjectStatus.CANCELLED);
        assertThat(history.latestStatus()).contains(ProjectStatus.CANCELLED);
        assertThat(history.firstChangeTo(ProjectStatus.CANCELLED).map(ProgressHistory.Entry::index))
                .contains(2);
        assertThat(history.firstChangeTo(ProjectStatus.COMPLETED)).isEmpty();
        assertThat(history.progressOn(LocalDate.of(2020, 10, 27))).isEmpty();
        assertThat(history.progressOn(LocalDate.of(2021, 5, 31))).contains(new BigDecimal("20.00"));
        assertThat(history.latestOn(LocalDate.of(2021, 6, 29)).get().number()).contains("4");
        assertThat(ProgressHistory.of(List.of()).latest()).isEmpty();
        assertThat(ProgressHistory.of(List.of()).latestStatus()).isEmpty();
        assertThat(ProgressHistory.of(ProgressSeeds.seed001()).latestStatus()).contains(ProjectStatus.COMPLETED);
    }

    @Test
    void sameDateGoesByNumberThenByPosition() {
        LocalDate d = LocalDate.of(2021, 1, 1);
        ProgressReport ten = ProgressReport.builder()
                .from(ProgressReport.of(d, BigDecimal.ONE))
                .number("10")
                .build();
        ProgressReport nine = ProgressReport.builder()
                .from(ProgressReport.of(d, BigDecimal.ONE))
                .number("๙")
                .build();
        ProgressReport text = ProgressReport.builder()
                .from(ProgressReport.of(d, BigDecimal.ONE))
                .number("ก")
                .build();
        ProgressReport none = ProgressReport.of(d, BigDecimal.TEN);
        ProgressReport noneToo = ProgressReport.of(d, BigDecimal.ONE);
        ProgressHistory history = ProgressHistory.of(List.of(none, text, ten, noneToo, nine));
        assertThat(history.reports()).containsExactly(nine, ten, text, none, noneToo);
        assertThat(history.isDocumentOrderChronological()).isTrue();
    }

    @Test
    void quarterlyViewTakesTheLastReportOfEachQuarter() {
        ProgressHistory history = ProgressHistory.of(ProgressSeeds.seed001());
        DisbursementTargets targets = DisbursementTargets.builder()
                .fiscalYear(FY2564)
                .putCumulativeDisbursement(2, new BigDecimal("54"))
                .putCumulativeDisbursement(4, new BigDecimal("93"))
                .build();
        List<QuarterProgress> quarters = history.quarterly(targets, Baht.ofBaht(360_000));
        assertThat(quarters).extracting(QuarterProgress::quarter).containsExactlyElementsOf(FY2564.quarters());
        assertThat(quarters)
                .extracting(q -> q.progress().orElseThrow().toPlainString())
                .containsExactly("25.00", "50.00", "65.00", "100.00");
        assertThat(quarters)
                .extracting(q -> q.lastReport().orElseThrow().number().orElseThrow())
                .containsExactly("3", "6", "9", "12");
        assertThat(quarters)
                .extracting(q -> q.disbursementRate().orElseThrow().toPlainString())
                .containsOnly("0.00");
        assertThat(quarters.get(0).meetsTarget()).isEmpty();
        assertThat(quarters.get(1).meetsTarget()).contains(false);
        assertThat(quarters.get(1).shortfall()).contains(new BigDecimal("54.00"));
        assertThat(quarters.get(3).shortfall()).contains(new BigDecimal("93.00"));
        assertThat(quarters.get(3).disbursed()).contains(Baht.ZERO);
    }

    @Test
    void quarterlyRatesAgainstTargets() {
        LocalDate q2 = LocalDate.of(2021, 3, 31);
        ProgressReport r = ProgressReport.builder()
                .from(ProgressReport.of(q2, BigDecimal.TEN))
                .disbursed(Baht.ofBaht(200_000))
                .build();
        DisbursementTargets targets = DisbursementTargets.builder()
                .fiscalYear(FY2564)
                .putCumulativeDisbursement(FiscalQuarter.containing(q2).number(), new BigDecimal("54"))
                .build();
        List<QuarterProgress> quarters = ProgressHistory.of(List.of(r)).quarterly(targets, Baht.ofBaht(360_000));
        assertThat(quarters.get(0).lastReport()).isEmpty();
        assertThat(quarters.get(0).disbursementRate()).isEmpty();
        assertThat(quarters.get(1).disbursementRate()).contains(new BigDecimal("55.56"));
        assertThat(quarters.get(1).meetsTarget()).contains(true);
        assertThat(quarters.get(1).shortfall()).contains(BigDecimal.ZERO);
        assertThat(ProgressHistory.of(List.of(r))
                        .quarterly(FY2564, Baht.ZERO)
                        .get(1)
                        .disbursementRate())
                .as("a rate of a zero budget is not applicable")
                .isEmpty();
        assertThat(ProgressHistory.of(List.of(r)).quarterly(FY2564).get(1).disbursementRate())
                .isEmpty();
    }

    @Test
    void reportsRefuseTheImpossibleAndNormalize() {
        LocalDate d = LocalDate.of(2021, 1, 1);
        assertThatThrownBy(() -> ProgressReport.builder()
                        .date(d)
                        .progress(BigDecimal.ONE)
                        .disbursed(Baht.ofSatang(-1))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("disbursed");
        assertThatThrownBy(() -> ProgressReport.builder()
                        .date(d)
                        .progress(BigDecimal.ONE)
                        .number(" ")
                        .build())
                .hasMessageContaining("number must not be blank");
        assertThatThrownBy(() -> ProgressReport.builder()
                        .date(d)
                        .progress(BigDecimal.ONE)
                        .dateAsWritten("")
                        .build())
                .hasMessageContaining("dateAsWritten");
        assertThatThrownBy(() -> ProgressReport.builder()
                        .date(d)
                        .progress(BigDecimal.ONE)
                        .narrative("\t")
                        .build())
                .hasMessageContaining("narrative");
        assertThatThrownBy(
                        () -> ProgressReport.builder().progress(BigDecimal.ONE).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("date");
        assertThat(ProgressReport.of(d, new BigDecimal("1E+2")).progress()).isEqualTo(new BigDecimal("100"));
        assertThat(ProgressReport.of(d, new BigDecimal("-5")).progress()).isEqualTo(new BigDecimal("-5"));
        assertThat(ProgressReport.of(d, new BigDecimal("150.5")).progress()).isEqualTo(new BigDecimal("150.5"));
    }
}
