package io.github.krongkan.examples.cli;

import io.github.krongkan.check.Finding;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.check.Severity;
import io.github.krongkan.json.KrongkanJson;
import io.github.krongkan.json.KrongkanJsonException;
import io.github.krongkan.json.ProjectLines;
import io.github.krongkan.network.RollUp;
import io.github.krongkan.project.PortfolioRollUp;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectTotals;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code krongkan check --stats FILE.jsonl...}: streams JSON Lines files of project documents,
 * checks every project and prints the findings counted by code, the budget roll-up and the
 * throughput. Exit codes as {@code check}.
 *
 * <p>The file is cut into chunks of whole lines; one thread per available processor reads and
 * checks chunks with {@link KrongkanJson#readProjectLines(InputStream)}, and the results are
 * merged in file order. At most two chunks per thread are in memory at a time, so memory stays
 * bounded however long the file is. A line longer than {@link ProjectLines#MAX_LINE_BYTES} is never
 * held: its first bytes go to the reader, which refuses it as one unreadable line, and the rest is
 * skipped, so the counts are those of {@link KrongkanJson#readProjectLines(InputStream)} over the
 * whole file. {@code -} reads standard input.
 */
final class CheckStatsCommand extends Command {
    /** Unreadable lines reported one by one; the rest are only counted. */
    private static final int REPORTED_PROBLEMS = 10;
    /** Bytes read per chunk (more if a line is longer). */
    private static final int CHUNK_BYTES = 1 << 20;
    /** The longest line the reader accepts with its line end: its limit and a {@code \r}. */
    private static final int LONGEST_LINE = ProjectLines.MAX_LINE_BYTES + 1;

    CheckStatsCommand(InputStream in, PrintStream out, PrintStream err) {
        super(in, out, err);
    }

    /** What the lines of a chunk (or of everything) came to. */
    private static final class Tally {
        final Map<String, Long> byCode = new TreeMap<>();
        final Map<String, Severity> severities = new TreeMap<>();
        final Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        final PortfolioRollUp rollUp = new PortfolioRollUp();
        final List<String> problems = new ArrayList<>();
        long projects;
        long unreadable;
        /** Why the money could not be summed (beyond the ±10^15 baht of {@code Baht}), or {@code null}. */
        String notSummed;

        void problem(String problem) {
            unreadable++;
            if (problems.size() < REPORTED_PROBLEMS) {
                problems.add(problem);
            }
        }

        void add(Tally other) {
            other.byCode.forEach((code, n) -> byCode.merge(code, n, Long::sum));
            severities.putAll(other.severities);
            other.bySeverity.forEach((severity, n) -> bySeverity.merge(severity, n, Long::sum));
            if (notSummed == null && other.notSummed == null) {
                try {
                    rollUp.addAll(other.rollUp);
                } catch (ArithmeticException e) {
                    notSummed = e.getMessage();
                }
            } else if (notSummed == null) {
                notSummed = other.notSummed;
            }
            for (String problem : other.problems) {
                if (problems.size() < REPORTED_PROBLEMS) {
                    problems.add(problem);
                }
            }
            projects += other.projects;
            unreadable += other.unreadable;
        }
    }

    @Override
    int run(List<String> files) {
        if (files.isEmpty()) {
            err.println("krongkan check --stats: expected at least one FILE.jsonl\n\n" + Krongkan.USAGE);
            return Krongkan.UNUSABLE;
        }
        for (String file : files) {
            if (file.startsWith("--")) {
                err.println("krongkan check --stats: unknown option " + file + " (--stats takes no other option)\n\n"
                        + Krongkan.USAGE);
                return Krongkan.UNUSABLE;
            }
        }
        ProjectCheck check = ProjectCheck.standard();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "krongkan-check");
            t.setDaemon(true);
            return t;
        });
        Tally all = new Tally();
        long bytes = 0;
        long started = System.nanoTime();
        try {
            for (String file : files) {
                try (InputStream stream = FileInput.open(file, in)) {
                    bytes += checkFile(file, stream, check, pool, 2 * threads, all);
                } catch (FileInput.Problem e) {
                    all.problem(file + ": unreadable: " + e.getMessage());
                } catch (IOException | UncheckedIOException e) {
                    all.problem(file + ": unreadable: " + FileInput.cannotRead(e));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = Math.max(System.nanoTime() - started, 1) / 1e9;
        all.problems.forEach(err::println);
        if (all.unreadable > all.problems.size()) {
            err.println("... and " + (all.unreadable - all.problems.size()) + " more unreadable line(s)");
        }
        out.println(all.projects + " project(s) in " + files.size() + " file(s)"
                + (all.unreadable > 0 ? ", " + all.unreadable + " unreadable" : ""));
        if (!all.byCode.isEmpty()) {
            out.println("findings by code:");
            all.byCode.forEach((code, count) -> out.printf(
                    Locale.ROOT,
                    "  %-40s %-8s %,10d%n",
                    code,
                    all.severities.get(code).name().toLowerCase(Locale.ROOT),
                    count));
        }
        out.println(all.bySeverity.getOrDefault(Severity.ERROR, 0L) + " error(s), "
                + all.bySeverity.getOrDefault(Severity.WARNING, 0L) + " warning(s), "
                + all.bySeverity.getOrDefault(Severity.INFO, 0L) + " info");
        if (all.notSummed != null) {
            out.println("budget not summed: the sums are beyond the ±10^15 baht that amounts may reach ("
                    + all.notSummed + ")");
        } else {
            RollUp<ProjectTotals> totals = all.rollUp.result();
            ProjectTotals sum = totals.total().orElse(ProjectTotals.ZERO);
            out.println("budget " + sum.budget().toGroupedString() + " baht, disbursed "
                    + sum.disbursed().toGroupedString() + " baht, in "
                    + totals.byNetwork().size() + " network(s) of "
                    + totals.byOffice().size() + " office(s)");
        }
        out.printf(
                Locale.ROOT,
                "elapsed %.2f s, %.0f projects/s, %.1f MB/s (%.1f MB, %d thread(s))%n",
                seconds,
                all.projects / seconds,
                bytes / 1e6 / seconds,
                bytes / 1e6,
                threads);
        boolean errors = all.bySeverity.getOrDefault(Severity.ERROR, 0L) > 0;
        return all.unreadable > 0 ? Krongkan.UNUSABLE : errors ? Krongkan.FINDINGS : Krongkan.OK;
    }

    /** Cuts a file into chunks of whole lines, checks them in the pool, merges in order; returns the bytes read. */
    private long checkFile(
            String file, InputStream in, ProjectCheck check, ExecutorService pool, int inFlight, Tally all)
            throws IOException {
        Deque<Future<Tally>> pending = new ArrayDeque<>();
        byte[] buffer = new byte[CHUNK_BYTES];
        int filled = 0;
        long line = 1;
        long bytes = 0;
        boolean eof = false;
        while (!eof) {
            int n = in.readNBytes(buffer, filled, buffer.length - filled);
            eof = filled + n < buffer.length;
            filled += n;
            bytes += n;
            int cut = eof ? filled : lastNewline(buffer, filled) + 1;
            if (cut == 0 && (eof || filled <= LONGEST_LINE)) {
                if (eof) {
                    break; // Nothing left: the input ended with the last chunk's newline.
                }
                // One line longer than the buffer: grow it, up to a line the reader accepts with its CRLF.
                buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, LONGEST_LINE + 1));
                continue;
            }
            byte[] chunk;
            long lines;
            if (cut == 0) {
                // A line longer than the reader's limit. Its first bytes are enough for the reader to
                // refuse it as one unreadable line, in its own words; the rest is skipped unread.
                chunk = Arrays.copyOf(buffer, LONGEST_LINE + 1);
                int next = -1;
                while (next < 0 && !eof) {
                    filled = in.readNBytes(buffer, 0, buffer.length);
                    eof = filled < buffer.length;
                    bytes += filled;
                    next = indexOfNewline(buffer, filled);
                }
                cut = next < 0 ? filled : next + 1;
                lines = next < 0 ? 0 : 1;
                eof = eof && cut == filled;
            } else {
                chunk = Arrays.copyOf(buffer, cut);
                lines = count(chunk);
            }
            long firstLine = line;
            line += lines;
            System.arraycopy(buffer, cut, buffer, 0, filled - cut);
            filled -= cut;
            byte[] work = chunk;
            pending.add(pool.submit(() -> checkChunk(file, work, firstLine, check)));
            while (pending.size() >= inFlight || (eof && !pending.isEmpty())) {
                all.add(await(pending.remove()));
            }
        }
        while (!pending.isEmpty()) {
            all.add(await(pending.remove()));
        }
        return bytes;
    }

    private static Tally checkChunk(String file, byte[] chunk, long firstLine, ProjectCheck check) {
        Tally tally = new Tally();
        ProjectLines lines =
                KrongkanJson.readProjectLines(new ByteArrayInputStream(chunk)).numberedFrom(firstLine);
        while (lines.hasNext()) {
            Project project;
            try {
                project = lines.next();
            } catch (KrongkanJsonException e) {
                tally.problem(file + ": unreadable: " + e.getMessage());
                continue;
            }
            List<Finding> findings;
            try {
                findings = check.check(project);
            } catch (RuntimeException e) {
                // A rule that cannot cope with a project the reader accepted: this line only, not the run.
                tally.problem(file + ": line " + lines.lineNumber() + " cannot be checked: " + Krongkan.describe(e));
                continue;
            }
            tally.projects++;
            if (tally.notSummed == null) {
                try {
                    tally.rollUp.add(project);
                } catch (ArithmeticException e) {
                    tally.notSummed = e.getMessage();
                }
            }
            for (Finding f : findings) {
                tally.byCode.merge(f.code(), 1L, Long::sum);
                tally.severities.put(f.code(), f.severity());
                tally.bySeverity.merge(f.severity(), 1L, Long::sum);
            }
        }
        return tally;
    }

    private static Tally await(Future<Tally> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static int lastNewline(byte[] buffer, int length) {
        for (int i = length - 1; i >= 0; i--) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfNewline(byte[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static long count(byte[] chunk) {
        long newlines = 0;
        for (byte b : chunk) {
            if (b == '\n') {
                newlines++;
            }
        }
        return newlines;
    }
}
