package io.github.krongkan.json.codec;

import java.io.IOException;

/**
 * Where {@link JsonOut} writes: krongkan's own view of a streaming generator, implemented once per
 * Jackson version by a thin binding. Each call writes exactly one token.
 */
public interface TokenSink {
    /**
     * Writes the start of an object.
     *
     * @throws IOException if writing fails
     */
    void startObject() throws IOException;

    /**
     * Writes the end of an object.
     *
     * @throws IOException if writing fails
     */
    void endObject() throws IOException;

    /**
     * Writes the start of an array.
     *
     * @throws IOException if writing fails
     */
    void startArray() throws IOException;

    /**
     * Writes the end of an array.
     *
     * @throws IOException if writing fails
     */
    void endArray() throws IOException;

    /**
     * Writes the name of an object member.
     *
     * @param name the name
     * @throws IOException if writing fails
     */
    void name(String name) throws IOException;

    /**
     * Writes a string value.
     *
     * @param value the string
     * @throws IOException if writing fails
     */
    void string(String value) throws IOException;

    /**
     * Writes an integer value.
     *
     * @param value the number
     * @throws IOException if writing fails
     */
    void number(int value) throws IOException;

    /**
     * Writes a number exactly as given, e.g. a plain decimal {@code "8.00"}.
     *
     * @param plain the number's text, without exponent
     * @throws IOException if writing fails
     */
    void number(String plain) throws IOException;

    /**
     * Writes {@code true} or {@code false}.
     *
     * @param value the value
     * @throws IOException if writing fails
     */
    void bool(boolean value) throws IOException;

    /**
     * Writes {@code null}.
     *
     * @throws IOException if writing fails
     */
    void nullValue() throws IOException;
}
