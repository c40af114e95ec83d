package io.github.krongkan.jackson3;

import io.github.krongkan.json.codec.KrongkanCodec;
import io.github.krongkan.money.Baht;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Reads a {@link Baht} from a plain decimal string ({@code "90000.00"}), the one form in which the
 * module writes it. A JSON number is refused, as it is inside a project: money is a string.
 */
final class BahtDeserializer extends StdScalarDeserializer<Baht> {
    BahtDeserializer() {
        super(Baht.class);
    }

    @Override
    public Baht deserialize(JsonParser p, DeserializationContext ctxt) {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            String text = p.getString();
            try {
                return Baht.parse(text);
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw InvalidFormatException.from(p, KrongkanCodec.invalidAmount(e.getMessage()), text, Baht.class);
            }
        }
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            String text = p.getString();
            throw InvalidFormatException.from(p, KrongkanCodec.amountAsNumber(text), text, Baht.class);
        }
        return (Baht) ctxt.handleUnexpectedToken(Baht.class, p);
    }
}
