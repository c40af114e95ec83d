package io.github.krongkan.check;

import io.github.krongkan.budget.Ledger;
import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.document.Fields;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Project;
import java.util.List;

/**
 * {@code LEDGER_BALANCE_MISMATCH} (error): the stated remaining money (คงเหลือ) breaks
 * received = disbursed + returned + remaining.
 */
final class LedgerBalanceRule extends AbstractRule {
    LedgerBalanceRule() {
        super(RuleCode.LEDGER_BALANCE_MISMATCH);
    }

    @Override
    public List<Finding> check(Project project) {
        if (project.ledger().isEmpty() || project.ledger().get().remaining().isEmpty()) {
            return List.of();
        }
        Ledger ledger = project.ledger().get();
        Baht remaining = ledger.remaining().get();
        Baht balance = ledger.balance();
        if (remaining.equals(balance)) {
            return List.of();
        }
        String r = CurrentBudget.baht(ledger.received());
        String d = CurrentBudget.baht(ledger.disbursed());
        String ret = CurrentBudget.baht(ledger.returned());
        String rem = CurrentBudget.baht(remaining);
        return List.of(finding(DocumentPath.root().field(Fields.LEDGER).field(Fields.REMAINING))
                .message("Received " + r + " baht is not disbursed " + d + " + returned " + ret + " + remaining " + rem
                        + "; the remaining money should be " + CurrentBudget.baht(balance))
                .messageThai("ได้รับ " + r + " บาท ไม่เท่ากับ เบิกจ่าย " + d + " + ส่งคืน " + ret + " + คงเหลือ " + rem
                        + " บาท คงเหลือควรเป็น " + CurrentBudget.baht(balance) + " บาท")
                .expected(balance.toString())
                .actual(remaining.toString())
                .build());
    }
}
