package io.github.krongkan.json;

import com.fasterxml.jackson.core.JsonParser;
import io.github.krongkan.json.codec.Token;
import java.time.LocalDate;

/**
 * The codec's strict reader over a Jackson 2 parser, as the adapter builds it, under the name the
 * white-box tests of this package use.
 */
final class JsonIn {
    private final io.github.krongkan.json.codec.JsonIn in;

    JsonIn(JsonParser parser) {
        this.in = KrongkanJson.reader(parser);
    }

    Token next() {
        return in.next();
    }

    String pointer() {
        return in.pointer();
    }

    static LocalDate isoDate(String raw) {
        return io.github.krongkan.json.codec.JsonIn.isoDate(raw);
    }
}
