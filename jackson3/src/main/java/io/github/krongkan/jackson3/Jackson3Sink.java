package io.github.krongkan.jackson3;

import io.github.krongkan.json.codec.TokenSink;
import tools.jackson.core.JsonGenerator;

/** The codec's {@link TokenSink} over a Jackson 3 {@link JsonGenerator}. */
final class Jackson3Sink implements TokenSink {
    private final JsonGenerator g;

    Jackson3Sink(JsonGenerator g) {
        this.g = g;
    }

    @Override
    public void startObject() {
        g.writeStartObject();
    }

    @Override
    public void endObject() {
        g.writeEndObject();
    }

    @Override
    public void startArray() {
        g.writeStartArray();
    }

    @Override
    public void endArray() {
        g.writeEndArray();
    }

    @Override
    public void name(String name) {
        g.writeName(name);
    }

    @Override
    public void string(String value) {
        g.writeString(value);
    }

    @Override
    public void number(int value) {
        g.writeNumber(value);
    }

    @Override
    public void number(String plain) {
        g.writeNumber(plain);
    }

    @Override
    public void bool(boolean value) {
        g.writeBoolean(value);
    }

    @Override
    public void nullValue() {
        g.writeNull();
    }
}
