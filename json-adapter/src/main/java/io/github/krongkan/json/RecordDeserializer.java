package io.github.krongkan.json;

import io.github.krongkan.json.codec.JsonIn;
import io.github.krongkan.json.codec.KrongkanCodec;
import io.github.krongkan.lifecycle.ProjectRecord;

/**
 * Reads a {@link ProjectRecord} object embedded in other JSON, with the same strict rules as
 * {@link KrongkanJson#readRecord(String)}; the format member is optional here.
 */
final class RecordDeserializer extends StrictDeserializer<ProjectRecord> {
    private static final long serialVersionUID = 1L;

    RecordDeserializer() {
        super(ProjectRecord.class);
    }

    @Override
    ProjectRecord read(JsonIn in) {
        return KrongkanCodec.readRecord(in);
    }
}
