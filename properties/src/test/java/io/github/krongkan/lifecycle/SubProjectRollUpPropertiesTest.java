package io.github.krongkan.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.budget.Ledger;
import io.github.krongkan.budget.LedgerEntry;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.Property;
import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of {@link SubProjectRollUp}: the totals of a parent's sub-projects. */
class SubProjectRollUpPropertiesTest {
    private static final LocalDate REPORTED = LocalDate.of(2021, 9, 30);
    private static final FiscalYear FY2564 = FiscalYear.ofBuddhistEra(2564);

    /**
     * The figures of one sub-project: received, disbursed and returned in satang, reported progress.
     */
    private record Figures(long allocation, long disbursed, long returned, BigDecimal progress) {}

    /** Up to 12 sub-projects' figures. */
    private static Gen<List<Figures>> children() {
        Gen<Integer> counts = Gen.ints(0, 12);
        return (random, size) -> {
            List<Figures> children = new ArrayList<>();
            for (int i = counts.next(random, size); i > 0; i--) {
                long a = random.nextInt(5_000_000);
                long d = random.nextInt(5_000_000);
                long r = random.nextInt(3) == 0 ? 1 + random.nextInt(100_000) : 0;
                children.add(new Figures(a, d, r, BigDecimal.valueOf(random.nextInt(10_001), 2)));
            }
            return List.copyOf(children);
        };
    }

    private static ProjectRecord child(int i, Figures figures) {
        Ledger.Builder ledger = Ledger.builder().received(Baht.ofSatang(figures.allocation()));
        if (figures.returned() > 0) {
            ledger.addEntries(LedgerEntry.returned(REPORTED, Baht.ofSatang(figures.returned())));
        }
        Project project = Project.builder()
                .name("โครงการของเครือข่ายที่ " + (i + 1))
                .fiscalYear(FY2564)
                .ledger(ledger.build())
                .addProgressReports(ProgressReport.builder()
                        .date(REPORTED)
                        .progress(figures.progress())
                        .disbursed(Baht.ofSatang(figures.disbursed()))
                        .build())
                .build();
        return ProjectRecord.builder()
                .id("net-" + i)
                .networkId(String.valueOf(i + 1))
                .addVersions(Version.of(1, VersionKind.APPROVED, project))
                .build();
    }

    @Test
    void theTotalsAreTheExactSumsOfTheChildren() {
        Property.forAll(children()).examples(1000).check(figures -> {
            List<ProjectRecord> children = new ArrayList<>();
            for (int i = 0; i < figures.size(); i++) {
                children.add(child(i, figures.get(i)));
            }
            Project parent = Project.builder()
                    .name("โครงการพัฒนาคุณภาพเครือข่ายโรงเรียน")
                    .fiscalYear(FY2564)
                    .build();
            SubProjectRollUp rollUp = SubProjectRollUp.of(ProjectRecord.builder()
                    .addVersions(Version.of(1, VersionKind.PROPOSAL, parent))
                    .addAllChildren(children)
                    .build());
            assertThat(rollUp.children()).hasSize(figures.size());
            assertThat(rollUp.allocation())
                    .isEqualTo(Baht.ofSatang(
                            figures.stream().mapToLong(Figures::allocation).sum()));
            assertThat(rollUp.disbursed())
                    .isEqualTo(Baht.ofSatang(
                            figures.stream().mapToLong(Figures::disbursed).sum()));
            assertThat(rollUp.returned())
                    .isEqualTo(Baht.ofSatang(
                            figures.stream().mapToLong(Figures::returned).sum()));
            if (figures.isEmpty()) {
                assertThat(rollUp.progress()).isEmpty();
            } else {
                BigDecimal min = figures.stream()
                        .map(Figures::progress)
                        .min(BigDecimal::compareTo)
                        .orElseThrow();
                BigDecimal max = figures.stream()
                        .map(Figures::progress)
                        .max(BigDecimal::compareTo)
                        .orElseThrow();
                assertThat(rollUp.progress().orElseThrow()).isBetween(min, max);
            }
        });
    }
}
