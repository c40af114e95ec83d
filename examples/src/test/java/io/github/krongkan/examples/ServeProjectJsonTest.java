package io.github.krongkan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.krongkan.json.KrongkanJson;
import io.github.krongkan.project.Project;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ServeProjectJsonTest {
    private static final Path SEED_004 = Path.of("data/004-samut-prakan-2-quality-assurance.json");

    @Test
    void theResponseBodyIsTheCompactDocumentOnOneLineAndReadsBackAsTheSameProject() throws Exception {
        Project project = KrongkanJson.readProject(SEED_004);
        String body = new String(ServeProjectJson.responseBody(project), StandardCharsets.UTF_8);
        assertThat(body)
                .startsWith("{\"format\":\"krongkan/1\",")
                .doesNotContain("\n")
                .contains("\"statedAmount\":\"13000.00\"");
        assertThat(KrongkanJson.readProject(body)).isEqualTo(project);
        assertThat(ServeProjectJson.responseBody(KrongkanJson.readProject(SEED_004)))
                .as("deterministic")
                .isEqualTo(ServeProjectJson.responseBody(project));
    }

    @Test
    void theSchemaResourceIsTheDocumentedSchema() throws Exception {
        assertThat(ServeProjectJson.schemaResource().getPath())
                .endsWith("io/github/krongkan/json/krongkan-1.schema.json");
        assertThat(new String(ServeProjectJson.schema(), StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(Path.of("../docs/krongkan-1.schema.json")));
    }

    @Test
    void theServerAnswersWithTheProjectAndTheSchema() throws Exception {
        Project project = KrongkanJson.readProject(SEED_004);
        HttpServer server = ServeProjectJson.start(project, 0);
        try {
            HttpClient client = HttpClient.newHttpClient();
            URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
            HttpResponse<String> got = client.send(
                    HttpRequest.newBuilder(base.resolve("/project")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(got.statusCode()).isEqualTo(200);
            assertThat(got.headers().firstValue("Content-Type")).contains(ServeProjectJson.MEDIA_TYPE);
            assertThat(got.body()).isEqualTo(KrongkanJson.writeCompact(project));
            HttpResponse<String> schema = client.send(
                    HttpRequest.newBuilder(base.resolve("/schema")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(schema.statusCode()).isEqualTo(200);
            assertThat(schema.body()).contains("\"$schema\"");
            HttpResponse<String> post = client.send(
                    HttpRequest.newBuilder(base.resolve("/project"))
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).isEqualTo(405);
        } finally {
            server.stop(0);
        }
    }
}
