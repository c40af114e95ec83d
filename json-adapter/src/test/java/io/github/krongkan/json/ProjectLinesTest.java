package io.github.krongkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.money.Baht;
import io.github.krongkan.network.RollUp;
import io.github.krongkan.project.PortfolioRollUp;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectTotals;
import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.Property;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ProjectLinesTest {
    private static final String MINIMAL = "{\"format\":\"krongkan/1\",\"name\":\"โครงการ\",\"fiscalYear\":2569}";

    private static ProjectLines lines(String text) {
        return KrongkanJson.readProjectLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Project> readAll(String text) {
        try (ProjectLines lines = lines(text)) {
            List<Project> projects = new ArrayList<>();
            lines.forEachRemaining(projects::add);
            return projects;
        }
    }

    private static String jsonLines(List<Project> projects) {
        return projects.stream().map(p -> KrongkanJson.writeCompact(p) + "\n").collect(Collectors.joining());
    }

    /** From 0 to {@code max} random projects, every count as likely. */
    private static Gen<List<Project>> projects(int max) {
        Gen<Integer> counts = Gen.ints(0, max);
        Gen<Project> projects = RandomProjects.gen();
        return (random, size) -> {
            int count = counts.next(random, size);
            List<Project> list = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                list.add(projects.next(random, size));
            }
            return List.copyOf(list);
        };
    }

    @Test
    void readsWhatWriteCompactWritesOneProjectPerLine() {
        Property.forAll(projects(6)).examples(100).check(projects -> {
            assertThat(readAll(jsonLines(projects))).isEqualTo(projects);
        });
    }

    @Test
    void skipsBlankLinesAndAcceptsCrLfAByteOrderMarkAndNoFinalNewline() {
        Project minimal = KrongkanJson.readProject(MINIMAL);
        assertThat(readAll("")).isEmpty();
        assertThat(readAll("\n \n\t\r\n")).isEmpty();
        assertThat(readAll("\uFEFF" + MINIMAL + "\r\n\r\n  \n" + MINIMAL)).containsExactly(minimal, minimal);
    }

    @Test
    void aLineOfInvalidUtf8IsRefusedWithItsLineNumberAndTheReaderGoesOn() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        byte[] line = (MINIMAL + "\n").getBytes(StandardCharsets.UTF_8);
        bytes.write(line);
        bytes.write(line);
        // Line 3: an overlong two-byte form of '/' inside the name.
        bytes.write(MINIMAL.replace("โครงการ", "a").getBytes(StandardCharsets.UTF_8), 0, 32);
        bytes.write(new byte[] {(byte) 0xC0, (byte) 0xAF});
        bytes.write("b\",\"fiscalYear\":2569}\n".getBytes(StandardCharsets.UTF_8));
        bytes.write(line);
        bytes.write(line);
        try (ProjectLines lines = KrongkanJson.readProjectLines(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(lines.next().name()).isEqualTo("โครงการ");
            assertThat(lines.next().name()).isEqualTo("โครงการ");
            assertThatThrownBy(lines::next).isInstanceOfSatisfying(KrongkanJsonException.class, e -> {
                assertThat(e.reason())
                        .isEqualTo("the document is not valid UTF-8 text: invalid UTF-8 at byte offset 32:"
                                + " byte 0xC0 cannot start a UTF-8 character");
                assertThat(e.getMessage()).contains("line 3");
            });
            assertThat(lines.lineNumber()).isEqualTo(3);
            assertThat(lines.next().name()).isEqualTo("โครงการ");
            assertThat(lines.next().name()).isEqualTo("โครงการ");
            assertThat(lines.lineNumber()).isEqualTo(5);
            assertThat(lines.hasNext()).isFalse();
        }
    }

    @Test
    void aBadLineSaysItsLineNumberAndPointerAndTheReaderGoesOn() {
        String bad = MINIMAL.replace("2569", "\"2569\"");
        try (ProjectLines lines = lines(MINIMAL + "\n\n" + bad + "\n" + MINIMAL + "\n{\"format\":\n")) {
            assertThat(lines.next().name()).isEqualTo("โครงการ");
            assertThat(lines.lineNumber()).isEqualTo(1);
            assertThatThrownBy(lines::next).isInstanceOfSatisfying(KrongkanJsonException.class, e -> {
                assertThat(e.pointer()).isEqualTo("/fiscalYear");
                assertThat(e.getMessage())
                        .startsWith("/fiscalYear: expected fiscalYear")
                        .endsWith("(line 3, column 68)");
            });
            assertThat(lines.lineNumber()).isEqualTo(3);
            assertThat(lines.next().name()).isEqualTo("โครงการ");
            assertThatThrownBy(lines::next)
                    .isInstanceOf(KrongkanJsonException.class)
                    .hasMessageContaining("line 5");
            assertThat(lines.hasNext()).isFalse();
            assertThatThrownBy(lines::next).isInstanceOf(NoSuchElementException.class);
        }
    }

    @Test
    void linesOfAPartOfAFileAreNumberedFromWhereThePartStarts() {
        String bad = MINIMAL.replace("2569", "\"2569\"");
        try (ProjectLines lines = lines(MINIMAL + "\n" + bad + "\n").numberedFrom(41)) {
            assertThat(lines.next()).isNotNull();
            assertThat(lines.lineNumber()).isEqualTo(41);
            assertThatThrownBy(lines::next).hasMessageEndingWith("(line 42, column 68)");
            assertThatThrownBy(() -> lines.numberedFrom(1)).isInstanceOf(IllegalStateException.class);
        }
        assertThatThrownBy(() -> lines(MINIMAL).numberedFrom(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoDocumentsOnOneLineAreRefused() {
        assertThatThrownBy(() -> readAll(MINIMAL + " " + MINIMAL + "\n"))
                .isInstanceOf(KrongkanJsonException.class)
                .hasMessageContaining("unexpected content after the end of the document")
                .hasMessageContaining("line 1");
    }

    @Test
    void aLineLongerThanTheLimitIsRefusedWithoutHoldingItAndTheReaderGoesOn() {
        String longLine = "{\"format\":\"krongkan/1\",\"name\":\"" + "ก".repeat(2_000) + "\",\"fiscalYear\":2569}";
        byte[] bytes = (MINIMAL + "\n" + longLine + "\n" + MINIMAL).getBytes(StandardCharsets.UTF_8);
        try (ProjectLines lines = new ProjectLines(new ByteArrayInputStream(bytes), 1_000)) {
            assertThat(lines.next()).isNotNull();
            assertThatThrownBy(lines::next)
                    .isInstanceOf(KrongkanJsonException.class)
                    .hasMessageContaining("longer than the reader's limit of 1000 bytes")
                    .hasMessageContaining("line 2");
            assertThat(lines.next()).isNotNull();
            assertThat(lines.lineNumber()).isEqualTo(3);
            assertThat(lines.hasNext()).isFalse();
        }
    }

    /** A valid project document of exactly {@code bytes} bytes: {@link #MINIMAL} padded with spaces inside. */
    private static String minimalOf(int bytes) {
        int minimal = MINIMAL.getBytes(StandardCharsets.UTF_8).length;
        return MINIMAL.substring(0, MINIMAL.length() - 1) + " ".repeat(bytes - minimal) + "}";
    }

    @Test
    void aLineOfExactlyTheLimitIsReadWithLfWithCrLfAndAtTheEnd() {
        Project minimal = KrongkanJson.readProject(MINIMAL);
        String full = minimalOf(ProjectLines.MAX_LINE_BYTES);
        assertThat(readAll(full + "\n" + MINIMAL + "\n")).containsExactly(minimal, minimal);
        assertThat(readAll(full + "\r\n" + MINIMAL + "\r\n")).containsExactly(minimal, minimal);
        assertThat(readAll(MINIMAL + "\n" + full)).containsExactly(minimal, minimal);
        String almost = minimalOf(ProjectLines.MAX_LINE_BYTES - 1);
        assertThat(readAll(almost + "\r\n" + MINIMAL)).containsExactly(minimal, minimal);
    }

    @Test
    void aLineOneByteOverTheLimitIsRefusedWithLfWithCrLfAndAtTheEnd() {
        String over = minimalOf(ProjectLines.MAX_LINE_BYTES + 1);
        for (String text : List.of(over + "\n" + MINIMAL, over + "\r\n" + MINIMAL, MINIMAL + "\n" + over)) {
            try (ProjectLines lines = lines(text)) {
                int read = 0;
                int refused = 0;
                while (lines.hasNext()) {
                    try {
                        lines.next();
                        read++;
                    } catch (KrongkanJsonException e) {
                        assertThat(e).hasMessageContaining("longer than the reader's limit of 16777216 bytes");
                        refused++;
                    }
                }
                assertThat(read).isEqualTo(1);
                assertThat(refused).isEqualTo(1);
            }
        }
    }

    @Test
    void aByteOrderMarkMayOnlyOpenTheInputOnceAsForOneDocument() {
        byte[] twoMarks = ("\uFEFF\uFEFF" + MINIMAL).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> KrongkanJson.readProject(new ByteArrayInputStream(twoMarks)))
                .isInstanceOf(KrongkanJsonException.class);
        assertThatThrownBy(() -> readAll("\uFEFF\uFEFF" + MINIMAL))
                .isInstanceOf(KrongkanJsonException.class)
                .hasMessageContaining("byte order mark")
                .hasMessageContaining("line 1, column 4");
        assertThatThrownBy(() -> readAll(MINIMAL + "\n\uFEFF" + MINIMAL))
                .isInstanceOf(KrongkanJsonException.class)
                .hasMessageContaining("byte order mark")
                .hasMessageContaining("line 2, column 1");
        assertThat(readAll("\uFEFF" + MINIMAL)).hasSize(1);
    }

    @Test
    void closingTheStreamClosesTheInput() {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream in = new ByteArrayInputStream((MINIMAL + "\n" + MINIMAL).getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() throws IOException {
                closed.set(true);
                super.close();
            }
        };
        try (Stream<Project> projects = KrongkanJson.readProjectLines(in).stream()) {
            assertThat(projects.count()).isEqualTo(2);
        }
        assertThat(closed).isTrue();
    }

    @Test
    void rollUpOverTheStreamEqualsSumsOverTheList() {
        Property.forAll(projects(12)).examples(100).check(projects -> {
            RollUp<ProjectTotals> streamed;
            try (ProjectLines lines = lines(jsonLines(projects))) {
                PortfolioRollUp rollUp = new PortfolioRollUp();
                lines.forEachRemaining(rollUp::add);
                streamed = rollUp.result();
            }

            Map<String, List<Project>> byNetwork = new TreeMap<>(projects.stream()
                    .filter(p -> !p.networks().isEmpty())
                    .collect(Collectors.groupingBy(p -> p.networks().get(0).id())));
            Map<String, List<Project>> byOffice = new TreeMap<>(projects.stream()
                    .filter(p -> !p.networks().isEmpty())
                    .collect(Collectors.groupingBy(p -> p.networks().get(0).officeId())));
            assertThat(streamed.byNetwork()).containsExactlyEntriesOf(sums(byNetwork));
            assertThat(streamed.byOffice()).containsExactlyEntriesOf(sums(byOffice));
            assertThat(streamed.total()).contains(sum(projects));
            assertThat(streamed.bySchool()).isEmpty();
        });
    }

    private static Map<String, ProjectTotals> sums(Map<String, List<Project>> groups) {
        Map<String, ProjectTotals> sums = new LinkedHashMap<>();
        groups.forEach((id, group) -> sums.put(id, sum(group)));
        return sums;
    }

    /** Sums written independently of ProjectTotals.of: budget as written, the last-dated stated disbursement. */
    private static ProjectTotals sum(List<Project> projects) {
        Baht budget = Baht.ZERO;
        Baht disbursed = Baht.ZERO;
        for (Project p : projects) {
            budget = budget.plus(p.currentBudget().map(b -> b.writtenAmount()).orElse(Baht.ZERO));
            disbursed = disbursed.plus(p.progressReports().stream()
                    .filter(r -> r.disbursed().isPresent())
                    .reduce((a, b) -> b.date().isBefore(a.date()) ? a : b)
                    .flatMap(r -> r.disbursed())
                    .orElse(Baht.ZERO));
        }
        return new ProjectTotals(projects.size(), budget, disbursed);
    }
}
