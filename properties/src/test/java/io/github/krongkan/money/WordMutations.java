package io.github.krongkan.money;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Small edits of correct baht words, to check that the reader accepts nothing but correct words. */
final class WordMutations {
    static final List<String> VOCABULARY = List.of(
            "ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า", "เอ็ด", "ยี่", "สิบ", "ร้อย",
            "พัน", "หมื่น", "แสน", "ล้าน", "บาท", "สตางค์", "ถ้วน", "ลบ");

    private WordMutations() {}

    /**
     * One random edit of the words, chosen by the source of randomness: delete, insert, replace, swap
     * or duplicate a word. With the testkit's recorded source, the edit shrinks with the rest.
     */
    static String mutate(String words, RandomGenerator random) {
        List<String> tokens = tokens(words);
        int at = random.nextInt(tokens.size());
        String word = VOCABULARY.get(random.nextInt(VOCABULARY.size()));
        switch (random.nextInt(8)) {
            case 0:
                tokens.remove(at);
                break;
            case 1:
                tokens.add(random.nextInt(tokens.size() + 1), word);
                break;
            case 2:
                tokens.set(at, word);
                break;
            case 3:
                if (at + 1 < tokens.size()) {
                    tokens.set(at, tokens.set(at + 1, tokens.get(at)));
                }
                break;
            case 4:
                tokens.add(at, tokens.get(at));
                break;
            case 5:
                swapOneAndEt(tokens, at);
                break;
            case 6:
                spellOutTensDigit(tokens, at);
                break;
            default:
                tokens.removeIf(t -> t.equals(random.nextBoolean() ? "บาท" : "ถ้วน"));
                break;
        }
        return String.join("", tokens);
    }

    private static void swapOneAndEt(List<String> tokens, int from) {
        for (int k = 0; k < tokens.size(); k++) {
            int i = (from + k) % tokens.size();
            if (tokens.get(i).equals("หนึ่ง") || tokens.get(i).equals("เอ็ด")) {
                tokens.set(i, tokens.get(i).equals("หนึ่ง") ? "เอ็ด" : "หนึ่ง");
                return;
            }
        }
    }

    /** Writes ten as หนึ่งสิบ or twenty as สองสิบ. */
    private static void spellOutTensDigit(List<String> tokens, int from) {
        for (int k = 0; k < tokens.size(); k++) {
            int i = (from + k) % tokens.size();
            if (tokens.get(i).equals("ยี่")) {
                tokens.set(i, "สอง");
                return;
            }
            if (tokens.get(i).equals("สิบ") && (i == 0 || !isDigit(tokens.get(i - 1)))) {
                tokens.add(i, "หนึ่ง");
                return;
            }
        }
    }

    private static boolean isDigit(String token) {
        return VOCABULARY.indexOf(token) >= 1 && VOCABULARY.indexOf(token) <= 9 || token.equals("ยี่");
    }

    static List<String> tokens(String words) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < words.length()) {
            int start = i;
            for (String word : VOCABULARY) {
                if (words.startsWith(word, i)) {
                    tokens.add(word);
                    i += word.length();
                    break;
                }
            }
            if (i == start) {
                throw new IllegalArgumentException("Not a baht word at " + i + " in " + words);
            }
        }
        return tokens;
    }
}
