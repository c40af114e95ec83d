package io.github.krongkan.check;

import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.document.Fields;
import io.github.krongkan.project.Approval;
import io.github.krongkan.project.ApprovalRole;
import io.github.krongkan.project.Project;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code APPROVAL_OUT_OF_ORDER} (warning): a signature of the approval chain is dated before a
 * signature that must come first: an approval (ผู้อนุมัติ) before the proposal (ผู้เสนอ) or an
 * endorsement (ผู้เห็นชอบ), an endorsement before the proposal. Signatures on the same day are in
 * order; signatures without a date are not compared. The finding is on the later role's date and
 * names the latest earlier-role signature it precedes.
 */
final class ApprovalOutOfOrderRule extends AbstractRule {
    ApprovalOutOfOrderRule() {
        super(RuleCode.APPROVAL_OUT_OF_ORDER);
    }

    @Override
    public List<Finding> check(Project project) {
        List<Approval> approvals = project.approvals();
        List<Finding> findings = new ArrayList<>();
        for (Item<Approval> item : items(approvals, DocumentPath.root().field(Fields.APPROVALS))) {
            Approval later = item.value();
            if (later.date().isEmpty()) {
                continue;
            }
            LocalDate date = later.date().get();
            Approval earlier = null;
            for (Approval other : approvals) {
                if (rank(other.role()) < rank(later.role())
                        && other.date().isPresent()
                        && other.date().get().isAfter(date)
                        && (earlier == null
                                || other.date().get().isAfter(earlier.date().get()))) {
                    earlier = other;
                }
            }
            if (earlier == null) {
                continue;
            }
            LocalDate before = earlier.date().get();
            findings.add(finding(item.field(Fields.DATE))
                    .message("The project is " + verb(later.role()) + " on " + date + " by " + later.name()
                            + ", before it was " + verb(earlier.role()) + " on " + before + " by "
                            + earlier.name())
                    .messageThai(thai(later.role()) + " ลงวันที่ " + date + " ก่อน" + thai(earlier.role())
                            + " ซึ่งลงวันที่ " + before)
                    .expected("on or after " + before)
                    .actual(date.toString())
                    .build());
        }
        return findings;
    }

    /** The place of a role in the chain: proposal, endorsement, approval. */
    private static int rank(ApprovalRole role) {
        return switch (role) {
            case PROPOSED -> 0;
            case ENDORSED -> 1;
            case APPROVED -> 2;
        };
    }

    private static String verb(ApprovalRole role) {
        return switch (role) {
            case PROPOSED -> "proposed";
            case ENDORSED -> "endorsed";
            case APPROVED -> "approved";
        };
    }

    private static String thai(ApprovalRole role) {
        return switch (role) {
            case PROPOSED -> "ผู้เสนอโครงการ";
            case ENDORSED -> "ผู้เห็นชอบโครงการ";
            case APPROVED -> "ผู้อนุมัติโครงการ";
        };
    }
}
