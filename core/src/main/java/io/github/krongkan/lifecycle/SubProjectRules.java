package io.github.krongkan.lifecycle;

import io.github.krongkan.check.Finding;
import io.github.krongkan.check.RuleCode;
import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.document.Fields;
import io.github.krongkan.network.Network;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of a record's network sub-projects ({@link ProjectRecord#children()}): {@code
 * SUBPROJECTS_NOT_DONE} and {@code SUBPROJECT_NETWORK_UNKNOWN}.
 */
final class SubProjectRules {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Set<Stage> BEFORE_APPROVAL =
            EnumSet.of(Stage.DRAFT, Stage.PROPOSED, Stage.ENDORSED, Stage.RETURNED, Stage.WITHDRAWN);

    private SubProjectRules() {}

    /**
     * {@code SUBPROJECTS_NOT_DONE}: the parent says it is done (its latest report says 100 %, or
     * its status is completed) while a child is not approved (still before approval), was
     * cancelled, shows no disbursement, or returned money; one finding per such child, at the child.
     */
    static List<Finding> notDone(ProjectRecord record, DocumentPath at) {
        SubProjectRollUp rollUp = SubProjectRollUp.of(record);
        RecordFigures parent = rollUp.parent();
        boolean fullProgress =
                parent.progress().filter(p -> p.compareTo(HUNDRED) >= 0).isPresent();
        if (!fullProgress && parent.status() != ProjectStatus.COMPLETED) {
            return List.of();
        }
        String says = fullProgress ? "reports 100 % progress" : "is completed";
        String saysThai = fullProgress ? "รายงานความก้าวหน้าร้อยละ 100" : "ดำเนินการแล้วเสร็จ";
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < rollUp.children().size(); i++) {
            RecordFigures child = rollUp.children().get(i);
            List<String> why = new ArrayList<>();
            List<String> whyThai = new ArrayList<>();
            if (BEFORE_APPROVAL.contains(child.stage())) {
                why.add("is not approved (" + Fields.enumValue(child.stage()) + ")");
                whyThai.add("ยังไม่ได้รับอนุมัติ (" + child.stage().thai() + ")");
            } else if (child.status() == ProjectStatus.CANCELLED) {
                why.add("was cancelled");
                whyThai.add("ถูกยกเลิก");
            }
            if (child.disbursed().signum() == 0) {
                why.add("shows no disbursement");
                whyThai.add("ไม่ปรากฏการเบิกจ่าย");
            }
            if (child.returned().signum() > 0) {
                why.add("returned " + child.returned().toGroupedString() + " baht");
                whyThai.add("ส่งเงินคืน " + child.returned().toGroupedString() + " บาท");
            }
            if (!why.isEmpty()) {
                String name = name(child, i);
                out.add(HistoryRules.finding(
                                RuleCode.SUBPROJECTS_NOT_DONE,
                                at.field(Fields.CHILDREN).index(i))
                        .message("The project " + says + " but its sub-project " + name + " " + String.join(", ", why))
                        .messageThai(
                                "โครงการหลัก" + saysThai + " แต่โครงการย่อย " + name + " " + String.join(", ", whyThai))
                        .build());
            }
        }
        return out;
    }

    /**
     * {@code SUBPROJECT_NETWORK_UNKNOWN}: a child names a network the parent's current version does
     * not list. A parent that lists no networks is not checked: it names none to compare with.
     */
    static List<Finding> unknownNetworks(ProjectRecord record, DocumentPath at) {
        Project parent = record.current().project();
        if (parent.networks().isEmpty()) {
            return List.of();
        }
        List<String> ids = parent.networks().stream().map(Network::id).toList();
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < record.children().size(); i++) {
            ProjectRecord child = record.children().get(i);
            if (child.networkId().isPresent() && !ids.contains(child.networkId().get())) {
                String id = child.networkId().get();
                String name = child.id().orElse(String.valueOf(i));
                out.add(HistoryRules.finding(
                                RuleCode.SUBPROJECT_NETWORK_UNKNOWN,
                                at.field(Fields.CHILDREN).index(i).field(Fields.NETWORK_ID))
                        .message("Sub-project " + name + " names network " + id
                                + ", which the project's current version does not list")
                        .messageThai("โครงการย่อย " + name + " ระบุเครือข่าย " + id
                                + " ซึ่งไม่มีในรายชื่อเครือข่ายของโครงการหลัก")
                        .expected("one of " + String.join(", ", ids))
                        .actual(id)
                        .build());
            }
        }
        return out;
    }

    private static String name(RecordFigures child, int index) {
        return child.id()
                .or(() -> child.networkId().map(n -> "of network " + n))
                .orElse(String.valueOf(index));
    }
}
