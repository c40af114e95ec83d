package io.github.krongkan.check;

import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.document.Fields;
import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.indicator.Measurement;
import io.github.krongkan.progress.ProgressHistory;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code INDICATOR_RESULT_ON_CANCELLED_PROJECT} (warning): a cancelled project (ยกเลิก) reports an
 * indicator result (ผลงานที่ทำได้): a value or a result in words. A cancelled project has no
 * results to measure, so the result is copied from a plan or a report of another project. Seed 002
 * was cancelled on 29 July 2021, yet its KPI says target 100, achieved 80.
 *
 * <p>A project is cancelled if its status is {@link ProjectStatus#CANCELLED} or its progress
 * reports leave it cancelled ({@link ProgressHistory#latestStatus()}). When the reports say since
 * when, results measured before that day (by their date, or by the end of their period) are not
 * reported. One finding per measurement, in document order.
 */
final class IndicatorResultOnCancelledProjectRule extends AbstractRule {
    IndicatorResultOnCancelledProjectRule() {
        super(RuleCode.INDICATOR_RESULT_ON_CANCELLED_PROJECT);
    }

    @Override
    public List<Finding> check(Project project) {
        ProgressHistory history = ProgressHistory.of(project);
        boolean cancelledByReports = history.latestStatus().equals(Optional.of(ProjectStatus.CANCELLED));
        if (project.status() != ProjectStatus.CANCELLED && !cancelledByReports) {
            return List.of();
        }
        Optional<LocalDate> since = cancelledByReports ? cancelledSince(history) : Optional.empty();
        List<Finding> findings = new ArrayList<>();
        for (Item<Indicator> item :
                items(project.indicators(), DocumentPath.root().field(Fields.INDICATORS))) {
            Indicator indicator = item.value();
            for (Item<Measurement> measurement : items(indicator.measurements(), item.field(Fields.MEASUREMENTS))) {
                Measurement m = measurement.value();
                Optional<BigDecimal> value = indicator.value(m);
                Optional<String> result = value.map(BigDecimal::toPlainString).or(m::reportedText);
                if (result.isEmpty() || measuredBefore(m, since)) {
                    continue;
                }
                String name = indicator.number().map(n -> "Indicator " + n).orElse("Indicator " + item.number());
                String nameThai = "ตัวชี้วัดที่ " + indicator.number().orElse(Integer.toString(item.number()));
                String when = since.map(d -> " on " + d).orElse("");
                String whenThai = since.map(d -> " เมื่อ " + d).orElse("");
                findings.add(finding(measurement.path())
                        .message(name + " reports a result (" + result.get() + ") although the project was cancelled"
                                + when)
                        .messageThai(nameThai + " รายงานผลงานที่ทำได้ (" + result.get() + ") ทั้งที่โครงการถูกยกเลิก"
                                + whenThai)
                        .expected("no result")
                        .actual(result.get())
                        .build());
            }
        }
        return findings;
    }

    /** The day the cancellation in force began: the first cancellation after the last other change. */
    private static Optional<LocalDate> cancelledSince(ProgressHistory history) {
        LocalDate since = null;
        for (ProgressHistory.Entry e : history.entries()) {
            Optional<ProjectStatus> change = e.report().statusChange();
            if (change.isEmpty()) {
                continue;
            }
            if (change.get() != ProjectStatus.CANCELLED) {
                since = null;
            } else if (since == null) {
                since = e.date();
            }
        }
        return Optional.ofNullable(since);
    }

    private static boolean measuredBefore(Measurement m, Optional<LocalDate> since) {
        if (since.isEmpty()) {
            return false;
        }
        Optional<LocalDate> measured = m.date().or(() -> m.period().map(p -> p.end()));
        return measured.isPresent() && measured.get().isBefore(since.get());
    }
}
