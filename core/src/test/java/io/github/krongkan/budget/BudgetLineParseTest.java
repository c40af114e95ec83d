package io.github.krongkan.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.money.Baht;
import io.github.krongkan.text.ThaiParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetLineParseTest {

    private static Baht b(long baht) {
        return Baht.ofBaht(baht);
    }

    @Test
    void readsUnitCostPerPersonPerMealWithItem() {
        BudgetLine line = BudgetLine.parse("ค่าอาหารกลางวัน 100 บาท/100 คน/1 มื้อ เป็นเงิน 10,000 บาท");
        assertThat(line.item()).hasValue("ค่าอาหารกลางวัน");
        assertThat(line.unitCost()).hasValue(b(100));
        assertThat(line.factors()).containsExactly(QuantityFactor.of(100, "คน"), QuantityFactor.of(1, "มื้อ"));
        assertThat(line.statedAmount()).hasValue(b(10_000));
        assertThat(line.computedAmount()).hasValue(b(10_000));
        assertThat(line.category()).isEmpty();
    }

    @Test
    void readsALineWithoutItem() {
        BudgetLine line = BudgetLine.parse("35 บาท/20 คน/4 มื้อ เป็นเงิน 2,800 บาท");
        assertThat(line.item()).isEmpty();
        assertThat(line.unitCost()).hasValue(b(35));
        assertThat(line.factors()).containsExactly(QuantityFactor.of(20, "คน"), QuantityFactor.of(4, "มื้อ"));
        assertThat(line.statedAmount()).hasValue(b(2_800));
    }

    @Test
    void readsPerUnitWordsInEitherOrder() {
        BudgetLine line = BudgetLine.parse("ชุดละ 80 บาท จำนวน 200 ชุด");
        assertThat(line.item()).isEmpty();
        assertThat(line.unitCost()).hasValue(b(80));
        assertThat(line.factors()).containsExactly(QuantityFactor.of(200, "ชุด"));
        assertThat(line.statedAmount()).isEmpty();
        assertThat(line.computedAmount()).hasValue(b(16_000));

        BudgetLine copies =
                BudgetLine.parse("- ค่าสำเนา เครื่องมือแนวทางการพัฒนาระบบประกันคุณภาพจำนวน 200 ชุด ชุดละ 80 บาท"
                        + " เป็นเงิน....13,000.....บาท");
        assertThat(copies.item()).hasValue("ค่าสำเนา เครื่องมือแนวทางการพัฒนาระบบประกันคุณภาพ");
        assertThat(copies.unitCost()).hasValue(b(80));
        assertThat(copies.factors()).containsExactly(QuantityFactor.of(200, "ชุด"));
        assertThat(copies.statedAmount()).hasValue(b(13_000));
        assertThat(copies.hasArithmeticError()).isTrue();

        BudgetLine plaques =
                BudgetLine.parse("- ค่าจัดจ้างทำโล่ โล่ละ 1,000 บาท จำนวน 5 โล่ เป็นเงิน... .5,000..... .บาท");
        assertThat(plaques.item()).hasValue("ค่าจัดจ้างทำโล่");
        assertThat(plaques.unitCost()).hasValue(b(1_000));
        assertThat(plaques.factors()).containsExactly(QuantityFactor.of(5, "โล่"));
        assertThat(plaques.statedAmount()).hasValue(b(5_000));
    }

    @Test
    void readsAParenthesizedProduct() {
        BudgetLine line = BudgetLine.parse("(45 คน x 200 บาท x 4 วัน)");
        assertThat(line.item()).isEmpty();
        assertThat(line.unitCost()).hasValue(b(200));
        assertThat(line.factors()).containsExactly(QuantityFactor.of(45, "คน"), QuantityFactor.of(4, "วัน"));
        assertThat(line.computedAmount()).hasValue(b(36_000));

        BudgetLine seed = BudgetLine.parse("- ค่าพาหนะคณะกรรมการฯ 9 ชุด ชุดละ 5 คน ชุดละ 4 วัน ชุดละ 7-8 โรงเรียน"
                + " (45 คน x 200 บาท x 4 วัน) เป็นเงิน..36,000....บาท");
        assertThat(seed.item()).hasValue("ค่าพาหนะคณะกรรมการฯ 9 ชุด ชุดละ 5 คน ชุดละ 4 วัน ชุดละ 7-8 โรงเรียน");
        assertThat(seed.statedAmount()).hasValue(b(36_000));
        assertThat(seed.hasArithmeticError()).isFalse();
        assertThat(BudgetLine.parse("(๔๕ คน × ๒๐๐ บาท × ๔ วัน) = ๓๖,๐๐๐ บาท").statedAmount())
                .hasValue(b(36_000));
    }

    @Test
    void readsAnAllocationLine() {
        BudgetLine line = BudgetLine.parse("1. จัดสรรให้กลุ่มโรงเรียนละ 40,000.- บาท / 5 กลุ่ม");
        assertThat(line.item()).hasValue("จัดสรรให้กลุ่มโรงเรียน");
        assertThat(line.unitCost()).hasValue(b(40_000));
        assertThat(line.factors()).containsExactly(QuantityFactor.of(5, "กลุ่ม"));
        assertThat(line.computedAmount()).hasValue(b(200_000));
        BudgetLine table =
                BudgetLine.parse("| 1. จัดสรรให้กลุ่มโรงเรียนละ 40,000.- บาท / 5 กลุ่ม | เป็นเงิน 200,000 บาท |");
        assertThat(table.statedAmount()).hasValue(b(200_000));
        assertThat(table.item()).hasValue("จัดสรรให้กลุ่มโรงเรียน");
    }

    @Test
    void readsDottedFormsOfSeed004() {
        BudgetLine snacks =
                BudgetLine.parse("- ค่าเครื่องดื่มและอาหารว่าง 35 บาท/...20...คน/4 มื้อ เป็นเงิน....2,800.....บาท");
        assertThat(snacks.item()).hasValue("ค่าเครื่องดื่มและอาหารว่าง");
        assertThat(snacks.formula()).isEqualTo("35.00 บาท × 20 คน × 4 มื้อ");
        assertThat(snacks.statedAmount()).hasValue(b(2_800));
        BudgetLine glued = BudgetLine.parse("- ค่าอาหารกลางวัน 100 บาท/....20...คน/2 มื้อเป็นเงิน....4,000.....บาท");
        assertThat(glued.factors()).containsExactly(QuantityFactor.of(20, "คน"), QuantityFactor.of(2, "มื้อ"));
        assertThat(glued.statedAmount()).hasValue(b(4_000));
        BudgetLine dotAfterCount =
                BudgetLine.parse("- ค่าอาหารกลางวัน 100 บาท/100.คน/1 มื้อ เป็นเงิน....10,000.....บาท");
        assertThat(dotAfterCount.factors()).containsExactly(QuantityFactor.of(100, "คน"), QuantityFactor.of(1, "มื้อ"));
        BudgetLine wrong = BudgetLine.parse("- ค่าอาหารกลางวัน 100 บาท/...100...คน/1 มื้อ เป็นเงิน....100,000.....บาท");
        assertThat(wrong.computedAmount()).hasValue(b(10_000));
        assertThat(wrong.statedAmount()).hasValue(b(100_000));
        BudgetLine spaced =
                BudgetLine.parse("- ค่าเครื่องดื่มและอาหารว่าง 35 บาท/..100..คน/2 มื้อ เป็นเงิน... .7,000.....บาท");
        assertThat(spaced.statedAmount()).hasValue(b(7_000));
    }

    @Test
    void readsLumpSums() {
        BudgetLine materials = BudgetLine.parse("- ค่าวัสดุ เป็นเงิน....1,000.....บาท");
        assertThat(materials.isLumpSum()).isTrue();
        assertThat(materials.item()).hasValue("ค่าวัสดุ");
        assertThat(materials.category()).hasValue(BudgetCategory.MATERIALS);
        assertThat(materials.statedAmount()).hasValue(b(1_000));
        assertThat(materials.computedAmount()).isEmpty();
        assertThat(materials.amount()).isEqualTo(b(1_000));

        BudgetLine seed000 = BudgetLine.parse("ค่าวัสดุอุปกรณ์ 90,000.-");
        assertThat(seed000.isLumpSum()).isTrue();
        assertThat(seed000.item()).hasValue("ค่าวัสดุอุปกรณ์");
        assertThat(seed000.statedAmount()).hasValue(b(90_000));

        BudgetLine office = BudgetLine.parse("2. ค่าวัสดุสำนักงาน เป็นเงิน 14,650 บาท");
        assertThat(office.item()).hasValue("ค่าวัสดุสำนักงาน");
        assertThat(office.statedAmount()).hasValue(b(14_650));
        assertThat(BudgetLine.parse("ค่าตอบแทนวิทยากร 3,600 บาท").category()).hasValue(BudgetCategory.REMUNERATION);
        assertThat(BudgetLine.parse("ค่าตอบแทนวิทยากร 3,600 บาท").isLumpSum()).isTrue();
    }

    @Test
    void readsThaiDigitsAndFractionalCounts() {
        BudgetLine line = BudgetLine.parse("ค่าอาหาร ๑๐๐ บาท/๒๐ คน/๒ มื้อ เป็นเงิน ๔,๐๐๐ บาท");
        assertThat(line.computedAmount()).hasValue(b(4_000));
        assertThat(line.statedAmount()).hasValue(b(4_000));
        BudgetLine half = BudgetLine.parse("ค่าเช่ารถ 1,500.50 บาท/0.5 วัน");
        assertThat(half.factors()).containsExactly(QuantityFactor.of(new java.math.BigDecimal("0.5"), "วัน"));
        assertThat(half.computedAmount()).hasValue(Baht.parse("750.25"));
        assertThat(BudgetLine.parse("ค่าเช่า 0.25 บาท/0.5 วัน").computedAmount())
                .hasValue(Baht.parse("0.13"));
    }

    @Test
    void refusesWhatItCannotReadWithThePosition() {
        assertRefused("ค่าอาหาร เป็นเงิน", 17, "stated amount");
        assertRefused("ค่าอาหาร", 8, "Expected an amount");
        assertRefused("ค่าอาหาร 100 บาท/20 คน เป็นเงิน 2,000 บาท ครับ", 42, "after the stated amount");
        assertRefused("ค่าอาหาร 20 คน/2 มื้อ เป็นเงิน 2,000 บาท", 9, "no unit cost");
        assertRefused("ค่าอาหาร 100 บาท/20 คน/50 บาท", 23, "second unit cost");
        assertRefused("ค่าอาหาร 100 บาท/20 คน หรือ 2 มื้อ", 23, "Unexpected word");
        assertRefused("ค่าอาหาร 100 บาท/20 เป็นเงิน 2,000 บาท", 20, "Expected a unit");
        assertRefused("ค่าอาหาร 1,00 บาท/20 คน", 10, "grouping comma");
        assertRefused("ค่าอาหาร 100.505 บาท/20 คน", 15, "two decimals");
        assertRefused("(45 คน x 200 บาท 4 วัน)", 17, "Expected ×");
        assertRefused("(45 คน x 200 บาท x 4 วัน) ค่าพาหนะ", 26, "after the parenthesized");
    }

    private static void assertRefused(String text, int index, String reason) {
        assertThatThrownBy(() -> BudgetLine.parse(text)).isInstanceOfSatisfying(ThaiParseException.class, e -> {
            assertThat(e.getMessage()).contains(reason);
            assertThat(e.errorIndex()).as(e.getMessage()).isEqualTo(index);
            assertThat(e.input()).isEqualTo(text);
        });
    }

    @Test
    void everySeed004LineReads() {
        List<String> lines = List.of(
                "- ค่าเครื่องดื่มและอาหารว่าง 35 บาท/...20...คน/4 มื้อ เป็นเงิน....2,800.....บาท",
                "- ค่าอาหารกลางวัน 100 บาท/....20...คน/2 มื้อเป็นเงิน....4,000.....บาท",
                "- ค่าวัสดุ เป็นเงิน....1,000.....บาท",
                "- ค่าสำเนา เครื่องมือแนวทางการพัฒนาระบบประกันคุณภาพจำนวน 200 ชุด ชุดละ 80 บาท เป็นเงิน....13,000.....บาท",
                "- ค่าเครื่องดื่มและอาหารว่าง 35 บาท/..100..คน/2 มื้อ เป็นเงิน.....7,000.....บาท",
                "- ค่าอาหารกลางวัน 100 บาท/100 คน/1 มื้อ เป็นเงิน... 10,000.....บาท",
                "- ค่าวัสดุ เป็นเงิน.... 2,000.....บาท",
                "- ค่าเครื่องดื่มและอาหารว่าง 35 บาท/..100..คน/2 มื้อ เป็นเงิน... .7,000.....บาท",
                "- ค่าอาหารกลางวัน 100 บาท/100.คน/1 มื้อ เป็นเงิน....10,000.....บาท",
                "- ค่าวัสดุ เป็นเงิน.....2,000.....บาท",
                "- ค่าพาหนะคณะกรรมการฯ 9 ชุด ชุดละ 5 คน ชุดละ 4 วัน ชุดละ 7-8 โรงเรียน (45 คน x 200 บาท x 4 วัน) เป็นเงิน..36,000....บาท",
                "- ค่าเครื่องดื่มและอาหารว่าง 35 บาท/...100...คน/2 มื้อ เป็นเงิน....7,000.....บาท",
                "- ค่าอาหารกลางวัน 100 บาท/...100...คน/1 มื้อ เป็นเงิน....100,000.....บาท",
                "- ค่าวัสดุ เป็นเงิน.....1,200.....บาท",
                "- ค่าจัดจ้างทำโล่ โล่ละ 1,000 บาท จำนวน 5 โล่ เป็นเงิน... .5,000..... .บาท");
        Baht computed = Baht.ZERO;
        Baht stated = Baht.ZERO;
        for (String text : lines) {
            BudgetLine line = BudgetLine.parse(text);
            computed = computed.plus(line.amount());
            stated = stated.plus(line.writtenAmount());
        }
        assertThat(computed).isEqualTo(b(121_000));
        assertThat(stated).isEqualTo(b(208_000));
    }
}
