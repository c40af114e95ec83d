package io.github.krongkan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.json.KrongkanJson;
import io.github.krongkan.json.KrongkanJsonException;
import io.github.krongkan.json.ProjectLines;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.PortfolioRollUp;
import io.github.krongkan.project.ProjectTotals;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * {@code check --stats} counts what {@link KrongkanJson#readProjectLines(InputStream)} reads from the
 * same bytes: a line longer than the limit is one unreadable line whose money is not counted,
 * however long it is, and the lines after it are read as they are.
 */
class StatsAgreeWithProjectLinesTest {
    private static final int MIB = 1 << 20;

    private static String seedLine() {
        return KrongkanJson.writeCompact(
                KrongkanJson.readProject(Path.of("data/004-samut-prakan-2-quality-assurance.json")));
    }

    /** {@code n} bytes of {@code b}, made as they are read. */
    private static InputStream repeat(long n, byte b) {
        return new InputStream() {
            private long left = n;

            @Override
            public int read() {
                if (left == 0) {
                    return -1;
                }
                left--;
                return b;
            }

            @Override
            public int read(byte[] into, int off, int len) {
                if (left == 0) {
                    return len == 0 ? 0 : -1;
                }
                int k = (int) Math.min(len, left);
                java.util.Arrays.fill(into, off, off + k, b);
                left -= k;
                return k;
            }
        };
    }

    private static InputStream concat(InputStream... parts) {
        return new SequenceInputStream(Collections.enumeration(List.of(parts)));
    }

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** What the library reads: projects, unreadable lines, budget. */
    private static String library(InputStream in) {
        long projects = 0;
        long unreadable = 0;
        PortfolioRollUp rollUp = new PortfolioRollUp();
        try (ProjectLines lines = KrongkanJson.readProjectLines(in)) {
            while (lines.hasNext()) {
                try {
                    rollUp.add(lines.next());
                    projects++;
                } catch (KrongkanJsonException e) {
                    unreadable++;
                }
            }
        }
        ProjectTotals sum = rollUp.result().total().orElse(ProjectTotals.ZERO);
        return projects + " project(s), " + unreadable + " unreadable, budget "
                + sum.budget().toGroupedString();
    }

    /** What {@code check --stats -} reads, in the same words. */
    private static String cli(InputStream in) {
        Run run = Run.withInput(in, "check", "--stats", "-");
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("internal error");
        String first = run.out().lines().findFirst().orElseThrow();
        String projects = first.substring(0, first.indexOf(" project(s)"));
        String unreadable =
                first.contains(", ") ? first.substring(first.indexOf(", ") + 2, first.indexOf(" unreadable")) : "0";
        String budget = run.out()
                .lines()
                .filter(l -> l.startsWith("budget "))
                .findFirst()
                .orElseThrow();
        return projects + " project(s), " + unreadable + " unreadable, budget "
                + budget.substring("budget ".length(), budget.indexOf(" baht"));
    }

    private static void assertAgree(Supplier<InputStream> input, String expected) {
        assertThat(library(input.get())).isEqualTo(expected);
        assertThat(cli(input.get())).isEqualTo(expected);
    }

    @Test
    void aLongLineOfSpacesIsOneUnreadableLineAndTheProjectAfterItCounts() {
        String seed = seedLine();
        assertAgree(
                () -> concat(repeat(34L * MIB, (byte) ' '), text("\n" + seed + "\n")),
                "1 project(s), 1 unreadable, budget 120,000.00");
    }

    @Test
    void aVeryLongLineIsStillOneUnreadableLine() {
        String seed = seedLine();
        assertAgree(
                () -> concat(text(seed + "\n"), repeat(100L * MIB, (byte) 'x'), text("\n" + seed)),
                "2 project(s), 1 unreadable, budget 240,000.00");
    }

    @Test
    void theMoneyOfAProjectOnATooLongLineIsNotCounted() {
        String seed = seedLine();
        int brace = seed.lastIndexOf('}');
        // The same project, padded inside with white space to just past the limit.
        String head = seed.substring(0, brace);
        long padding = ProjectLines.MAX_LINE_BYTES + 1L - seed.getBytes(StandardCharsets.UTF_8).length;
        assertAgree(
                () -> concat(text(seed + "\n" + head), repeat(padding, (byte) ' '), text("}\n" + seed + "\n")),
                "2 project(s), 1 unreadable, budget 240,000.00");
    }

    @Test
    void aLineOfExactlyTheLimitIsReadWithLfAndWithCrLf() {
        String seed = seedLine();
        int brace = seed.lastIndexOf('}');
        String head = seed.substring(0, brace);
        long padding = ProjectLines.MAX_LINE_BYTES - (long) seed.getBytes(StandardCharsets.UTF_8).length;
        for (String end : new String[] {"\n", "\r\n"}) {
            assertAgree(
                    () -> concat(text(head), repeat(padding, (byte) ' '), text("}" + end + seed + end)),
                    "2 project(s), 0 unreadable, budget 240,000.00");
        }
    }

    @Test
    void aByteOrderMarkOnlyOpensTheInput() {
        String seed = seedLine();
        assertAgree(() -> text("\uFEFF" + seed + "\n" + seed + "\n"), "2 project(s), 0 unreadable, budget 240,000.00");
        assertAgree(
                () -> text("\uFEFF\uFEFF" + seed + "\n" + seed + "\n"),
                "1 project(s), 1 unreadable, budget 120,000.00");
        assertAgree(() -> text(seed + "\n\uFEFF" + seed + "\n"), "1 project(s), 1 unreadable, budget 120,000.00");
    }

    @Test
    void anInputThatEndsWithAChunkEndingInANewlineIsCountedWhole() {
        // Exactly 1 MiB, the size of a chunk, ending with a newline: the last chunk was once dropped.
        String seed = seedLine();
        int length = seed.getBytes(StandardCharsets.UTF_8).length + 1;
        int count = MIB / length - 1;
        long pad = MIB - (long) count * length - 1;
        assertAgree(
                () -> {
                    List<InputStream> all = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        all.add(text(seed + "\n"));
                    }
                    all.add(repeat(pad, (byte) ' '));
                    all.add(text("\n"));
                    return new SequenceInputStream(Collections.enumeration(all));
                },
                count + " project(s), 0 unreadable, budget "
                        + Baht.ofBaht(120_000).times(count).toGroupedString());
    }
}
