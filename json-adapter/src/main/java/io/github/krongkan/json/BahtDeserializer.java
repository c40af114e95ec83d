package io.github.krongkan.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.github.krongkan.json.codec.KrongkanCodec;
import io.github.krongkan.money.Baht;
import java.io.IOException;

/**
 * Reads a {@link Baht} from a plain decimal string ({@code "90000.00"}), the one form in which the
 * module writes it and in which the krongkan format holds money. A JSON number is refused, as it
 * is inside a project: a number passes through {@code double} in too many places (trees, maps,
 * other tools) to be trusted with money. Refuses more than two decimals, exponents and amounts
 * beyond the supported limit, naming the path.
 */
final class BahtDeserializer extends StdScalarDeserializer<Baht> {
    private static final long serialVersionUID = 1L;

    BahtDeserializer() {
        super(Baht.class);
    }

    @Override
    public Baht deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            String text = p.getText();
            try {
                return Baht.parse(text);
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw InvalidFormatException.from(p, KrongkanCodec.invalidAmount(e.getMessage()), text, Baht.class);
            }
        }
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            String text = p.getText();
            throw InvalidFormatException.from(p, KrongkanCodec.amountAsNumber(text), text, Baht.class);
        }
        return (Baht) ctxt.handleUnexpectedToken(Baht.class, p);
    }
}
