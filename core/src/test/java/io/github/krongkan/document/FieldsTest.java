package io.github.krongkan.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.budget.BudgetSourceKind;
import io.github.krongkan.indicator.Direction;
import io.github.krongkan.project.ProjectStatus;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FieldsTest {
    @Test
    void enumValuesAreLowerCamelCase() {
        assertThat(Fields.enumValue(ProjectStatus.IN_PROGRESS)).isEqualTo("inProgress");
        assertThat(Fields.enumValue(ProjectStatus.DRAFT)).isEqualTo("draft");
        assertThat(Fields.enumValue(Direction.REDUCE_BY_AT_LEAST)).isEqualTo("reduceByAtLeast");
    }

    @Test
    void everyConstantOfAnEnumHasItsOwnSpellingThatReadsBackToItsName() {
        for (Class<? extends Enum<?>> type : Set.of(ProjectStatus.class, Direction.class, BudgetSourceKind.class)) {
            Set<String> spellings = new HashSet<>();
            for (Enum<?> constant : type.getEnumConstants()) {
                String spelling = Fields.enumValue(constant);
                assertThat(spellings.add(spelling)).as(spelling).isTrue();
                assertThat(spelling.replaceAll("([A-Z])", "_$1").toUpperCase(Locale.ROOT))
                        .isEqualTo(constant.name());
            }
        }
    }
}
