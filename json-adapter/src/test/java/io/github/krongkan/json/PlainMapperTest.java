package io.github.krongkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import io.github.krongkan.check.Finding;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.check.Severity;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectTotals;
import io.github.krongkan.time.FiscalYear;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A plain {@link ObjectMapper}, without {@link KrongkanModule}, refuses krongkan's values loudly
 * with an {@link InvalidDefinitionException} instead of writing them as beans that no reader takes
 * back (a {@code Baht} used to come out as {@code {"zero":false,"negative":false}}).
 */
class PlainMapperTest {
    private final ObjectMapper plain = new ObjectMapper();

    /** A user's own record with an amount, as a caller's DTO would hold it. */
    record Line(String item, Baht amount) {}

    private static Project seed() {
        return KrongkanJson.readProject(Path.of("..", "examples", "data", "001-lat-krabang-fy2564-tracking.json"));
    }

    private void refused(Object value, Class<?> type) {
        assertThatThrownBy(() -> plain.writeValueAsString(value))
                .as("%s without the module", type.getSimpleName())
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("No serializer found for class " + type.getName());
    }

    @Test
    void bahtFailsLoudlyAloneInsideARecordAndInCollections() {
        Baht amount = Baht.parse("90000.00");
        refused(amount, Baht.class);
        refused(Baht.ZERO, Baht.class);
        refused(amount.negated(), Baht.class);
        refused(new Line("ค่าอาหาร", amount), Baht.class);
        refused(List.of(amount), Baht.class);
        refused(Map.of("total", amount), Baht.class);
    }

    @Test
    void fiscalPeriodsFailLoudly() {
        FiscalYear year = FiscalYear.ofBuddhistEra(2564);
        refused(year, FiscalYear.class);
        refused(year.quarter(2), year.quarter(2).getClass());
        refused(year.month(1), year.month(1).getClass());
    }

    @Test
    void projectsTotalsAndFindingsFailLoudly() {
        Project project = seed();
        refused(project, project.getClass());
        refused(ProjectTotals.of(project), Baht.class);
        Finding finding = Finding.builder()
                .code("MY_RULE_1")
                .severity(Severity.WARNING)
                .path("/name")
                .message("message")
                .messageThai("ข้อความ")
                .build();
        refused(finding, finding.getClass());
        List<Finding> findings = ProjectCheck.standard().check(project);
        if (!findings.isEmpty()) {
            refused(findings, findings.get(0).getClass());
        }
    }

    @Test
    void withTheModuleTheSameValuesAreWritten() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new KrongkanModule());
        assertThat(mapper.writeValueAsString(new Line("ค่าอาหาร", Baht.parse("90000"))))
                .isEqualTo("{\"item\":\"ค่าอาหาร\",\"amount\":\"90000.00\"}");
        assertThat(mapper.writeValueAsString(FiscalYear.ofBuddhistEra(2564))).isEqualTo("2564");
    }
}
