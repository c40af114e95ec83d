package io.github.krongkan.check;

import io.github.krongkan.budget.Budget;
import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.document.Fields;
import io.github.krongkan.money.Baht;
import io.github.krongkan.money.BahtText;
import io.github.krongkan.money.BahtTextConvention;
import io.github.krongkan.money.BahtWords;
import io.github.krongkan.project.Project;
import io.github.krongkan.text.ThaiParseException;
import java.util.List;

/**
 * {@code BUDGET_WORDS_MISMATCH} (error): the amount in Thai words does not say the budget's total
 * (the stated total, or else the activities as written), or cannot be read as baht words. Words in
 * either convention (Royal Institute / BAHTTEXT, or tens-only) are accepted, framed as documents
 * and cheques print them ({@code (-เก้าหมื่นบาทถ้วน-)}, {@code “เก้าหมื่นบาทถ้วน”}). Words that say the
 * total but end {@code บาท} without {@code ถ้วน} are no error here: {@link BudgetWordsWithoutExactRule}
 * notes them.
 */
final class BudgetWordsRule extends BudgetRule {
    BudgetWordsRule() {
        super(RuleCode.BUDGET_WORDS_MISMATCH);
    }

    @Override
    List<Finding> check(Project project, CurrentBudget current) {
        if (current.budget().amountInWords().isEmpty()) {
            return List.of();
        }
        Budget budget = current.budget();
        String words = budget.amountInWords().get();
        Baht total = budget.writtenAmount();
        DocumentPath path = current.path().field(Fields.AMOUNT_IN_WORDS);
        BahtWords read;
        try {
            read = BahtText.readLenient(words);
        } catch (ThaiParseException | ArithmeticException e) {
            String t = CurrentBudget.baht(total);
            return List.of(finding(path)
                    .message("The amount in words cannot be read as baht words (" + e.getMessage() + "); the total is "
                            + t)
                    .messageThai("อ่านจำนวนเงินตัวอักษรไม่ได้ ยอดรวมคือ " + t + " บาท (" + BahtText.format(total) + ")")
                    .expected(BahtText.format(total))
                    .actual(words)
                    .build());
        }
        if (read.amount().equals(total)) {
            return List.of();
        }
        String t = CurrentBudget.baht(total);
        String convention = read.convention()
                .map(c -> c == BahtTextConvention.TENS_ONLY ? " (tens-only convention)" : "")
                .orElse("");
        return List.of(finding(path)
                .message("The amount in words says " + CurrentBudget.baht(read.amount()) + " baht" + convention
                        + ", but the total is " + t)
                .messageThai("จำนวนเงินตัวอักษรเป็น " + CurrentBudget.baht(read.amount()) + " บาท แต่ยอดรวมคือ " + t
                        + " บาท (" + BahtText.format(total) + ")")
                .expected(BahtText.format(total))
                .actual(words)
                .build());
    }
}
