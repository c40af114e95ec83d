package io.github.krongkan.check;

import io.github.krongkan.budget.Budget;
import io.github.krongkan.money.Baht;
import io.github.krongkan.money.BahtText;
import io.github.krongkan.money.BahtTextConvention;
import io.github.krongkan.money.BahtWords;
import io.github.krongkan.project.Project;
import io.github.krongkan.text.ThaiParseException;
import java.util.List;
import java.util.Optional;

/**
 * {@code BUDGET_WORDS_MISMATCH} (error): the amount in Thai words does not say the budget's total
 * (the stated total, or else the activities as written), or cannot be read as baht words. Words in
 * either convention (Royal Institute / BAHTTEXT, or tens-only) are accepted.
 */
final class BudgetWordsRule implements Rule {
    static final String CODE = "BUDGET_WORDS_MISMATCH";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Finding> check(Project project) {
        Optional<CurrentBudget> current = CurrentBudget.of(project);
        if (current.isEmpty() || current.get().budget().amountInWords().isEmpty()) {
            return List.of();
        }
        Budget budget = current.get().budget();
        String words = budget.amountInWords().get();
        Baht total = budget.writtenAmount();
        String path = current.get().path() + "/amountInWords";
        BahtWords read;
        try {
            read = BahtText.read(words);
        } catch (ThaiParseException | ArithmeticException e) {
            String t = CurrentBudget.baht(total);
            return List.of(Finding.builder()
                    .code(CODE)
                    .severity(Severity.ERROR)
                    .path(path)
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
        return List.of(Finding.builder()
                .code(CODE)
                .severity(Severity.ERROR)
                .path(path)
                .message("The amount in words says " + CurrentBudget.baht(read.amount()) + " baht" + convention
                        + ", but the total is " + t)
                .messageThai("จำนวนเงินตัวอักษรเป็น " + CurrentBudget.baht(read.amount()) + " บาท แต่ยอดรวมคือ " + t
                        + " บาท (" + BahtText.format(total) + ")")
                .expected(BahtText.format(total))
                .actual(words)
                .build());
    }
}
