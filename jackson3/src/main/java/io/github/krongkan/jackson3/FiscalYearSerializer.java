package io.github.krongkan.jackson3;

import io.github.krongkan.time.FiscalYear;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a {@link FiscalYear} as its Buddhist-era number, e.g. {@code 2569}. */
final class FiscalYearSerializer extends StdSerializer<FiscalYear> {
    FiscalYearSerializer() {
        super(FiscalYear.class);
    }

    @Override
    public void serialize(FiscalYear value, JsonGenerator gen, SerializationContext provider) {
        gen.writeNumber(value.buddhistEraYear());
    }
}
