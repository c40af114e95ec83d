package io.github.krongkan.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.krongkan.money.Baht;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A writer over a {@link JsonGenerator} that mirrors {@link JsonIn}: one method per kind of value
 * of the krongkan format, each writing a member in the form the reader reads back (amounts as
 * decimal strings, decimals as plain numbers, dates ISO, enum constants in lower camel case).
 * Optional members and empty lists are left out, as the reader treats an absent member.
 */
final class JsonOut {
    /** Writes one value (an object, an array item) of a section. */
    @FunctionalInterface
    interface Writer<T> {
        /**
         * Writes the value.
         *
         * @param out   where to write
         * @param value the value
         */
        void write(JsonOut out, T value) throws IOException;
    }

    private final JsonGenerator g;

    JsonOut(JsonGenerator g) {
        this.g = g;
    }

    JsonGenerator generator() {
        return g;
    }

    void startObject() throws IOException {
        g.writeStartObject();
    }

    void endObject() throws IOException {
        g.writeEndObject();
    }

    /** A member whose value {@code writer} writes. */
    <T> void member(String field, T value, Writer<T> writer) throws IOException {
        g.writeFieldName(field);
        writer.write(this, value);
    }

    /** A member whose value {@code writer} writes, left out when the value is absent. */
    <T> void optional(String field, Optional<T> value, Writer<T> writer) throws IOException {
        if (value.isPresent()) {
            member(field, value.get(), writer);
        }
    }

    /** An array member, left out when the list is empty. */
    <T> void array(String field, List<T> items, Writer<T> item) throws IOException {
        if (!items.isEmpty()) {
            arrayEvenEmpty(field, items, item);
        }
    }

    /** An array member, written even when the list is empty (for required arrays). */
    <T> void arrayEvenEmpty(String field, List<T> items, Writer<T> item) throws IOException {
        g.writeFieldName(field);
        items(items, item);
    }

    /** An array value. */
    <T> void items(List<T> items, Writer<T> item) throws IOException {
        g.writeStartArray();
        for (T value : items) {
            item.write(this, value);
        }
        g.writeEndArray();
    }

    /** An array of strings, left out when empty. */
    void strings(String field, List<String> values) throws IOException {
        array(field, values, JsonOut::string);
    }

    /** A string value (an array item). */
    void string(String value) throws IOException {
        g.writeString(value);
    }

    void text(String field, String value) throws IOException {
        g.writeStringField(field, value);
    }

    void text(String field, Optional<String> value) throws IOException {
        optional(field, value, JsonOut::string);
    }

    void integer(String field, int value) throws IOException {
        g.writeNumberField(field, value);
    }

    void integer(String field, Optional<Integer> value) throws IOException {
        optional(field, value, (out, v) -> out.g.writeNumber(v));
    }

    void bool(String field, boolean value) throws IOException {
        g.writeBooleanField(field, value);
    }

    void bool(String field, Optional<Boolean> value) throws IOException {
        optional(field, value, (out, v) -> out.g.writeBoolean(v));
    }

    /** An exact decimal as a plain JSON number, without exponent. */
    void decimal(String field, BigDecimal value) throws IOException {
        g.writeFieldName(field);
        g.writeNumber(value.toPlainString());
    }

    void decimal(String field, Optional<BigDecimal> value) throws IOException {
        if (value.isPresent()) {
            decimal(field, value.get());
        }
    }

    /** An amount as a decimal string with two decimals, e.g. {@code "90000.00"}. */
    void baht(String field, Baht value) throws IOException {
        g.writeStringField(field, value.toString());
    }

    void baht(String field, Optional<Baht> value) throws IOException {
        if (value.isPresent()) {
            baht(field, value.get());
        }
    }

    /** A date as ISO-8601, e.g. {@code "2025-11-01"}. */
    void date(String field, LocalDate value) throws IOException {
        g.writeStringField(field, value.toString());
    }

    void date(String field, Optional<LocalDate> value) throws IOException {
        if (value.isPresent()) {
            date(field, value.get());
        }
    }

    /** An enum constant in lower camel case ({@link JsonNames}). */
    void enumValue(String field, Enum<?> value) throws IOException {
        g.writeStringField(field, JsonNames.of(value));
    }

    void enumValue(String field, Optional<? extends Enum<?>> value) throws IOException {
        if (value.isPresent()) {
            enumValue(field, value.get());
        }
    }
}
