package io.github.krongkan.json;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.krongkan.project.Project;
import java.util.List;

/** The module contract, bound to the Jackson 2 adapter: {@link KrongkanModule} and {@link KrongkanJson}. */
class Jackson2ContractTest extends ModuleContract {
    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    @Override
    protected String writeValue(Object value) throws Exception {
        return mapper.writeValueAsString(value);
    }

    @Override
    protected <T> T readValue(String json, Class<T> type) throws Exception {
        return mapper.readValue(json, type);
    }

    @Override
    protected <T> T readViaTree(String json, Class<T> type) throws Exception {
        return mapper.treeToValue(mapper.readTree(json), type);
    }

    @Override
    protected <T> T convert(Object value, Class<T> type) throws Exception {
        try {
            return mapper.convertValue(value, type);
        } catch (IllegalArgumentException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    @Override
    protected List<Project> readProjects(String json) throws Exception {
        return mapper.readValue(json, new TypeReference<List<Project>>() {});
    }

    @Override
    protected String readTreeAndWrite(String json) throws Exception {
        return mapper.writeValueAsString(mapper.readTree(json));
    }

    @Override
    protected Project readDocument(String json) {
        return KrongkanJson.readProject(json);
    }

    @Override
    protected String writeDocumentCompact(Project project) {
        return KrongkanJson.writeCompact(project);
    }

    @Override
    protected String writeEvaluation(Project project) {
        return KrongkanJson.writeEvaluation(project);
    }

    @Override
    protected Failure krongkanFailure(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof KrongkanJsonException e) {
                return new Failure(e.pointer(), e.reason());
            }
        }
        return null;
    }
}
