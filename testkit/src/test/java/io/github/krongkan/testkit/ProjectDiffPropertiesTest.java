package io.github.krongkan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.diff.Change;
import io.github.krongkan.diff.ChangeKind;
import io.github.krongkan.diff.ProjectDiff;
import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.document.Fields;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Objective;
import io.github.krongkan.project.Project;
import io.github.krongkan.risk.Risk;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Properties of {@link ProjectDiff} over generated projects. */
class ProjectDiffPropertiesTest {
    private static final int EXAMPLES = 300;

    private static final Gen<Project> PROJECTS = ProjectGens.projects();

    /** Two projects generated independently, at the same size. */
    private record Pair(Project a, Project b) {}

    @Test
    void aProjectHasNoChangeAgainstItselfOrAnEqualCopy() {
        Property.forAll(PROJECTS).examples(EXAMPLES).check(a -> {
            assertThat(ProjectDiff.between(a, a).isEmpty()).isTrue();
            ProjectDiff copy = ProjectDiff.between(a, Project.builder().from(a).build());
            assertThat(copy.changes()).isEmpty();
            assertThat(copy.money()).isEmpty();
        });
    }

    @Test
    void theDiffBackIsTheInverseOfTheDiffThere() {
        Gen<Pair> pairs = (random, size) -> new Pair(PROJECTS.next(random, size), PROJECTS.next(random, size));
        Property.forAll(pairs).examples(EXAMPLES).check(pair -> {
            Project a = pair.a();
            Project b = pair.b();
            ProjectDiff there = ProjectDiff.between(a, b);
            ProjectDiff back = ProjectDiff.between(b, a);
            assertThat(there.inverse()).isEqualTo(back);
            assertThat(back.inverse()).isEqualTo(there);
            assertThat(there.isEmpty()).isEqualTo(a.equals(b));
            assertThat(new HashSet<>(there.changes())).hasSameSizeAs(there.changes());
        });
    }

    @Test
    void changingTheNameIsOneChangeAtName() {
        Property.forAll(PROJECTS).examples(EXAMPLES).check(a -> {
            Project b =
                    Project.builder().from(a).name(a.name() + " (ฉบับปรับปรุง)").build();
            assertThat(ProjectDiff.between(a, b).changes()).singleElement().satisfies(c -> {
                assertThat(c.kind()).isEqualTo(ChangeKind.CHANGED);
                assertThat(c.path()).isEqualTo(DocumentPath.root().field(Fields.NAME));
            });
        });
    }

    @Test
    void changingOneLineAmountIsOneChangeAtItsPointerAndMovesTheMoney() {
        Gen<LineEdit> edits = (random, size) -> {
            Budget budget = budget(random);
            Project project = PROJECTS.next(random, size);
            int i = random.nextInt(budget.activities().size());
            int j = random.nextInt(budget.activities().get(i).lines().size());
            return new LineEdit(project, budget, i, j, 1 + random.nextInt(1000));
        };
        Property.forAll(edits).examples(EXAMPLES).check(ProjectDiffPropertiesTest::changeOneLine);
    }

    /** A project, the budget it is given, and a line's amount raised by some baht. */
    private record LineEdit(Project project, Budget budget, int activity, int line, int raisedBy) {}

    private static void changeOneLine(LineEdit edit) {
        Budget budget = edit.budget();
        Project a = Project.builder().from(edit.project()).budget(budget).build();
        int i = edit.activity();
        BudgetActivity activity = budget.activities().get(i);
        int j = edit.line();
        BudgetLine line = activity.lines().get(j);
        Baht more = line.writtenAmount().plus(Baht.ofBaht(edit.raisedBy()));
        List<BudgetLine> lines = new ArrayList<>(activity.lines());
        lines.set(j, BudgetLine.builder().from(line).statedAmount(more).build());
        List<BudgetActivity> activities = new ArrayList<>(budget.activities());
        activities.set(i, BudgetActivity.builder().from(activity).lines(lines).build());
        Budget changed = Budget.builder().from(budget).activities(activities).build();
        Project b = Project.builder().from(a).budget(changed).build();

        ProjectDiff diff = ProjectDiff.between(a, b);
        DocumentPath at = DocumentPath.root()
                .field(Fields.BUDGET)
                .field(Fields.ACTIVITIES)
                .index(i)
                .field(Fields.LINES)
                .index(j)
                .field(Fields.STATED_AMOUNT);
        assertThat(diff.changes()).containsExactly(Change.changed(at, at, line.writtenAmount(), more));
        Baht up = more.minus(line.writtenAmount());
        assertThat(diff.money()).hasSize(2);
        assertThat(diff.money()).allSatisfy(m -> assertThat(m.difference()).isEqualTo(up));
        assertThat(diff.money().get(0).before())
                .isEqualTo(Baht.sum(budget.activities().stream()
                        .map(BudgetActivity::writtenLineSum)
                        .toList()));
    }

    /**
     * A budget of one to five activities, numbered or not, of one to four lump-sum lines, with now and
     * then a stated subtotal or total (the simplest choices leave them out).
     */
    private static Budget budget(RandomGenerator random) {
        Budget.Builder b = Budget.builder();
        boolean numbered = random.nextBoolean();
        int activities = 1 + random.nextInt(5);
        for (int i = 0; i < activities; i++) {
            BudgetActivity.Builder activity = BudgetActivity.builder().name("กิจกรรม " + (i + 1));
            if (numbered) {
                activity.number(Integer.toString(i + 1));
            }
            int lines = 1 + random.nextInt(4);
            for (int j = 0; j < lines; j++) {
                Baht amount = Baht.ofSatang(random.nextLong(100_000_000L));
                activity.addLines(BudgetLine.lumpSum("รายการ " + j, amount));
            }
            if (random.nextInt(4) == 3) {
                activity.statedSubtotal(Baht.ofBaht(random.nextInt(100_000)));
            }
            b.addActivities(activity.build());
        }
        if (random.nextInt(4) == 3) {
            b.statedTotal(Baht.ofBaht(random.nextInt(1_000_000)));
        }
        return b.build();
    }

    @Test
    void insertingANumberedObjectiveOrRiskIsOneAddedChange() {
        Gen<Insertion> insertions = (random, size) -> {
            Project generated = PROJECTS.next(random, size);
            return new Insertion(
                    generated,
                    random.nextInt(generated.objectives().size() + 1),
                    random.nextInt(generated.risks().size() + 1));
        };
        Property.forAll(insertions).examples(EXAMPLES).check(ProjectDiffPropertiesTest::insertOne);
    }

    /** A project and where an objective and a risk are inserted into it. */
    private record Insertion(Project generated, int objectiveAt, int riskAt) {}

    private static void insertOne(Insertion insertion) {
        Project generated = insertion.generated();
        List<Objective> objectives = new ArrayList<>();
        for (int k = 0; k < generated.objectives().size(); k++) {
            String text = generated.objectives().get(k).text();
            objectives.add(Objective.of(Integer.toString(k + 1), text));
        }
        List<Risk> risks = new ArrayList<>();
        for (int k = 0; k < generated.risks().size(); k++) {
            Risk risk = generated.risks().get(k);
            risks.add(Risk.builder().from(risk).number(Integer.toString(k + 1)).build());
        }
        Project a = Project.builder()
                .from(generated)
                .objectives(objectives)
                .risks(risks)
                .build();

        int at = insertion.objectiveAt();
        List<Objective> moreObjectives = new ArrayList<>(objectives);
        Objective objective = Objective.of("ใหม่", "วัตถุประสงค์ที่เพิ่ม");
        moreObjectives.add(at, objective);
        Project b = Project.builder().from(a).objectives(moreObjectives).build();
        assertThat(ProjectDiff.between(a, b).changes())
                .containsExactly(added(Fields.OBJECTIVES, objectives.isEmpty(), at, objective, moreObjectives));

        int riskAt = insertion.riskAt();
        List<Risk> moreRisks = new ArrayList<>(risks);
        Risk risk = Risk.builder().number("ใหม่").description("ครูย้ายกลางปี").build();
        moreRisks.add(riskAt, risk);
        Project c = Project.builder().from(a).risks(moreRisks).build();
        assertThat(ProjectDiff.between(a, c).changes())
                .containsExactly(added(Fields.RISKS, risks.isEmpty(), riskAt, risk, moreRisks));
    }

    /**
     * The one change an insertion gives: the item at its index, or, into an empty list, which the
     * JSON leaves out, the list member itself.
     */
    private static Change added(String list, boolean wasEmpty, int at, Object item, List<?> all) {
        DocumentPath path = DocumentPath.root().field(list);
        return wasEmpty ? Change.added(path, all) : Change.added(path.index(at), item);
    }
}
