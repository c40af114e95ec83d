package io.github.krongkan.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Entry point of the {@code krongkan} command-line tool.
 *
 * <p>Exit codes: 0 when all went well, 1 when {@code check} found findings of severity error
 * (0 with {@code --exit-zero}), 2 for unreadable input, a wrong command line or output that cannot
 * be written (the message says which). Whatever happens, the tool prints no stack trace: every
 * failure is one line on standard error that names the file and the reason, and a fault of the
 * tool itself is reported as an internal error with exit code 2. Output is UTF-8 whatever the
 * platform's default.
 */
public final class Krongkan {
    /** Everything went well. */
    static final int OK = 0;
    /** A check found errors. */
    static final int FINDINGS = 1;
    /** Input could not be read or the command line was wrong. */
    static final int UNUSABLE = 2;

    static final String USAGE = """
            usage: krongkan <command> [arguments]

            commands:
              check [--json] [--exit-zero] [--rates FILE] [--reference DIR] FILE...
                                              check krongkan JSON documents (projects, portfolios or records);
                                              exit 1 if errors are found (0 with --exit-zero);
                                              --rates / --reference add rate tables and other reference
                                              data (krongkan-reference/1) to the shipped ones
              check --stats FILE.jsonl...     stream JSON Lines of projects: findings by code, budget totals, throughput
              report [--lang th|en] FILE      a readable summary of a project, or of each project of a portfolio,
                                              or of a record's current version with its history (default th)
              report --format html [--lang th|en] FILE [-o OUT.html]
                                              the same as one self-contained HTML page, printable on A4
              evaluate FILE                   the evaluated view of a project as JSON (krongkan-evaluation/1):
                                              computed amounts, risk levels, KPI evaluations, S-curve,
                                              earned value, ledger balances and findings, with pointers
              generate [--projects N] [--seed S] FILE.jsonl
                                              write a deterministic national-size portfolio as JSON Lines
              generate --plant CODE [--projects N] [--seed S] FILE.jsonl
                                              write N projects, each with exactly the finding CODE planted
                                              (N records for a rule of project records)
              bahttext [--tens-only] AMOUNT   write an amount in Thai words (BAHTTEXT), e.g. 90000 or 90,000.-
              bahttext --parse WORDS          read Thai baht words back into an amount ("-" reads standard input)
              fiscal DATE                     fiscal year, quarter and month of a date, e.g. 31/10/2563 or 2025-11-15
              diff [--json] [--lang th|en] OLD NEW
                                              the changes from one version of a project to another, with
                                              their JSON pointers and the money up or down; exit 1 if they differ
              diff [--json] [--lang th|en] --versions A B RECORD
                                              the same between versions A and B of one record document
              history [--json] FILE           the versions, status history and approvals of a record (or of a
                                              project, as a record of one version) and the first step its
                                              workflow refuses on replay; exit 1 if one is refused
              serve [--port N] [--max-bytes N]
                                              answer JSON on http://127.0.0.1:N/ (default 8080): POST /check,
                                              /evaluate, /bahttext, /fiscal; errors as JSON with a pointer
              help                            this text

            A FILE of - is standard input. Exit codes: 0 all went well, 1 check found errors (diff: differences;
            history: a refused step),
            2 unreadable input, a wrong command line or a file that cannot be written.""";

    private Krongkan() {}

    /**
     * Runs the tool and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, System.in, out, err));
    }

    /**
     * Runs the tool without exiting, for embedding and tests.
     *
     * @param args the command line
     * @param in   standard input
     * @param out  where results go
     * @param err  where errors go
     * @return the exit code
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        try {
            return dispatch(args, in, out, err);
        } catch (OutOfMemoryError e) {
            err.println("krongkan: out of memory; give Java more (e.g. java -Xmx2g -jar krongkan.jar ...)");
            return UNUSABLE;
        } catch (RuntimeException | StackOverflowError e) {
            // Never a stack trace: one line that says what failed, and that it is a fault of the tool.
            err.println("krongkan: internal error, please report it: " + describe(e));
            return UNUSABLE;
        }
    }

    /**
     * An unexpected failure in a few words: its kind and its message.
     *
     * @param e the failure
     * @return e.g. {@code IllegalArgumentException: Date 1900-01-01 is before ...}
     */
    static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    private static int dispatch(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println(USAGE);
            return UNUSABLE;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        return switch (args[0]) {
            case "check" ->
                !rest.isEmpty() && rest.get(0).equals("--stats")
                        ? new CheckStatsCommand(in, out, err).run(rest.subList(1, rest.size()))
                        : new CheckCommand(in, out, err).run(rest);
            case "report" -> new ReportCommand(in, out, err).run(rest);
            case "evaluate" -> new EvaluateCommand(in, out, err).run(rest);
            case "generate" -> new GenerateCommand(out, err).run(rest);
            case "bahttext" -> new BahtTextCommand(in, out, err).run(rest);
            case "fiscal" -> new FiscalCommand(out, err).run(rest);
            case "diff" -> new DiffCommand(in, out, err).run(rest);
            case "history" -> new HistoryCommand(in, out, err).run(rest);
            case "serve" -> new ServeCommand(out, err).run(rest);
            case "help", "--help", "-h" -> {
                out.println(USAGE);
                yield OK;
            }
            default -> {
                err.println("krongkan: unknown command \"" + args[0] + "\"\n\n" + USAGE);
                yield UNUSABLE;
            }
        };
    }
}
