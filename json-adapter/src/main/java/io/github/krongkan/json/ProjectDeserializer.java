package io.github.krongkan.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.krongkan.project.Project;
import java.io.IOException;

/**
 * Reads a {@link Project} object embedded in other JSON, with the same strict rules as
 * {@link KrongkanJson}; the format member is optional here. Errors become a
 * {@link JsonMappingException} whose cause is the {@link KrongkanJsonException}.
 */
final class ProjectDeserializer extends StdDeserializer<Project> {
    private static final long serialVersionUID = 1L;

    ProjectDeserializer() {
        super(Project.class);
    }

    @Override
    public Project deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        try {
            return ProjectJson.read(new JsonIn(p), ProjectJson.FormatMember.OPTIONAL);
        } catch (KrongkanJsonException e) {
            throw JsonMappingException.from(p, e.getMessage(), e);
        }
    }
}
