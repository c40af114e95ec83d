package io.github.krongkan.jackson3;

import io.github.krongkan.json.ModuleContract;
import io.github.krongkan.project.Project;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The module contract of the Jackson 2 adapter's tests, run from its test jar against the Jackson 3
 * module: a plain {@link JsonMapper} that finds {@link KrongkanJackson3Module} through the service
 * loader, and {@link KrongkanJson3}.
 */
class Jackson3ContractTest extends ModuleContract {
    private final JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();

    @Override
    protected String writeValue(Object value) {
        return mapper.writeValueAsString(value);
    }

    @Override
    protected <T> T readValue(String json, Class<T> type) {
        return mapper.readValue(json, type);
    }

    @Override
    protected <T> T readViaTree(String json, Class<T> type) {
        return mapper.treeToValue(mapper.readTree(json), type);
    }

    @Override
    protected <T> T convert(Object value, Class<T> type) {
        return mapper.convertValue(value, type);
    }

    @Override
    protected List<Project> readProjects(String json) {
        return mapper.readValue(json, new TypeReference<List<Project>>() {});
    }

    @Override
    protected String readTreeAndWrite(String json) {
        return mapper.writeValueAsString(mapper.readTree(json));
    }

    @Override
    protected Project readDocument(String json) {
        return KrongkanJson3.readProject(json);
    }

    @Override
    protected String writeDocumentCompact(Project project) {
        return KrongkanJson3.writeCompact(project);
    }

    @Override
    protected String writeEvaluation(Project project) {
        return KrongkanJson3.writeEvaluation(project);
    }

    @Override
    protected Failure krongkanFailure(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof KrongkanJson3Exception e) {
                return new Failure(e.pointer(), e.reason());
            }
        }
        return null;
    }
}
