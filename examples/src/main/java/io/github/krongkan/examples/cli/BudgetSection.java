package io.github.krongkan.examples.cli;

import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.budget.BudgetAllocation;
import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Project;
import java.io.PrintStream;
import java.util.Optional;

/**
 * The budget table: for every activity and line the amount by arithmetic (unit cost × quantities,
 * sums) beside the amount the document states, marked {@code ≠} where they differ; then the total,
 * the allocations to networks (the shares' sum beside the stated total) and the money received. Amounts come first so that they line up whatever the Thai text after them.
 */
final class BudgetSection implements ReportSection {
    private static final int AMOUNT = 14;

    @Override
    public void render(Project project, ReportLanguage l, PrintStream out) {
        ReportSection.heading(out, l.pick("งบประมาณ", "Budget"));
        Optional<Budget> current = project.currentBudget();
        if (current.isEmpty()) {
            out.println(l.pick("ไม่มีงบประมาณ", "no budget"));
            return;
        }
        Budget budget = current.get();
        if (!project.budgetRevisions().isEmpty()) {
            out.println(l.pick("ตามการปรับแผนครั้งที่ ", "as revised, round ")
                    + project.budgetRevisions()
                            .get(project.budgetRevisions().size() - 1)
                            .round());
        }
        budget.source()
                .ifPresent(s -> out.println(l.pick("แหล่งงบประมาณ: ", "Source: ")
                        + s.text().orElse(s.kind().name())));
        out.println(TextColumns.right(l.pick("คำนวณ", "computed"), AMOUNT)
                + TextColumns.right(l.pick("ระบุไว้", "stated"), AMOUNT) + "     " + l.pick("รายการ", "item"));
        for (int a = 0; a < budget.activities().size(); a++) {
            BudgetActivity activity = budget.activities().get(a);
            row(out, Optional.of(activity.amount()), activity.statedSubtotal(), (a + 1) + " " + activity.name());
            for (int i = 0; i < activity.lines().size(); i++) {
                BudgetLine line = activity.lines().get(i);
                String item = line.item().orElse(l.pick("รายการ", "line"));
                String how = line.isLumpSum() ? l.pick("เหมาจ่าย", "lump sum") : line.formula();
                row(
                        out,
                        Optional.of(line.amount()),
                        line.statedAmount(),
                        "  " + (a + 1) + "." + (i + 1) + " " + item + ": " + how);
            }
        }
        row(out, Optional.of(budget.amount()), budget.statedTotal(), l.pick("รวม", "total"));
        budget.amountInWords().ifPresent(words -> out.println(" ".repeat(2 * AMOUNT + 5) + words));
        budget.receivedAmount()
                .ifPresent(received -> row(out, Optional.empty(), Optional.of(received), l.pick("ได้รับ", "received")));
        for (BudgetAllocation allocation : budget.allocations()) {
            row(
                    out,
                    Optional.of(allocation.sharesSum()),
                    Optional.of(allocation.total()),
                    l.pick("จัดสรร ", "allocated ")
                            + allocation.shares().size()
                            + l.pick(" ส่วน", " share(s)")
                            + allocation.description().map(d -> ": " + d).orElse(""));
        }
        if (budget.receivedAmount().isPresent()
                && budget.amount().isGreaterThan(budget.receivedAmount().get())) {
            out.println(
                    l.pick("คำนวณแล้วต้องใช้เงินเกินที่ได้รับ ", "the computed amount exceeds the money received by ")
                            + ReportLanguage.money(budget.amount()
                                    .minus(budget.receivedAmount().get()))
                            + l.pick(" บาท", " baht"));
        }
    }

    private static void row(PrintStream out, Optional<Baht> computed, Optional<Baht> stated, String label) {
        boolean differs =
                computed.isPresent() && stated.isPresent() && !computed.get().equals(stated.get());
        out.println(TextColumns.right(computed.map(ReportLanguage::money).orElse("-"), AMOUNT)
                + TextColumns.right(stated.map(ReportLanguage::money).orElse("-"), AMOUNT)
                + (differs ? "  ≠  " : "     ")
                + label);
    }
}
