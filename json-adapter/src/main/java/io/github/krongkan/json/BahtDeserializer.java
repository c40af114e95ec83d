package io.github.krongkan.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.github.krongkan.money.Baht;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads a {@link Baht} from a plain decimal string ({@code "90000.00"}) or, if exact, a JSON number.
 * Refuses more than two decimals, exponents and amounts beyond the supported limit, naming the path.
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
                throw InvalidFormatException.from(
                        p,
                        "Invalid amount (จำนวนเงิน): " + e.getMessage()
                                + "; expected a decimal string with at most two decimals, e.g. \"90000.00\"",
                        text,
                        Baht.class);
            }
        }
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            String text = p.getText();
            if (text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
                throw InvalidFormatException.from(
                        p,
                        "Invalid amount (จำนวนเงิน): exponent notation is not accepted;"
                                + " write the amount as a decimal string, e.g. \"90000.00\"",
                        text,
                        Baht.class);
            }
            try {
                return Baht.of(new BigDecimal(text));
            } catch (ArithmeticException | NumberFormatException e) {
                throw InvalidFormatException.from(p, "Invalid amount (จำนวนเงิน): " + e.getMessage(), text, Baht.class);
            }
        }
        return (Baht) ctxt.handleUnexpectedToken(Baht.class, p);
    }
}
