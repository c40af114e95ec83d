package io.github.krongkan.check;

import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.document.Fields;
import io.github.krongkan.project.ProjectPeriod;
import io.github.krongkan.schedule.ActionStep;
import io.github.krongkan.time.FiscalMonth;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** What the rules of the action plan's months share: which months of a step lie outside a range. */
final class StepMonths {
    private StepMonths() {}

    /** The planned or the actual months of a step. */
    enum Kind {
        PLANNED(Fields.PLANNED_MONTHS, "planned", "ตามแผน"),
        ACTUAL(Fields.ACTUAL_MONTHS, "done", "ที่ดำเนินการจริง");

        final String field;
        final String word;
        final String wordThai;

        Kind(String field, String word, String wordThai) {
            this.field = field;
            this.word = word;
            this.wordThai = wordThai;
        }

        List<FiscalMonth> of(ActionStep step) {
            return this == PLANNED ? step.plannedMonths() : step.actualMonths();
        }
    }

    /** Whether a month shares at least one day with a period. */
    static boolean overlaps(FiscalMonth month, ProjectPeriod period) {
        return !month.end().isBefore(period.start()) && !month.start().isAfter(period.end());
    }

    /** The index of the first month that fails the test, or -1. */
    static int firstOutside(List<FiscalMonth> months, Predicate<FiscalMonth> inside) {
        for (int i = 0; i < months.size(); i++) {
            if (!inside.test(months.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The months that fail the test, as ISO months: {@code 2017-10, 2017-11}. */
    static String outside(List<FiscalMonth> months, Predicate<FiscalMonth> inside) {
        return months.stream()
                .filter(inside.negate())
                .map(m -> m.yearMonth().toString())
                .collect(Collectors.joining(", "));
    }

    /** The pointer of a month of a step: {@code /actionPlan/steps/<i>/plannedMonths/<j>}. */
    static DocumentPath path(AbstractRule.Item<ActionStep> step, Kind kind, int month) {
        return step.field(kind.field).index(month);
    }

    /** The steps of the project's action plan, with their pointers. */
    static DocumentPath steps() {
        return DocumentPath.root().field(Fields.ACTION_PLAN).field(Fields.STEPS);
    }
}
