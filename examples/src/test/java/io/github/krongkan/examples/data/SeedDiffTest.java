package io.github.krongkan.examples.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.diff.ChangeKind;
import io.github.krongkan.diff.MoneyChange;
import io.github.krongkan.diff.ProjectDiff;
import io.github.krongkan.json.KrongkanJson;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ProjectDiff} on the seeds and on corrected copies of them. */
class SeedDiffTest {
    private static final Path DATA = Path.of("data");

    private static Project seed(String file) {
        return KrongkanJson.readProject(DATA.resolve(file));
    }

    /** Seed 004 with the amount of one line of one activity replaced. */
    private static Project withLine(Project p, int activity, int line, Baht amount) {
        Budget budget = p.budget().orElseThrow();
        BudgetActivity a = budget.activities().get(activity);
        List<BudgetLine> lines = new ArrayList<>(a.lines());
        lines.set(
                line,
                BudgetLine.builder().from(lines.get(line)).statedAmount(amount).build());
        List<BudgetActivity> activities = new ArrayList<>(budget.activities());
        activities.set(activity, BudgetActivity.builder().from(a).lines(lines).build());
        return Project.builder()
                .from(p)
                .budget(Budget.builder().from(budget).activities(activities).build())
                .build();
    }

    @Test
    void everySeedIsEqualToItselfReadTwice() {
        for (String file : List.of(
                "000-bang-khen-network-19.json",
                "001-lat-krabang-fy2564-tracking.json",
                "002-bueng-kum-fy2564-tracking.json",
                "003-samut-prakan-2-reading.json",
                "004-samut-prakan-2-quality-assurance.json")) {
            assertThat(ProjectDiff.between(seed(file), seed(file)).isEmpty())
                    .as(file)
                    .isTrue();
        }
    }

    @Test
    void seed004WithItsSnacksRaisedIsOneChangeAndTheMoneyGoesUpByActivity() {
        Project proposal = seed("004-samut-prakan-2-quality-assurance.json");
        Project revised = withLine(proposal, 1, 0, Baht.ofBaht(7700));
        ProjectDiff diff = ProjectDiff.between(proposal, revised);

        assertThat(diff.changes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ChangeKind.CHANGED);
            assertThat(c.path()).hasToString("/budget/activities/1/lines/0/statedAmount");
            assertThat(c.english())
                    .isEqualTo("changed /budget/activities/1/lines/0/statedAmount from 7000.00 to 7700.00");
            assertThat(c.thai()).isEqualTo("แก้ไข /budget/activities/1/lines/0/statedAmount จาก 7000.00 เป็น 7700.00");
        });
        assertThat(diff.money()).hasSize(2);
        MoneyChange budget = diff.money().get(0);
        assertThat(budget.label()).isEqualTo("budget");
        assertThat(budget.difference()).isEqualTo(Baht.ofBaht(700));
        assertThat(diff.money().get(1))
                .isEqualTo(new MoneyChange("activity 2", Baht.ofBaht(19_000), Baht.ofBaht(19_700)));
        assertThat(diff.money().get(1).english()).isEqualTo("activity 2 up 700.00 baht (19,000.00 → 19,700.00)");
        assertThat(diff.money().get(1).thai()).isEqualTo("activity 2 เพิ่มขึ้น 700.00 บาท (19,000.00 → 19,700.00)");
    }

    @Test
    void seed004WithItsLunchCorrectedShowsTheNinetyThousandThatWasNeverNeeded() {
        // DOMAIN.md: activity 5 states 100,000 for 100 people × 100 baht × 1 meal (10,000)
        Project proposal = seed("004-samut-prakan-2-quality-assurance.json");
        Project corrected = withLine(proposal, 4, 1, Baht.ofBaht(10_000));
        ProjectDiff diff = ProjectDiff.between(proposal, corrected);
        assertThat(diff.changes())
                .singleElement()
                .satisfies(c -> assertThat(c.path()).hasToString("/budget/activities/4/lines/1/statedAmount"));
        assertThat(diff.money()).extracting(MoneyChange::difference).containsOnly(Baht.ofBaht(-90_000));
        assertThat(diff.money().get(0).english()).startsWith("budget down 90,000.00 baht");
        assertThat(diff.inverse()).isEqualTo(ProjectDiff.between(corrected, proposal));
        assertThat(diff.apply(proposal)).isEqualTo(corrected);
        assertThat(diff.inverse().apply(corrected)).isEqualTo(proposal);
    }

    @Test
    void seed002CancelledAgainstItsApprovedSelfIsTheStatusOnly() {
        Project cancelled = seed("002-bueng-kum-fy2564-tracking.json");
        Project approved =
                Project.builder().from(cancelled).status(ProjectStatus.APPROVED).build();
        assertThat(ProjectDiff.between(approved, cancelled).english())
                .containsExactly("changed /status from approved to " + lowerCamel(cancelled.status()));
    }

    private static String lowerCamel(ProjectStatus status) {
        String[] words = status.name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder out = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            out.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return out.toString();
    }
}
