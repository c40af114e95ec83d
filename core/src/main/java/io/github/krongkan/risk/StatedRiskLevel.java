package io.github.krongkan.risk;

import io.github.krongkan.text.ThaiDigits;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A risk level as a document states it, read into its parts: a score and a label, either or both.
 * {@code 2 (น้อย)} is score 2 and label {@code น้อย}; {@code สูง} is a label only; {@code ๑๒} is score 12.
 * A unit after the score is left out ({@code 2 คะแนน (น้อย)} is score 2 and label {@code น้อย}), and a
 * label may give several words for the level separated by {@code /} ({@code 2 (ต่ำ/น้อย)}: label
 * {@code ต่ำ/น้อย}, {@linkplain #labels() labels} {@code ต่ำ} and {@code น้อย}).
 *
 * @param text  the statement as written
 * @param score the first number in it (ASCII or Thai digits), if any
 * @param label the rest, without the unit, brackets and punctuation around it, if anything is left
 */
public record StatedRiskLevel(String text, OptionalInt score, Optional<String> label) {
    private static final Pattern NUMBER = Pattern.compile("[0-9]+");
    private static final Pattern PUNCTUATION = Pattern.compile("[()\\[\\]{}=:,;.\\-–]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Units written after a score: คะแนน, point(s). */
    private static final Pattern UNIT = Pattern.compile("(?iu)^\\s*(คะแนน|points?)(?![\\p{L}\\p{M}])");

    private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");

    /**
     * A statement from its parts.
     *
     * @param text  the statement as written
     * @param score the score, if any
     * @param label the label, if any
     * @throws NullPointerException if an argument is null
     */
    public StatedRiskLevel {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(label, "label");
    }

    /**
     * Reads a stated level.
     *
     * @param text the level as written, e.g. {@code 2 (น้อย)}
     * @return its parts
     */
    public static StatedRiskLevel parse(String text) {
        String ascii = ThaiDigits.toAscii(text);
        Matcher number = NUMBER.matcher(ascii);
        OptionalInt score = OptionalInt.empty();
        String rest = ascii;
        if (number.find()) {
            String digits = number.group();
            score = digits.length() <= 9 ? OptionalInt.of(Integer.parseInt(digits)) : OptionalInt.of(Integer.MAX_VALUE);
            String after = UNIT.matcher(ascii.substring(number.end())).replaceFirst("");
            rest = ascii.substring(0, number.start()) + " " + after;
        }
        String label = SLASH.matcher(
                        SPACES.matcher(PUNCTUATION.matcher(rest).replaceAll(" ").strip())
                                .replaceAll(" "))
                .replaceAll("/");
        return new StatedRiskLevel(text, score, label.isEmpty() ? Optional.empty() : Optional.of(label));
    }

    /**
     * The words the label gives for the level: the label split at {@code /}, without empty parts.
     *
     * @return e.g. {@code [ต่ำ, น้อย]} for {@code 2 (ต่ำ/น้อย)}; empty without a label
     */
    public List<String> labels() {
        return label.map(l -> Arrays.stream(l.split("/"))
                        .map(String::strip)
                        .filter(w -> !w.isEmpty())
                        .toList())
                .orElse(List.of());
    }

    /**
     * Whether this statement agrees with a computed cell: its score, if stated, equals the cell's
     * score, and every word of its label, if stated, names the cell's level.
     *
     * @param cell the computed cell
     * @return {@code true} if nothing stated contradicts the cell
     */
    public boolean agreesWith(RiskCell cell) {
        boolean scoreAgrees = score.isEmpty() || score.getAsInt() == cell.score();
        boolean labelAgrees = labels().stream().allMatch(l -> cell.level().isLabelled(l));
        return scoreAgrees && labelAgrees;
    }
}
