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
 * (0 with {@code --exit-zero}), 2 for unreadable input or a wrong command line (the message says which). Output is UTF-8
 * whatever the platform's default.
 */
public final class Krongkan {
    /** Everything went well. */
    static final int OK = 0;
    /** A check found errors. */
    static final int FINDINGS = 1;
    /** Input could not be read or the command line was wrong. */
    static final int UNUSABLE = 2;

    static final String USAGE = String.join(
            "\n",
            "usage: krongkan <command> [arguments]",
            "",
            "commands:",
            "  check [--json] [--exit-zero] FILE...",
            "                                  check krongkan JSON documents; exit 1 if errors are found",
            "                                  (0 with --exit-zero)",
            "  check --stats FILE.jsonl...     stream JSON Lines of projects: findings by code, budget totals, throughput",
            "  report [--lang th|en] FILE      a readable summary of one project (default th)",
            "  generate [--projects N] [--seed S] FILE.jsonl",
            "                                  write a deterministic national-size portfolio as JSON Lines",
            "  bahttext [--tens-only] AMOUNT   write an amount in Thai words (BAHTTEXT), e.g. 90000 or 90,000.-",
            "  bahttext --parse WORDS          read Thai baht words back into an amount (\"-\" reads standard input)",
            "  fiscal DATE                     fiscal year, quarter and month of a date, e.g. 31/10/2563 or 2025-11-15",
            "  help                            this text");

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
        if (args.length == 0) {
            err.println(USAGE);
            return UNUSABLE;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        switch (args[0]) {
            case "check":
                if (!rest.isEmpty() && rest.get(0).equals("--stats")) {
                    return new CheckStatsCommand(out, err).run(rest.subList(1, rest.size()));
                }
                return new CheckCommand(out, err).run(rest);
            case "report":
                return new ReportCommand(out, err).run(rest);
            case "generate":
                return new GenerateCommand(out, err).run(rest);
            case "bahttext":
                return new BahtTextCommand(in, out, err).run(rest);
            case "fiscal":
                return new FiscalCommand(out, err).run(rest);
            case "help":
            case "--help":
            case "-h":
                out.println(USAGE);
                return OK;
            default:
                err.println("krongkan: unknown command \"" + args[0] + "\"\n\n" + USAGE);
                return UNUSABLE;
        }
    }
}
