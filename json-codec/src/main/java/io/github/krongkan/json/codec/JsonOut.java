package io.github.krongkan.json.codec;

import io.github.krongkan.money.Baht;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A writer over a {@link TokenSink} that mirrors {@link JsonIn}: one method per kind of value
 * of the krongkan format, each writing a member in the form the reader reads back (amounts as
 * decimal strings, decimals as plain numbers, dates ISO, enum constants in lower camel case).
 * Optional members and empty lists are left out, as the reader treats an absent member.
 */
public final class JsonOut {
    /** Writes one value (an object, an array item) of a section. */
    @FunctionalInterface
    public interface Writer<T> {
        /**
         * Writes the value.
         *
         * @param out   where to write
         * @param value the value
         */
        void write(JsonOut out, T value) throws IOException;
    }

    private final TokenSink g;

    /**
     * A writer into a sink.
     *
     * @param sink where to write
     */
    public JsonOut(TokenSink sink) {
        this.g = sink;
    }

    /**
     * The sink written to.
     *
     * @return the sink
     */
    public TokenSink sink() {
        return g;
    }

    /** Writes the start of an object. */
    public void startObject() throws IOException {
        g.startObject();
    }

    /** Writes the end of an object. */
    public void endObject() throws IOException {
        g.endObject();
    }

    /** A member whose value {@code writer} writes. */
    public <T> void member(String field, T value, Writer<T> writer) throws IOException {
        g.name(field);
        writer.write(this, value);
    }

    /** A member whose value {@code writer} writes, left out when the value is absent. */
    public <T> void optional(String field, Optional<T> value, Writer<T> writer) throws IOException {
        if (value.isPresent()) {
            member(field, value.get(), writer);
        }
    }

    /** An array member, left out when the list is empty. */
    public <T> void array(String field, List<T> items, Writer<T> item) throws IOException {
        if (!items.isEmpty()) {
            arrayEvenEmpty(field, items, item);
        }
    }

    /** An array member, written even when the list is empty (for required arrays). */
    public <T> void arrayEvenEmpty(String field, List<T> items, Writer<T> item) throws IOException {
        g.name(field);
        items(items, item);
    }

    /** An array value. */
    public <T> void items(List<T> items, Writer<T> item) throws IOException {
        g.startArray();
        for (T value : items) {
            item.write(this, value);
        }
        g.endArray();
    }

    /** An array of strings, left out when empty. */
    public void strings(String field, List<String> values) throws IOException {
        array(field, values, JsonOut::string);
    }

    /** A string value (an array item). */
    public void string(String value) throws IOException {
        g.string(value);
    }

    /** A string member. */
    public void text(String field, String value) throws IOException {
        g.name(field);
        g.string(value);
    }

    /** A string member, left out when absent. */
    public void text(String field, Optional<String> value) throws IOException {
        optional(field, value, JsonOut::string);
    }

    /** An integer member. */
    public void integer(String field, int value) throws IOException {
        g.name(field);
        g.number(value);
    }

    /** An integer member, left out when absent. */
    public void integer(String field, Optional<Integer> value) throws IOException {
        optional(field, value, (out, v) -> out.g.number(v));
    }

    /** A {@code true} or {@code false} member. */
    public void bool(String field, boolean value) throws IOException {
        g.name(field);
        g.bool(value);
    }

    /** A {@code true} or {@code false} member, left out when absent. */
    public void bool(String field, Optional<Boolean> value) throws IOException {
        optional(field, value, (out, v) -> out.g.bool(v));
    }

    /** An exact decimal as a plain JSON number, without exponent. */
    public void decimal(String field, BigDecimal value) throws IOException {
        g.name(field);
        g.number(value.toPlainString());
    }

    /** An exact decimal member, left out when absent. */
    public void decimal(String field, Optional<BigDecimal> value) throws IOException {
        if (value.isPresent()) {
            decimal(field, value.get());
        }
    }

    /** An amount as a decimal string with two decimals, e.g. {@code "90000.00"}. */
    public void baht(String field, Baht value) throws IOException {
        g.name(field);
        g.string(value.toString());
    }

    /** An amount member, left out when absent. */
    public void baht(String field, Optional<Baht> value) throws IOException {
        if (value.isPresent()) {
            baht(field, value.get());
        }
    }

    /** A date as ISO-8601, e.g. {@code "2025-11-01"}. */
    public void date(String field, LocalDate value) throws IOException {
        g.name(field);
        g.string(value.toString());
    }

    /** A date member, left out when absent. */
    public void date(String field, Optional<LocalDate> value) throws IOException {
        if (value.isPresent()) {
            date(field, value.get());
        }
    }

    /** An enum constant in lower camel case ({@link JsonNames}). */
    public void enumValue(String field, Enum<?> value) throws IOException {
        g.name(field);
        g.string(JsonNames.of(value));
    }

    /** An enum member, left out when absent. */
    public void enumValue(String field, Optional<? extends Enum<?>> value) throws IOException {
        if (value.isPresent()) {
            enumValue(field, value.get());
        }
    }
}
