package io.github.krongkan.budget;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.Property;
import io.github.krongkan.text.ThaiParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link BudgetLine#parse(CharSequence)} scans with the shared {@code TextCursor} now; it gives what
 * the reader with its own index loops ({@link ScanningBudgetLineParser}) gave: the same line, or the
 * same error message at the same index, on thousands of generated and mutated budget lines.
 */
class BudgetLineCursorPortTest {
    private static final int EXAMPLES = 3000;

    /** Lines of the tests and the seed documents, the starting points of the mutations. */
    private static final List<String> SEEDS = List.of(
            "  • ค่าวัสดุ 500 บาท",
            "(45 คน X 200 บาท * 4 วัน)",
            "(45 คน x 200 บาท x 4 วัน)",
            "(๔๕ คน × ๒๐๐ บาท × ๔ วัน) = ๓๖,๐๐๐ บาท",
            ") ค่าวัสดุ 500 บาท",
            "- ค่าจัดจ้างทำโล่ โล่ละ 1,000 บาท จำนวน 5 โล่ เป็นเงิน... .5,000..... .บาท",
            "- ค่าพาหนะคณะกรรมการฯ 9 ชุด ชุดละ 5 คน ชุดละ 4 วัน ชุดละ 7-8 โรงเรียน เป็นเงิน 10,000 บาท",
            "- ค่าพาหนะคณะกรรมการฯ 9 ชุด ชุดละ 5 คน ชุดละ 4 วัน ชุดละ 7-8 โรงเรียน",
            "- ค่าวัสดุ เป็นเงิน....1,000.....บาท",
            "- ค่าสำเนา เครื่องมือแนวทางการพัฒนาระบบประกันคุณภาพจำนวน 200 ชุด ชุดละ 80 บาท เป็นเงิน....13,000.....บาท",
            "- ค่าสำเนา เครื่องมือแนวทางการพัฒนาระบบประกันคุณภาพจำนวน 200 ชุด ชุดละ 80 บาท",
            "- ค่าอาหารกลางวัน 100 บาท/....20...คน/2 มื้อเป็นเงิน....4,000.....บาท",
            "- ค่าอาหารกลางวัน 100 บาท/...100...คน/1 มื้อ เป็นเงิน....100,000.....บาท",
            "- ค่าอาหารกลางวัน 100 บาท/100.คน/1 มื้อ เป็นเงิน....10,000.....บาท",
            "- ค่าเครื่องดื่มและอาหารว่าง 35 บาท/...20...คน/4 มื้อ เป็นเงิน....2,800.....บาท",
            "- ค่าเครื่องดื่มและอาหารว่าง 35 บาท/..100..คน/2 มื้อ เป็นเงิน... .7,000.....บาท",
            "...ค่าวัสดุ 500 บาท",
            "1) ค่าวัสดุ 500 บาท",
            "1. จัดสรรให้กลุ่มโรงเรียนละ 40,000.- บาท / 5 กลุ่ม",
            "12. ค่าวัสดุ 500 บาท",
            "12.",
            "2. ค่าวัสดุสำนักงาน | เป็นเงิน 14,650 บาท",
            "2. ค่าวัสดุสำนักงาน เป็นเงิน 14,650 บาท",
            "35 บาท/20 คน/4 มื้อ เป็นเงิน 2,800 บาท",
            "500",
            "| 1. จัดสรรให้กลุ่มโรงเรียนละ 40,000.- บาท / 5 กลุ่ม | เป็นเงิน 200,000 บาท |",
            "ค่าตอบแทนวิทยากร 3,600 บาท",
            "ค่าวัสดุ 500 บาท",
            "ค่าวัสดุ 500",
            "ค่าวัสดุ 500.",
            "ค่าวัสดุ 500.50",
            "ค่าวัสดุ = 1,000 บาท",
            "ค่าวัสดุ เป็นเงิน.... 2,000.....บาท",
            "ค่าวัสดุ เป็นเงิน.....1,200.....บาท",
            "ค่าวัสดุ เป็นเงิน.....2,000.....บาท",
            "ค่าวัสดุ เป็นเงิน....1,000.....บาท",
            "ค่าวัสดุ เป็นเงิน……1,000……บาท",
            "ค่าวัสดุอุปกรณ์ 90,000.-",
            "ค่าอาหาร (ราคา 100 บาท/20 คน",
            "ค่าอาหาร 0.01 บาท/000000000000000001 คน",
            "ค่าอาหาร 100 บาท/20 กล่อง",
            "ค่าอาหาร 100 บาท/20 คน เป็นเงิน 3,000 บาท",
            "ค่าอาหาร 100 บาท/20 คน/2 มื้อ เป็นเงิน 40,000 บาท",
            "ค่าอาหาร 100 บาท/20 คน๏",
            "ค่าอาหาร ๑๐๐ บาท/๒๐ คน/๒ มื้อ เป็นเงิน ๔,๐๐๐ บาท",
            "ค่าอาหารกลางวัน 100 บาท/....20...คน/2 มื้อเป็นเงิน....4,000.....บาท",
            "ค่าอาหารกลางวัน 100 บาท/100 คน/1 มื้อ เป็นเงิน 10,000 บาท",
            "ค่าอาหารกลางวัน 100 บาท/100 คน/1 มื้อ เป็นเงิน... 10,000.....บาท",
            "ค่าอาหารกลางวัน 100 บาท/100.คน/1 มื้อ เป็นเงิน....10,000.....บาท",
            "ค่าอาหารว่าง 40 บาท/20 คน/2 มื้อ",
            "ค่าเครื่องดื่มและอาหารว่าง 35 บาท/20 คน/4 มื้อ เป็นเงิน 2,800 บาท",
            "ค่าเช่า 0.25 บาท/0.5 วัน",
            "ค่าเช่ารถ 1,500.50 บาท/0.5 วัน",
            "ชุดละ 80 บาท จำนวน 200 ชุด เป็นเงิน 13,000 บาท",
            "ชุดละ 80 บาท จำนวน 200 ชุด",
            "เป็นเงิน 1,000 บาท",
            "๔. ค่าอาหาร (๔๕ คน × ๒๐๐ บาท × ๔ วัน) = ๓๖,๐๐๐ บาท",
            "……ค่าวัสดุ\u200B 500 บาท");

    /** The pieces budget lines are made of, and the characters that matter to the scanner. */
    private static final List<String> TOKENS = List.of(
            "ค่าอาหารกลางวัน",
            "ค่าวัสดุ",
            "ค่าตอบแทนวิทยากร",
            "ค่าใช้สอย",
            "ค่าสำเนา",
            "จัดสรรให้กลุ่มโรงเรียนละ",
            "บาท",
            "คน",
            "มื้อ",
            "วัน",
            "ชุด",
            "ชุดละ",
            "กลุ่มละ",
            "และ",
            "ละ",
            "จำนวน",
            "เป็นเงิน",
            "จำนวนเงิน",
            "=",
            "x",
            "X",
            "×",
            "*",
            "/",
            "(",
            ")",
            "|",
            "-",
            "•",
            "–",
            ".",
            "..",
            "....",
            "…",
            ".-",
            ",",
            " ",
            "  ",
            "\u00A0",
            "\u200B",
            "\uFEFF",
            "\t",
            "\n",
            "1.",
            "2)",
            "๔.",
            "0",
            "7",
            "35",
            "100",
            "1,000",
            "2,800",
            "40,000.-",
            "90,000.-",
            "500.50",
            "12.",
            "0.01",
            "1,0",
            "๓๖,๐๐๐",
            "๔๕",
            "๒๐๐",
            "000000000000000001",
            "1234567890123456789",
            "9,999,999,999,999,999",
            "abc",
            "xyz",
            "Xa",
            "\uD835\uDD4F",
            "๏",
            "฿");

    /** The outcome of one reading: the line read, or the error's message and index. */
    private static String outcome(Supplier<BudgetLine> read) {
        try {
            return read.get().toString();
        } catch (ThaiParseException e) {
            return "ThaiParseException " + e.getMessage() + " @" + e.errorIndex();
        } catch (RuntimeException e) {
            return e.getClass().getName() + " " + e.getMessage();
        }
    }

    private static void sameAsBefore(String text) {
        assertThat(outcome(() -> new BudgetLineParser(text).parse()))
                .as("%s", text)
                .isEqualTo(outcome(() -> new ScanningBudgetLineParser(text).parse()));
    }

    /** A line of random tokens. */
    private static String generated(RandomGenerator random) {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(16);
        for (int i = 0; i < n; i++) {
            b.append(TOKENS.get(random.nextInt(TOKENS.size())));
            if (random.nextInt(3) > 0) {
                b.append(' ');
            }
        }
        return b.toString();
    }

    /** A seed line with a few characters deleted, replaced, or tokens inserted. */
    private static String mutated(RandomGenerator random) {
        StringBuilder b = new StringBuilder(SEEDS.get(random.nextInt(SEEDS.size())));
        int n = 1 + random.nextInt(4);
        for (int m = 0; m < n; m++) {
            int at = b.length() == 0 ? 0 : random.nextInt(b.length() + 1);
            switch (random.nextInt(4)) {
                case 0 -> {
                    if (at < b.length()) {
                        b.deleteCharAt(at);
                    }
                }
                case 1 -> b.insert(at, TOKENS.get(random.nextInt(TOKENS.size())));
                case 2 -> {
                    if (at < b.length()) {
                        String token = TOKENS.get(random.nextInt(TOKENS.size()));
                        b.replace(at, Math.min(b.length(), at + 1 + random.nextInt(3)), token);
                    }
                }
                default -> {
                    if (b.length() > 1) {
                        int from = random.nextInt(b.length());
                        int to = from + random.nextInt(b.length() - from);
                        b.insert(at, b.substring(from, to));
                    }
                }
            }
        }
        return b.toString();
    }

    @Test
    void seedLinesReadAsBefore() {
        for (String seed : SEEDS) {
            sameAsBefore(seed);
            sameAsBefore(" " + seed + " ");
            sameAsBefore("|" + seed + "|");
        }
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

    /** Texts of up to 24 characters that matter to the reader of budget lines. */
    private static Gen<String> alphabetTexts() {
        String alphabet = "0123456789๐๙,.-()|/x×*= บาทคนละจำนวนเงิน…\u00A0";
        return (random, size) -> {
            int length = random.nextInt(0, 25);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < length; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return b.toString();
        };
    }

    @Test
    void generatedLinesReadAsBefore() {
        Property.forAll((random, size) -> generated(random))
                .examples(EXAMPLES)
                .check(BudgetLineCursorPortTest::sameAsBefore);
    }

    @Test
    void mutatedLinesReadAsBefore() {
        Property.forAll((random, size) -> mutated(random))
                .examples(EXAMPLES)
                .check(BudgetLineCursorPortTest::sameAsBefore);
    }

    @Test
    void anyShortTextReadsAsBefore() {
        Property.forAll(shortTexts()).examples(EXAMPLES).check(BudgetLineCursorPortTest::sameAsBefore);
        Property.forAll(alphabetTexts()).examples(EXAMPLES).check(BudgetLineCursorPortTest::sameAsBefore);
    }

    /**
     * The fuzzer's corpus of budget lines, which lives with core's fuzz test; the tests run in this
     * module's directory, beside core's.
     */
    private static final Path CORPUS = Path.of(System.getProperty("basedir", "."))
            .resolve("../core/src/test/resources/io/github/krongkan/text/ThaiParsersFuzzTestInputs/budgetLineParse")
            .normalize();

    @Test
    void fuzzCorpusReadsAsBefore() throws IOException {
        assertThat(CORPUS).isDirectory();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path file : files.toList()) {
                byte[] bytes = Files.readAllBytes(file);
                String text = new String(bytes, StandardCharsets.UTF_8);
                sameAsBefore(text);
                sameAsBefore(text.strip());
            }
        }
    }
}
