package io.github.krongkan.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.krongkan.json.KrongkanJson;
import io.github.krongkan.project.Project;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Serializes a project for a front-end: the compact {@code krongkan/1} JSON of
 * {@link KrongkanJson#writeCompact(Project)} as the body of an HTTP response, and the JSON Schema
 * the front-end can validate it with, which ships inside {@code krongkan-json-adapter} as the
 * classpath resource {@link KrongkanJson#SCHEMA_RESOURCE} (the same file as
 * {@code docs/krongkan-1.schema.json}).
 *
 * <p>Usage: {@code ServeProjectJson [FILE [PORT]]}, then {@code GET /project} and
 * {@code GET /schema}. It uses the JDK's own HTTP server; any web framework takes the same two
 * bodies.
 */
public final class ServeProjectJson {
    /** The media type of both responses. */
    public static final String MEDIA_TYPE = "application/json; charset=utf-8";

    private ServeProjectJson() {}

    /**
     * The body of an HTTP response carrying a project: one line of UTF-8 JSON, deterministic, so
     * equal projects give equal bytes (and equal ETags).
     *
     * @param project the project
     * @return the UTF-8 bytes
     */
    public static byte[] responseBody(Project project) {
        return KrongkanJson.writeCompact(Objects.requireNonNull(project, "project"))
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Where the JSON Schema of the format is: a resource of {@code krongkan-json-adapter}.
     *
     * @return the resource's URL
     */
    public static URL schemaResource() {
        return Objects.requireNonNull(KrongkanJson.class.getResource(KrongkanJson.SCHEMA_RESOURCE), "schema resource");
    }

    /**
     * The JSON Schema's bytes, to serve beside the documents.
     *
     * @return the schema, UTF-8
     */
    public static byte[] schema() {
        try (InputStream in = KrongkanJson.class.getResourceAsStream(KrongkanJson.SCHEMA_RESOURCE)) {
            return Objects.requireNonNull(in, "schema resource").readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts a server on the loopback address that answers {@code GET /project} with the project
     * and {@code GET /schema} with the schema.
     *
     * @param project the project to serve
     * @param port    the port; 0 picks a free one
     * @return the running server; {@code stop(0)} ends it
     * @throws IOException if the port cannot be bound
     */
    public static HttpServer start(Project project, int port) throws IOException {
        byte[] body = responseBody(project);
        byte[] schema = schema();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/project", exchange -> send(exchange, body));
        server.createContext("/schema", exchange -> send(exchange, schema));
        server.start();
        return server;
    }

    private static void send(HttpExchange exchange, byte[] body) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", MEDIA_TYPE);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /**
     * Serves a document until the process is stopped.
     *
     * @param args the document's path (default seed 000) and the port (default 8080)
     * @throws IOException if the document cannot be read or the port bound
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "examples/data/000-bang-khen-network-19.json");
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 8080;
        HttpServer server = start(KrongkanJson.readProject(file), port);
        System.out.println("serving " + file + " at http://localhost:"
                + server.getAddress().getPort() + "/project" + " and its schema (" + schemaResource() + ") at /schema");
    }
}
