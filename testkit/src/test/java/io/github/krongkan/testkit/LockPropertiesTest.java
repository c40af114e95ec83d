package io.github.krongkan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.budget.Ledger;
import io.github.krongkan.budget.LedgerEntry;
import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.document.Fields;
import io.github.krongkan.lifecycle.Lock;
import io.github.krongkan.lifecycle.LockCheck;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Objective;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Properties of {@link Lock} over generated projects. */
class LockPropertiesTest {
    private static final int EXAMPLES = 200;

    /** A generated project with a budget of one activity and a ledger of a few disbursements. */
    private static Project approved(RandomGenerator random, int size) {
        Project generated = ProjectGens.projects().next(random, size);
        Ledger.Builder ledger = Ledger.builder().received(Baht.ofBaht(100_000));
        int entries = random.nextInt(4);
        for (int i = 0; i < entries; i++) {
            ledger.addEntries(disbursement(random, generated));
        }
        return Project.builder()
                .from(generated)
                .budget(Budget.builder()
                        .addActivities(BudgetActivity.builder()
                                .number("1")
                                .name("กิจกรรม 1")
                                .addLines(BudgetLine.lumpSum("ค่าวัสดุ", Baht.ofBaht(1 + random.nextInt(100_000))))
                                .build())
                        .build())
                .ledger(ledger.build())
                .build();
    }

    private static LedgerEntry disbursement(RandomGenerator random, Project project) {
        return LedgerEntry.disbursement(
                project.fiscalYear().start().plusDays(random.nextInt(365)), Baht.ofBaht(1 + random.nextInt(10_000)));
    }

    /** The project with one to three generated reports inserted at random places and one ledger entry more. */
    private static Project withMoreReports(Project a, RandomGenerator random, int size) {
        List<ProgressReport> reports = new ArrayList<>(a.progressReports());
        List<ProgressReport> more = ProgressGens.reports(a.fiscalYear()).list(3).next(random, size);
        if (more.isEmpty()) {
            more = List.of(ProgressGens.reports(a.fiscalYear()).next(random, Gen.DEFAULT_SIZE));
        }
        for (ProgressReport report : more) {
            reports.add(random.nextInt(reports.size() + 1), report);
        }
        Ledger ledger = a.ledger().orElseThrow();
        return Project.builder()
                .from(a)
                .progressReports(reports)
                .ledger(Ledger.builder()
                        .from(ledger)
                        .addEntries(disbursement(random, a))
                        .build())
                .build();
    }

    /** An approved project, the same with more reports and ledger entries, and which locked section to change. */
    private record Approved(Project approved, Project reported, int section) {}

    private static Gen<Approved> approvedAndReported() {
        return (random, size) -> {
            Project a = approved(random, size);
            Project b = withMoreReports(a, random, size);
            return new Approved(a, b, random.nextInt(5));
        };
    }

    @Test
    void aProjectCheckedAgainstItselfIsAllowedWithNoChange() {
        Property.forAll(LockPropertiesTest::approved).examples(EXAMPLES).check(a -> {
            LockCheck result = Lock.of(a).check(Project.builder().from(a).build());
            assertThat(result.allowed()).isTrue();
            assertThat(result.allowedChanges()).isEmpty();
        });
    }

    @Test
    void addingReportsAndLedgerEntriesIsAlwaysAllowed() {
        Property.forAll(approvedAndReported()).examples(EXAMPLES).check(approved -> {
            Project a = approved.approved();
            Project b = approved.reported();
            LockCheck result = Lock.of(a).check(b);
            assertThat(result.lockedChanges()).isEmpty();
            assertThat(result).isInstanceOf(LockCheck.Allowed.class);
            assertThat(result.allowedChanges()).isNotEmpty();
        });
    }

    @Test
    void aChangeToALockedSectionIsNeverAllowedEvenWithReportsAdded() {
        Property.forAll(approvedAndReported()).examples(EXAMPLES).check(approved -> {
            Project a = approved.approved();
            Project.Builder b = Project.builder().from(approved.reported());
            String section = lockedChange(a, b, approved.section());
            LockCheck result = Lock.of(a).check(b.build());
            assertThat(result).isInstanceOf(LockCheck.NeedsRevision.class);
            DocumentPath at = DocumentPath.root().field(section);
            assertThat(result.lockedPaths())
                    .isNotEmpty()
                    .allSatisfy(p -> assertThat(p.startsWith(at)).isTrue());
            assertThat(result.lockedChanges()).allSatisfy(c -> {
                assertThat(c.section()).isEqualTo(section);
                assertThat(c.english()).contains("revision");
                assertThat(c.thai()).contains("อนุมัติใหม่");
            });
        });
    }

    /** Makes one change to a locked section of {@code a} on {@code b} and names the section. */
    private static String lockedChange(Project a, Project.Builder b, int which) {
        switch (which) {
            case 0 -> {
                BudgetActivity activity = a.budget().orElseThrow().activities().get(0);
                BudgetLine line = activity.lines().get(0);
                b.budget(Budget.builder()
                        .addActivities(BudgetActivity.builder()
                                .from(activity)
                                .lines(List.of(BudgetLine.builder()
                                        .from(line)
                                        .statedAmount(line.writtenAmount().plus(Baht.ofBaht(500)))
                                        .build()))
                                .build())
                        .build());
                return Fields.BUDGET;
            }
            case 1 -> {
                b.addObjective(Objective.of("ใหม่", "วัตถุประสงค์ที่เพิ่มหลังอนุมัติ"));
                return Fields.OBJECTIVES;
            }
            case 2 -> {
                b.plannedPeriod(
                        a.plannedPeriod().isPresent()
                                        && a.plannedPeriod()
                                                .orElseThrow()
                                                .end()
                                                .equals(a.fiscalYear().end())
                                ? ProjectPeriod.of(
                                        a.fiscalYear().start(),
                                        a.fiscalYear().end().minusDays(1))
                                : ProjectPeriod.of(
                                        a.fiscalYear().start(), a.fiscalYear().end()));
                return Fields.PLANNED_PERIOD;
            }
            case 3 -> {
                b.name(a.name() + " (ปรับปรุง)");
                return Fields.NAME;
            }
            default -> {
                b.ledger(Ledger.builder()
                        .from(a.ledger().orElseThrow())
                        .received(a.ledger().orElseThrow().received().plus(Baht.ofBaht(1)))
                        .build());
                return Fields.LEDGER;
            }
        }
    }
}
