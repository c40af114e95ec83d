package io.github.krongkan.check;

import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.document.Fields;
import io.github.krongkan.project.Project;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code DUPLICATE_ITEM_NUMBER} (warning): two objectives, or two targets, carry the same number
 * (e.g. two objectives numbered {@code 2.3}), usually a copy-and-paste slip.
 */
final class DuplicateNumberRule extends AbstractRule {
    DuplicateNumberRule() {
        super(RuleCode.DUPLICATE_ITEM_NUMBER);
    }

    @Override
    public List<Finding> check(Project project) {
        List<Finding> findings = new ArrayList<>();
        duplicates(
                project.objectives(),
                o -> o.number(),
                DocumentPath.root().field(Fields.OBJECTIVES),
                "objective",
                "วัตถุประสงค์",
                findings);
        duplicates(
                project.targets(),
                t -> t.number(),
                DocumentPath.root().field(Fields.TARGETS),
                "target",
                "เป้าหมาย",
                findings);
        return findings;
    }

    private <T> void duplicates(
            List<T> values,
            Function<T, Optional<String>> number,
            DocumentPath array,
            String what,
            String whatThai,
            List<Finding> findings) {
        Map<String, Item<T>> first = new HashMap<>();
        for (Item<T> item : items(values, array)) {
            Optional<String> n = number.apply(item.value());
            if (n.isEmpty()) {
                continue;
            }
            Item<T> earlier = first.putIfAbsent(n.get(), item);
            if (earlier != null) {
                findings.add(finding(item.field(Fields.NUMBER))
                        .message("The " + what + " number " + n.get() + " is used again (first at " + earlier.path()
                                + ")")
                        .messageThai(whatThai + "ข้อ " + n.get() + " ซ้ำกัน")
                        .actual(n.get())
                        .build());
            }
        }
    }
}
