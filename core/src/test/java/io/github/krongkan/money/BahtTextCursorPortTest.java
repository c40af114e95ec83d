package io.github.krongkan.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.krongkan.text.TextCursor;
import io.github.krongkan.text.ThaiParseException;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * {@link BahtText#read(CharSequence)} scans with the shared {@code TextCursor} now; it gives what
 * the reader with its own index loop ({@link ScanningBahtTextParser}) gave: the same amount and
 * convention, or the same error at the same index. Texts framed in a way the reader learnt later
 * ({@code (-…-)}, {@code “…”}, {@code "…"}) are left out: the old reader refused them.
 */
class BahtTextCursorPortTest {
    private static final int EXAMPLES = 2000;

    /** Characters that matter to the scanner: white space of every kind, parentheses, digits. */
    private static final List<String> EDGES =
            List.of(" ", "\u00A0", "\u200B", "\uFEFF", "\t", "(", ")", "( ", " )", "๙", "9", "ตรง", "\uD835\uDD4F", "");

    /** The outcome of one reading: the words read, or the error's message and index. */
    private static String outcome(Supplier<BahtWords> read) {
        try {
            BahtWords words = read.get();
            return words.amount() + " " + words.convention();
        } catch (ThaiParseException e) {
            return "ThaiParseException " + e.getMessage() + " @" + e.errorIndex();
        } catch (ArithmeticException e) {
            return "ArithmeticException " + e.getMessage();
        }
    }

    private static void sameAsBefore(String text) {
        String rest = new TextCursor(text).rest();
        if (rest.startsWith("(-") || rest.startsWith("\"") || rest.startsWith("“")) {
            return;
        }
        assertThat(outcome(() -> BahtText.read(text)))
                .as("%s", text)
                .isEqualTo(outcome(() -> new ScanningBahtTextParser(text).parse()));
    }

    @Test
    void mutatedWordsWithSpacesAndParenthesesReadAsBefore() {
        qt().withExamples(EXAMPLES)
                .forAll(
                        MoneyGen.bahts(),
                        integers().all(),
                        integers().between(0, EDGES.size() * EDGES.size() - 1),
                        integers().between(0, 3))
                .checkAssert((amount, seed, ends, how) -> {
                    String words = BahtText.format(amount);
                    int before = ends / EDGES.size();
                    int after = ends % EDGES.size();
                    String text = switch (how) {
                        case 0 -> words;
                        case 1 -> WordMutations.mutate(words, seed);
                        case 2 -> EDGES.get(before) + words + EDGES.get(after);
                        default -> EDGES.get(before) + WordMutations.mutate(words, seed) + EDGES.get(after);
                    };
                    sameAsBefore(text);
                    sameAsBefore("(" + text + ")");
                    sameAsBefore(" ( " + text + " ) ");
                });
    }

    @Test
    void anyShortTextReadsAsBefore() {
        qt().withExamples(EXAMPLES)
                .forAll(strings().betweenCodePoints(0x20, 0x0E5B).ofLengthBetween(0, 12))
                .checkAssert(BahtTextCursorPortTest::sameAsBefore);
        for (String edge : EDGES) {
            for (String other : EDGES) {
                sameAsBefore(edge + other);
                sameAsBefore(edge + "บาทถ้วน" + other);
            }
        }
    }
}
