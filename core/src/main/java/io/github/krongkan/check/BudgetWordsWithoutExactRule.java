package io.github.krongkan.check;

import io.github.krongkan.document.Fields;
import io.github.krongkan.money.Baht;
import io.github.krongkan.money.BahtText;
import io.github.krongkan.money.BahtWords;
import io.github.krongkan.project.Project;
import io.github.krongkan.text.ThaiParseException;
import java.util.List;

/**
 * {@code BUDGET_WORDS_WITHOUT_EXACT} (info): the amount in Thai words says the budget's total but
 * ends {@code บาท} without {@code ถ้วน} ({@code เก้าหมื่นบาท}). The amount is right; only the form
 * differs from what the Royal Institute and {@code BAHTTEXT} write. Words that say another amount
 * are {@code BUDGET_WORDS_MISMATCH}, not this.
 */
final class BudgetWordsWithoutExactRule extends BudgetRule {
    BudgetWordsWithoutExactRule() {
        super(RuleCode.BUDGET_WORDS_WITHOUT_EXACT);
    }

    @Override
    List<Finding> check(Project project, CurrentBudget current) {
        if (current.budget().amountInWords().isEmpty()) {
            return List.of();
        }
        String words = current.budget().amountInWords().get();
        Baht total = current.budget().writtenAmount();
        BahtWords read;
        try {
            read = BahtText.readLenient(words);
        } catch (ThaiParseException | ArithmeticException e) {
            return List.of();
        }
        if (!read.withoutExact() || !read.amount().equals(total)) {
            return List.of();
        }
        String expected = BahtText.format(total);
        return List.of(finding(current.path().field(Fields.AMOUNT_IN_WORDS))
                .message("The amount in words says " + CurrentBudget.baht(total)
                        + " baht but ends \"บาท\" without \"ถ้วน\"; whole amounts are written " + expected)
                .messageThai("จำนวนเงินตัวอักษรถูกต้อง แต่ไม่ลงท้ายด้วยคำว่า \"ถ้วน\" ควรเขียนว่า " + expected)
                .expected(expected)
                .actual(words)
                .build());
    }
}
