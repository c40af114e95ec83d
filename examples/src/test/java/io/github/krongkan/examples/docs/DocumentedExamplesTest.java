package io.github.krongkan.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.check.Finding;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.json.KrongkanJson;
import io.github.krongkan.money.Allocation;
import io.github.krongkan.money.Baht;
import io.github.krongkan.money.BahtText;
import io.github.krongkan.money.BahtTextConvention;
import io.github.krongkan.progress.EarnedValue;
import io.github.krongkan.progress.ProgressHistory;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectStatus;
import io.github.krongkan.text.ThaiParseException;
import io.github.krongkan.time.DateReading;
import io.github.krongkan.time.FiscalQuarter;
import io.github.krongkan.time.FiscalYear;
import io.github.krongkan.time.ThaiDateStyle;
import io.github.krongkan.time.ThaiDates;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Java samples of README.md and docs/index.md, statement by statement, with the results their
 * comments promise. If a sample changes, change it here too.
 */
class DocumentedExamplesTest {
    private static final Path SEED_000 = Path.of("data/000-bang-khen-network-19.json");

    @Test
    void readmeTaste() {
        Baht budget = Baht.parse("90,000.-บาท");
        assertThat(budget).hasToString("90000.00");
        String words = BahtText.format(budget);
        assertThat(words).isEqualTo("เก้าหมื่นบาทถ้วน");
        assertThat(BahtText.matches(budget, "เก้าหมื่นบาทถ้วน")).isTrue();
        List<Baht> shares = Allocation.equally(Baht.ofBaht(200_000), 5);
        assertThat(shares).containsOnly(Baht.ofBaht(40_000)).hasSize(5);
        FiscalYear fy = FiscalYear.ofBuddhistEra(2569);
        assertThat(fy.start()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(fy.end()).isEqualTo(LocalDate.of(2026, 9, 30));
        DateReading read = ThaiDates.read("11/29/2020");
        assertThat(read.isMonthFirst()).isTrue();
        Project project = KrongkanJson.readProject(SEED_000);
        List<Finding> findings = ProjectCheck.standard().check(project);
        assertThat(findings).isEmpty();
        String json = KrongkanJson.write(project);
        assertThat(json).startsWith("{\n  \"format\": \"krongkan/1\",");
    }

    @Test
    void indexTour() throws Exception {
        Baht total = Baht.parse("๒๑๔,๖๕๐.-บาท");
        assertThat(total).hasToString("214650.00");
        Baht groups = Baht.ofBaht(40_000).times(5);
        assertThat(groups).hasToString("200000.00");
        assertThat(total.minus(groups)).hasToString("14650.00");
        assertThatThrownBy(() -> Baht.of("1.005")).isInstanceOf(ThaiParseException.class).hasMessageContaining("two decimals");

        assertThat(BahtText.format(Baht.ofBaht(101))).isEqualTo("หนึ่งร้อยเอ็ดบาทถ้วน");
        assertThat(BahtText.format(Baht.ofBaht(101), BahtTextConvention.TENS_ONLY)).isEqualTo("หนึ่งร้อยหนึ่งบาทถ้วน");
        assertThat(BahtText.parse("เก้าหมื่นบาทถ้วน").amount()).hasToString("90000.00");

        assertThat(Allocation.equally(Baht.of("100.00"), 3)).extracting(Baht::toString)
                .containsExactly("33.34", "33.33", "33.33");

        assertThat(FiscalYear.ofBuddhistEra(2569).start()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(FiscalQuarter.containing(LocalDate.of(2026, 1, 15))).hasToString("FY2569-Q2");
        DateReading day = ThaiDates.read("31/10/2563");
        assertThat(day.date()).isEqualTo(LocalDate.of(2020, 10, 31));
        assertThat(day.isDayFirst()).isTrue();
        assertThat(day.era()).isEqualTo(DateReading.Era.BUDDHIST);
        assertThat(ThaiDates.read("11/29/2020").isMonthFirst()).isTrue();
        DateReading ambiguous = ThaiDates.read("11/12/2020");
        assertThat(ambiguous.isAmbiguous()).isTrue();
        assertThatThrownBy(ambiguous::date).isInstanceOf(IllegalStateException.class);
        assertThat(ThaiDates.format(LocalDate.of(2026, 3, 15), ThaiDateStyle.LONG)).isEqualTo("15 มีนาคม 2569");

        Path late = Files.createTempFile("late", ".json");
        try {
            Files.writeString(late, Files.readString(SEED_000).replace("\"end\": \"2026-06\"", "\"end\": \"2026-10\""));
            Project project = KrongkanJson.readProject(late);
            List<Finding> findings = ProjectCheck.standard().check(project);
            assertThat(findings).extracting(Finding::toString)
                    .singleElement().asString().startsWith("WARNING PERIOD_OUTSIDE_FISCAL_YEAR /plannedPeriod: ");
        } finally {
            Files.delete(late);
        }
    }

    @Test
    void indexProgress() {
        Project cancelled = KrongkanJson.readProject(Path.of("data/002-bueng-kum-fy2564-tracking.json"));
        ProgressHistory history = ProgressHistory.of(cancelled);
        assertThat(history.isDocumentOrderChronological()).isFalse();
        assertThat(history.statusOn(LocalDate.of(2021, 8, 1))).contains(ProjectStatus.CANCELLED);
        EarnedValue ev = EarnedValue.of(Baht.ofBaht(360_000), new BigDecimal("50"), new BigDecimal("40"), Baht.ofBaht(90_000));
        assertThat(ev.spi()).contains(new BigDecimal("0.8000"));
        assertThat(EarnedValue.of(Baht.ofBaht(360_000), new BigDecimal("100"), new BigDecimal("100"), Baht.ZERO).cpi()).isEmpty();
    }
}
