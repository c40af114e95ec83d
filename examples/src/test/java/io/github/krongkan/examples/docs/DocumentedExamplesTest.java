package io.github.krongkan.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.check.Finding;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.examples.cli.Krongkan;
import io.github.krongkan.json.KrongkanJson;
import io.github.krongkan.money.Allocation;
import io.github.krongkan.money.Baht;
import io.github.krongkan.money.BahtText;
import io.github.krongkan.money.BahtTextConvention;
import io.github.krongkan.progress.EarnedValue;
import io.github.krongkan.progress.ProgressHistory;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectStatus;
import io.github.krongkan.text.ThaiParseException;
import io.github.krongkan.time.DateReading;
import io.github.krongkan.time.FiscalQuarter;
import io.github.krongkan.time.FiscalYear;
import io.github.krongkan.time.ThaiDateStyle;
import io.github.krongkan.time.ThaiDates;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Java samples of README.md and docs/index.md, statement by statement, with the results their
 * comments promise. If a sample changes, change it here too.
 */
class DocumentedExamplesTest {
    private static final Path SEED_000 = Path.of("data/000-bang-khen-network-19.json");

    @Test
    void readmeTaste() {
        Baht budget = Baht.read("90,000.-บาท");
        assertThat(budget).hasToString("90000.00");
        String words = BahtText.format(budget);
        assertThat(words).isEqualTo("เก้าหมื่นบาทถ้วน");
        assertThat(BahtText.matches(budget, "เก้าหมื่นบาทถ้วน")).isTrue();
        List<Baht> shares = Allocation.equally(Baht.ofBaht(200_000), 5);
        assertThat(shares).containsOnly(Baht.ofBaht(40_000)).hasSize(5);
        FiscalYear fy = FiscalYear.ofBuddhistEra(2569);
        assertThat(fy.start()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(fy.end()).isEqualTo(LocalDate.of(2026, 9, 30));
        DateReading read = ThaiDates.read("11/29/2020");
        assertThat(read.isMonthFirst()).isTrue();
        Project project = KrongkanJson.readProject(SEED_000);
        List<Finding> findings = ProjectCheck.standard().check(project);
        assertThat(findings).isEmpty();
        String json = KrongkanJson.write(project);
        assertThat(json).startsWith("{\n  \"format\": \"krongkan/1\",");
    }

    /** The application's own request type of the Jackson 3 sample. */
    record CheckRequest(String requestId, Project project) {}

    @Test
    void indexJackson3() throws Exception {
        tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper.builder()
                .findAndAddModules()
                .build();
        String json = "{\"requestId\":\"r\",\"project\":" + java.nio.file.Files.readString(SEED_000) + "}";
        CheckRequest request = mapper.readValue(json, CheckRequest.class);
        assertThat(request.project()).isEqualTo(KrongkanJson.readProject(SEED_000));
        tools.jackson.databind.json.JsonMapper explicit = tools.jackson.databind.json.JsonMapper.builder()
                .addModule(new io.github.krongkan.jackson3.KrongkanJackson3Module())
                .build();
        assertThat(explicit.readValue(json, CheckRequest.class)).isEqualTo(request);
        assertThat(io.github.krongkan.jackson3.KrongkanJson3.writeCompact(request.project()))
                .isEqualTo(KrongkanJson.writeCompact(request.project()));
    }

    @Test
    void indexTour() throws Exception {
        Baht total = Baht.read("๒๑๔,๖๕๐.-บาท");
        assertThat(total).hasToString("214650.00");
        Baht groups = Baht.ofBaht(40_000).times(5);
        assertThat(groups).hasToString("200000.00");
        assertThat(total.minus(groups)).hasToString("14650.00");
        assertThatThrownBy(() -> Baht.parse("1.005"))
                .isInstanceOf(ThaiParseException.class)
                .hasMessageContaining("two decimals");

        assertThat(BahtText.format(Baht.ofBaht(101))).isEqualTo("หนึ่งร้อยเอ็ดบาทถ้วน");
        assertThat(BahtText.format(Baht.ofBaht(101), BahtTextConvention.TENS_ONLY))
                .isEqualTo("หนึ่งร้อยหนึ่งบาทถ้วน");
        assertThat(BahtText.read("เก้าหมื่นบาทถ้วน").amount()).hasToString("90000.00");

        assertThat(Allocation.equally(Baht.parse("100.00"), 3))
                .extracting(Baht::toString)
                .containsExactly("33.34", "33.33", "33.33");

        assertThat(FiscalYear.ofBuddhistEra(2569).start()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(FiscalQuarter.containing(LocalDate.of(2026, 1, 15))).hasToString("FY2569-Q2");
        DateReading day = ThaiDates.read("31/10/2563");
        assertThat(day.date()).isEqualTo(LocalDate.of(2020, 10, 31));
        assertThat(day.isDayFirst()).isTrue();
        assertThat(day.era()).isEqualTo(DateReading.Era.BUDDHIST);
        assertThat(ThaiDates.read("11/29/2020").isMonthFirst()).isTrue();
        DateReading ambiguous = ThaiDates.read("11/12/2020");
        assertThat(ambiguous.isAmbiguous()).isTrue();
        assertThatThrownBy(ambiguous::date).isInstanceOf(IllegalStateException.class);
        assertThat(ThaiDates.format(LocalDate.of(2026, 3, 15), ThaiDateStyle.LONG))
                .isEqualTo("15 มีนาคม 2569");

        Path late = Files.createTempFile("late", ".json");
        try {
            Files.writeString(late, Files.readString(SEED_000).replace("\"end\": \"2026-06\"", "\"end\": \"2026-10\""));
            Project project = KrongkanJson.readProject(late);
            List<Finding> findings = ProjectCheck.standard().check(project);
            assertThat(findings)
                    .extracting(Finding::toString)
                    .singleElement()
                    .asString()
                    .startsWith("WARNING PERIOD_OUTSIDE_FISCAL_YEAR /plannedPeriod: ");
        } finally {
            Files.delete(late);
        }
    }

    @Test
    void indexProgress() {
        Project cancelled = KrongkanJson.readProject(Path.of("data/002-bueng-kum-fy2564-tracking.json"));
        ProgressHistory history = ProgressHistory.of(cancelled);
        assertThat(history.isDocumentOrderChronological()).isFalse();
        assertThat(history.statusOn(LocalDate.of(2021, 8, 1))).contains(ProjectStatus.CANCELLED);
        EarnedValue ev =
                EarnedValue.of(Baht.ofBaht(360_000), new BigDecimal("50"), new BigDecimal("40"), Baht.ofBaht(90_000));
        assertThat(ev.spi()).contains(new BigDecimal("0.8000"));
        assertThat(EarnedValue.of(Baht.ofBaht(360_000), new BigDecimal("100"), new BigDecimal("100"), Baht.ZERO)
                        .cpi())
                .isEmpty();
    }

    /**
     * Every command line of README.md and docs/*.md but performance.md that runs the tool ({@code java -jar
     * examples/target/krongkan.jar …}, in a shell block or after a {@code $} prompt) runs in
     * process, with globs expanded as a shell would: none may exit 2 (unusable input), and none but a
     * {@code check} without {@code --exit-zero} may exit 1.
     */
    @Test
    void everyDocumentedCommandLineRuns() throws Exception {
        List<Path> pages = new java.util.ArrayList<>(List.of(Path.of("../README.md")));
        try (java.util.stream.Stream<Path> docs = Files.list(Path.of("../docs"))) {
            // performance.md's commands are the measurements themselves (minutes, 434 MB of JSON
            // Lines); cli.md and .ci/run run the same commands on a small portfolio.
            docs.filter(p -> p.toString().endsWith(".md") && !p.endsWith("performance.md"))
                    .sorted()
                    .forEach(pages::add);
        }
        String prefix = "java -jar examples/target/krongkan.jar ";
        int ran = 0;
        java.util.Set<String> commands = new java.util.TreeSet<>();
        for (Path page : pages) {
            for (String line : Files.readAllLines(page)) {
                int at = line.indexOf(prefix);
                if (at < 0 || line.contains("[") || line.contains("FILE")) {
                    continue; // prose mentions and synopsis lines (check [--json] FILE...)
                }
                String command = line.substring(at + prefix.length())
                        .replaceAll("\\s+#.*$", "")
                        .replace("`", "")
                        .strip();
                List<String> args = new java.util.ArrayList<>();
                for (String word : command.split("\\s+")) {
                    args.addAll(expand(word.replace("examples/data/", "data/")));
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                int exit = Krongkan.run(
                        args.toArray(String[]::new),
                        new ByteArrayInputStream(new byte[0]),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
                boolean mayFind = args.get(0).equals("check") && !args.contains("--exit-zero");
                assertThat(exit).as(page + ": " + command + "\n" + err).isIn(mayFind ? List.of(0, 1) : List.of(0));
                commands.add(args.get(0)
                        + (args.contains("--exit-zero") ? " --exit-zero" : "")
                        + (args.contains("--lang") ? " --lang" : ""));
                ran++;
            }
        }
        assertThat(ran).isGreaterThanOrEqualTo(10);
        assertThat(commands)
                .contains("check", "check --exit-zero", "report", "report --lang", "bahttext", "fiscal", "diff");
    }

    private static List<String> expand(String word) throws Exception {
        if (!word.contains("*")) {
            return List.of(word);
        }
        Path glob = Path.of(word);
        try (java.nio.file.DirectoryStream<Path> files =
                Files.newDirectoryStream(glob.getParent(), glob.getFileName().toString())) {
            List<String> names = new java.util.ArrayList<>();
            files.forEach(f -> names.add(f.toString()));
            java.util.Collections.sort(names);
            return names;
        }
    }
}
