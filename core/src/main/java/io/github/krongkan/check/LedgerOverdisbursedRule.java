package io.github.krongkan.check;

import io.github.krongkan.budget.Ledger;
import io.github.krongkan.budget.LedgerEntry;
import io.github.krongkan.budget.LedgerEntryKind;
import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.document.Fields;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Project;
import java.util.List;

/**
 * {@code LEDGER_DISBURSED_EXCEEDS_RECEIVED} (error): more money was disbursed than received. Reported
 * at the disbursement entry with which the running total, in document order, first passes the
 * received amount.
 */
final class LedgerOverdisbursedRule extends AbstractRule {
    LedgerOverdisbursedRule() {
        super(RuleCode.LEDGER_DISBURSED_EXCEEDS_RECEIVED);
    }

    @Override
    public List<Finding> check(Project project) {
        if (project.ledger().isEmpty()) {
            return List.of();
        }
        Ledger ledger = project.ledger().get();
        if (!ledger.disbursed().isGreaterThan(ledger.received())) {
            return List.of();
        }
        Baht running = Baht.ZERO;
        int at = -1;
        List<LedgerEntry> entries = ledger.entries();
        for (int i = 0; i < entries.size() && at < 0; i++) {
            if (entries.get(i).kind() == LedgerEntryKind.DISBURSEMENT) {
                running = running.plus(entries.get(i).amount());
                if (running.isGreaterThan(ledger.received())) {
                    at = i;
                }
            }
        }
        String d = CurrentBudget.baht(ledger.disbursed());
        String r = CurrentBudget.baht(ledger.received());
        return List.of(finding(DocumentPath.root()
                        .field(Fields.LEDGER)
                        .field(Fields.ENTRIES)
                        .index(at)
                        .field(Fields.AMOUNT))
                .message("Disbursed " + d + " baht in all, more than the " + r + " baht received; entry " + (at + 1)
                        + " passes the received amount")
                .messageThai("เบิกจ่ายรวม " + d + " บาท เกินเงินที่ได้รับ " + r + " บาท")
                .expected("<= " + ledger.received())
                .actual(ledger.disbursed().toString())
                .build());
    }
}
