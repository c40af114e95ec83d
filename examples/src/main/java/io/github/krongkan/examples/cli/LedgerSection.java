package io.github.krongkan.examples.cli;

import io.github.krongkan.budget.Ledger;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Project;
import java.io.PrintStream;

/**
 * The ledger, when the document has one: received, disbursed, obliged, returned, and what is left
 * by arithmetic beside what the document states.
 */
final class LedgerSection implements ReportSection {
    @Override
    public void render(Project project, ReportLanguage l, PrintStream out) {
        if (project.ledger().isEmpty()) {
            return;
        }
        Ledger ledger = project.ledger().get();
        ReportSection.heading(out, l.pick("การเงิน", "Ledger"));
        line(out, l.pick("ได้รับ", "received"), ledger.received());
        line(out, l.pick("เบิกจ่าย", "disbursed"), ledger.disbursed());
        if (ledger.obligations().signum() != 0) {
            line(out, l.pick("ก่อหนี้ผูกพัน", "obliged"), ledger.obligations());
        }
        line(out, l.pick("ส่งคืน", "returned"), ledger.returned());
        line(out, l.pick("คงเหลือ (คำนวณ)", "left (computed)"), ledger.balance());
        ledger.remaining().ifPresent(r -> line(out, l.pick("คงเหลือ (ระบุไว้)", "left (stated)"), r));
    }

    private static void line(PrintStream out, String label, Baht amount) {
        out.println(TextColumns.left(label, 20) + TextColumns.right(ReportLanguage.money(amount), 14));
    }
}
