package io.github.krongkan.jackson3;

import io.github.krongkan.json.codec.KrongkanCodec;
import io.github.krongkan.time.FiscalYear;
import java.time.DateTimeException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/** Reads a {@link FiscalYear} from its Buddhist-era number, e.g. {@code 2569}. */
final class FiscalYearDeserializer extends StdScalarDeserializer<FiscalYear> {
    FiscalYearDeserializer() {
        super(FiscalYear.class);
    }

    @Override
    public FiscalYear deserialize(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            return (FiscalYear) ctxt.handleUnexpectedToken(
                    ctxt.constructType(FiscalYear.class),
                    p.currentToken(),
                    p,
                    "Fiscal year (ปีงบประมาณ) must be a Buddhist-era year as a JSON integer, e.g. 2569");
        }
        String text = p.getString();
        if (p.getNumberType() != JsonParser.NumberType.INT) {
            throw InvalidFormatException.from(p, KrongkanCodec.fiscalYearOutOfRange(text), text, FiscalYear.class);
        }
        try {
            return FiscalYear.ofBuddhistEra(p.getIntValue());
        } catch (IllegalArgumentException | DateTimeException e) {
            throw InvalidFormatException.from(
                    p, KrongkanCodec.invalidFiscalYear(e.getMessage()), text, FiscalYear.class);
        }
    }
}
