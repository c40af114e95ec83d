package io.github.krongkan.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.money.Baht;
import io.github.krongkan.time.FiscalYear;
import java.io.CharConversionException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A strict reader over a {@link JsonParser}: every value is checked for its type, every object for
 * unknown and missing fields, and every failure becomes a {@link KrongkanJsonException} with the
 * JSON pointer of the offending value.
 */
final class JsonIn {
    /** Handles one field of an object; the parser stands on the field's value. */
    interface FieldHandler {
        /**
         * Reads the value of the named field.
         *
         * @param name the field name
         * @return {@code false} if the field is unknown
         */
        boolean field(String name) throws IOException;
    }

    private final JsonParser parser;
    /** Path segments of the parser above the value read, left out of pointers (a value embedded in other JSON). */
    private final int baseDepth;
    /** Whether the parser lets duplicate keys through, so that {@link #object} must catch them. */
    private final boolean checkDuplicates;

    /** A reader of a whole document: pointers are from the parser's root. */
    JsonIn(JsonParser parser) {
        this(parser, false);
    }

    /**
     * A reader over any parser: a document's, or the caller's own (stream, tree, token buffer) in
     * which the value the parser stands on is embedded.
     *
     * @param embedded whether pointers are relative to the value the parser stands on now (the
     *     krongkan pointer of an embedded project), rather than to the parser's root
     */
    JsonIn(JsonParser parser, boolean embedded) {
        this.parser = parser;
        this.baseDepth = embedded ? contexts().size() : 0;
        this.checkDuplicates = !parser.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
    }

    JsonParser parser() {
        return parser;
    }

    /** Advances to the next token; malformed input becomes a {@link KrongkanJsonException}. */
    JsonToken next() {
        try {
            return parser.nextToken();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** A failure of the parser or of the input, as the typed exception at the current pointer. */
    KrongkanJsonException failure(IOException e) {
        if (e instanceof StreamConstraintsException limit) {
            return error("input beyond the reader's limits: " + limit.getOriginalMessage(), e);
        } else if (e instanceof JsonProcessingException malformed) {
            return error("malformed JSON: " + malformed.getOriginalMessage(), e);
        } else if (e instanceof CharConversionException) {
            return error("the document is not valid UTF-8 text: " + e.getMessage(), e);
        }
        return error("the document could not be read: " + e.getMessage(), e);
    }

    JsonToken current() {
        return parser.currentToken();
    }

    /**
     * The JSON pointer of the current value: what {@code getParsingContext().pathAsPointer()} gives,
     * built directly from the parsing contexts. It is computed only when an error needs it.
     *
     * <p>On a {@code START_OBJECT} or {@code START_ARRAY} it designates the object or array that
     * starts; on the matching {@code END_OBJECT} or {@code END_ARRAY} the parsing context is the
     * parent again, whose current name or index still designates the value just closed, so the
     * pointer is the same. Errors about a whole object (a missing field, a refusal by the model)
     * are raised right after its {@code END_OBJECT} and so need no pointer kept from its start.
     */
    String pointer() {
        List<JsonStreamContext> contexts = contexts();
        DocumentPath path = DocumentPath.root();
        for (int i = baseDepth; i < contexts.size(); i++) {
            JsonStreamContext c = contexts.get(i);
            if (c.inObject()) {
                String name = c.getCurrentName();
                path = path.field(name == null ? "" : name);
            } else {
                path = path.index(Math.max(0, c.getCurrentIndex()));
            }
        }
        return path.toString();
    }

    /**
     * The parsing contexts from the root down to the current value's, each with a path segment.
     * Walked, not sized by {@code getNestingDepth()}: the contexts of a tree or a token buffer do not
     * all keep their depth.
     */
    private List<JsonStreamContext> contexts() {
        JsonStreamContext context = parser.getParsingContext();
        if (context != null && !context.hasPathSegment()) {
            context = context.getParent();
        }
        List<JsonStreamContext> contexts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            contexts.add(c);
        }
        Collections.reverse(contexts);
        return contexts;
    }

    KrongkanJsonException error(String reason) {
        return error(reason, null);
    }

    KrongkanJsonException error(String reason, Throwable cause) {
        return errorAt(pointer(), reason, cause);
    }

    KrongkanJsonException errorAt(String pointer, String reason, Throwable cause) {
        JsonLocation location = parser.currentTokenLocation();
        return location == null
                ? new KrongkanJsonException(pointer, reason, cause)
                : new KrongkanJsonException(pointer, reason, location.getLineNr(), location.getColumnNr(), cause);
    }

    /**
     * Reads the object the parser stands on, field by field. Unknown fields, duplicate keys and
     * missing required fields are errors (duplicates are caught by the parser where it is strict).
     *
     * @param what     what the object is, for messages (e.g. {@code "project (โครงการ)"})
     * @param required the names of the required fields
     * @param handler  reads each field's value
     */
    void object(String what, List<String> required, FieldHandler handler) {
        expect(JsonToken.START_OBJECT, what, " as a JSON object");
        // Required fields seen, one bit each (lists of required fields are short); a set past 64.
        long seenBits = 0;
        Set<String> seen = required.size() > Long.SIZE ? new HashSet<>() : null;
        Set<String> names = checkDuplicates ? new HashSet<>() : null;
        JsonToken token;
        while ((token = next()) == JsonToken.FIELD_NAME) {
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
        if (token != JsonToken.END_OBJECT) {
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
            return parser.currentName();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** Reads the array the parser stands on, one element at a time. */
    <T> List<T> array(String what, Supplier<T> element) {
        expect(JsonToken.START_ARRAY, what, " as a JSON array");
        List<T> items = new ArrayList<>();
        JsonToken token;
        while ((token = next()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw error("unexpected end of input inside " + what);
            }
            if (items.size() == KrongkanJson.MAX_ARRAY_LENGTH) {
                throw error("input beyond the reader's limits: more than " + KrongkanJson.MAX_ARRAY_LENGTH
                        + " items in " + what);
            }
            items.add(element.get());
        }
        return items;
    }

    List<String> strings(String what) {
        return array(what, () -> text(what));
    }

    /**
     * A string value, exactly as written: no normalisation. A lone surrogate (from a {@code \\uD800}
     * escape or from text input) is refused, as it is not Unicode text and cannot be written back.
     */
    String text(String what) {
        return text(what, "");
    }

    /** {@link #text(String)} of a value described by {@code what + detail}, joined only for an error. */
    private String text(String what, String detail) {
        expect(JsonToken.VALUE_STRING, what, detail + " as a JSON string");
        String value;
        try {
            value = parser.getText();
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
    static int loneSurrogate(String s) {
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
    static String quote(String raw) {
        return "\"" + (raw.length() > 60 ? raw.substring(0, 60) + "…\" (" + raw.length() + " characters)" : raw + "\"");
    }

    boolean bool(String what) {
        JsonToken t = current();
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw error("expected " + what + " as true or false, found " + describe(t));
        }
        return t == JsonToken.VALUE_TRUE;
    }

    int integer(String what) {
        return integer(what, "");
    }

    private int integer(String what, String detail) {
        expect(JsonToken.VALUE_NUMBER_INT, what, detail + " as a JSON integer");
        try {
            if (parser.getNumberType() != JsonParser.NumberType.INT) {
                throw error(what + detail + " " + parser.getText() + " is out of range");
            }
            return parser.getIntValue();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /**
     * An exact decimal from a JSON number without exponent. From text, the number as written, scale
     * kept. From a tree or a token buffer, the number the node holds: a {@link BigDecimal} as it is
     * (so a tree built by {@link KrongkanModule} keeps the scale), a {@code double} as its shortest
     * decimal form; {@code NaN} and infinities are refused.
     */
    BigDecimal decimal(String what) {
        JsonToken t = current();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw error("expected " + what + " as a JSON number, found " + describe(t));
        }
        try {
            Object number = parser instanceof ParserBase ? parser.getText() : parser.getNumberValueDeferred();
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
        int max = KrongkanJson.MAX_NUMBER_LENGTH;
        if (value.precision() > max
                || value.scale() > max
                || value.toPlainString().length() > max) {
            throw error("input beyond the reader's limits: " + what + " has more than " + max + " characters");
        }
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    Baht baht(String what) {
        String raw = text(what, " (a decimal string such as \"90000.00\")");
        try {
            return Baht.parse(raw);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw error("invalid " + what + ": " + e.getMessage(), e);
        }
    }

    LocalDate date(String what) {
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
    static LocalDate isoDate(String raw) {
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

    YearMonth month(String what) {
        String raw = text(what, " (an ISO month such as \"2025-11\")");
        try {
            return YearMonth.parse(raw);
        } catch (DateTimeException e) {
            throw error(
                    "invalid " + what + " " + quote(raw) + ": expected an ISO-8601 month (Common Era) such as 2025-11",
                    e);
        }
    }

    FiscalYear fiscalYear(String what) {
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
    <T> T build(String what, Supplier<T> builder) {
        try {
            return builder.get();
        } catch (IllegalArgumentException | IllegalStateException | ArithmeticException | DateTimeException e) {
            throw error("invalid " + what + ": " + e.getMessage(), e);
        }
    }

    /** Builds a model value; a refusal by the model becomes an error at the given pointer. */
    <T> T build(String objectPointer, String what, Supplier<T> builder) {
        try {
            return builder.get();
        } catch (IllegalArgumentException | IllegalStateException | ArithmeticException | DateTimeException e) {
            throw errorAt(objectPointer, "invalid " + what + ": " + e.getMessage(), e);
        }
    }

    void expect(JsonToken expected, String what) {
        expect(expected, what, "");
    }

    /** {@link #expect(JsonToken, String)} with the description {@code what + detail}, joined only for an error. */
    private void expect(JsonToken expected, String what, String detail) {
        JsonToken t = current();
        if (t != expected) {
            throw error("expected " + what + detail + ", found " + describe(t));
        }
    }

    private String describe(JsonToken t) {
        if (t == null) {
            return "the end of the input";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }
}
