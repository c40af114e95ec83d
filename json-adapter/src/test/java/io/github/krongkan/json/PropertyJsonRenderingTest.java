package io.github.krongkan.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.project.Project;
import io.github.krongkan.testkit.ProjectGens;
import io.github.krongkan.testkit.Property;
import io.github.krongkan.testkit.PropertyFailure;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * With json-adapter on the class path, the testkit's property runner prints a shrunk project as a
 * compact krongkan/1 document, which reads back to the counterexample.
 */
class PropertyJsonRenderingTest {
    @Test
    void aShrunkProjectIsPrintedAsCompactKrongkanJson() {
        PropertyFailure failure = null;
        try {
            Property.forAll(ProjectGens.projects())
                    .seed(17)
                    .verify(p -> p.risks().size() <= 2);
        } catch (PropertyFailure f) {
            failure = f;
        }
        assertThat(failure).isNotNull();
        Project counterexample = (Project) failure.counterexample();
        assertThat(failure.rendered())
                .isEqualTo(KrongkanJson.writeCompact(counterexample))
                .startsWith("{")
                .doesNotContain("\n");
        assertThat(failure.rendered().getBytes(StandardCharsets.UTF_8).length).isLessThan(2048);
        assertThat(failure.getMessage()).contains("Counterexample:\n" + failure.rendered() + "\n");
        assertThat(KrongkanJson.readProject(failure.rendered())).isEqualTo(counterexample);
        assertThat(counterexample.risks()).hasSize(3);
    }
}
