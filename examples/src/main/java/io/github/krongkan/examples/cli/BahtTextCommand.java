package io.github.krongkan.examples.cli;

import io.github.krongkan.money.Baht;
import io.github.krongkan.money.BahtText;
import io.github.krongkan.money.BahtTextConvention;
import io.github.krongkan.money.BahtWords;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code krongkan bahttext}: an amount in Thai words, or Thai words back into an amount. */
final class BahtTextCommand extends Command {
    BahtTextCommand(InputStream in, PrintStream out, PrintStream err) {
        super(in, out, err);
    }

    @Override
    int run(List<String> args) {
        if (args.size() == 2 && args.get(0).equals("--parse")) {
            return parse(args.get(1));
        }
        BahtTextConvention convention = BahtTextConvention.ROYAL_INSTITUTE;
        List<String> amounts = args;
        if (!args.isEmpty() && args.get(0).equals("--tens-only")) {
            convention = BahtTextConvention.TENS_ONLY;
            amounts = args.subList(1, args.size());
        }
        if (amounts.size() != 1) {
            err.println("krongkan bahttext: expected one AMOUNT, or --parse WORDS\n\n" + Krongkan.USAGE);
            return Krongkan.UNUSABLE;
        }
        try {
            Baht amount = Baht.read(amounts.get(0));
            out.println(BahtText.format(amount, convention));
            return Krongkan.OK;
        } catch (IllegalArgumentException | ArithmeticException e) {
            err.println("krongkan bahttext: " + e.getMessage());
            return Krongkan.UNUSABLE;
        }
    }

    private int parse(String words) {
        try {
            String text = words.equals("-") ? new String(in.readAllBytes(), StandardCharsets.UTF_8).strip() : words;
            BahtWords read = BahtText.read(text);
            out.println(read.amount().toGroupedString());
            out.println("convention: "
                    + read.convention()
                            .map(c -> c == BahtTextConvention.ROYAL_INSTITUTE
                                    ? "Royal Institute / Excel BAHTTEXT"
                                    : "tens-only (LibreOffice, ICU)")
                            .orElse("either (no digit 1 where the two conventions differ)"));
            return Krongkan.OK;
        } catch (IllegalArgumentException | ArithmeticException e) {
            err.println("krongkan bahttext: " + e.getMessage());
            return Krongkan.UNUSABLE;
        } catch (IOException e) {
            err.println("krongkan bahttext: cannot read standard input: " + e.getMessage());
            return Krongkan.UNUSABLE;
        }
    }
}
