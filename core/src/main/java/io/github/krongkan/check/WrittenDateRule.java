package io.github.krongkan.check;

import io.github.krongkan.document.Fields;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import io.github.krongkan.time.DateReading;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A rule on the way a report's date as written reads, where it can mean the report's date: one
 * finding at {@code dateAsWritten} for each report whose reading the rule is about.
 */
abstract class WrittenDateRule extends ReportRule {
    private final Predicate<DateReading> about;

    WrittenDateRule(RuleCode code, Predicate<DateReading> about) {
        super(code);
        this.about = Objects.requireNonNull(about, "about");
    }

    @Override
    final void check(Project project, Item<ProgressReport> report, List<Finding> findings) {
        ProgressReport r = report.value();
        WrittenDates.agreeing(r)
                .filter(about)
                .ifPresent(reading -> findings.add(describe(
                                finding(report.field(Fields.DATE_AS_WRITTEN)),
                                r,
                                r.dateAsWritten().orElseThrow(),
                                reading)
                        .build()));
    }

    /**
     * Says what is wrong with a written date.
     *
     * @param finding the finding, code, severity and pointer set
     * @param report the report
     * @param written its date as written
     * @param reading how that reads
     * @return the finding with its messages and values
     */
    abstract Finding.Builder describe(
            Finding.Builder finding, ProgressReport report, String written, DateReading reading);
}
