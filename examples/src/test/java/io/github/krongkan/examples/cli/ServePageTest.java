package io.github.krongkan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code krongkan serve}'s static files: the reference page and its assets, the fonts and the
 * schemas; their types and caching; nothing from another origin; 404, 405 and no way out of the
 * table of files.
 */
class ServePageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static ServeCommand.Running server;

    @BeforeAll
    static void start() throws IOException {
        server = ServeCommand.start(0, 64 * 1024);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<byte[]> send(String method, String path) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create(server.address() + path.substring(1)))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<byte[]> get(String path) throws Exception {
        return send("GET", path);
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static String type(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** An error answer: JSON like the API's, with an empty pointer and a message. */
    private static void error(HttpResponse<byte[]> response, int status) throws Exception {
        assertThat(response.statusCode()).as(text(response)).isEqualTo(status);
        assertThat(type(response)).isEqualTo("application/json; charset=utf-8");
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.get("status").intValue()).isEqualTo(status);
        assertThat(error.get("pointer").textValue()).isEmpty();
        assertThat(error.get("message").textValue()).isNotBlank();
    }

    @Test
    void thePageAndItsAssetsAreServedWithTheirTypesAndCaching() throws Exception {
        HttpResponse<byte[]> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(type(page)).isEqualTo("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("default-src 'none'", "script-src 'self'", "connect-src 'self'")
                        .doesNotContain("http", "unsafe"));
        assertThat(text(page))
                .contains(
                        "<html lang=\"th\">",
                        "id=\"document-input\"",
                        "id=\"file-input\"",
                        "id=\"load-button\"",
                        "id=\"lang-switch\"",
                        "id=\"error\"",
                        "src=\"krongkan-page.js\"",
                        "href=\"krongkan-page.css\"");

        HttpResponse<byte[]> script = get("/krongkan-page.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(type(script)).isEqualTo("text/javascript; charset=utf-8");
        assertThat(text(script)).contains("fetch(", "\"evaluate\"");
        HttpResponse<byte[]> style = get("/krongkan-page.css");
        assertThat(style.statusCode()).isEqualTo(200);
        assertThat(type(style)).isEqualTo("text/css; charset=utf-8");

        HttpResponse<byte[]> font = get("/fonts/sarabun-thai-400-normal.woff2");
        assertThat(font.statusCode()).isEqualTo(200);
        assertThat(type(font)).isEqualTo("font/woff2");
        assertThat(font.headers().firstValue("Cache-Control")).hasValue("public, max-age=604800");
        try (InputStream in = Site.class.getResourceAsStream("fonts/sarabun-thai-400-normal.woff2")) {
            assertThat(font.body()).isEqualTo(in.readAllBytes());
        }
    }

    @Test
    void everyFileThePageNamesIsServedFromHere() throws Exception {
        List<String> named = new ArrayList<>();
        Matcher html = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(text(get("/")));
        while (html.find()) {
            named.add(html.group(1));
        }
        Matcher css = Pattern.compile("url\\(\"?([^\")]+)\"?\\)").matcher(text(get("/krongkan-page.css")));
        while (css.find()) {
            named.add(css.group(1));
        }
        assertThat(named).contains("krongkan-page.js", "fonts/sarabun-latin-700-normal.woff2");
        for (String name : named) {
            if (name.startsWith("data:")) {
                continue;
            }
            assertThat(name).as("a path on this server").doesNotContain(":").doesNotStartWith("//");
            assertThat(get("/" + name).statusCode()).as(name).isEqualTo(200);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/krongkan-page.js", "/krongkan-page.css"})
    void nothingIsLoadedFromAnotherOrigin(String path) throws Exception {
        String code = text(get(path))
                // comments may cite a licence or a specification
                .replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("(?s)/\\*.*?\\*/", "")
                .replaceAll("(?m)^\\s*//.*$", "");
        assertThat(code)
                .doesNotContain("http://", "https://", "cdn", "@import")
                .doesNotContainPattern("(?:src|href)=\"//")
                .doesNotContainPattern("url\\(\"?//")
                .doesNotContainPattern("(?:fetch|import)\\(\"(?:https?:)?//");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "krongkan-1.schema.json",
                "krongkan-findings-1.schema.json",
                "krongkan-evaluation-1.schema.json",
                "krongkan-reference-1.schema.json"
            })
    void eachSchemaIsServedAsInDocs(String name) throws Exception {
        HttpResponse<byte[]> schema = get("/schemas/" + name);
        assertThat(schema.statusCode()).isEqualTo(200);
        assertThat(type(schema)).isEqualTo("application/schema+json; charset=utf-8");
        assertThat(schema.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(schema.body()).isEqualTo(Files.readAllBytes(Path.of("..", "docs", name)));
    }

    @Test
    void headAnswersTheHeadersOnlyAndAnUnchangedFileIsNotSentAgain() throws Exception {
        HttpResponse<byte[]> head = send("HEAD", "/krongkan-page.css");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(type(head)).isEqualTo("text/css; charset=utf-8");
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Length"))
                .hasValue(String.valueOf(get("/krongkan-page.css").body().length));

        String etag = get("/").headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = CLIENT.send(
                HttpRequest.newBuilder(URI.create(server.address()))
                        .header("If-None-Match", etag)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/index.html",
                "/schemas/krongkan-2.schema.json",
                "/schemas/",
                "/fonts/",
                "/io/github/krongkan/examples/serve/index.html",
                "/schemas/%2e%2e/krongkan-page.js",
                "/schemas/..%2f..%2fpom.xml",
                "/fonts/%2e%2e%2f%2e%2e%2fetc%2fpasswd"
            })
    void anUnknownFileIsNotFound(String path) throws Exception {
        error(get(path), 404);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/../docs/krongkan-1.schema.json",
                "/fonts/../../../../etc/passwd",
                "/schemas/../krongkan-page.js",
                "/./krongkan-page.js"
            })
    void aPathThatClimbsIsNotFollowed(String path) throws Exception {
        // sent as written: an HTTP client would resolve the dots before sending
        try (Socket socket = new Socket(server.http().getAddress().getAddress(), server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 404").contains("\"status\" : 404");
        }
    }

    @Test
    void staticFilesAnswerGetAndHeadOnly() throws Exception {
        for (String path : List.of("/", "/krongkan-page.js", "/schemas/krongkan-1.schema.json")) {
            for (String method : List.of("POST", "PUT", "DELETE")) {
                HttpResponse<byte[]> refused = send(method, path);
                error(refused, 405);
                assertThat(refused.headers().firstValue("Allow")).hasValue("GET, HEAD");
            }
        }
    }
}
