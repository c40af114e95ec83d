package io.github.krongkan.check;

import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code BUDGET_SUBTOTAL_MISMATCH} (error): an activity's stated subtotal (รวม) is not the sum of its
 * lines as written. One finding per activity; the message also gives the sum of the lines as
 * computed, and says when the subtotal agrees with it (then a line's stated amount is what is wrong,
 * and {@code BUDGET_LINE_ARITHMETIC_MISMATCH} names it). A subtotal that adds up the lines as written
 * is not reported even if a line is wrong: the line's own finding covers it.
 */
final class BudgetSubtotalRule implements Rule {
    static final String CODE = "BUDGET_SUBTOTAL_MISMATCH";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Finding> check(Project project) {
        Optional<CurrentBudget> current = CurrentBudget.of(project);
        if (current.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        List<BudgetActivity> activities = current.get().budget().activities();
        for (int a = 0; a < activities.size(); a++) {
            BudgetActivity activity = activities.get(a);
            if (activity.statedSubtotal().isEmpty()) {
                continue;
            }
            Baht stated = activity.statedSubtotal().get();
            Baht written = activity.writtenLineSum();
            if (stated.equals(written)) {
                continue;
            }
            Baht computed = activity.amount();
            String s = CurrentBudget.baht(stated);
            String w = CurrentBudget.baht(written);
            String c = CurrentBudget.baht(computed);
            String english;
            String thai;
            if (computed.equals(written)) {
                english = "";
                thai = "";
            } else if (computed.equals(stated)) {
                english = "; it equals the lines as computed (" + c + "), so a line's stated amount is wrong";
                thai = " ทั้งนี้ยอดรวมตรงกับผลรวมที่คำนวณใหม่ (" + c + " บาท) แสดงว่าจำนวนเงินของรายการเขียนผิด";
            } else {
                english = "; the lines as computed give " + c;
                thai = " และผลรวมที่คำนวณใหม่ได้ " + c + " บาท";
            }
            findings.add(Finding.builder()
                    .code(CODE)
                    .severity(Severity.ERROR)
                    .path(current.get().path() + "/activities/" + a + "/statedSubtotal")
                    .message("Activity " + (a + 1) + " states a subtotal of " + s
                            + " baht, but its lines as written add up to " + w + english)
                    .messageThai("กิจกรรมที่ " + (a + 1) + " เขียนยอดรวมไว้ " + s + " บาท แต่รายการรวมกันได้ " + w
                            + " บาท" + thai)
                    .expected(written.toString())
                    .actual(stated.toString())
                    .build());
        }
        return findings;
    }
}
