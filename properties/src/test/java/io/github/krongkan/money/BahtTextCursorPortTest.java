package io.github.krongkan.money;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.Property;
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

    /** How a text is framed: the words alone or mutated, with or without edge characters around. */
    private static Gen<String> texts() {
        return (random, size) -> {
            String words = BahtText.format(MoneyGen.bahts().next(random, size));
            String before = EDGES.get(random.nextInt(EDGES.size()));
            String after = EDGES.get(random.nextInt(EDGES.size()));
            return switch (random.nextInt(4)) {
                case 0 -> words;
                case 1 -> WordMutations.mutate(words, random);
                case 2 -> before + words + after;
                default -> before + WordMutations.mutate(words, random) + after;
            };
        };
    }

    /** Short texts of code points from space to the last Thai digit. */
    private static Gen<String> shortTexts() {
        return (random, size) -> {
            int length = random.nextInt(0, 13);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(random.nextInt(0x20, 0x0E5C));
            }
            return text.toString();
        };
    }

    @Test
    void mutatedWordsWithSpacesAndParenthesesReadAsBefore() {
        Property.forAll(texts()).examples(EXAMPLES).check(text -> {
            sameAsBefore(text);
            sameAsBefore("(" + text + ")");
            sameAsBefore(" ( " + text + " ) ");
        });
    }

    @Test
    void anyShortTextReadsAsBefore() {
        Property.forAll(shortTexts()).examples(EXAMPLES).check(BahtTextCursorPortTest::sameAsBefore);
        for (String edge : EDGES) {
            for (String other : EDGES) {
                sameAsBefore(edge + other);
                sameAsBefore(edge + "บาทถ้วน" + other);
            }
        }
    }
}
