package io.github.krongkan.testkit;

import java.util.List;

/**
 * Generators of text as Thai project documents contain it: Thai words with tone marks and
 * combining vowels (น้ำ, ก่อน, the lone sara am ำ), Thai digits, and, as edge cases, characters a
 * JSON or CSV writer must escape (quotes, back slashes, tabs, line breaks), text outside the
 * Basic Multilingual Plane (🏫), and text in odd but real forms that no reader may normalise:
 * a tone mark typed before a lower vowel, a decomposed sara am, a lone tone mark, a zero-width
 * space, Latin in NFD. Every generated text is non-blank.
 */
public final class TextGens {
    private static final List<String> WORDS = List.of(
            "พัฒนาคุณภาพ",
            "เครือข่ายโรงเรียน",
            "สำนักงานเขตบางเขน",
            "ฝ่ายการศึกษา",
            "ครูดีเด่น",
            "นิเทศ",
            "ประกันคุณภาพ",
            "กลุ่มโรงเรียนบางพลี",
            "ผู้ประเมิน",
            "แบบสอบถาม",
            "นิทรรศการ",
            "ก่อนหน้า",
            "น้ำ",
            "ฯลฯ",
            "๙๐,๐๐๐",
            "ร้อยละ ๙๐",
            "network",
            "quality",
            "A/B");
    private static final List<String> AWKWARD = List.of(
            "\"quoted\"",
            "back\\slash",
            "tab\there",
            "line\nbreak",
            "emoji 🏫",
            "ำ",
            "\u00a0no-break",
            "<b>&amp;</b>",
            // Thai as keyboards and converters leave it, none of it normalised: a tone mark typed
            // before the lower vowel (กุ่ม in the other order), sara am decomposed into nikhahit and
            // sara aa (the NFKD form of น้ำ), a tone mark with no consonant, a zero-width space.
            "ก\u0E48\u0E38ม",
            "น\u0E49\u0E4D\u0E32",
            "\u0E48",
            "ครู\u200Bดีเด่น",
            // Latin in NFD and NFC, and the baht sign.
            "e\u0301cole",
            "\u00E9cole",
            "\u0E3F90,000");

    private TextGens() {}

    /**
     * Non-blank text of one to a few words (more at larger sizes), with awkward characters mixed in
     * as edge cases.
     *
     * @return the generator
     */
    public static Gen<String> text() {
        return (random, size) -> {
            int words = 1 + random.nextInt(Gen.scaled(6, size) + 1);
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < words; i++) {
                if (i > 0) {
                    s.append(' ');
                }
                List<String> from = random.nextDouble() < Gen.EDGE_CASE_RATE ? AWKWARD : WORDS;
                s.append(from.get(random.nextInt(from.size())));
            }
            return s.toString();
        };
    }

    /**
     * Non-blank text of plain Thai and English words only, without characters that need escaping.
     *
     * @return the generator
     */
    public static Gen<String> plainText() {
        return (random, size) -> {
            int words = 1 + random.nextInt(Gen.scaled(6, size) + 1);
            StringBuilder s = new StringBuilder(WORDS.get(random.nextInt(WORDS.size())));
            for (int i = 1; i < words; i++) {
                s.append(' ').append(WORDS.get(random.nextInt(WORDS.size())));
            }
            return s.toString();
        };
    }

    /**
     * An item number as documents write them: {@code 1}, {@code 2.1}, {@code 3.2.1}.
     *
     * @return the generator
     */
    public static Gen<String> itemNumbers() {
        return (random, size) -> {
            StringBuilder s = new StringBuilder(Integer.toString(random.nextInt(1, 11)));
            for (int i = random.nextInt(3); i > 0; i--) {
                s.append('.').append(random.nextInt(1, 10));
            }
            return s.toString();
        };
    }
}
