package io.github.krongkan.check;

import io.github.krongkan.document.Fields;
import io.github.krongkan.progress.ProgressHistory;
import io.github.krongkan.project.Project;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code REPORT_DUPLICATED} (warning): two progress reports have the same date, or the same
 * number: a report entered twice, or a date or number copied from the report before. Reported at
 * the later report in date order (see {@link ProgressHistory}), once for the date and once for
 * the number.
 */
final class ReportDuplicatedRule extends AbstractRule {
    ReportDuplicatedRule() {
        super(RuleCode.REPORT_DUPLICATED);
    }

    @Override
    public List<Finding> check(Project project) {
        List<Finding> findings = new ArrayList<>();
        Map<Object, ProgressHistory.Entry> dates = new HashMap<>();
        Map<String, ProgressHistory.Entry> numbers = new HashMap<>();
        for (ProgressHistory.Entry e : ProgressHistory.of(project).entries()) {
            ProgressHistory.Entry sameDate = dates.putIfAbsent(e.date(), e);
            if (sameDate != null) {
                findings.add(finding(Reports.path(e, Fields.DATE))
                        .message("Two progress reports are dated " + e.date() + " (the other at " + sameDate.path()
                                + ")")
                        .messageThai("รายงานความก้าวหน้าสองฉบับลงวันที่ " + e.date() + " ซ้ำกัน")
                        .actual(e.date().toString())
                        .build());
            }
            Optional<String> key = Reports.numberKey(e.report().number());
            if (key.isPresent()) {
                ProgressHistory.Entry sameNumber = numbers.putIfAbsent(key.get(), e);
                if (sameNumber != null) {
                    String number = e.report().number().get();
                    findings.add(finding(Reports.path(e, Fields.NUMBER))
                            .message("Two progress reports are numbered " + number + " (the other at "
                                    + sameNumber.path() + ", dated " + sameNumber.date() + ")")
                            .messageThai("รายงานความก้าวหน้าสองฉบับใช้ครั้งที่ " + number + " ซ้ำกัน")
                            .actual(number)
                            .build());
                }
            }
        }
        return Reports.inDocumentOrder(findings);
    }
}
