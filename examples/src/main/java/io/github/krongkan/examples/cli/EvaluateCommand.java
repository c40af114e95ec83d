package io.github.krongkan.examples.cli;

import io.github.krongkan.json.KrongkanJson;
import io.github.krongkan.json.KrongkanJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code krongkan evaluate FILE}: prints the evaluated view of a project document
 * ({@code krongkan-evaluation/1}, {@link KrongkanJson#writeEvaluation}): every figure the rules
 * compute, with the JSON pointer of its place in the document, and the findings of the standard
 * check. {@code -} reads standard input. A portfolio or record document is refused: evaluate one
 * project at a time.
 */
final class EvaluateCommand extends Command {
    EvaluateCommand(InputStream in, PrintStream out, PrintStream err) {
        super(in, out, err);
    }

    @Override
    int run(List<String> args) {
        if (args.size() != 1 || (args.get(0).startsWith("-") && !args.get(0).equals("-"))) {
            err.println("krongkan evaluate: expected one FILE" + "\n\n" + Krongkan.USAGE);
            return Krongkan.UNUSABLE;
        }
        String file = args.get(0);
        Document document;
        try (InputStream stream = FileInput.open(file, in)) {
            document = Document.read(stream);
        } catch (FileInput.Problem e) {
            return unreadable(file, e.getMessage());
        } catch (KrongkanJsonException e) {
            return unreadable(file, e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            return unreadable(file, FileInput.cannotRead(e));
        }
        if (document.isPortfolio() || document.isRecord()) {
            err.println("krongkan evaluate: " + file + ": a " + (document.isRecord() ? "record" : "portfolio")
                    + " document; evaluate takes one project document");
            return Krongkan.UNUSABLE;
        }
        try {
            KrongkanJson.writeEvaluation(document.projects().get(0), out);
        } catch (RuntimeException e) {
            err.println("krongkan evaluate: " + file + ": cannot be evaluated: " + Krongkan.describe(e));
            return Krongkan.UNUSABLE;
        }
        out.flush();
        return Krongkan.OK;
    }

    private int unreadable(String file, String problem) {
        err.println("krongkan evaluate: " + file + ": unreadable: " + problem);
        return Krongkan.UNUSABLE;
    }
}
