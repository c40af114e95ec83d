package io.github.krongkan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.check.Finding;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectStatus;
import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.ProjectGens;
import io.github.krongkan.testkit.Property;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Properties of a KPI rule of one's own, {@link ResultsOnCancelledProjectRule}, over the testkit's
 * generated projects, on the testkit's runner: the way a user of krongkan tests the rules they add.
 * A failure is shrunk to a small project and printed as krongkan JSON with the seed that replays it.
 */
class ResultsOnCancelledProjectRuleTest {
    private static final ResultsOnCancelledProjectRule RULE = new ResultsOnCancelledProjectRule();

    /** How many measurements have a value, counted independently of the rule. */
    private static long measuredValues(Project project) {
        return project.indicators().stream()
                .mapToLong(i -> i.measurements().stream()
                        .filter(m -> i.value(m).isPresent())
                        .count())
                .sum();
    }

    @Test
    void firesOncePerReportedValueOfACancelledProject() {
        Property.forAll(ProjectGens.projects()).examples(1000).check(generated -> {
            Project cancelled = Project.builder()
                    .from(generated)
                    .status(ProjectStatus.CANCELLED)
                    .build();
            List<Finding> findings = RULE.check(cancelled);
            assertThat((long) findings.size()).isEqualTo(measuredValues(cancelled));
            long previous = -1;
            for (Finding f : findings) {
                String[] parts = f.path().split("/");
                int i = Integer.parseInt(parts[2]);
                int j = Integer.parseInt(parts[4]);
                Indicator indicator = cancelled.indicators().get(i);
                assertThat(indicator.value(indicator.measurements().get(j))).isPresent();
                long position = (long) i << 32 | j;
                assertThat(position).as("document order").isGreaterThan(previous);
                previous = position;
            }
        });
    }

    @Test
    void neverFiresOnAProjectThatIsNotCancelled() {
        Gen<ProjectStatus> statuses = Gen.enums(ProjectStatus.class);
        Gen<Project> withAnyStatus = (random, size) -> Project.builder()
                .from(ProjectGens.projects().next(random, size))
                .status(statuses.next(random, size))
                .build();
        Property.forAll(withAnyStatus).examples(1000).check(project -> {
            ProjectStatus status = project.status();
            assertThat(RULE.check(project).isEmpty())
                    .isEqualTo(status != ProjectStatus.CANCELLED || measuredValues(project) == 0);
        });
    }

    @Test
    void addsToTheStandardCheckWithoutChangingIt() {
        ProjectCheck check = ProjectCheck.standard().with(RULE);
        Property.forAll(ProjectGens.projects()).examples(1000).check(project -> {
            List<Finding> all = check.check(project);
            List<Finding> standard = ProjectCheck.standard().check(project);
            assertThat(all.subList(0, standard.size())).isEqualTo(standard);
            assertThat(all.subList(standard.size(), all.size())).isEqualTo(RULE.check(project));
        });
    }

    @Test
    void aPlainLoopDoesTheSame() {
        for (Project generated : ProjectGens.projects().samples(20_250, 300)) {
            Project cancelled = Project.builder()
                    .from(generated)
                    .status(ProjectStatus.CANCELLED)
                    .build();
            assertThat((long) RULE.check(cancelled).size()).isEqualTo(measuredValues(cancelled));
        }
        assertThat(ProjectGens.projects().next(new SplittableRandom(1), 50))
                .isEqualTo(ProjectGens.projects().sample(1, 50));
    }
}
