package io.github.krongkan.json;

import io.github.krongkan.json.codec.JsonIn;
import io.github.krongkan.json.codec.KrongkanCodec;
import io.github.krongkan.project.Project;

/**
 * Reads a {@link Project} object embedded in other JSON, with the same strict rules as
 * {@link KrongkanJson}; the format member is optional here.
 */
final class ProjectDeserializer extends StrictDeserializer<Project> {
    private static final long serialVersionUID = 1L;

    ProjectDeserializer() {
        super(Project.class);
    }

    @Override
    Project read(JsonIn in) {
        return KrongkanCodec.readProject(in);
    }
}
