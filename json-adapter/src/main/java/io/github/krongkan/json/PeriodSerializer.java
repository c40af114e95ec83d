package io.github.krongkan.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.krongkan.json.codec.JsonOut;
import io.github.krongkan.json.codec.KrongkanCodec;
import io.github.krongkan.time.FiscalPeriod;
import java.io.IOException;

/** Writes a fiscal quarter or month as its code, e.g. {@code "FY2569-Q1"}, as the format writes periods. */
final class PeriodSerializer extends StdSerializer<FiscalPeriod> {
    private static final long serialVersionUID = 1L;

    PeriodSerializer() {
        super(FiscalPeriod.class);
    }

    @Override
    public void serialize(FiscalPeriod value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        KrongkanCodec.writePeriod(new JsonOut(new Jackson2Sink(gen)), value);
    }
}
