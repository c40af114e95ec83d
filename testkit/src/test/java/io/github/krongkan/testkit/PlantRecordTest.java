package io.github.krongkan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.check.Finding;
import io.github.krongkan.check.RuleCode;
import io.github.krongkan.lifecycle.RecordCheck;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every code, record rules and project rules, can be planted in a record: the record check finds
 * exactly the planted finding at the planted pointer, and nothing else.
 */
class PlantRecordTest {
    private static final RecordCheck CHECK = RecordCheck.standard();

    @Test
    void everyRecordCodeIsFoundAloneAtItsPointer() {
        List<String> failures = new ArrayList<>();
        for (RuleCode code : RuleCode.recordCodes()) {
            Set<String> pointers = new HashSet<>();
            for (PlantedRecord planted : Plant.record(code).samples(code.ordinal() * 7_919L + 3, 30)) {
                assertThat(planted.code()).isEqualTo(code);
                pointers.add(planted.pointer());
                List<Finding> findings = CHECK.check(planted.record());
                if (findings.size() != 1
                        || !findings.get(0).code().equals(code.code())
                        || !findings.get(0).path().equals(planted.pointer())) {
                    failures.add(code + " at " + planted.pointer() + " gave " + findings);
                    break;
                }
            }
            assertThat(pointers).as("pointers of %s", code).isNotEmpty();
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void aProjectCodeIsPlantedInTheOnlyVersion() {
        List<String> failures = new ArrayList<>();
        for (RuleCode code : RuleCode.projectCodes()) {
            for (PlantedRecord planted : Plant.record(code).samples(code.ordinal() + 11L, 10)) {
                assertThat(planted.pointer()).startsWith("/versions/0/project/");
                List<Finding> findings = CHECK.check(planted.record());
                if (findings.size() != 1
                        || !findings.get(0).code().equals(code.code())
                        || !findings.get(0).path().equals(planted.pointer())) {
                    failures.add(code + " at " + planted.pointer() + " gave " + findings);
                    break;
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theLifeVariesWithTheSeed() {
        Set<Integer> lengths = new HashSet<>();
        Set<String> workflows = new HashSet<>();
        for (PlantedRecord planted : Plant.record("TRANSITION_REFUSED").samples(5L, 60)) {
            lengths.add(planted.record().history().size());
            workflows.add(planted.record().workflow().orElse("(default)"));
        }
        assertThat(lengths).hasSizeGreaterThan(2);
        assertThat(workflows).contains("bma", "obec", "(default)");
    }

    @Test
    void anUnknownCodeIsRefusedWithTheCodes() {
        assertThatThrownBy(() -> Plant.record("NO_SUCH_CODE"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NO_SUCH_CODE")
                .hasMessageContaining("STATUS_MOVED_BACKWARDS");
    }
}
