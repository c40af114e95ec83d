package io.github.krongkan.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.money.Baht;
import io.github.krongkan.money.BahtText;
import io.github.krongkan.money.BahtTextConvention;
import io.github.krongkan.money.BahtWords;
import io.github.krongkan.time.DateReading;
import io.github.krongkan.time.ThaiDates;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Fuzz targets of the Thai text readers (Jazzer). The property: any text either reads or ends in
 * the exception types the method documents ({@link ThaiParseException}, and
 * {@link ArithmeticException} for amounts beyond the limit); nothing else comes out, nothing hangs.
 * What reads is checked further where a writer exists: the amount written in words reads back the
 * same, an amount's plain decimal reads back the same.
 *
 * <p>The input bytes are read as UTF-8 text, or as UTF-16 (big-endian, lone surrogates possible)
 * after a first byte 1. Every build runs these in regression mode over
 * {@code ThaiParsersFuzzTestInputs/<method>/} in the test resources; docs/reliability.md gives the
 * command of a campaign.
 */
class ThaiParsersFuzzTest {
    @FuzzTest
    @DictionaryEntries({
        "บาท", "บาทถ้วน", "สตางค์", "ลบ", "หนึ่ง", "เอ็ด", "ยี่", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน", "ล้าน", "ศูนย์",
        "สอง", "สาม", "เก้า", "(", ")"
    })
    void bahtTextParse(byte[] bytes) {
        String text = text(bytes);
        BahtWords words;
        try {
            words = BahtText.read(text);
        } catch (ThaiParseException | ArithmeticException documented) {
            return;
        }
        Baht amount = words.amount();
        assertThat(BahtText.read(BahtText.format(amount, words.convention().orElse(BahtTextConvention.ROYAL_INSTITUTE)))
                        .amount())
                .isEqualTo(amount);
        assertThat(BahtText.matches(amount, text)).isTrue();
    }

    @FuzzTest
    @DictionaryEntries({"บาท", ".-", ",", "๐", "๙", "\u00A0", "\u200B", "-", "1,000,000.00"})
    void bahtParse(byte[] bytes) {
        String text = text(bytes);
        Baht amount;
        try {
            amount = Baht.read(text);
        } catch (ThaiParseException | ArithmeticException documented) {
            amount = null;
        }
        if (amount != null) {
            assertThat(Baht.parse(amount.toBigDecimal().toPlainString())).isEqualTo(amount);
            assertThat(Baht.read(amount.toBigDecimal().toPlainString())).isEqualTo(amount);
        }
        try {
            Baht plain = Baht.parse(text);
            assertThat(plain.toBigDecimal().compareTo(new java.math.BigDecimal(text)))
                    .isZero();
        } catch (ThaiParseException | ArithmeticException documented) {
            // refused as documented
        }
    }

    @FuzzTest
    @DictionaryEntries({
        "พ.ศ.",
        "ค.ศ.",
        "ต.ค.",
        "ตุลาคม",
        "กุมภาพันธ์",
        "ก.พ.",
        "วันที่",
        "เดือน",
        "ถึง",
        "–",
        "/",
        "2568",
        "๒๕๖๘",
        "2025-10-01",
        "29",
        "31"
    })
    void thaiDatesRead(byte[] bytes) {
        String text = text(bytes);
        DateReading reading;
        try {
            reading = ThaiDates.read(text);
        } catch (ThaiParseException documented) {
            reading = null;
        }
        if (reading != null) {
            // An ambiguous reading has two candidates and no date(): that is documented, not a failure.
            assertThat(reading.candidates())
                    .isNotEmpty()
                    .allSatisfy(d -> assertThat(d).isBetween(ThaiDates.MIN_DATE, ThaiDates.MAX_DATE));
            assertThat(reading.isAmbiguous()).isEqualTo(reading.candidates().size() > 1);
        }
        try {
            LocalDate date = ThaiDates.parse(text);
            // What reads strictly reads the same way leniently, one way only, day first.
            assertThat(reading).isNotNull();
            assertThat(reading.isAmbiguous()).isFalse();
            assertThat(reading.isMonthFirst()).isFalse();
            assertThat(reading.date()).isEqualTo(date);
        } catch (ThaiParseException documented) {
            // refused as documented
        }
        try {
            ThaiDates.readMonth(text);
        } catch (ThaiParseException documented) {
            // refused as documented
        }
        try {
            List<YearMonth> months = ThaiDates.readMonthRange(text);
            assertThat(months).isNotEmpty();
        } catch (ThaiParseException documented) {
            // refused as documented
        }
    }

    @FuzzTest
    @DictionaryEntries({
        "ค่าอาหารกลางวัน",
        "บาท",
        "คน",
        "มื้อ",
        "วัน",
        "ชุด",
        "ชุดละ",
        "จำนวน",
        "เป็นเงิน",
        "x",
        "×",
        "(",
        ")",
        "/",
        "....",
        "กลุ่มละ",
        "ค่าวัสดุ",
        "ค่าตอบแทน",
        "ค่าใช้สอย",
        "90,000.-"
    })
    void budgetLineParse(byte[] bytes) {
        String text = text(bytes);
        try {
            BudgetLine line = BudgetLine.parse(text);
            assertThat(line).isNotNull();
        } catch (ThaiParseException documented) {
            // refused as documented
        }
    }

    /** UTF-16 (big-endian, any 16 bits a char) after a first byte 1, UTF-8 otherwise. */
    static String text(byte[] bytes) {
        if (bytes.length > 0 && bytes[0] == 1) {
            char[] chars = new char[(bytes.length - 1) / 2];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = (char) (((bytes[1 + 2 * i] & 0xFF) << 8) | (bytes[2 + 2 * i] & 0xFF));
            }
            return new String(chars);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
