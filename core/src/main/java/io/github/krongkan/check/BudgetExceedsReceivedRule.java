package io.github.krongkan.check;

import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.document.Fields;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Project;
import java.util.List;

/**
 * {@code BUDGET_EXCEEDS_RECEIVED} (error): the activities, as computed, need more money than the
 * project received: the budget's {@code receivedAmount}, or else the ledger's {@code received}.
 * Seed 004: the corrected lines need 121,000 against 120,000 received.
 */
final class BudgetExceedsReceivedRule extends BudgetRule {
    BudgetExceedsReceivedRule() {
        super(RuleCode.BUDGET_EXCEEDS_RECEIVED);
    }

    @Override
    List<Finding> check(Project project, CurrentBudget current) {
        Baht received;
        DocumentPath path;
        if (current.budget().receivedAmount().isPresent()) {
            received = current.budget().receivedAmount().get();
            path = current.path().field(Fields.RECEIVED_AMOUNT);
        } else if (project.ledger().isPresent()) {
            received = project.ledger().get().received();
            path = DocumentPath.root().field(Fields.LEDGER).field(Fields.RECEIVED);
        } else {
            return List.of();
        }
        Baht needed = current.budget().amount();
        if (!needed.isGreaterThan(received)) {
            return List.of();
        }
        String n = CurrentBudget.baht(needed);
        String r = CurrentBudget.baht(received);
        return List.of(finding(path)
                .message("The activities as computed need " + n + " baht, more than the " + r
                        + " baht received (short by " + CurrentBudget.baht(needed.minus(received)) + ")")
                .messageThai("กิจกรรมทั้งหมดคำนวณแล้วต้องใช้เงิน " + n + " บาท เกินงบประมาณที่ได้รับ " + r + " บาท")
                .expected(needed.toString())
                .actual(received.toString())
                .build());
    }
}
