package io.github.krongkan.risk;

import io.github.krongkan.internal.Require;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A level of risk (ระดับความเสี่ยง) on a {@link RiskMatrix}: an English and a Thai label, the other
 * labels documents use for it, a colour for heat maps, and whether a risk at this level needs a
 * response.
 *
 * <p>Example: the default matrix's low level is {@code low} / {@code ต่ำ}, also written
 * {@code น้อย} (seed 000 writes {@code 2 (น้อย)}), coloured {@code green}.
 */
@Value.Immutable
public abstract class RiskLevel {
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}|[a-z]+");

    /** Low, {@code ต่ำ} (also written {@code น้อย}), green; no response required. The presets' lowest level. */
    public static final RiskLevel LOW = builder()
            .englishLabel("low")
            .thaiLabel("ต่ำ")
            .addOtherLabel("น้อย")
            .colour("green")
            .build();

    /** Medium, {@code ปานกลาง}, yellow; no response required. */
    public static final RiskLevel MEDIUM = of("medium", "ปานกลาง", "yellow");

    /** High, {@code สูง}, orange; a response is required. */
    public static final RiskLevel HIGH = of("high", "สูง", "orange", true);

    /** Very high, {@code สูงมาก}, red; a response is required. The presets' highest level. */
    public static final RiskLevel VERY_HIGH = of("very high", "สูงมาก", "red", true);

    RiskLevel() {}

    /**
     * The English label, e.g. {@code very high}.
     *
     * @return the label, not blank; unique within a matrix, ignoring case
     */
    public abstract String englishLabel();

    /**
     * The Thai label, e.g. {@code สูงมาก}.
     *
     * @return the label, not blank; unique within a matrix
     */
    public abstract String thaiLabel();

    /**
     * Other labels documents write for this level, e.g. {@code น้อย} for {@code ต่ำ}; used to read a
     * stated level.
     *
     * @return the other labels, possibly empty
     */
    public abstract List<String> otherLabels();

    /**
     * The colour of the level on a heat map, as CSS writes it: a lower-case keyword such as
     * {@code green} or a hexadecimal {@code #2e7d32}.
     *
     * @return the colour
     */
    public abstract String colour();

    /**
     * Whether a risk at this level must have a response (the presets: high and very high).
     *
     * @return {@code true} if a response is required; {@code false} unless set
     */
    @Value.Default
    public boolean requiresResponse() {
        return false;
    }

    /**
     * A level that needs no response.
     *
     * @param englishLabel the English label
     * @param thaiLabel    the Thai label
     * @param colour       the colour, e.g. {@code green} or {@code #2e7d32}
     * @return the level
     * @throws IllegalArgumentException if a label is blank or the colour is not a CSS keyword or hex colour
     */
    public static RiskLevel of(String englishLabel, String thaiLabel, String colour) {
        return builder()
                .englishLabel(englishLabel)
                .thaiLabel(thaiLabel)
                .colour(colour)
                .build();
    }

    /**
     * A level, saying whether it needs a response.
     *
     * @param englishLabel     the English label
     * @param thaiLabel        the Thai label
     * @param colour           the colour, e.g. {@code red}
     * @param requiresResponse whether a risk at this level must have a response
     * @return the level
     * @throws IllegalArgumentException if a label is blank or the colour is not a CSS keyword or hex colour
     */
    public static RiskLevel of(String englishLabel, String thaiLabel, String colour, boolean requiresResponse) {
        return builder()
                .englishLabel(englishLabel)
                .thaiLabel(thaiLabel)
                .colour(colour)
                .requiresResponse(requiresResponse)
                .build();
    }

    /**
     * Whether a label names this level: its English label (ignoring case), its Thai label or one of
     * its other labels, compared after stripping surrounding white space.
     *
     * @param label a label as a document writes it
     * @return {@code true} if the label names this level
     */
    public boolean isLabelled(String label) {
        String wanted = label.strip();
        return englishLabel().equalsIgnoreCase(wanted)
                || thaiLabel().equals(wanted)
                || otherLabels().contains(wanted);
    }

    /**
     * All labels of this level: English, Thai, then the others.
     *
     * @return the labels
     */
    public List<String> labels() {
        return java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(englishLabel(), thaiLabel()), otherLabels().stream())
                .toList();
    }

    /**
     * A builder for a level.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link RiskLevel}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link RiskLevel#englishLabel() englishLabel}, {@link
     * RiskLevel#thaiLabel() thaiLabel}, {@link RiskLevel#colour() colour}. Every other attribute is
     * optional, a list or has a default; {@code build()} throws {@link IllegalStateException}
     * naming each required attribute that was not set.
     */
    public static final class Builder extends ImmutableRiskLevel.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Require.notBlank(englishLabel(), "RiskLevel englishLabel");
        Require.notBlank(thaiLabel(), "RiskLevel thaiLabel (" + englishLabel() + ")");
        Set<String> seen = new HashSet<>();
        seen.add(englishLabel().strip().toLowerCase(Locale.ROOT));
        seen.add(thaiLabel().strip());
        for (String other : otherLabels()) {
            Require.notBlank(other, "RiskLevel otherLabels (" + englishLabel() + ")");
            if (!seen.add(other.strip())
                    || other.strip().equalsIgnoreCase(englishLabel().strip())) {
                throw new IllegalArgumentException(
                        "RiskLevel otherLabels repeats the label '" + other + "' (" + englishLabel() + ")");
            }
        }
        if (!COLOUR.matcher(colour()).matches()) {
            throw new IllegalArgumentException("RiskLevel colour must be a lower-case CSS keyword such as green or a "
                    + "hex colour such as #2e7d32, not '" + colour() + "' (" + englishLabel() + ")");
        }
    }
}
