package io.github.krongkan.check;

import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.document.Fields;
import io.github.krongkan.project.Approval;
import io.github.krongkan.project.ApprovalRole;
import io.github.krongkan.project.Project;
import io.github.krongkan.text.ThaiText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code APPROVAL_BY_PROPOSER} (warning): the person who approved the project (ผู้อนุมัติโครงการ) is
 * the person who proposed it (ผู้เสนอโครงการ). Names are compared without the title (นาย, นาง,
 * นางสาว, ดร., Mr, Mrs, Ms, Dr) and with every run of white space as one space; a person may hold
 * both roles where the rules allow it, so a human judges.
 */
final class ApprovalByProposerRule extends AbstractRule {
    private static final List<String> TITLES =
            List.of("นางสาว", "นาง", "นาย", "ดร.", "mrs.", "mrs ", "mr.", "mr ", "ms.", "ms ", "dr.", "dr ");

    ApprovalByProposerRule() {
        super(RuleCode.APPROVAL_BY_PROPOSER);
    }

    @Override
    public List<Finding> check(Project project) {
        List<Approval> proposers = project.approvals().stream()
                .filter(a -> a.role() == ApprovalRole.PROPOSED)
                .toList();
        if (proposers.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (Item<Approval> item :
                items(project.approvals(), DocumentPath.root().field(Fields.APPROVALS))) {
            Approval approval = item.value();
            if (approval.role() != ApprovalRole.APPROVED) {
                continue;
            }
            String name = person(approval.name());
            Optional<Approval> proposer = proposers.stream()
                    .filter(p -> person(p.name()).equals(name))
                    .findFirst();
            if (proposer.isEmpty()) {
                continue;
            }
            findings.add(finding(item.field(Fields.NAME))
                    .message("The project is approved by " + approval.name() + ", who also proposed it")
                    .messageThai("ผู้อนุมัติโครงการ (" + approval.name() + ") เป็นบุคคลเดียวกับผู้เสนอโครงการ")
                    .build());
        }
        return findings;
    }

    /** A name without its title, white space collapsed, lower case: what tells people apart. */
    static String person(String name) {
        String n = collapse(name).toLowerCase(Locale.ROOT);
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String title : TITLES) {
                if (n.startsWith(title) && n.length() > title.length()) {
                    n = n.substring(title.length()).strip();
                    stripped = true;
                    break;
                }
            }
        }
        return n;
    }

    private static String collapse(String text) {
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ThaiText.isSpace(c)) {
                space = true;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }
}
