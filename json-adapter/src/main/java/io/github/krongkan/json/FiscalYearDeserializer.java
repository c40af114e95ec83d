package io.github.krongkan.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.github.krongkan.json.codec.KrongkanCodec;
import io.github.krongkan.time.FiscalYear;
import java.io.IOException;

/** Reads a {@link FiscalYear} from its Buddhist-era number, e.g. {@code 2569}. */
final class FiscalYearDeserializer extends StdScalarDeserializer<FiscalYear> {
    private static final long serialVersionUID = 1L;

    FiscalYearDeserializer() {
        super(FiscalYear.class);
    }

    @Override
    public FiscalYear deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            return (FiscalYear) ctxt.handleUnexpectedToken(
                    FiscalYear.class,
                    p.currentToken(),
                    p,
                    "Fiscal year (ปีงบประมาณ) must be a Buddhist-era year as a JSON integer, e.g. 2569");
        }
        String text = p.getText();
        if (p.getNumberType() != JsonParser.NumberType.INT) {
            throw InvalidFormatException.from(p, KrongkanCodec.fiscalYearOutOfRange(text), text, FiscalYear.class);
        }
        try {
            return FiscalYear.ofBuddhistEra(p.getIntValue());
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw InvalidFormatException.from(
                    p, KrongkanCodec.invalidFiscalYear(e.getMessage()), text, FiscalYear.class);
        }
    }
}
