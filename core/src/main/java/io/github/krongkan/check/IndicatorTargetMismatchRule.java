package io.github.krongkan.check;

import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.document.Fields;
import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.indicator.IndicatorTarget;
import io.github.krongkan.indicator.IndicatorUnit;
import io.github.krongkan.indicator.Measure;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.Target;
import io.github.krongkan.project.TargetKind;
import io.github.krongkan.time.FiscalPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code INDICATOR_TARGET_MISMATCH} (warning): an indicator linked to a quantitative project target
 * ({@link Indicator#linkedTargetNumber()}) sets a different number for the whole indicator or for
 * the project's fiscal year than the target does. Seed 004 targets 200 assessors (ผู้ประเมิน 200 คน)
 * while its KPI says 100. Percentage indicators are not compared with counts.
 */
final class IndicatorTargetMismatchRule extends AbstractRule {
    IndicatorTargetMismatchRule() {
        super(RuleCode.INDICATOR_TARGET_MISMATCH);
    }

    @Override
    public List<Finding> check(Project project) {
        List<Finding> findings = new ArrayList<>();
        Optional<FiscalPeriod> year = Optional.of(project.fiscalYear());
        for (Item<Indicator> item :
                items(project.indicators(), DocumentPath.root().field(Fields.INDICATORS))) {
            Indicator indicator = item.value();
            if (indicator.linkedTargetNumber().isEmpty()
                    || indicator.measure() == Measure.PERCENTAGE
                    || indicator.unit().equals(Optional.of(IndicatorUnit.PERCENT))) {
                continue;
            }
            Optional<Target> linked = project.targets().stream()
                    .filter(t -> t.number().equals(indicator.linkedTargetNumber()))
                    .findFirst();
            if (linked.isEmpty() || linked.get().kind() != TargetKind.QUANTITATIVE) {
                continue;
            }
            Target target = linked.get();
            for (Item<IndicatorTarget> stated : items(indicator.targets(), item.field(Fields.TARGETS))) {
                IndicatorTarget t = stated.value();
                boolean wholeOrYear = t.period().isEmpty() || t.period().equals(year);
                if (!wholeOrYear || t.value().compareTo(target.quantity().orElseThrow()) == 0) {
                    continue;
                }
                String quantity = target.quantity().get().toPlainString() + " "
                        + target.unit().orElseThrow();
                findings.add(finding(stated.field(Fields.VALUE))
                        .message("The indicator's target " + t.value().toPlainString()
                                + " differs from the project target "
                                + target.number().orElseThrow() + ", " + quantity)
                        .messageThai("ค่าเป้าหมายของตัวชี้วัด " + t.value().toPlainString() + " ไม่ตรงกับเป้าหมายข้อ "
                                + target.number().get() + " จำนวน " + quantity)
                        .expected(target.quantity().get().toPlainString())
                        .actual(t.value().toPlainString())
                        .build());
            }
        }
        return findings;
    }
}
