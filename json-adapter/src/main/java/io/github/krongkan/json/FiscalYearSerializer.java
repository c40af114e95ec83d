package io.github.krongkan.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.krongkan.time.FiscalYear;
import java.io.IOException;

/** Writes a {@link FiscalYear} as its Buddhist-era number, e.g. {@code 2569}. */
final class FiscalYearSerializer extends StdSerializer<FiscalYear> {
    private static final long serialVersionUID = 1L;

    FiscalYearSerializer() {
        super(FiscalYear.class);
    }

    @Override
    public void serialize(FiscalYear value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeNumber(value.buddhistEraYear());
    }
}
