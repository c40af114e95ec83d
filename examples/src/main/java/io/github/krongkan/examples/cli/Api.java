package io.github.krongkan.examples.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.krongkan.check.Finding;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.document.Fields;
import io.github.krongkan.json.KrongkanJson;
import io.github.krongkan.json.KrongkanJsonException;
import io.github.krongkan.lifecycle.RecordCheck;
import io.github.krongkan.money.Baht;
import io.github.krongkan.money.BahtText;
import io.github.krongkan.money.BahtTextConvention;
import io.github.krongkan.money.BahtWords;
import io.github.krongkan.time.DateReading;
import io.github.krongkan.time.FiscalMonth;
import io.github.krongkan.time.FiscalQuarter;
import io.github.krongkan.time.FiscalYear;
import io.github.krongkan.time.ThaiDateStyle;
import io.github.krongkan.time.ThaiDates;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The JSON requests {@code krongkan serve} answers, each a {@code POST} with a JSON body:
 *
 * <ul>
 *   <li>{@code /check}: a krongkan/1 document (project, portfolio or record); answers its findings
 *       as {@link KrongkanJson#writeFindings} writes them (the findings schema), with pointers into
 *       the document sent;
 *   <li>{@code /evaluate}: a krongkan/1 project document; answers its evaluated view as {@link
 *       KrongkanJson#writeEvaluation(io.github.krongkan.project.Project)} writes it (the evaluation
 *       schema);
 *   <li>{@code /bahttext}: {@code {"amount": "90000"}} (a string or a number, and optionally
 *       {@code "convention": "tensOnly"}) answers the amount in Thai words; {@code {"words":
 *       "เก้าหมื่นบาทถ้วน"}} answers the amount the words say and their convention;
 *   <li>{@code /fiscal}: {@code {"date": "31/10/2563"}} answers the date as read, its fiscal year,
 *       quarter and month, and the date in Thai.
 * </ul>
 *
 * <p>A bad request is answered with a JSON error, never a stack trace: {@code {"status": 400,
 * "error": "bad request", "pointer": "/fiscalYear", "message": "..."}}, the pointer naming the
 * place in the body; 404 for another path, 405 for another method, 413 for a body over the limit,
 * 500 (with the reason, no trace) if a rule fails.
 */
final class Api implements HttpHandler {
    /** The largest body accepted unless {@code --max-bytes} says otherwise: 16 MiB. */
    static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

    /** The paths answered. */
    static final List<String> PATHS = List.of("/check", "/evaluate", "/bahttext", "/fiscal");

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final long maxBytes;

    Api(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** A request answered with an error. */
    static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;

        final int status;
        final String pointer;

        Problem(int status, String pointer, String message) {
            super(message);
            this.status = status;
            this.pointer = pointer;
        }
    }

    /** How much of a refused body is read and dropped, so that the client receives the answer. */
    private static final long DRAIN_BYTES = 64L * 1024 * 1024;

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] answer;
            int status = 200;
            try {
                answer = answer(exchange);
            } catch (Problem p) {
                status = p.status;
                answer = error(p.status, p.pointer, p.getMessage());
            } catch (RuntimeException e) {
                status = 500;
                answer = error(500, "", "the request could not be answered: " + Krongkan.describe(e));
            }
            // A body left unread would make the connection close under the answer (a TCP reset).
            drain(exchange.getRequestBody());
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(answer);
            }
        }
    }

    /** Reads and drops what is left of a request body, up to {@link #DRAIN_BYTES}; the stream stays open. */
    static void drain(InputStream rest) {
        byte[] buffer = new byte[8192];
        try {
            long dropped = 0;
            for (int n = rest.read(buffer); n >= 0 && dropped < DRAIN_BYTES; n = rest.read(buffer)) {
                dropped += n;
            }
        } catch (IOException e) {
            // the client went away: it gets no answer either way
        }
    }

    private byte[] answer(HttpExchange exchange) throws Problem, IOException {
        String path = exchange.getRequestURI().getPath();
        if (!PATHS.contains(path)) {
            throw new Problem(404, "", "no endpoint " + path + "; the endpoints are POST " + String.join(", ", PATHS));
        }
        if (!exchange.getRequestMethod().equals("POST")) {
            exchange.getResponseHeaders().set("Allow", "POST");
            throw new Problem(405, "", path + " answers POST only, not " + exchange.getRequestMethod());
        }
        byte[] body = body(exchange);
        return switch (path) {
            case "/check" -> check(body);
            case "/evaluate" -> evaluate(body);
            case "/bahttext" -> bahtText(object(body));
            default -> fiscal(object(body));
        };
    }

    /** Reads the body, refusing one over the limit before and while reading it. */
    private byte[] body(HttpExchange exchange) throws Problem, IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > maxBytes) {
                    throw tooLarge();
                }
            } catch (NumberFormatException e) {
                throw new Problem(400, "", "Content-Length is not a number: " + length);
            }
        }
        InputStream in = exchange.getRequestBody();
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (body.length > maxBytes) {
            throw tooLarge();
        }
        return body;
    }

    private Problem tooLarge() {
        return new Problem(413, "", "the request is larger than the limit of " + maxBytes + " bytes");
    }

    private static byte[] check(byte[] body) throws Problem, IOException {
        Document document;
        try {
            document = Document.read(new ByteArrayInputStream(body));
        } catch (KrongkanJsonException e) {
            throw new Problem(400, e.pointer(), e.getMessage());
        }
        List<Finding> findings;
        if (document.isRecord()) {
            try {
                findings = RecordCheck.standard().check(document.record());
            } catch (IllegalArgumentException e) {
                // a workflow the record names that is not a default
                throw new Problem(400, "/" + Fields.WORKFLOW, e.getMessage());
            }
        } else {
            findings = new ArrayList<>();
            ProjectCheck check = ProjectCheck.standard();
            for (int i = 0; i < document.projects().size(); i++) {
                findings.addAll(
                        document.inDocument(i, check.check(document.projects().get(i))));
            }
        }
        return KrongkanJson.writeFindings(findings).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] evaluate(byte[] body) throws Problem, IOException {
        Document document;
        try {
            document = Document.read(new ByteArrayInputStream(body));
        } catch (KrongkanJsonException e) {
            throw new Problem(400, e.pointer(), e.getMessage());
        }
        if (document.isPortfolio() || document.isRecord()) {
            throw new Problem(
                    400,
                    "",
                    "/evaluate reads a project document, not a " + (document.isRecord() ? "record" : "portfolio")
                            + "; send one project (a record's current version, a portfolio's projects one by one)");
        }
        return KrongkanJson.writeEvaluation(document.projects().get(0)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bahtText(ObjectNode request) throws Problem {
        only(request, Set.of("amount", "words", "convention"));
        boolean amount = request.has("amount");
        if (amount == request.has("words")) {
            throw new Problem(400, "", "expected either \"amount\" (to write in words) or \"words\" (to read)");
        }
        ObjectNode answer = JSON.createObjectNode();
        if (amount) {
            JsonNode value = request.get("amount");
            if (!value.isTextual() && !value.isNumber()) {
                throw new Problem(400, "/amount", "expected an amount as a string or a number, e.g. \"90000\"");
            }
            BahtTextConvention convention = BahtTextConvention.ROYAL_INSTITUTE;
            if (request.has("convention")) {
                convention = convention(request.get("convention"));
            }
            Baht baht;
            try {
                baht = Baht.read(
                        value.isTextual()
                                ? value.textValue()
                                : value.decimalValue().toPlainString());
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw new Problem(400, "/amount", e.getMessage());
            }
            answer.put("amount", baht.toString());
            answer.put("words", BahtText.format(baht, convention));
            answer.put("convention", Fields.enumValue(convention));
            return bytes(answer);
        }
        if (request.has("convention")) {
            throw new Problem(400, "/convention", "a convention goes with \"amount\"; words say their own");
        }
        JsonNode words = request.get("words");
        if (!words.isTextual()) {
            throw new Problem(400, "/words", "expected the words as a string, e.g. \"เก้าหมื่นบาทถ้วน\"");
        }
        BahtWords read;
        try {
            read = BahtText.read(words.textValue());
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new Problem(400, "/words", e.getMessage());
        }
        answer.put("amount", read.amount().toString());
        answer.put("words", words.textValue());
        if (read.convention().isPresent()) {
            answer.put("convention", Fields.enumValue(read.convention().get()));
        } else {
            answer.putNull("convention");
        }
        return bytes(answer);
    }

    private static BahtTextConvention convention(JsonNode value) throws Problem {
        for (BahtTextConvention c : BahtTextConvention.values()) {
            if (value.isTextual() && Fields.enumValue(c).equals(value.textValue())) {
                return c;
            }
        }
        List<String> names = new ArrayList<>();
        for (BahtTextConvention c : BahtTextConvention.values()) {
            names.add(Fields.enumValue(c));
        }
        throw new Problem(400, "/convention", "expected one of " + String.join(", ", names));
    }

    private static byte[] fiscal(ObjectNode request) throws Problem {
        only(request, Set.of("date"));
        JsonNode value = request.get("date");
        if (value == null || !value.isTextual()) {
            throw new Problem(400, "/date", "expected a date as a string, e.g. \"31/10/2563\" or \"2020-10-31\"");
        }
        DateReading reading;
        try {
            reading = ThaiDates.read(value.textValue());
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new Problem(400, "/date", e.getMessage());
        }
        if (reading.isAmbiguous()) {
            throw new Problem(
                    400,
                    "/date",
                    "\"" + reading.input() + "\" is ambiguous: it could be "
                            + reading.candidates().get(0)
                            + " (day first) or " + reading.candidates().get(1)
                            + " (month first); write it as an ISO date (yyyy-mm-dd) or with a Buddhist-era year");
        }
        LocalDate date = reading.date();
        ObjectNode answer = JSON.createObjectNode();
        try {
            FiscalMonth month = FiscalMonth.containing(date);
            answer.put("input", reading.input());
            answer.put("date", date.toString());
            answer.put("monthFirst", reading.isMonthFirst());
            answer.put("fiscalYear", FiscalYear.containing(date).buddhistEraYear());
            answer.put("fiscalQuarter", FiscalQuarter.containing(date).number());
            answer.put("fiscalMonth", month.number());
            answer.put("monthThai", month.thaiName());
            answer.put("thai", ThaiDates.format(date, ThaiDateStyle.LONG));
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new Problem(
                    400,
                    "/date",
                    "\"" + reading.input() + "\" is read as " + date + ", which has no Thai fiscal year here: "
                            + e.getMessage());
        }
        return bytes(answer);
    }

    /** Reads a body that must be one JSON object. */
    private static ObjectNode object(byte[] body) throws Problem {
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new Problem(400, "", "not a JSON object: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (node == null || !node.isObject()) {
            throw new Problem(400, "", "expected a JSON object");
        }
        return (ObjectNode) node;
    }

    /** Refuses members other than the known ones. */
    private static void only(ObjectNode request, Set<String> known) throws Problem {
        for (Iterator<String> names = request.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new Problem(
                        400,
                        "/" + name.replace("~", "~0").replace("/", "~1"),
                        "unknown member \"" + name + "\"; expected "
                                + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    static byte[] error(int status, String pointer, String message) {
        ObjectNode error = JSON.createObjectNode();
        error.put("status", status);
        error.put("error", reason(status));
        error.put("pointer", pointer);
        error.put("message", message);
        return bytes(error);
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "bad request";
            case 404 -> "not found";
            case 405 -> "method not allowed";
            case 413 -> "request too large";
            default -> "internal error";
        };
    }

    private static byte[] bytes(JsonNode node) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JSON.writerWithDefaultPrettyPrinter().writeValue(out, node);
            out.write('\n');
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
