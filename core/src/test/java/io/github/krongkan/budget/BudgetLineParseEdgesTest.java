package io.github.krongkan.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.money.Baht;
import io.github.krongkan.text.ThaiParseException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The edges of the budget-line reader: ends of text, list marks, separators and leaders. */
class BudgetLineParseEdgesTest {

    private static Baht b(long baht) {
        return Baht.ofBaht(baht);
    }

    private static void assertRefused(String text, int index, String reason) {
        assertThatThrownBy(() -> BudgetLine.parse(text)).isInstanceOfSatisfying(ThaiParseException.class, e -> {
            assertThat(e.getMessage()).contains(reason);
            assertThat(e.errorIndex()).as(e.getMessage()).isEqualTo(index);
        });
    }

    @Test
    void numbersAndMarksAtTheVeryEndOfTheText() {
        assertThat(BudgetLine.parse("500").statedAmount()).hasValue(b(500));
        assertThat(BudgetLine.parse("500").item()).isEmpty();
        assertThat(BudgetLine.parse("12.").statedAmount()).hasValue(b(12));
        assertThat(BudgetLine.parse("ค่าวัสดุ 500").statedAmount()).hasValue(b(500));
        assertThat(BudgetLine.parse("ค่าวัสดุ 500.").statedAmount()).hasValue(b(500));
        assertThat(BudgetLine.parse("ค่าวัสดุ 500.50").statedAmount()).hasValue(Baht.parse("500.50"));
        assertRefused("ค่าวัสดุ 500,", 12, "Expected a unit");
        assertRefused("ค่าอาหาร 100 บาท/20", 19, "Expected a unit");
        assertRefused("-", 1, "Expected an amount");
        assertRefused("   ", 3, "Expected an amount");
    }

    @Test
    void theStatedAmountKeywordMayOpenTheLine() {
        BudgetLine line = BudgetLine.parse("เป็นเงิน 1,000 บาท");
        assertThat(line.item()).isEmpty();
        assertThat(line.unitCost()).isEmpty();
        assertThat(line.statedAmount()).hasValue(b(1_000));
        assertRefused("ค่าอาหาร เป็นเงิน บาท", 18, "Expected the stated amount");
        assertThat(BudgetLine.parse("ค่าวัสดุ เป็นเงิน……1,000……บาท").statedAmount())
                .hasValue(b(1_000));
        assertThat(BudgetLine.parse("ค่าวัสดุ = 1,000 บาท").statedAmount()).hasValue(b(1_000));
    }

    @Test
    void listMarksAreANumberWithAPointOrParenthesisAndASpace() {
        assertThat(BudgetLine.parse("1) ค่าวัสดุ 500 บาท").item()).hasValue("ค่าวัสดุ");
        assertThat(BudgetLine.parse("12. ค่าวัสดุ 500 บาท").item()).hasValue("ค่าวัสดุ");
        assertThat(BudgetLine.parse("  • ค่าวัสดุ 500 บาท").item()).hasValue("ค่าวัสดุ");
        assertThat(BudgetLine.parse("...ค่าวัสดุ 500 บาท").item()).hasValue("ค่าวัสดุ");
        assertThat(BudgetLine.parse("……ค่าวัสดุ\u200B 500 บาท").item()).hasValue("ค่าวัสดุ");
        // a parenthesis without a number before it is no list mark, and stays in the item
        assertThat(BudgetLine.parse(") ค่าวัสดุ 500 บาท").item()).hasValue(") ค่าวัสดุ");
    }

    @Test
    void separatorsBetweenTermsOfTheComputation() {
        for (String text : new String[] {
            "ค่าอาหาร 100 บาท x 20 คน",
            "ค่าอาหาร 100 บาท X 20 คน",
            "ค่าอาหาร 100 บาท * 20 คน",
            "ค่าอาหาร 100 บาท × 20 คน",
            "ค่าอาหาร 100 บาท | 20 คน",
            "ค่าอาหาร 100 บาทx20 คน",
            "ค่าอาหาร 100 บาท/20 คน x",
            "ค่าอาหาร 100 บาท\t20 คน"
        }) {
            BudgetLine line = BudgetLine.parse(text);
            assertThat(line.unitCost()).as(text).hasValue(b(100));
            assertThat(line.factors()).as(text).containsExactly(QuantityFactor.of(20, "คน"));
            assertThat(line.computedAmount()).as(text).hasValue(b(2_000));
        }
        assertRefused("ค่าอาหาร 100 บาท xy", 17, "Unexpected character 'x'");
        assertRefused("ค่าอาหาร 100 บาท ละ 20 คน", 17, "Unexpected word");
    }

    @Test
    void unitsAreThaiWordsFromKoKaiOn() {
        BudgetLine boxes = BudgetLine.parse("ค่าอาหาร 100 บาท/20 กล่อง");
        assertThat(boxes.factors()).containsExactly(QuantityFactor.of(20, "กล่อง"));
        // the Thai block runs to U+0E4F (fongman), which stays part of the word
        assertThat(BudgetLine.parse("ค่าอาหาร 100 บาท/20 คน๏").factors()).containsExactly(QuantityFactor.of(20, "คน๏"));
    }

    @Test
    void parenthesizedProductsWithEverySign() {
        BudgetLine line = BudgetLine.parse("(45 คน X 200 บาท * 4 วัน)");
        assertThat(line.unitCost()).hasValue(b(200));
        assertThat(line.factors()).containsExactly(QuantityFactor.of(45, "คน"), QuantityFactor.of(4, "วัน"));
        assertRefused("(45 คน x 200 บาท x)", 18, "Expected a term after ×");
        assertRefused("(45 คน x ก 200 บาท)", 9, "Expected a number in the computation");
        assertRefused("ค่าพาหนะ (45 คน x 4 ค่าบาท)", 10, "no unit cost");
        // an unclosed parenthesis is text of the item, not a computation
        BudgetLine unclosed = BudgetLine.parse("ค่าอาหาร (ราคา 100 บาท/20 คน");
        assertThat(unclosed.item()).hasValue("ค่าอาหาร (ราคา");
        assertThat(unclosed.computedAmount()).hasValue(b(2_000));
    }

    @Test
    void countsAreWholeOrDecimalNumbersOfAtMost18Characters() {
        assertRefused("ค่าอาหาร 100 บาท/20.- คน", 19, "A count has no \".-\"");
        assertRefused("ค่าอาหาร 1 บาท/1234567890123456789 คน", 15, "more than 18 characters");
        BudgetLine eighteen = BudgetLine.parse("ค่าอาหาร 0.01 บาท/000000000000000001 คน");
        assertThat(eighteen.factors()).containsExactly(QuantityFactor.of(BigDecimal.ONE, "คน"));
        assertThat(eighteen.computedAmount()).hasValue(Baht.parse("0.01"));
    }
}
