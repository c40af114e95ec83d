package io.github.krongkan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.lifecycle.History;
import io.github.krongkan.lifecycle.Outcome;
import io.github.krongkan.lifecycle.ProjectRecord;
import io.github.krongkan.lifecycle.RecordCheck;
import io.github.krongkan.lifecycle.SubProjectRollUp;
import io.github.krongkan.lifecycle.Transition;
import io.github.krongkan.lifecycle.Workflow;
import io.github.krongkan.network.Network;
import io.github.krongkan.project.Project;
import io.github.krongkan.time.FiscalYear;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Some generated records have network sub-projects, each valid on its own and of a known network. */
class RecordGensChildrenTest {
    private static final Project CLEAN = Project.builder()
            .name("โครงการ")
            .fiscalYear(FiscalYear.ofBuddhistEra(2564))
            .build();

    @Test
    void someRecordsHaveSubProjectsOfTheParentsNetworks() {
        PropertyResult result = Property.forAll(RecordGens.records())
                .examples(120)
                .classify("with children", r -> !r.children().isEmpty())
                .classify(
                        "children of listed networks",
                        r -> !r.children().isEmpty()
                                && !r.current().project().networks().isEmpty())
                .check(record -> {
                    List<String> networks = record.current().project().networks().stream()
                            .map(Network::id)
                            .toList();
                    Workflow workflow = Workflow.named(record.workflow().orElse("bma"));
                    for (ProjectRecord child : record.children()) {
                        assertThat(child.children()).isEmpty();
                        assertThat(child.versions()).hasSize(1);
                        assertThat(child.networkId()).isPresent();
                        if (!networks.isEmpty()) {
                            assertThat(networks).contains(child.networkId().get());
                        }
                        assertThat(Workflow.named(child.workflow().orElse("bma"))
                                        .name())
                                .isEqualTo(workflow.name());
                        History history = History.empty();
                        for (Transition t : child.history()) {
                            Outcome outcome = workflow.apply(CLEAN, history, t);
                            assertThat(outcome.accepted()).as("%s", outcome).isTrue();
                            history = outcome.history();
                        }
                    }
                    assertThat(SubProjectRollUp.of(record).children())
                            .hasSize(record.children().size());
                    assertThat(RecordCheck.standard().check(record))
                            .noneMatch(f -> f.code().equals("SUBPROJECT_NETWORK_UNKNOWN"));
                });
        assertThat(result.count("with children")).isBetween(10L, 60L);
        assertThat(result.count("children of listed networks")).isPositive();
    }
}
