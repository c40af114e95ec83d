package io.github.krongkan.json.codec;

import io.github.krongkan.money.Baht;
import io.github.krongkan.time.FiscalYear;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A strict reader over a {@link TokenSource}: every value is checked for its type, every object for
 * unknown and missing fields, and every failure becomes the binding's exception ({@link
 * TokenSource#error}) with the JSON pointer of the offending value.
 */
public final class JsonIn {
    /** Handles one field of an object; the reader stands on the field's value. */
    public interface FieldHandler {
        /**
         * Reads the value of the named field.
         *
         * @param name the field name
         * @return {@code false} if the field is unknown
         * @throws IOException if the source fails
         */
        boolean field(String name) throws IOException;
    }

    private final TokenSource source;
    /** Path segments of the source above the value read, left out of pointers (a value embedded in other JSON). */
    private final int baseDepth;
    /** Whether the source lets duplicate keys through, so that {@link #object} must catch them. */
    private final boolean checkDuplicates;

    /**
     * A reader of a whole document: pointers are from the source's root.
     *
     * @param source the tokens
     */
    public JsonIn(TokenSource source) {
        this(source, false);
    }

    /**
     * A reader over any source: a document's, or the caller's own (stream, tree, token buffer) in
     * which the value the source stands on is embedded.
     *
     * @param source   the tokens
     * @param embedded whether pointers are relative to the value the source stands on now (the
     *     krongkan pointer of an embedded project), rather than to the source's root
     */
    public JsonIn(TokenSource source, boolean embedded) {
        this.source = source;
        this.baseDepth = embedded ? source.depth() : 0;
        this.checkDuplicates = !source.refusesDuplicates();
    }

    /**
     * The source read.
     *
     * @return the source
     */
    public TokenSource source() {
        return source;
    }

    /**
     * Advances to the next token; malformed input becomes an error at the current pointer.
     *
     * @return the token, or {@code null} at the end of the input
     */
    public Token next() {
        try {
            return source.next();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /**
     * A failure of the source or of the input, as the binding's exception at the current pointer.
     *
     * @param e the failure
     * @return the exception, to be thrown
     */
    public RuntimeException failure(IOException e) {
        return error(source.describeFailure(e), e);
    }

    /**
     * The token the reader stands on.
     *
     * @return the token, or {@code null} before the first and after the last
     */
    public Token current() {
        return source.current();
    }

    /**
     * The JSON pointer of the current value, relative to the embedded value's start if the reader
     * is embedded. It is computed only when an error needs it.
     *
     * <p>On a {@code START_OBJECT} or {@code START_ARRAY} it designates the object or array that
     * starts; on the matching {@code END_OBJECT} or {@code END_ARRAY} it designates the value just
     * closed, so the pointer is the same. Errors about a whole object (a missing field, a refusal by
     * the model) are raised right after its {@code END_OBJECT} and so need no pointer kept from its
     * start.
     *
     * @return the pointer
     */
    public String pointer() {
        return source.pointer(baseDepth);
    }

    /**
     * An error at the current pointer.
     *
     * @param reason what is wrong
     * @return the exception, to be thrown
     */
    public RuntimeException error(String reason) {
        return error(reason, null);
    }

    /**
     * An error at the current pointer, with its cause.
     *
     * @param reason what is wrong
     * @param cause  the underlying failure, or {@code null}
     * @return the exception, to be thrown
     */
    public RuntimeException error(String reason, Throwable cause) {
        return errorAt(pointer(), reason, cause);
    }

    /**
     * An error at the given pointer (an object already closed), located at the current token.
     *
     * @param pointer the JSON pointer of the offending value
     * @param reason  what is wrong
     * @param cause   the underlying failure, or {@code null}
     * @return the exception, to be thrown
     */
    public RuntimeException errorAt(String pointer, String reason, Throwable cause) {
        return source.error(pointer, reason, cause);
    }

    /**
     * Reads the object the parser stands on, field by field. Unknown fields, duplicate keys and
     * missing required fields are errors (duplicates are caught by the parser where it is strict).
     *
     * @param what     what the object is, for messages (e.g. {@code "project (โครงการ)"})
     * @param required the names of the required fields
     * @param handler  reads each field's value
     */
    public void object(String what, List<String> required, FieldHandler handler) {
        expect(Token.START_OBJECT, what, " as a JSON object");
        // Required fields seen, one bit each (lists of required fields are short); a set past 64.
        long seenBits = 0;
        Set<String> seen = required.size() > Long.SIZE ? new HashSet<>() : null;
        Set<String> names = checkDuplicates ? new HashSet<>() : null;
        Token token;
        while ((token = next()) == Token.FIELD_NAME) {
            String name = currentName();
            if (names != null && !names.add(name)) {
                // The caller's parser lets duplicates through; the format refuses them all the same.
                throw error("malformed JSON: duplicate field \"" + name + "\" in " + what);
            }
            next();
            boolean known;
            try {
                known = handler.field(name);
            } catch (IOException e) {
                throw failure(e);
            }
            if (!known) {
                throw error("unknown field \"" + name + "\" in " + what);
            }
            if (seen != null) {
                seen.add(name);
            } else if (!required.isEmpty()) {
                int index = required.indexOf(name);
                if (index >= 0) {
                    seenBits |= 1L << index;
                }
            }
        }
        if (token != Token.END_OBJECT) {
            throw error("unexpected end of input inside " + what);
        }
        for (int i = 0; i < required.size(); i++) {
            String name = required.get(i);
            if (seen != null ? !seen.contains(name) : (seenBits & (1L << i)) == 0) {
                // On the object's END_OBJECT: pointer() designates the object.
                throw error("missing required field \"" + name + "\" in " + what);
            }
        }
    }

    private String currentName() {
        try {
            return source.name();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** Reads the array the parser stands on, one element at a time. */
    public <T> List<T> array(String what, Supplier<T> element) {
        expect(Token.START_ARRAY, what, " as a JSON array");
        List<T> items = new ArrayList<>();
        Token token;
        while ((token = next()) != Token.END_ARRAY) {
            if (token == null) {
                throw error("unexpected end of input inside " + what);
            }
            if (items.size() == KrongkanCodec.MAX_ARRAY_LENGTH) {
                throw error("input beyond the reader's limits: more than " + KrongkanCodec.MAX_ARRAY_LENGTH
                        + " items in " + what);
            }
            items.add(element.get());
        }
        return items;
    }

    /** An array of strings, each read as {@link #text(String)} reads it. */
    public List<String> strings(String what) {
        return array(what, () -> text(what));
    }

    /**
     * A string value, exactly as written: no normalisation. A lone surrogate (from a {@code \\uD800}
     * escape or from text input) is refused, as it is not Unicode text and cannot be written back.
     */
    public String text(String what) {
        return text(what, "");
    }

    /** {@link #text(String)} of a value described by {@code what + detail}, joined only for an error. */
    private String text(String what, String detail) {
        expect(Token.VALUE_STRING, what, detail + " as a JSON string");
        String value;
        try {
            value = source.text();
        } catch (IOException e) {
            throw failure(e);
        }
        int bad = loneSurrogate(value);
        if (bad >= 0) {
            throw error(String.format(
                    "%s has a lone surrogate U+%04X at character %d; text must be valid Unicode",
                    what + detail, (int) value.charAt(bad), bad));
        }
        return value;
    }

    /** The index of the first lone surrogate in {@code s}, or -1 if it has none. */
    public static int loneSurrogate(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    /** A value for a message, quoted, cut short if long. */
    public static String quote(String raw) {
        return "\"" + (raw.length() > 60 ? raw.substring(0, 60) + "…\" (" + raw.length() + " characters)" : raw + "\"");
    }

    /** A JSON {@code true} or {@code false}. */
    public boolean bool(String what) {
        Token t = current();
        if (t != Token.VALUE_TRUE && t != Token.VALUE_FALSE) {
            throw error("expected " + what + " as true or false, found " + describe(t));
        }
        return t == Token.VALUE_TRUE;
    }

    /** A JSON integer within the range of an {@code int}. */
    public int integer(String what) {
        return integer(what, "");
    }

    private int integer(String what, String detail) {
        expect(Token.VALUE_NUMBER_INT, what, detail + " as a JSON integer");
        try {
            if (!source.isInt()) {
                throw error(what + detail + " " + source.text() + " is out of range");
            }
            return source.intValue();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /**
     * An exact decimal from a JSON number without exponent. From text, the number as written, scale
     * kept. From a tree or a token buffer, the number the node holds: a {@link BigDecimal} as it is
     * (so a tree built by the krongkan module keeps the scale), a {@code double} as its shortest
     * decimal form; {@code NaN} and infinities are refused.
     */
    public BigDecimal decimal(String what) {
        Token t = current();
        if (t != Token.VALUE_NUMBER_INT && t != Token.VALUE_NUMBER_FLOAT) {
            throw error("expected " + what + " as a JSON number, found " + describe(t));
        }
        try {
            Object number = source.exactNumber();
            if (number instanceof String raw) {
                return plainDecimal(what, raw);
            } else if (number instanceof BigDecimal exact) {
                return plainDecimal(what, exact);
            } else if (number instanceof Double || number instanceof Float) {
                double d = ((Number) number).doubleValue();
                if (!Double.isFinite(d)) {
                    throw error(what + " " + d + " is not a finite number");
                }
                return plainDecimal(what, new BigDecimal(Double.toString(d)));
            } else if (number instanceof BigInteger big) {
                return plainDecimal(what, new BigDecimal(big));
            } else if (number instanceof Number n) {
                return BigDecimal.valueOf(n.longValue());
            }
            throw error("expected " + what + " as a JSON number, found " + describe(t));
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private BigDecimal plainDecimal(String what, String raw) {
        if (raw.indexOf('e') >= 0 || raw.indexOf('E') >= 0) {
            throw error(what + " " + raw + " uses exponent notation; write it as a plain decimal");
        }
        try {
            return new BigDecimal(raw);
        } catch (NumberFormatException e) {
            // NaN or Infinity, where the caller's parser allows them.
            throw error(what + " " + JsonIn.quote(raw) + " is not a finite decimal number", e);
        }
    }

    /** A decimal held by a node, refused where its plain form would be refused as text. */
    private BigDecimal plainDecimal(String what, BigDecimal value) {
        if (value.scale() < 0 && value.signum() != 0) {
            throw error(what + " " + value + " uses exponent notation; write it as a plain decimal");
        }
        int max = KrongkanCodec.MAX_NUMBER_LENGTH;
        if (value.precision() > max
                || value.scale() > max
                || value.toPlainString().length() > max) {
            throw error("input beyond the reader's limits: " + what + " has more than " + max + " characters");
        }
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /** An amount: a decimal string with at most two decimals, e.g. {@code "90000.00"}. */
    public Baht baht(String what) {
        String raw = text(what, " (a decimal string such as \"90000.00\")");
        try {
            return Baht.parse(raw);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw error("invalid " + what + ": " + e.getMessage(), e);
        }
    }

    /** An ISO-8601 date string, e.g. {@code "2025-11-01"}. */
    public LocalDate date(String what) {
        String raw = text(what, " (an ISO date such as \"2025-11-01\")");
        try {
            return isoDate(raw);
        } catch (DateTimeException e) {
            throw error(
                    "invalid " + what + " " + quote(raw)
                            + ": expected an ISO-8601 date (Common Era) such as 2025-11-01",
                    e);
        }
    }

    /**
     * A date written {@code yyyy-mm-dd}, four ASCII digits of year: what {@link LocalDate#parse(CharSequence)}
     * reads in that form, and what a JSON Schema's {@code format: "date"} (RFC 3339 full-date) accepts. The
     * expanded years that {@code LocalDate.parse} also reads ({@code +12025-01-01}, {@code -0001-01-01}) are
     * refused, as the schema refuses them.
     *
     * @throws DateTimeException if the text is not such a date, or not a real calendar date
     */
    public static LocalDate isoDate(String raw) {
        if (raw.length() == 10 && raw.charAt(4) == '-' && raw.charAt(7) == '-') {
            int year = digits(raw, 0, 4);
            int month = digits(raw, 5, 7);
            int day = digits(raw, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        throw new DateTimeException("Text '" + raw + "' is not a date written yyyy-mm-dd");
    }

    /** The number written by ASCII digits {@code from} to {@code to}, or -1 if another character is there. */
    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** An ISO-8601 month string, e.g. {@code "2025-11"}. */
    public YearMonth month(String what) {
        String raw = text(what, " (an ISO month such as \"2025-11\")");
        try {
            return YearMonth.parse(raw);
        } catch (DateTimeException e) {
            throw error(
                    "invalid " + what + " " + quote(raw) + ": expected an ISO-8601 month (Common Era) such as 2025-11",
                    e);
        }
    }

    /** A fiscal year: its Buddhist-era number as a JSON integer, e.g. {@code 2569}. */
    public FiscalYear fiscalYear(String what) {
        int year = integer(what, " (Buddhist-era year, e.g. 2569)");
        try {
            return FiscalYear.ofBuddhistEra(year);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw error("invalid " + what + ": " + e.getMessage(), e);
        }
    }

    <E extends Enum<E>> E enumValue(String what, Class<E> type) {
        String raw = text(what);
        E constant = JsonNames.constant(type, raw);
        if (constant != null) {
            return constant;
        }
        throw error("invalid " + what + " " + quote(raw) + "; expected one of " + JsonNames.all(type));
    }

    /**
     * Builds the model value of the object just read (the parser stands on its {@code END_OBJECT});
     * a refusal by the model becomes an error at the object's pointer.
     */
    public <T> T build(String what, Supplier<T> builder) {
        try {
            return builder.get();
        } catch (IllegalArgumentException | IllegalStateException | ArithmeticException | DateTimeException e) {
            throw error("invalid " + what + ": " + e.getMessage(), e);
        }
    }

    /** Builds a model value; a refusal by the model becomes an error at the given pointer. */
    public <T> T build(String objectPointer, String what, Supplier<T> builder) {
        try {
            return builder.get();
        } catch (IllegalArgumentException | IllegalStateException | ArithmeticException | DateTimeException e) {
            throw errorAt(objectPointer, "invalid " + what + ": " + e.getMessage(), e);
        }
    }

    /** Requires the current token to be {@code expected}; else an error naming {@code what}. */
    public void expect(Token expected, String what) {
        expect(expected, what, "");
    }

    /** {@link #expect(Token, String)} with the description {@code what + detail}, joined only for an error. */
    private void expect(Token expected, String what, String detail) {
        Token t = current();
        if (t != expected) {
            throw error("expected " + what + detail + ", found " + describe(t));
        }
    }

    private static String describe(Token t) {
        return t == null ? "the end of the input" : t.describe();
    }
}
