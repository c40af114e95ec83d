package io.github.krongkan.check;

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
final class DuplicateNumberRule implements Rule {
    static final String CODE = "DUPLICATE_ITEM_NUMBER";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Finding> check(Project project) {
        List<Finding> findings = new ArrayList<>();
        duplicates(project.objectives(), o -> o.number(), "/objectives", "objective", "วัตถุประสงค์", findings);
        duplicates(project.targets(), t -> t.number(), "/targets", "target", "เป้าหมาย", findings);
        return findings;
    }

    private static <T> void duplicates(
            List<T> items,
            Function<T, Optional<String>> number,
            String path,
            String what,
            String whatThai,
            List<Finding> findings) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Optional<String> n = number.apply(items.get(i));
            if (n.isEmpty()) {
                continue;
            }
            Integer earlier = first.putIfAbsent(n.get(), i);
            if (earlier != null) {
                findings.add(Finding.builder()
                        .code(CODE)
                        .severity(Severity.WARNING)
                        .path(path + "/" + i + "/number")
                        .message("The " + what + " number " + n.get() + " is used again (first at " + path + "/"
                                + earlier + ")")
                        .messageThai(whatThai + "ข้อ " + n.get() + " ซ้ำกัน")
                        .actual(n.get())
                        .build());
            }
        }
    }
}
