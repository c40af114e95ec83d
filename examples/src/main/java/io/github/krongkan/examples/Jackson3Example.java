package io.github.krongkan.examples;

import io.github.krongkan.check.Finding;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.check.Severity;
import io.github.krongkan.project.Project;
import io.github.krongkan.time.FiscalYear;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain Jackson 3 application (no Spring needed) that takes krongkan projects inside its own
 * messages: it reads a {@link CheckRequest} whose {@code project} member is a krongkan/1 project,
 * checks the project with {@link ProjectCheck#standard()} and answers with a {@link CheckResponse}
 * whose findings are krongkan finding objects. The mapper finds the krongkan module itself
 * ({@code findAndAddModules()}: krongkan-jackson3 is on the class path).
 *
 * <p>Usage: {@code Jackson3Example [FILE]}: wraps the project document FILE (a bundled seed by
 * default) in a request, handles it and prints the answer.
 */
public final class Jackson3Example {
    /**
     * The application's request: its own members around a krongkan project.
     *
     * @param requestId the caller's id of the request
     * @param project   the project to check
     */
    public record CheckRequest(String requestId, Project project) {}

    /**
     * The application's answer.
     *
     * @param requestId  the id of the request answered
     * @param name       the project's name
     * @param fiscalYear the project's fiscal year (written as its Buddhist-era number)
     * @param errors     how many findings are errors
     * @param findings   what the check found
     */
    public record CheckResponse(
            String requestId, String name, FiscalYear fiscalYear, long errors, List<Finding> findings) {}

    private static final JsonMapper MAPPER =
            JsonMapper.builder().findAndAddModules().build();

    private Jackson3Example() {}

    /**
     * Handles one request: reads it, checks its project and writes the answer.
     *
     * @param requestJson the request as JSON text
     * @return the answer as JSON text
     * @throws DatabindException if the request is not valid; for an invalid project its message
     *     starts with the krongkan pointer inside the project and the reason
     */
    public static String handle(String requestJson) {
        CheckRequest request = MAPPER.readValue(requestJson, CheckRequest.class);
        Project project = request.project();
        List<Finding> findings = ProjectCheck.standard().check(project);
        long errors =
                findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        return MAPPER.writeValueAsString(
                new CheckResponse(request.requestId(), project.name(), project.fiscalYear(), errors, findings));
    }

    /**
     * Wraps a project document in a request, the way a client of the application would send it.
     *
     * @param requestId    the request's id
     * @param projectJson  a krongkan/1 project document
     * @return the request as JSON text
     */
    public static String request(String requestId, String projectJson) {
        return "{\"requestId\":" + MAPPER.writeValueAsString(requestId) + ",\"project\":" + projectJson + "}";
    }

    /**
     * Handles a request built around a project document and prints the answer.
     *
     * @param args the document's path
     * @throws IOException if the document cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "examples/data/004-samut-prakan-2-quality-assurance.json");
        String project = Files.readString(file, StandardCharsets.UTF_8);
        try {
            System.out.println(handle(request("req-1", project)));
        } catch (DatabindException e) {
            System.out.println("cannot read the request: " + e.getOriginalMessage());
        }
    }
}
