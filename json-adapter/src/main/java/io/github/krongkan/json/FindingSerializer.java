package io.github.krongkan.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.krongkan.check.Finding;
import io.github.krongkan.json.codec.JsonOut;
import io.github.krongkan.json.codec.KrongkanCodec;
import java.io.IOException;

/** Writes a {@link Finding} in the findings form of {@link KrongkanJson#writeFindings}. */
final class FindingSerializer extends StdSerializer<Finding> {
    private static final long serialVersionUID = 1L;

    FindingSerializer() {
        super(Finding.class);
    }

    @Override
    public void serialize(Finding value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        KrongkanCodec.writeFinding(new JsonOut(new Jackson2Sink(gen)), value);
    }
}
