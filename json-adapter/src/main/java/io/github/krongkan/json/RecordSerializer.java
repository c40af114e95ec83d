package io.github.krongkan.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.krongkan.json.codec.JsonOut;
import io.github.krongkan.json.codec.KrongkanCodec;
import io.github.krongkan.lifecycle.ProjectRecord;
import java.io.IOException;

/** Writes a {@link ProjectRecord} embedded in other JSON: the record object without the format member. */
final class RecordSerializer extends StdSerializer<ProjectRecord> {
    private static final long serialVersionUID = 1L;

    RecordSerializer() {
        super(ProjectRecord.class);
    }

    @Override
    public void serialize(ProjectRecord value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        KrongkanCodec.writeRecord(new JsonOut(new Jackson2Sink(gen)), value, false);
    }
}
