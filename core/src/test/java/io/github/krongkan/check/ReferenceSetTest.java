package io.github.krongkan.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.budget.DisbursementTargets;
import io.github.krongkan.budget.RateTable;
import io.github.krongkan.budget.RateTables;
import io.github.krongkan.network.SizeScheme;
import io.github.krongkan.rubric.QualityScale;
import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Reference sets: what the defaults hold, merging files and laying an office's data over the defaults. */
class ReferenceSetTest {
    private static final RateTable W5_AGAIN = RateTable.builder()
            .source("ตารางแก้ไขของหน่วยงาน")
            .effectiveFrom(LocalDate.of(2013, 1, 14))
            .build();
    private static final RateTable W246 = RateTable.builder()
            .source("หนังสือกระทรวงการคลัง ที่ กค 0408.4/ว 246")
            .effectiveFrom(LocalDate.of(2025, 11, 1))
            .build();

    private static DisbursementTargets targets(int year, String q2) {
        return DisbursementTargets.builder()
                .fiscalYear(FiscalYear.ofBuddhistEra(year))
                .putCumulativeDisbursement(2, new BigDecimal(q2))
                .build();
    }

    @Test
    void theDefaultsAreWhatCoreShips() {
        ReferenceSet defaults = ReferenceSet.defaults();
        assertThat(defaults.rates()).isEqualTo(RateTables.defaults());
        assertThat(defaults.sizeScheme("OBEC primary, 4 classes")).hasValue(SizeScheme.OBEC_PRIMARY_4);
        assertThat(defaults.qualityScale("OBEC 2561")).hasValue(QualityScale.OBEC_2561);
        assertThat(defaults.disbursementTargets()).isEmpty();
        assertThat(defaults.rubrics()).isEmpty();
        assertThat(defaults.isEmpty()).isFalse();
        assertThat(ReferenceSet.empty().isEmpty()).isTrue();
    }

    @Test
    void mergingRefusesAKeyHeldTwice() {
        ReferenceSet a = ReferenceSet.builder()
                .addRateTables(W246)
                .addDisbursementTargets(targets(2563, "54"))
                .build();
        ReferenceSet b = ReferenceSet.builder()
                .addDisbursementTargets(targets(2567, "60"))
                .build();
        ReferenceSet both = a.merge(b);
        assertThat(both.targetsFor(FiscalYear.ofBuddhistEra(2567))).hasValue(targets(2567, "60"));
        assertThat(both.rates().inForceOn(LocalDate.of(2026, 1, 1))).hasValue(W246);
        assertThatThrownBy(() -> a.merge(a))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rateTables: two rate tables take effect on 2025-11-01");
        assertThatThrownBy(() -> b.merge(b))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("disbursementTargets: two for fiscal year 2567");
        assertThatThrownBy(() -> ReferenceSet.defaults().merge(ReferenceSet.defaults()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOfficesSetLaidOverTheDefaultsReplacesWhatItRedefinesAndKeepsTheRest() {
        ReferenceSet mine = ReferenceSet.builder().addRateTables(W246).build();
        ReferenceSet layered = mine.over(ReferenceSet.defaults());
        assertThat(layered.rateTables()).hasSize(2);
        assertThat(layered.rates().inForceOn(LocalDate.of(2016, 11, 1)))
                .hasValueSatisfying(t -> assertThat(t.source()).contains("ว 5"));
        assertThat(layered.rates().inForceOn(LocalDate.of(2026, 1, 1))).hasValue(W246);
        assertThat(layered.sizeSchemes()).isEqualTo(ReferenceSet.defaults().sizeSchemes());
        ReferenceSet corrected =
                ReferenceSet.builder().addRateTables(W5_AGAIN).build().over(ReferenceSet.defaults());
        assertThat(corrected.rateTables()).containsExactly(W5_AGAIN);
        assertThat(ReferenceSet.empty().over(ReferenceSet.defaults())).isEqualTo(ReferenceSet.defaults());
    }

    @Test
    void checkOptionsTakeTheRateTablesOfASet() {
        ReferenceSet mine = ReferenceSet.builder().addRateTables(W246).build();
        assertThat(CheckOptions.builder().reference(mine).build().rateTables())
                .isEqualTo(RateTables.of(java.util.List.of(W246)));
    }
}
