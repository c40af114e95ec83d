package io.github.krongkan.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.krongkan.json.codec.TokenSink;
import java.io.IOException;

/** The codec's {@link TokenSink} over a Jackson 2 {@link JsonGenerator}. */
final class Jackson2Sink implements TokenSink {
    private final JsonGenerator g;

    Jackson2Sink(JsonGenerator g) {
        this.g = g;
    }

    @Override
    public void startObject() throws IOException {
        g.writeStartObject();
    }

    @Override
    public void endObject() throws IOException {
        g.writeEndObject();
    }

    @Override
    public void startArray() throws IOException {
        g.writeStartArray();
    }

    @Override
    public void endArray() throws IOException {
        g.writeEndArray();
    }

    @Override
    public void name(String name) throws IOException {
        g.writeFieldName(name);
    }

    @Override
    public void string(String value) throws IOException {
        g.writeString(value);
    }

    @Override
    public void number(int value) throws IOException {
        g.writeNumber(value);
    }

    @Override
    public void number(String plain) throws IOException {
        g.writeNumber(plain);
    }

    @Override
    public void bool(boolean value) throws IOException {
        g.writeBoolean(value);
    }

    @Override
    public void nullValue() throws IOException {
        g.writeNull();
    }
}
