package io.github.krongkan.examples.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/** A command of the CLI, with the streams it reads and writes. */
abstract class Command {
    /** Standard input, for a document read from {@code -}. */
    final InputStream in;
    /** Standard output, for the command's result. */
    final PrintStream out;
    /** Standard error, for messages. */
    final PrintStream err;

    Command(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    /**
     * Runs the command.
     *
     * @param args the arguments after the command's name
     * @return the exit status: {@link Krongkan#OK} or another of its codes
     */
    abstract int run(List<String> args);
}
