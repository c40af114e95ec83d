package io.github.krongkan.examples.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.krongkan.json.KrongkanJson;
import io.github.krongkan.json.ReferenceJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The static files {@code krongkan serve} answers besides its JSON requests: the reference page at
 * {@code /} (its HTML, one script and one style sheet), the Sarabun faces it uses, and the four
 * JSON Schemas at {@code /schemas/<name>.schema.json}.
 *
 * <p>The files are a fixed table of classpath resources, looked up by the exact request path: no
 * path is ever joined to a directory, so {@code /../} or an encoded slash names nothing and gets a
 * 404. Only {@code GET} and {@code HEAD} are answered (405 with {@code Allow: GET, HEAD} otherwise);
 * every error is the same JSON as {@link Api}'s. The page loads nothing from another origin: its
 * {@code Content-Security-Policy} allows this server only.
 */
final class Site implements HttpHandler {
    /** Where the page's own files are, beside this class. */
    private static final String PAGE = "/io/github/krongkan/examples/serve/";

    /** Where the embedded Sarabun faces are (the HTML report embeds the same files). */
    private static final String FONTS = "/io/github/krongkan/examples/cli/fonts/";

    /** The page's policy: everything from this server, nothing inline, nothing from elsewhere. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "font-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'none'";

    /** One file: its content, type and caching. */
    private static final class File {
        private final byte[] bytes;
        private final String type;
        private final String cacheControl;
        private final String etag;

        File(byte[] bytes, String type, String cacheControl, String etag) {
            this.bytes = bytes;
            this.type = type;
            this.cacheControl = cacheControl;
            this.etag = etag;
        }

        byte[] bytes() {
            return bytes;
        }

        String type() {
            return type;
        }

        String cacheControl() {
            return cacheControl;
        }

        String etag() {
            return etag;
        }
    }

    /** The files by request path, read once. */
    static final Map<String, String> RESOURCES = resources();

    private final Map<String, File> files = new LinkedHashMap<>();

    /** Reads every file of {@link #RESOURCES}; a file missing from the jar is a broken build. */
    Site() {
        RESOURCES.forEach((path, resource) -> files.put(path, file(path, resource)));
    }

    private static Map<String, String> resources() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("/", PAGE + "index.html");
        map.put("/krongkan-page.js", PAGE + "krongkan-page.js");
        map.put("/krongkan-page.css", PAGE + "krongkan-page.css");
        for (String subset : new String[] {"thai", "latin"}) {
            for (int weight : new int[] {400, 700}) {
                String name = "sarabun-" + subset + "-" + weight + "-normal.woff2";
                map.put("/fonts/" + name, FONTS + name);
            }
        }
        map.put("/fonts/OFL.txt", FONTS + "OFL.txt");
        map.put("/schemas/krongkan-1.schema.json", KrongkanJson.SCHEMA_RESOURCE);
        map.put("/schemas/krongkan-findings-1.schema.json", KrongkanJson.FINDINGS_SCHEMA_RESOURCE);
        map.put("/schemas/krongkan-evaluation-1.schema.json", KrongkanJson.EVALUATION_SCHEMA_RESOURCE);
        map.put("/schemas/krongkan-reference-1.schema.json", ReferenceJson.SCHEMA_RESOURCE);
        return Map.copyOf(map);
    }

    private static File file(String path, String resource) {
        byte[] bytes;
        try (InputStream in = Site.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + resource + " is missing from the jar");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String type;
        String cache = "no-cache";
        if (path.equals("/")) {
            type = "text/html; charset=utf-8";
        } else if (path.endsWith(".js")) {
            type = "text/javascript; charset=utf-8";
        } else if (path.endsWith(".css")) {
            type = "text/css; charset=utf-8";
        } else if (path.endsWith(".woff2")) {
            type = "font/woff2";
            cache = "public, max-age=604800";
        } else if (path.endsWith(".schema.json")) {
            type = "application/schema+json; charset=utf-8";
        } else {
            type = "text/plain; charset=utf-8";
        }
        return new File(bytes, type, cache, etag(bytes));
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    /**
     * Whether a request path names one of the static files.
     *
     * @param path the decoded request path
     * @return true for a path of {@link #RESOURCES}
     */
    static boolean serves(String path) {
        return RESOURCES.containsKey(path);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Api.drain(exchange.getRequestBody());
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            File file = files.get(path);
            if (file == null) {
                error(
                        exchange,
                        404,
                        "nothing at " + path + "; the page is at /, the schemas at /schemas/<name>.schema.json, "
                                + "the endpoints are POST " + String.join(", ", Api.PATHS));
                return;
            }
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                error(exchange, 405, path + " answers GET and HEAD only, not " + method);
                return;
            }
            var headers = exchange.getResponseHeaders();
            headers.set("Content-Type", file.type());
            headers.set("Cache-Control", file.cacheControl());
            headers.set("ETag", file.etag());
            headers.set("X-Content-Type-Options", "nosniff");
            if (path.equals("/")) {
                headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                headers.set("Referrer-Policy", "no-referrer");
            }
            if (file.etag().equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            if (head) {
                headers.set("Content-Length", String.valueOf(file.bytes().length));
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            exchange.sendResponseHeaders(200, file.bytes().length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(file.bytes());
            }
        }
    }

    private static void error(HttpExchange exchange, int status, String message) throws IOException {
        byte[] answer = Api.error(status, "", message);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, answer.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(answer);
        }
    }
}
