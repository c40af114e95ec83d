package io.github.krongkan.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.krongkan.json.codec.JsonOut;
import io.github.krongkan.json.codec.KrongkanCodec;
import io.github.krongkan.project.Project;
import java.io.IOException;

/** Writes a {@link Project} embedded in other JSON: the project object without the format member. */
final class ProjectSerializer extends StdSerializer<Project> {
    private static final long serialVersionUID = 1L;

    ProjectSerializer() {
        super(Project.class);
    }

    @Override
    public void serialize(Project value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        KrongkanCodec.writeProject(new JsonOut(new Jackson2Sink(gen)), value, false);
    }
}
