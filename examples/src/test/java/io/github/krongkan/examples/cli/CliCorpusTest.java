package io.github.krongkan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.krongkan.json.KrongkanJson;
import io.github.krongkan.json.KrongkanJsonException;
import io.github.krongkan.json.ProjectLines;
import io.github.krongkan.time.FiscalYear;
import io.github.krongkan.time.ThaiDates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command over a corpus of hostile and edge inputs: the seeds with every date moved, one at a
 * time, to the edges of the supported range and beyond, every number and amount set to its limits,
 * strings at the reader's length limit, and documents that are not krongkan documents at all.
 *
 * <p>What holds for every input: the exit code is 0, 1 or 2 as docs/cli.md documents; nothing on
 * standard error looks like a stack trace or an internal error; a refused input (exit 2) is named
 * with its reason on the first line of standard error; and whatever {@code check} accepts,
 * {@code report} draws whole in both languages, and {@code check --stats} counts as the library's
 * JSON Lines reader does.
 */
class CliCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern PERIOD_CODE = Pattern.compile("FY\\d{4}(-[QM]\\d{1,2})?");
    private static final Pattern MONEY = Pattern.compile("-?\\d+\\.\\d{2}");

    /** Dates at and beyond the edges of the fiscal years and of the Thai calendar, and far outside. */
    private static final List<LocalDate> EDGE_DATES = List.of(
            LocalDate.of(1900, 1, 1),
            FiscalYear.MIN.start().minusDays(1),
            FiscalYear.MIN.start(),
            FiscalYear.MAX.end(),
            FiscalYear.MAX.end().plusDays(1),
            ThaiDates.MAX_DATE.plusDays(1),
            LocalDate.of(2564, 3, 1),
            LocalDate.of(9999, 12, 31));

    private static final List<String> EDGE_PERIOD_CODES = List.of("FY2484", "FY2485", "FY3000", "FY3001", "FY3000-M12");
    private static final List<String> EDGE_MONEY =
            List.of("-0.01", "999999999999999.99", "1000000000000000.00", "0.001");
    private static final List<JsonNode> EDGE_NUMBERS = List.of(
            JsonNodeFactory.instance.numberNode(-1),
            JsonNodeFactory.instance.numberNode(new BigDecimal("999999999999999999999999999999.99")),
            JsonNodeFactory.instance.numberNode(new BigDecimal("1E+30")),
            JsonNodeFactory.instance.numberNode(new BigDecimal("0.0000000000000000000000000001")));

    @TempDir
    static Path dir;

    private static final Map<String, Path> CORPUS = new LinkedHashMap<>();
    private static final Set<String> WRITTEN_DATES = new LinkedHashSet<>();

    @BeforeAll
    static void buildCorpus() throws Exception {
        List<Path> seeds;
        try (Stream<Path> files = Files.list(Path.of("data"))) {
            seeds = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        for (Path seed : seeds) {
            JsonNode doc = JSON.readTree(seed.toFile());
            String name = seed.getFileName().toString().substring(0, 3);
            add(name, doc);
            walk(doc, "", (pointer, value) -> {
                String text = value.isTextual() ? value.textValue() : null;
                if (text != null && DATE.matcher(text).matches()) {
                    WRITTEN_DATES.add(text);
                    for (LocalDate edge : EDGE_DATES) {
                        add(
                                name + pointer + "=" + edge,
                                with(doc, pointer, JSON.getNodeFactory().textNode(iso(edge))));
                    }
                } else if (text != null && MONTH.matcher(text).matches()) {
                    for (LocalDate edge : EDGE_DATES) {
                        String month = iso(edge).substring(0, iso(edge).length() - 3);
                        add(
                                name + pointer + "=" + month,
                                with(doc, pointer, JSON.getNodeFactory().textNode(month)));
                    }
                } else if (text != null && PERIOD_CODE.matcher(text).matches()) {
                    for (String code : EDGE_PERIOD_CODES) {
                        add(
                                name + pointer + "=" + code,
                                with(doc, pointer, JSON.getNodeFactory().textNode(code)));
                    }
                } else if (text != null && MONEY.matcher(text).matches()) {
                    for (String money : EDGE_MONEY) {
                        add(
                                name + pointer + "=" + money,
                                with(doc, pointer, JSON.getNodeFactory().textNode(money)));
                    }
                } else if (value.isNumber()) {
                    for (JsonNode number : EDGE_NUMBERS) {
                        add(name + pointer + "=" + number, with(doc, pointer, number));
                    }
                } else if (text != null && pointer.endsWith("/name") && pointer.indexOf('/', 1) < 0) {
                    // The project's name at the reader's limit of 1,000,000 characters, and one past it.
                    add(
                            name + pointer + "=long",
                            with(doc, pointer, JSON.getNodeFactory().textNode("ก".repeat(1_000_000))));
                    add(
                            name + pointer + "=too-long",
                            with(doc, pointer, JSON.getNodeFactory().textNode("ก".repeat(1_000_001))));
                }
            });
            // Every date of the document at once at each edge.
            for (LocalDate edge : EDGE_DATES) {
                JsonNode all = doc.deepCopy();
                walk(doc, "", (pointer, value) -> {
                    if (value.isTextual() && DATE.matcher(value.textValue()).matches()) {
                        set(all, pointer, JSON.getNodeFactory().textNode(iso(edge)));
                    }
                });
                add(name + "/*=" + edge, all);
            }
        }
        raw("empty", new byte[0]);
        raw("blank", "  \n".getBytes(StandardCharsets.UTF_8));
        raw("null", "null".getBytes(StandardCharsets.UTF_8));
        raw("array", "[]".getBytes(StandardCharsets.UTF_8));
        raw("object", "{}".getBytes(StandardCharsets.UTF_8));
        raw("truncated", "{\"format\":\"krongkan/1\",\"name\":".getBytes(StandardCharsets.UTF_8));
        raw("two-boms", ("\uFEFF\uFEFF" + Files.readString(seeds.get(0))).getBytes(StandardCharsets.UTF_8));
        raw("not-utf8", new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        raw("binary", new byte[] {0, 1, 2, (byte) 0xFF, (byte) 0xFE});
        raw("deep", ("[".repeat(10_000) + "]".repeat(10_000)).getBytes(StandardCharsets.UTF_8));
        raw(
                "long-number",
                ("{\"format\":\"krongkan/1\",\"name\":\"n\",\"fiscalYear\":" + "9".repeat(10_000) + "}")
                        .getBytes(StandardCharsets.UTF_8));
        raw(
                "duplicate-key",
                "{\"format\":\"krongkan/1\",\"name\":\"a\",\"name\":\"b\",\"fiscalYear\":2569}"
                        .getBytes(StandardCharsets.UTF_8));
        raw(
                "portfolio-and-project",
                "{\"format\":\"krongkan/1\",\"projects\":[],\"name\":\"n\"}".getBytes(StandardCharsets.UTF_8));
        raw("projects-not-array", "{\"format\":\"krongkan/1\",\"projects\":{}}".getBytes(StandardCharsets.UTF_8));
        CORPUS.put("directory", dir);
        CORPUS.put("missing", dir.resolve("missing.json"));
    }

    private static String iso(LocalDate date) {
        return String.format("%04d-%02d-%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    private static void walk(JsonNode node, String pointer, BiConsumer<String, JsonNode> visit) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> walk(e.getValue(), pointer + "/" + e.getKey(), visit));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, visit);
            }
        } else {
            visit.accept(pointer, node);
        }
    }

    private static JsonNode with(JsonNode doc, String pointer, JsonNode value) {
        JsonNode copy = doc.deepCopy();
        set(copy, pointer, value);
        return copy;
    }

    private static void set(JsonNode doc, String pointer, JsonNode value) {
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = doc.at(at.head());
        String last = at.last().getMatchingProperty();
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else {
            ((ArrayNode) parent).set(Integer.parseInt(last), value);
        }
    }

    private static void add(String name, JsonNode doc) {
        try {
            raw(name, JSON.writeValueAsBytes(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void raw(String name, byte[] bytes) {
        Path file = dir.resolve("case-" + CORPUS.size() + ".json");
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CORPUS.put(name, file);
    }

    private static void assertPlain(String name, Run run, String file) {
        assertThat(run.exit()).as(name).isBetween(0, 2);
        assertThat(run.err())
                .as(name)
                .doesNotContain("\tat ")
                .doesNotContain("Exception in thread")
                .doesNotContain("internal error")
                .doesNotContain("could not be drawn");
        if (run.exit() == 2) {
            String first = run.err().lines().findFirst().orElse("");
            assertThat(first).as(name + ": names the file").contains(file);
            assertThat(first.substring(first.indexOf(file) + file.length()))
                    .as(name + ": gives the reason")
                    .matches(": \\S.*");
        }
    }

    @Test
    void everyCommandOnEveryInputExitsAsDocumentedWithoutAStackTrace(TestReporter reporter) {
        assertThat(CORPUS).hasSizeGreaterThan(600);
        reporter.publishEntry("inputs", String.valueOf(CORPUS.size()));
        int accepted = 0;
        for (Map.Entry<String, Path> entry : CORPUS.entrySet()) {
            String name = entry.getKey();
            String file = entry.getValue().toString();
            Run check = Run.of("check", file);
            assertPlain(name, check, file);
            Run json = Run.of("check", "--json", file);
            assertPlain(name, json, file);
            assertThat(json.exit()).as(name).isEqualTo(check.exit());
            for (String lang : new String[] {"th", "en"}) {
                Run report = Run.of("report", "--lang", lang, file);
                assertPlain(name, report, file);
                if (check.exit() < 2) {
                    assertThat(report.exit())
                            .as(name + ": report draws what check accepts")
                            .isZero();
                    assertThat(report.err()).as(name).isEmpty();
                } else {
                    assertThat(report.exit())
                            .as(name + ": report refuses what check refuses")
                            .isEqualTo(2);
                }
            }
            if (check.exit() < 2) {
                accepted++;
            }
        }
        assertThat(accepted).as("the corpus holds documents check accepts").isGreaterThan(100);
    }

    @Test
    void fiscalOnEveryDateOfTheCorpusAndAtTheEdges() {
        Set<String> dates = new LinkedHashSet<>(WRITTEN_DATES);
        for (LocalDate edge : EDGE_DATES) {
            dates.add(iso(edge));
            if (edge.getYear() + 543 <= 9999 && edge.getYear() > 0) {
                // The same day written with a Buddhist-era year, day first, and with a Thai month name.
                int be = edge.getYear() + 543;
                dates.add(edge.getDayOfMonth() + "/" + edge.getMonthValue() + "/" + be);
                dates.add(edge.getDayOfMonth() + " " + THAI_MONTHS.get(edge.getMonthValue() - 1) + " " + be);
            }
        }
        dates.addAll(List.of("", " ", "31/02/2564", "0/0/0", "99999-01-01", "+10000-01-01", "-0001-01-01", "1/1/1"));
        for (String date : dates) {
            Run run = Run.of("fiscal", date);
            assertThat(run.exit()).as(date).isIn(0, 2);
            assertThat(run.err()).as(date).doesNotContain("\tat ").doesNotContain("internal error");
            if (run.exit() == 2) {
                assertThat(run.err()).as(date).startsWith("krongkan fiscal: ");
            }
        }
    }

    private static final List<String> THAI_MONTHS = List.of(
            "มกราคม",
            "กุมภาพันธ์",
            "มีนาคม",
            "เมษายน",
            "พฤษภาคม",
            "มิถุนายน",
            "กรกฎาคม",
            "สิงหาคม",
            "กันยายน",
            "ตุลาคม",
            "พฤศจิกายน",
            "ธันวาคม");

    @Test
    void statsOverTheWholeCorpusAsJsonLinesCountsAsTheLibraryReads() throws Exception {
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        int n = 0;
        for (Path file : CORPUS.values()) {
            // Every other input: enough variety, half the time.
            if (!Files.isRegularFile(file) || n++ % 2 == 1) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > ProjectLines.MAX_LINE_BYTES) {
                continue;
            }
            try {
                // One line per document: compact where the library reads it, as it is otherwise.
                bytes = KrongkanJson.writeCompact(KrongkanJson.readProject(new String(bytes, StandardCharsets.UTF_8)))
                        .getBytes(StandardCharsets.UTF_8);
            } catch (KrongkanJsonException e) {
                bytes = new String(bytes, StandardCharsets.UTF_8)
                        .replace('\n', ' ')
                        .replace('\r', ' ')
                        .getBytes(StandardCharsets.UTF_8);
            }
            lines.write(bytes);
            lines.write('\n');
        }
        Path jsonl = Files.write(dir.resolve("corpus.jsonl"), lines.toByteArray());
        long projects = 0;
        long unreadable = 0;
        try (ProjectLines read = KrongkanJson.readProjectLines(Files.newInputStream(jsonl))) {
            while (read.hasNext()) {
                try {
                    read.next();
                    projects++;
                } catch (KrongkanJsonException e) {
                    unreadable++;
                }
            }
        }
        Run run = Run.of("check", "--stats", jsonl.toString());
        assertPlain("stats", run, jsonl.toString());
        assertThat(run.exit()).isEqualTo(unreadable > 0 ? 2 : 1);
        assertThat(run.out())
                .startsWith(projects + " project(s) in 1 file(s)"
                        + (unreadable > 0 ? ", " + unreadable + " unreadable" : "") + "\n");
        assertThat(projects).isGreaterThan(50);
    }

    @Test
    void bahttextAtTheLimitsOfMoney() {
        List<String> amounts = new ArrayList<>(EDGE_MONEY);
        amounts.addAll(List.of(
                "0.00",
                "-999999999999999.99",
                "",
                "-",
                "1e5",
                "NaN",
                "๙๙๙,๙๙๙,๙๙๙,๙๙๙,๙๙๙.๙๙",
                "9".repeat(10_000),
                "0.5.5"));
        for (String amount : amounts) {
            for (String[] args : new String[][] {
                {"bahttext", amount}, {"bahttext", "--tens-only", amount}, {"bahttext", "--parse", amount}
            }) {
                Run run = Run.of(args);
                assertThat(run.exit()).as(amount).isIn(0, 2);
                assertThat(run.err()).as(amount).doesNotContain("\tat ").doesNotContain("internal error");
            }
        }
        assertThat(Run.of("bahttext", "--parse", "ก".repeat(100_000)).exit()).isEqualTo(2);
    }
}
