package io.github.krongkan.money;

import io.github.krongkan.text.ThaiParseException;
import io.github.krongkan.text.ThaiText;
import java.util.ArrayList;
import java.util.List;

/**
 * The reader of baht words as it was before it moved onto {@link io.github.krongkan.text.TextCursor}:
 * its own index loop over the characters. Kept to show that the port changed no result and no error.
 */
final class ScanningBahtTextParser {
    private static final long ONE_MILLION = 1_000_000L;
    private static final long MAX_BAHT = Baht.MAX_ABSOLUTE.satang() / 100;

    private enum Kind {
        DIGIT,
        ZERO,
        ET,
        YI,
        PLACE,
        MILLION,
        BAHT,
        SATANG,
        EXACT,
        MINUS
    }

    /** One word of the input: its kind, its value (digit 1–9, or power of ten 1–5) and position. */
    private static final class Token {
        final Kind kind;
        final int value;
        final String text;
        final int start;

        Token(Kind kind, int value, String text, int start) {
            this.kind = kind;
            this.value = value;
            this.text = text;
            this.start = start;
        }
    }

    /** The words known to the reader; none is a prefix of another, so the first match is the match. */
    private static final List<Token> VOCABULARY = new ArrayList<>();

    static {
        for (int d = 1; d <= 9; d++) {
            VOCABULARY.add(new Token(Kind.DIGIT, d, BahtText.DIGITS[d], -1));
        }
        for (int p = 1; p <= 5; p++) {
            VOCABULARY.add(new Token(Kind.PLACE, p, BahtText.PLACES[p], -1));
        }
        VOCABULARY.add(new Token(Kind.ZERO, 0, BahtText.ZERO, -1));
        VOCABULARY.add(new Token(Kind.ET, 1, BahtText.ET, -1));
        VOCABULARY.add(new Token(Kind.YI, 2, BahtText.YI, -1));
        VOCABULARY.add(new Token(Kind.MILLION, 0, BahtText.MILLION, -1));
        VOCABULARY.add(new Token(Kind.BAHT, 0, BahtText.BAHT, -1));
        VOCABULARY.add(new Token(Kind.SATANG, 0, BahtText.SATANG, -1));
        VOCABULARY.add(new Token(Kind.EXACT, 0, BahtText.EXACT, -1));
        VOCABULARY.add(new Token(Kind.MINUS, 0, BahtText.MINUS, -1));
    }

    private final String input;
    private final List<Token> tokens = new ArrayList<>();
    private int next;
    private int end;
    /** Position of the first word that only one convention writes, or -1. */
    private int royalAt = -1;

    private int tensOnlyAt = -1;

    ScanningBahtTextParser(String input) {
        this.input = input;
    }

    BahtWords parse() {
        tokenize();
        boolean negative = accept(Kind.MINUS);
        long baht;
        long satang = 0;
        if (peek(Kind.ZERO)) {
            next++;
            expect(Kind.BAHT, "Expected \"บาท\" after \"ศูนย์\"");
            baht = 0;
            satang = readEnding();
        } else if (isSatangOnly()) {
            baht = 0;
            satang = readSatang();
            expectEnd();
        } else {
            baht = readBaht();
            expect(Kind.BAHT, "Expected \"บาท\" after the amount");
            satang = readEnding();
        }
        if (negative && baht == 0 && satang == 0) {
            throw error("Zero takes no \"ลบ\" (minus)", tokens.get(0).start);
        }
        if (royalAt >= 0 && tensOnlyAt >= 0) {
            throw error(
                    "The words mix two conventions: \"เอ็ด\" at index " + royalAt + " (Royal Institute) and "
                            + "\"หนึ่ง\" at index " + tensOnlyAt + " (tens-only) for a units digit 1",
                    Math.max(royalAt, tensOnlyAt));
        }
        long total = baht * 100 + satang;
        Baht amount = Baht.ofSatang(negative ? -total : total);
        BahtTextConvention convention = royalAt >= 0
                ? BahtTextConvention.ROYAL_INSTITUTE
                : tensOnlyAt >= 0 ? BahtTextConvention.TENS_ONLY : null;
        return BahtWords.of(amount, convention);
    }

    /** After {@code บาท}: {@code ถ้วน}, or satang words and {@code สตางค์}; then the end. */
    private long readEnding() {
        if (accept(Kind.EXACT)) {
            expectEnd();
            return 0;
        }
        if (next == tokens.size()) {
            throw error("Expected \"ถ้วน\" or satang after \"บาท\"", end);
        }
        if (!peek(Kind.DIGIT) && !peek(Kind.YI) && !peek(Kind.PLACE) && !peek(Kind.ET)) {
            Token t = tokens.get(next);
            throw error("Expected \"ถ้วน\" or satang after \"บาท\", found \"" + t.text + "\"", t.start);
        }
        long satang = readSatang();
        expectEnd();
        return satang;
    }

    /** Satang-only words: no {@code บาท} anywhere and {@code สตางค์} at the end. */
    private boolean isSatangOnly() {
        for (Token t : tokens) {
            if (t.kind == Kind.BAHT) {
                return false;
            }
        }
        return !tokens.isEmpty() && tokens.get(tokens.size() - 1).kind == Kind.SATANG;
    }

    /** Satang: a number 1 to 99 and {@code สตางค์}. */
    private long readSatang() {
        int start = next;
        long value = readGroup(false, true);
        if (value == 0) {
            throw error("Expected a number of satang", position(start));
        }
        expect(Kind.SATANG, "Expected \"สตางค์\" after the satang");
        return value;
    }

    /** Whole baht, 1 or more: six-digit groups joined by {@code ล้าน}. */
    private long readBaht() {
        long total = 0;
        boolean first = true;
        while (true) {
            int start = next;
            long group = readGroup(total > 0, false);
            if (first && group == 0) {
                throw error(
                        next < tokens.size() && tokens.get(next).kind == Kind.MILLION
                                ? "Expected a number before \"ล้าน\""
                                : "Expected Thai number words",
                        position(start));
            }
            first = false;
            total += group;
            if (!peek(Kind.MILLION)) {
                return total;
            }
            if (total > MAX_BAHT / ONE_MILLION) {
                throw new ArithmeticException("Amount in words at index " + tokens.get(next).start
                        + " is beyond the supported limit of ±10^15 baht");
            }
            total *= ONE_MILLION;
            next++;
        }
    }

    /**
     * Reads one six-digit group (0 if no words), or a satang number 1 to 99.
     *
     * @param higherNonZero whether a non-zero digit was read before this group
     * @param satang        whether the number is satang: places above {@code สิบ} refused, and
     *                      {@code เอ็ด} only after a tens digit whatever the convention
     */
    private long readGroup(boolean higherNonZero, boolean satang) {
        long value = 0;
        int lastPower = 6;
        int tens = 0;
        while (next < tokens.size() && lastPower > 0) {
            Token t = tokens.get(next);
            if (t.kind == Kind.DIGIT && peekAt(next + 1, Kind.PLACE)) {
                Token place = tokens.get(next + 1);
                checkPlace(place, lastPower, satang);
                if (place.value == 1 && t.value <= 2) {
                    throw error(
                            t.value == 1
                                    ? "Ten is written \"สิบ\", not \"หนึ่งสิบ\""
                                    : "Twenty is written \"ยี่สิบ\", not \"สองสิบ\"",
                            t.start);
                }
                value += t.value * pow10(place.value);
                tens = place.value == 1 ? t.value : 0;
                lastPower = place.value;
                next += 2;
            } else if (t.kind == Kind.YI) {
                if (!peekAt(next + 1, Kind.PLACE) || tokens.get(next + 1).value != 1) {
                    throw error("\"ยี่\" must be followed by \"สิบ\"", t.start);
                }
                checkPlace(tokens.get(next + 1), lastPower, satang);
                value += 20;
                tens = 2;
                lastPower = 1;
                next += 2;
            } else if (t.kind == Kind.PLACE) {
                if (t.value != 1) {
                    throw error(
                            "Expected a digit word before \"" + t.text + "\" (e.g. \"หนึ่ง" + t.text + "\")", t.start);
                }
                checkPlace(t, lastPower, satang);
                value += 10;
                tens = 1;
                lastPower = 1;
                next++;
            } else if (t.kind == Kind.DIGIT || t.kind == Kind.ET) {
                value += readUnits(t, tens, higherNonZero || value > 0, satang);
                lastPower = 0;
                next++;
            } else {
                break;
            }
        }
        return value;
    }

    /** A units digit; records which convention a units 1 shows. */
    private int readUnits(Token t, int tens, boolean higherNonZero, boolean satang) {
        if (t.kind == Kind.DIGIT && t.value != 1) {
            return t.value;
        }
        boolean et = t.kind == Kind.ET;
        if (tens > 0) {
            if (!et) {
                throw error("A units 1 after a tens digit is written \"เอ็ด\", not \"หนึ่ง\"", t.start);
            }
        } else if (!higherNonZero || satang) {
            if (et) {
                throw error("A lone 1 is written \"หนึ่ง\", not \"เอ็ด\"", t.start);
            }
        } else if (et) {
            royalAt = royalAt < 0 ? t.start : royalAt;
        } else {
            tensOnlyAt = tensOnlyAt < 0 ? t.start : tensOnlyAt;
        }
        return 1;
    }

    private void checkPlace(Token place, int lastPower, boolean satang) {
        if (satang && place.value > 1) {
            throw error(
                    "Satang are 1 to 99; \"" + place.text + "\" does not belong in them"
                            + (isSatangOnly() ? " (is \"บาท\" missing?)" : ""),
                    place.start);
        }
        if (place.value >= lastPower) {
            throw error(
                    "Place \"" + place.text + "\" is out of order (places must descend: แสน หมื่น พัน ร้อย สิบ)",
                    place.start);
        }
    }

    private static long pow10(int power) {
        long p = 1;
        for (int i = 0; i < power; i++) {
            p *= 10;
        }
        return p;
    }

    /** Splits the words into tokens, after stripping white space and one pair of parentheses. */
    private void tokenize() {
        int i = 0;
        end = input.length();
        while (i < end && ThaiText.isSpace(input.charAt(i))) {
            i++;
        }
        while (end > i && ThaiText.isSpace(input.charAt(end - 1))) {
            end--;
        }
        if (i < end && input.charAt(i) == '(') {
            if (input.charAt(end - 1) != ')' || end - 1 == i) {
                throw error("Expected a closing parenthesis \")\"", end);
            }
            i++;
            end--;
            while (i < end && ThaiText.isSpace(input.charAt(i))) {
                i++;
            }
            while (end > i && ThaiText.isSpace(input.charAt(end - 1))) {
                end--;
            }
        }
        if (i == end) {
            throw error("Expected baht words such as \"เก้าหมื่นบาทถ้วน\"", i);
        }
        while (i < end) {
            Token word = wordAt(i);
            if (word == null) {
                char c = input.charAt(i);
                String why = ThaiText.isSpace(c)
                        ? "White space inside baht words"
                        : input.startsWith("ตรง", i)
                                ? "\"ตรง\" is not accepted; whole amounts end \"บาทถ้วน\""
                                : "Not a word of Thai baht text: '"
                                        + new String(Character.toChars(input.codePointAt(i))) + "'";
                throw error(why, i);
            }
            tokens.add(new Token(word.kind, word.value, word.text, i));
            i += word.text.length();
        }
    }

    /** White space, including the no-break spaces that word processors put into documents. */
    private Token wordAt(int i) {
        for (Token word : VOCABULARY) {
            if (input.startsWith(word.text, i) && i + word.text.length() <= end) {
                return word;
            }
        }
        return null;
    }

    private boolean peek(Kind kind) {
        return peekAt(next, kind);
    }

    private boolean peekAt(int index, Kind kind) {
        return index < tokens.size() && tokens.get(index).kind == kind;
    }

    private boolean accept(Kind kind) {
        if (peek(kind)) {
            next++;
            return true;
        }
        return false;
    }

    private void expect(Kind kind, String message) {
        if (!accept(kind)) {
            Token found = next < tokens.size() ? tokens.get(next) : null;
            throw error(found == null ? message : message + ", found \"" + found.text + "\"", position(next));
        }
    }

    private void expectEnd() {
        if (next < tokens.size()) {
            Token t = tokens.get(next);
            throw error("Unexpected \"" + t.text + "\" after the end of the amount", t.start);
        }
    }

    private int position(int tokenIndex) {
        return tokenIndex < tokens.size() ? tokens.get(tokenIndex).start : end;
    }

    private ThaiParseException error(String message, int index) {
        return new ThaiParseException(message, input, index);
    }
}
