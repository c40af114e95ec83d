package io.github.krongkan.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A second, digit-by-digit writing of baht text, independent of {@link BahtText}'s arithmetic, used as
 * an oracle: it walks the decimal digits left to right and writes {@code ล้าน} at every power of ten
 * that is a multiple of six.
 */
final class ReferenceBahtText {
    private static final String[] NAMES = {"ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"};
    private static final String[] PLACES = {"", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน"};

    private ReferenceBahtText() {}

    static String words(BigDecimal amount, BahtTextConvention convention) {
        BigDecimal abs = amount.abs().setScale(2, RoundingMode.UNNECESSARY);
        String baht = abs.toBigInteger().toString();
        int satang = abs.remainder(BigDecimal.ONE).movePointRight(2).intValueExact();
        StringBuilder out = new StringBuilder(amount.signum() < 0 ? "ลบ" : "");
        if (!baht.equals("0")) {
            out.append(digits(baht, convention == BahtTextConvention.ROYAL_INSTITUTE))
                    .append("บาท");
        } else if (satang == 0) {
            out.append("ศูนย์บาท");
        }
        if (satang == 0) {
            out.append("ถ้วน");
        } else {
            out.append(digits(Integer.toString(satang), false)).append("สตางค์");
        }
        return out.toString();
    }

    private static String digits(String number, boolean etAfterAnyHigherDigit) {
        StringBuilder out = new StringBuilder();
        int n = number.length();
        boolean seenNonZero = false;
        for (int i = 0; i < n; i++) {
            int d = number.charAt(i) - '0';
            int power = n - 1 - i;
            int place = power % 6;
            if (d != 0) {
                if (place == 0 && d == 1) {
                    boolean tensNonZero = i > 0 && number.charAt(i - 1) != '0';
                    out.append(tensNonZero || etAfterAnyHigherDigit && seenNonZero ? "เอ็ด" : "หนึ่ง");
                } else if (place == 1) {
                    out.append(d == 1 ? "" : d == 2 ? "ยี่" : NAMES[d]).append("สิบ");
                } else {
                    out.append(place == 0 ? NAMES[d] : NAMES[d] + PLACES[place]);
                }
                seenNonZero = true;
            }
            if (place == 0 && power > 0) {
                out.append("ล้าน");
            }
        }
        return out.toString();
    }
}
