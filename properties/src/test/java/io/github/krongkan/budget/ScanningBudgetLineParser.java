package io.github.krongkan.budget;

import io.github.krongkan.money.Baht;
import io.github.krongkan.text.ThaiDigits;
import io.github.krongkan.text.ThaiParseException;
import io.github.krongkan.text.ThaiText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The reader of budget lines as it was before it moved onto {@link io.github.krongkan.text.TextCursor}:
 * its own index loops over (from, to) ranges of a normalised copy of the text. Kept to show that the
 * port changed no result and no error; see {@link BudgetLine#parse(CharSequence)} for the forms.
 */
final class ScanningBudgetLineParser {
    private static final String BAHT = "บาท";
    private static final String COUNT = "จำนวน";
    private static final String PER = "ละ";
    private static final String AND = "และ";
    private static final String[] STATED_KEYWORDS = {"เป็นเงิน", "จำนวนเงิน", "="};

    private final String original;
    /** The text with ASCII digits, and table bars and tabs as spaces: same length as the original. */
    private final String s;

    private Baht unitCost;
    private final List<QuantityFactor> factors = new ArrayList<>();

    ScanningBudgetLineParser(String original) {
        this.original = original;
        String ascii = ThaiDigits.toAscii(original);
        StringBuilder b = new StringBuilder(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            b.append(c == '|' || ThaiText.isSpace(c) ? ' ' : c);
        }
        this.s = b.toString();
    }

    BudgetLine parse() {
        int start = skipListMark();
        int keyword = -1;
        int keywordEnd = -1;
        for (String k : STATED_KEYWORDS) {
            int at = s.indexOf(k, start);
            if (at >= 0 && (keyword < 0 || at < keyword)) {
                keyword = at;
                keywordEnd = at + k.length();
            }
        }
        int headEnd = keyword < 0 ? s.length() : keyword;
        Baht stated = keyword < 0 ? null : statedAmount(keywordEnd);

        int itemEnd;
        int open = productParenthesis(start, headEnd);
        Baht lumpSum = null;
        if (open >= 0) {
            itemEnd = open;
            int close = s.indexOf(')', open);
            product(open + 1, close);
            int after = skipLeaders(close + 1, headEnd);
            if (after < headEnd) {
                throw error("Unexpected text after the parenthesized computation", after);
            }
        } else {
            int digit = firstDigit(start, headEnd);
            itemEnd = digit < 0 ? headEnd : digit;
            if (digit >= 0) {
                lumpSum = computation(digit, headEnd, stated == null);
            }
        }
        if (lumpSum != null) {
            stated = lumpSum;
        }
        if (unitCost == null && stated == null) {
            throw error("Expected an amount (\"เป็นเงิน 1,000 บาท\") or a unit cost (\"35 บาท/20 คน\")", headEnd);
        }
        String item = item(start, itemEnd);
        BudgetLine.Builder b = BudgetLine.builder().addAllFactors(factors);
        if (!item.isEmpty()) {
            b.item(item);
            BudgetCategory category = categoryOf(item);
            if (category != null) {
                b.category(category);
            }
        }
        if (unitCost != null) {
            b.unitCost(unitCost);
        }
        if (stated != null) {
            b.statedAmount(stated);
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw error("Not a possible budget line: " + e.getMessage(), start);
        }
    }

    // ------------------------------------------------------------------ parts

    /** Skips white space and a list mark ({@code -}, {@code •}, {@code 1.}, {@code ๔.}) at the start. */
    private int skipListMark() {
        int i = skipSpaces(0, s.length());
        if (i < s.length() && "-•*–".indexOf(s.charAt(i)) >= 0 && i + 1 < s.length() && s.charAt(i + 1) == ' ') {
            return skipSpaces(i + 1, s.length());
        }
        int j = i;
        while (j < s.length() && isDigit(s.charAt(j))) {
            j++;
        }
        if (j > i && j + 1 < s.length() && (s.charAt(j) == '.' || s.charAt(j) == ')') && s.charAt(j + 1) == ' ') {
            return skipSpaces(j + 1, s.length());
        }
        return i;
    }

    /** The amount after the stated-amount keyword: leaders, an amount, leaders, optional บาท, nothing else. */
    private Baht statedAmount(int from) {
        int i = skipLeaders(from, s.length());
        if (i >= s.length() || !isDigit(s.charAt(i))) {
            throw error("Expected the stated amount after \"เป็นเงิน\", such as \"2,800 บาท\"", i);
        }
        int end = numberEnd(i);
        Baht amount = amount(i, end);
        int k = skipLeaders(end, s.length());
        if (s.startsWith(BAHT, k)) {
            k = skipLeaders(k + BAHT.length(), s.length());
        }
        if (k < s.length()) {
            throw error("Unexpected text after the stated amount", k);
        }
        return amount;
    }

    /** The position of a {@code (} whose group holds a computation with {@code บาท}, or -1. */
    private int productParenthesis(int from, int to) {
        int open = s.indexOf('(', from);
        while (open >= 0 && open < to) {
            int close = s.indexOf(')', open);
            if (close < 0 || close > to) {
                return -1;
            }
            String inside = s.substring(open + 1, close);
            if (inside.contains(BAHT) && firstDigit(open + 1, close) >= 0) {
                return open;
            }
            open = s.indexOf('(', close);
        }
        return -1;
    }

    /** A product {@code 45 คน x 200 บาท x 4 วัน}: terms joined by x, X, × or *. */
    private void product(int from, int to) {
        int i = from;
        boolean expectTerm = true;
        while (true) {
            i = skipSpaces(i, to);
            if (i >= to) {
                break;
            }
            char c = s.charAt(i);
            if (!expectTerm && (c == 'x' || c == 'X' || c == '×' || c == '*')) {
                expectTerm = true;
                i++;
                continue;
            }
            if (!expectTerm) {
                throw error("Expected × between the terms of the computation", i);
            }
            if (!isDigit(c)) {
                throw error("Expected a number in the computation, such as \"45 คน\" or \"200 บาท\"", i);
            }
            i = term(i, to, false);
            expectTerm = false;
        }
        if (expectTerm) {
            throw error("Expected a term after ×", i);
        }
        if (unitCost == null) {
            throw error("The computation has no unit cost (\"200 บาท\")", from);
        }
    }

    /**
     * The computation from the first digit on: terms separated by spaces, dotted leaders, {@code /} or
     * ×, with {@code จำนวน} and per-unit words ({@code ชุดละ}) skipped.
     *
     * @return the amount when the whole computation is one bare amount and no stated amount follows
     *         ({@code ค่าวัสดุอุปกรณ์ 90,000.-}): a lump sum; otherwise {@code null}
     */
    private Baht computation(int from, int to, boolean mayBeLumpSum) {
        int i = from;
        while (true) {
            i = skipSeparators(i, to);
            if (i >= to) {
                break;
            }
            if (s.startsWith(COUNT, i)) {
                i += COUNT.length();
                continue;
            }
            char c = s.charAt(i);
            if (isDigit(c)) {
                int end = numberEnd(i);
                int next = skipLeaders(end, to);
                if (i == from && mayBeLumpSum && next >= to) {
                    return amount(i, end);
                }
                i = term(i, to, true);
                continue;
            }
            if (ThaiText.isThaiLetter(c)) {
                int end = wordEnd(i, to);
                if (isPerUnitWord(s.substring(i, end))) {
                    i = end;
                    continue;
                }
                throw error(
                        "Unexpected word in the computation; expected a number, \"บาท\", \"จำนวน\" or a per-unit word such as \"ชุดละ\"",
                        i);
            }
            throw error("Unexpected character '" + original.charAt(i) + "' in the computation", i);
        }
        if (unitCost == null) {
            throw error("The computation has no unit cost (\"35 บาท\", \"ชุดละ 80 บาท\")", from);
        }
        if (mayBeLumpSum && factors.isEmpty()) {
            Baht whole = unitCost;
            unitCost = null;
            return whole;
        }
        return null;
    }

    /** A per-unit word such as {@code ชุดละ} or {@code กลุ่มโรงเรียนละ} (but not {@code และ}, "and"). */
    private static boolean isPerUnitWord(String word) {
        return word.length() > PER.length() && word.endsWith(PER) && !word.endsWith(AND);
    }

    /** One term {@code N บาท} (the unit cost) or {@code N unit} (a factor); returns the position after it. */
    private int term(int i, int to, boolean leadersAllowed) {
        int end = numberEnd(i);
        int k = leadersAllowed ? skipLeaders(end, to) : skipSpaces(end, to);
        if (s.startsWith(BAHT, k) && k + BAHT.length() <= to) {
            if (unitCost != null) {
                throw error("A second unit cost; a line has one amount in baht per unit", i);
            }
            unitCost = amount(i, end);
            return k + BAHT.length();
        }
        int unitEnd = k < to && ThaiText.isThaiLetter(s.charAt(k)) ? wordEnd(k, to) : k;
        if (unitEnd == k) {
            throw error("Expected a unit (คน, มื้อ, วัน, ชุด…) or \"บาท\" after the number", k);
        }
        factors.add(QuantityFactor.of(count(i, end), original.substring(k, unitEnd)));
        return unitEnd;
    }

    private String item(int from, int to) {
        String item = stripLeaders(original.substring(from, to));
        if (item.endsWith(COUNT)) {
            item = stripLeaders(item.substring(0, item.length() - COUNT.length()));
        }
        int lastSpace = item.lastIndexOf(' ');
        if (isPerUnitWord(item.substring(lastSpace + 1))) {
            int space = lastSpace;
            String word = item.substring(space + 1, item.length() - PER.length());
            boolean marker = factors.stream().anyMatch(f -> f.unit().equals(word));
            item = marker ? item.substring(0, Math.max(space, 0)) : item.substring(0, item.length() - PER.length());
            item = stripLeaders(item);
        }
        return item;
    }

    private static BudgetCategory categoryOf(String item) {
        for (BudgetCategory c : BudgetCategory.values()) {
            if (c != BudgetCategory.OTHER && item.startsWith(c.thai())) {
                return c;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ tokens

    /** The end of a number: digits, grouping commas before digits, and {@code .dd} or {@code .-}. */
    private int numberEnd(int i) {
        int j = i;
        while (j < s.length()
                && (isDigit(s.charAt(j)) || (s.charAt(j) == ',' && j + 1 < s.length() && isDigit(s.charAt(j + 1))))) {
            j++;
        }
        if (j + 1 < s.length() && s.charAt(j) == '.') {
            if (isDigit(s.charAt(j + 1))) {
                j++;
                while (j < s.length() && isDigit(s.charAt(j))) {
                    j++;
                }
            } else if (s.charAt(j + 1) == '-') {
                j += 2;
            }
        }
        return j;
    }

    private Baht amount(int from, int to) {
        try {
            return Baht.read(original.substring(from, to));
        } catch (ThaiParseException e) {
            throw error("Invalid amount: " + reason(e), from + e.errorIndex());
        } catch (ArithmeticException e) {
            throw error("Invalid amount: " + e.getMessage(), from);
        }
    }

    private BigDecimal count(int from, int to) {
        String digits = s.substring(from, to);
        if (digits.endsWith(".-")) {
            throw error("A count has no \".-\"; that form is for amounts in baht", to - 2);
        }
        if (digits.length() > 18) {
            throw error("A count with more than 18 characters is beyond any budget line", from);
        }
        return new BigDecimal(digits.replace(",", ""));
    }

    private int wordEnd(int i, int to) {
        int j = i;
        while (j < to && ThaiText.isThaiLetter(s.charAt(j))) {
            j++;
        }
        return j;
    }

    private int firstDigit(int from, int to) {
        for (int i = from; i < to; i++) {
            if (isDigit(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private int skipSpaces(int i, int to) {
        while (i < to && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** Skips spaces and dotted leaders. */
    private int skipLeaders(int i, int to) {
        while (i < to && (s.charAt(i) == ' ' || s.charAt(i) == '.' || s.charAt(i) == '…')) {
            i++;
        }
        return i;
    }

    private int skipSeparators(int i, int to) {
        while (i < to) {
            char c = s.charAt(i);
            if (c == ' '
                    || c == '.'
                    || c == '…'
                    || c == '/'
                    || c == '×'
                    || c == '*'
                    || ((c == 'x' || c == 'X') && (i + 1 >= to || !Character.isLetter(s.charAt(i + 1))))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static String stripLeaders(String text) {
        int a = 0;
        int b = text.length();
        while (a < b && isLeader(text.charAt(a))) {
            a++;
        }
        while (b > a && isLeader(text.charAt(b - 1))) {
            b--;
        }
        return text.substring(a, b);
    }

    private static boolean isLeader(char c) {
        return c == '.' || c == '…' || c == '|' || ThaiText.isSpace(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String reason(ThaiParseException e) {
        String m = e.getMessage();
        int at = m.lastIndexOf(" (at index ");
        return at < 0 ? m : m.substring(0, at);
    }

    private ThaiParseException error(String message, int index) {
        return new ThaiParseException(message, original, Math.min(Math.max(index, 0), original.length()));
    }
}
