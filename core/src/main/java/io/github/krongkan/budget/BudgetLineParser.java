package io.github.krongkan.budget;

import io.github.krongkan.money.Baht;
import io.github.krongkan.text.TextCursor;
import io.github.krongkan.text.ThaiParseException;
import io.github.krongkan.text.ThaiText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one budget line of a Thai document; see {@link BudgetLine#parse(CharSequence)} for the forms.
 *
 * <p>The text is split at the stated-amount keyword ({@code เป็นเงิน}, {@code จำนวนเงิน} or
 * {@code =}). Before it: the item, then the computation (from the first digit on), or a
 * parenthesized product {@code (45 คน x 200 บาท x 4 วัน)}. After it: one amount, optionally
 * followed by {@code บาท}. Dotted leaders ({@code ....2,800.....}) count as spaces.
 */
final class BudgetLineParser {
    private static final String BAHT = "บาท";
    private static final String COUNT = "จำนวน";
    private static final String PER = "ละ";
    private static final String AND = "และ";
    private static final String[] STATED_KEYWORDS = {"เป็นเงิน", "จำนวนเงิน", "="};

    private final String original;
    /** The whole line, white space at both ends included. */
    private final TextCursor line;

    private Baht unitCost;
    private final List<QuantityFactor> factors = new ArrayList<>();

    BudgetLineParser(String original) {
        this.original = original;
        this.line = new TextCursor(original).slice(0, original.length());
    }

    BudgetLine parse() {
        int start = skipListMark();
        int keyword = -1;
        int keywordEnd = -1;
        for (String k : STATED_KEYWORDS) {
            line.moveTo(start);
            int at = line.indexOf(k);
            if (at >= 0 && (keyword < 0 || at < keyword)) {
                keyword = at;
                keywordEnd = at + k.length();
            }
        }
        int headEnd = keyword < 0 ? original.length() : keyword;
        Baht stated = keyword < 0 ? null : statedAmount(keywordEnd);

        int itemEnd;
        int open = productParenthesis(start, headEnd);
        Baht lumpSum = null;
        if (open >= 0) {
            itemEnd = open;
            line.moveTo(open);
            int close = line.indexOf(")");
            product(line.slice(open + 1, close));
            TextCursor after = line.slice(close + 1, headEnd);
            after.skipWhile(BudgetLineParser::isLeader);
            if (!after.atEnd()) {
                throw error("Unexpected text after the parenthesized computation", after.position());
            }
        } else {
            int digit = firstDigit(start, headEnd);
            itemEnd = digit < 0 ? headEnd : digit;
            if (digit >= 0) {
                lumpSum = computation(line.slice(digit, headEnd), stated == null);
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
        line.moveTo(0);
        line.skipWhile(BudgetLineParser::isBlank);
        if (!line.atEnd() && "-•*–".indexOf(line.peek()) >= 0 && isBlank(line.peek(1))) {
            line.next();
            line.skipWhile(BudgetLineParser::isBlank);
            return line.position();
        }
        int digits = line.digitRun();
        char after = line.peek(digits);
        if (digits > 0 && (after == '.' || after == ')') && isBlank(line.peek(digits + 1))) {
            line.moveTo(line.position() + digits + 1);
            line.skipWhile(BudgetLineParser::isBlank);
        }
        return line.position();
    }

    /** The amount after the stated-amount keyword: leaders, an amount, leaders, optional บาท, nothing else. */
    private Baht statedAmount(int from) {
        line.moveTo(from);
        line.skipWhile(BudgetLineParser::isLeader);
        int i = line.position();
        if (line.atEnd() || !isDigit(line.peek())) {
            throw error("Expected the stated amount after \"เป็นเงิน\", such as \"2,800 บาท\"", i);
        }
        int end = numberEnd(i);
        Baht amount = amount(i, end);
        line.moveTo(end);
        line.skipWhile(BudgetLineParser::isLeader);
        if (line.skip(BAHT)) {
            line.skipWhile(BudgetLineParser::isLeader);
        }
        if (!line.atEnd()) {
            throw error("Unexpected text after the stated amount", line.position());
        }
        return amount;
    }

    /** The position of a {@code (} whose group holds a computation with {@code บาท}, or -1. */
    private int productParenthesis(int from, int to) {
        TextCursor head = line.slice(from, to);
        int open = head.indexOf("(");
        while (open >= 0) {
            head.moveTo(open);
            int close = head.indexOf(")");
            if (close < 0) {
                return -1;
            }
            if (line.slice(open + 1, close).indexOf(BAHT) >= 0 && firstDigit(open + 1, close) >= 0) {
                return open;
            }
            head.moveTo(close);
            open = head.indexOf("(");
        }
        return -1;
    }

    /** A product {@code 45 คน x 200 บาท x 4 วัน}: terms joined by x, X, × or *. */
    private void product(TextCursor group) {
        int from = group.position();
        boolean expectTerm = true;
        while (true) {
            group.skipWhile(BudgetLineParser::isBlank);
            if (group.atEnd()) {
                break;
            }
            char c = group.peek();
            if (!expectTerm && (c == 'x' || c == 'X' || c == '×' || c == '*')) {
                expectTerm = true;
                group.next();
                continue;
            }
            if (!expectTerm) {
                throw error("Expected × between the terms of the computation", group.position());
            }
            if (!isDigit(c)) {
                throw error("Expected a number in the computation, such as \"45 คน\" or \"200 บาท\"", group.position());
            }
            term(group, false);
            expectTerm = false;
        }
        if (expectTerm) {
            throw error("Expected a term after ×", group.position());
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
    private Baht computation(TextCursor head, boolean mayBeLumpSum) {
        int from = head.position();
        while (true) {
            skipSeparators(head);
            if (head.atEnd()) {
                break;
            }
            if (head.skip(COUNT)) {
                continue;
            }
            char c = head.peek();
            int i = head.position();
            if (isDigit(c)) {
                int end = numberEnd(i);
                if (i == from && mayBeLumpSum) {
                    head.moveTo(end);
                    head.skipWhile(BudgetLineParser::isLeader);
                    boolean alone = head.atEnd();
                    head.moveTo(i);
                    if (alone) {
                        return amount(i, end);
                    }
                }
                term(head, true);
                continue;
            }
            if (ThaiText.isThaiLetter(c)) {
                head.skipWhile(BudgetLineParser::isThaiLetter);
                if (isPerUnitWord(original.substring(i, head.position()))) {
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

    /** One term {@code N บาท} (the unit cost) or {@code N unit} (a factor) at the cursor; moves past it. */
    private void term(TextCursor part, boolean leadersAllowed) {
        int i = part.position();
        int end = numberEnd(i);
        part.moveTo(end);
        if (leadersAllowed) {
            part.skipWhile(BudgetLineParser::isLeader);
        } else {
            part.skipWhile(BudgetLineParser::isBlank);
        }
        int k = part.position();
        if (part.skip(BAHT)) {
            if (unitCost != null) {
                throw error("A second unit cost; a line has one amount in baht per unit", i);
            }
            unitCost = amount(i, end);
            return;
        }
        part.skipWhile(BudgetLineParser::isThaiLetter);
        int unitEnd = part.position();
        if (unitEnd == k) {
            throw error("Expected a unit (คน, มื้อ, วัน, ชุด…) or \"บาท\" after the number", k);
        }
        factors.add(QuantityFactor.of(count(i, end), original.substring(k, unitEnd)));
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

    /** The end of a number at {@code i}: digits, grouping commas before digits, and {@code .dd} or {@code .-}. */
    private int numberEnd(int i) {
        line.moveTo(i);
        line.skipWhile(BudgetLineParser::isDigit);
        while (line.peek(0) == ',' && isDigit(line.peek(1))) {
            line.next();
            line.skipWhile(BudgetLineParser::isDigit);
        }
        if (line.peek(0) == '.') {
            if (isDigit(line.peek(1))) {
                line.next();
                line.skipWhile(BudgetLineParser::isDigit);
            } else if (line.peek(1) == '-') {
                line.skip(".-");
            }
        }
        return line.position();
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
        String digits = line.slice(from, to).rest();
        if (digits.endsWith(".-")) {
            throw error("A count has no \".-\"; that form is for amounts in baht", to - 2);
        }
        if (digits.length() > 18) {
            throw error("A count with more than 18 characters is beyond any budget line", from);
        }
        return new BigDecimal(digits.replace(",", ""));
    }

    private int firstDigit(int from, int to) {
        TextCursor part = line.slice(from, to);
        part.skipWhile(c -> !isDigit(c));
        return part.atEnd() ? -1 : part.position();
    }

    /** Skips blanks, dotted leaders, {@code /}, and ×, * or an x that does not start a word. */
    private static void skipSeparators(TextCursor part) {
        while (!part.atEnd()) {
            char c = part.peek();
            if (isLeader(c)
                    || c == '/'
                    || c == '×'
                    || c == '*'
                    || ((c == 'x' || c == 'X') && !Character.isLetter(part.peek(1)))) {
                part.next();
            } else {
                break;
            }
        }
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

    /** White space in the sense of {@link ThaiText#isSpace(char)}, and table bars. */
    private static boolean isBlank(int c) {
        return c == '|' || ThaiText.isSpace((char) c);
    }

    /** Blanks and dotted leaders. */
    private static boolean isLeader(int c) {
        return c == '.' || c == '…' || isBlank(c);
    }

    private static boolean isThaiLetter(int c) {
        return ThaiText.isThaiLetter((char) c);
    }

    private static boolean isDigit(int c) {
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
