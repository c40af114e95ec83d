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
import java.nio.file.Files;
import java.nio.file.Path;
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
 * bounded however long the file is.
 */
final class CheckStatsCommand {
    /** Unreadable lines reported one by one; the rest are only counted. */
    private static final int REPORTED_PROBLEMS = 10;
    /** Bytes read per chunk (more if a line is longer). */
    private static final int CHUNK_BYTES = 1 << 20;

    private final PrintStream out;
    private final PrintStream err;

    CheckStatsCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
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

        void add(Tally other) {
            other.byCode.forEach((code, n) -> byCode.merge(code, n, Long::sum));
            severities.putAll(other.severities);
            other.bySeverity.forEach((severity, n) -> bySeverity.merge(severity, n, Long::sum));
            rollUp.addAll(other.rollUp);
            for (String problem : other.problems) {
                if (problems.size() < REPORTED_PROBLEMS) {
                    problems.add(problem);
                }
            }
            projects += other.projects;
            unreadable += other.unreadable;
        }
    }

    int run(List<String> files) {
        if (files.isEmpty()) {
            err.println("krongkan check --stats: expected at least one FILE.jsonl\n\n" + Krongkan.USAGE);
            return Krongkan.UNUSABLE;
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
                try (InputStream in = Files.newInputStream(Path.of(file))) {
                    bytes += checkFile(file, in, check, pool, 2 * threads, all);
                } catch (IOException | UncheckedIOException e) {
                    all.unreadable++;
                    if (all.problems.size() < REPORTED_PROBLEMS) {
                        all.problems.add(file + ": unreadable: cannot read the file: " + e.getMessage());
                    }
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
        RollUp<ProjectTotals> totals = all.rollUp.result();
        ProjectTotals sum = totals.total().orElse(ProjectTotals.ZERO);
        out.println("budget " + sum.budget().toGroupedString() + " baht, disbursed "
                + sum.disbursed().toGroupedString() + " baht, in "
                + totals.byNetwork().size() + " network(s) of "
                + totals.byOffice().size() + " office(s)");
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
            if (cut == 0) {
                // One line longer than the buffer: grow it, up to what ProjectLines accepts and refuses itself.
                if (buffer.length < ProjectLines.MAX_LINE_BYTES + CHUNK_BYTES) {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2);
                    continue;
                }
                cut = filled;
            }
            byte[] chunk = Arrays.copyOf(buffer, cut);
            long firstLine = line;
            line += count(chunk);
            System.arraycopy(buffer, cut, buffer, 0, filled - cut);
            filled -= cut;
            pending.add(pool.submit(() -> checkChunk(file, chunk, firstLine, check)));
            while (pending.size() >= inFlight || (eof && !pending.isEmpty())) {
                all.add(await(pending.remove()));
            }
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
                tally.unreadable++;
                if (tally.problems.size() < REPORTED_PROBLEMS) {
                    tally.problems.add(file + ": unreadable: " + e.getMessage());
                }
                continue;
            }
            tally.projects++;
            tally.rollUp.add(project);
            for (Finding f : check.check(project)) {
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
