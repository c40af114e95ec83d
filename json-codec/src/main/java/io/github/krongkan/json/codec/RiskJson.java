package io.github.krongkan.json.codec;

import io.github.krongkan.document.Fields;
import io.github.krongkan.risk.Risk;
import io.github.krongkan.risk.RiskBand;
import io.github.krongkan.risk.RiskLevel;
import io.github.krongkan.risk.RiskMatrix;
import io.github.krongkan.risk.RiskRating;
import io.github.krongkan.risk.RiskResponse;
import io.github.krongkan.risk.RiskScoreRule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes a project's risk matrix and risks in the krongkan JSON format. */
final class RiskJson {
    private RiskJson() {}

    // ---------------------------------------------------------------- reading

    /** A band or a grid cell as read: the level's label and where it stood. */
    private record LabelAt(String label, String pointer, int row, int cell) {
        LabelAt(String label, String pointer) {
            this(label, pointer, -1, -1);
        }

        /** The label's pointer; a grid cell's is made from the matrix's, {@code matrixPointer}. */
        String pointer(String matrixPointer) {
            return pointer != null ? pointer : matrixPointer + "/grid/" + row + "/" + cell;
        }
    }

    /** A band as read, its level not yet resolved. */
    private record BandAt(LabelAt level, int minScore, int maxScore, String pointer) {}

    static RiskMatrix matrix(JsonIn in) {
        RiskMatrix.Builder b = RiskMatrix.builder();
        List<RiskLevel> levels = new ArrayList<>();
        List<BandAt> bands = new ArrayList<>();
        List<List<LabelAt>> grid = new ArrayList<>();
        Integer[] sizes = new Integer[2];
        boolean[] hasGrid = new boolean[1];
        in.object("riskMatrix (ตารางความเสี่ยง)", List.of(Fields.NAME, Fields.LEVELS), name -> {
            switch (name) {
                case Fields.NAME -> b.name(in.text("name"));
                case Fields.LIKELIHOOD_LEVELS -> sizes[0] = in.integer("likelihoodLevels");
                case Fields.IMPACT_LEVELS -> sizes[1] = in.integer("impactLevels");
                case Fields.SCORE_RULE -> b.scoreRule(in.enumValue("scoreRule", RiskScoreRule.class));
                case Fields.LEVELS -> levels.addAll(in.array("levels", () -> level(in)));
                case Fields.BANDS -> bands.addAll(in.array("bands", () -> band(in)));
                case Fields.GRID -> {
                    hasGrid[0] = true;
                    // A cell's pointer is made only if its label is not found: the matrix's pointer + /grid/row/cell.
                    int[] row = {-1};
                    grid.addAll(in.array("grid", () -> {
                        row[0]++;
                        int[] cell = {-1};
                        return in.array("grid row", () -> {
                            cell[0]++;
                            return new LabelAt(in.text("level label"), null, row[0], cell[0]);
                        });
                    }));
                }
                default -> {
                    return false;
                }
            }
            return true;
        });
        b.levels(levels);
        for (BandAt band : bands) {
            RiskLevel level = resolve(in, levels, band.level());
            b.addBand(in.build(band.pointer(), "band", () -> RiskBand.of(level, band.minScore(), band.maxScore())));
        }
        for (List<LabelAt> row : grid) {
            for (LabelAt cell : row) {
                b.addGridCell(resolve(in, levels, cell));
            }
        }
        if (hasGrid[0] && !grid.isEmpty()) {
            b.likelihoodLevels(sizes[0] != null ? sizes[0] : grid.size());
            b.impactLevels(sizes[1] != null ? sizes[1] : grid.get(0).size());
            for (int l = 0; l < grid.size(); l++) {
                if (grid.get(l).size() != grid.get(0).size()) {
                    throw in.errorAt(
                            in.pointer() + "/grid/" + l,
                            "grid row " + (l + 1) + " has " + grid.get(l).size() + " cells but the first row has "
                                    + grid.get(0).size(),
                            null);
                }
            }
        } else {
            if (sizes[0] != null) {
                b.likelihoodLevels(sizes[0]);
            }
            if (sizes[1] != null) {
                b.impactLevels(sizes[1]);
            }
        }
        return in.build("riskMatrix", b::build);
    }

    private static RiskLevel resolve(JsonIn in, List<RiskLevel> levels, LabelAt label) {
        return levels.stream()
                .filter(l -> l.englishLabel().equals(label.label()))
                .findFirst()
                .orElseThrow(() -> in.errorAt(
                        label.pointer(in.pointer()),
                        "no level has the englishLabel \"" + label.label() + "\"; expected one of "
                                + levels.stream().map(RiskLevel::englishLabel).toList(),
                        null));
    }

    private static RiskLevel level(JsonIn in) {
        RiskLevel.Builder b = RiskLevel.builder();
        in.object(
                "risk level (ระดับความเสี่ยง)",
                List.of(Fields.ENGLISH_LABEL, Fields.THAI_LABEL, Fields.COLOUR),
                name -> {
                    switch (name) {
                        case Fields.ENGLISH_LABEL -> b.englishLabel(in.text("englishLabel"));
                        case Fields.THAI_LABEL -> b.thaiLabel(in.text("thaiLabel"));
                        case Fields.OTHER_LABELS -> b.addAllOtherLabels(in.strings("otherLabels"));
                        case Fields.COLOUR -> b.colour(in.text("colour"));
                        case Fields.REQUIRES_RESPONSE -> b.requiresResponse(in.bool("requiresResponse"));
                        default -> {
                            return false;
                        }
                    }
                    return true;
                });
        return in.build("risk level", b::build);
    }

    private static BandAt band(JsonIn in) {
        LabelAt[] level = new LabelAt[1];
        int[] scores = new int[2];
        in.object("risk band", List.of(Fields.LEVEL, Fields.MIN_SCORE, Fields.MAX_SCORE), name -> {
            switch (name) {
                case Fields.LEVEL -> level[0] = new LabelAt(in.text("level (an englishLabel of levels)"), in.pointer());
                case Fields.MIN_SCORE -> scores[0] = in.integer("minScore");
                case Fields.MAX_SCORE -> scores[1] = in.integer("maxScore");
                default -> {
                    return false;
                }
            }
            return true;
        });
        return new BandAt(level[0], scores[0], scores[1], in.pointer());
    }

    static Risk risk(JsonIn in) {
        Risk.Builder b = Risk.builder();
        in.object("risk (ความเสี่ยง)", List.of(Fields.DESCRIPTION), name -> {
            switch (name) {
                case Fields.NUMBER -> b.number(in.text("number"));
                case Fields.DESCRIPTION -> b.description(in.text("description"));
                case Fields.INHERENT -> b.inherent(rating(in, "inherent"));
                case Fields.CURRENT -> b.current(rating(in, "current"));
                case Fields.RESIDUAL -> b.residual(rating(in, "residual"));
                case Fields.RESPONSE -> b.response(in.enumValue("response", RiskResponse.class));
                case Fields.RESPONSE_TEXT -> b.responseText(in.text("responseText"));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("risk", b::build);
    }

    private static RiskRating rating(JsonIn in, String what) {
        RiskRating.Builder b = RiskRating.builder();
        in.object(what + " rating (การประเมินความเสี่ยง)", List.of(Fields.LIKELIHOOD, Fields.IMPACT), name -> {
            switch (name) {
                case Fields.LIKELIHOOD -> b.likelihood(in.integer("likelihood"));
                case Fields.IMPACT -> b.impact(in.integer("impact"));
                case Fields.STATED_LEVEL -> b.statedLevel(in.text("statedLevel"));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build(what + " rating", b::build);
    }

    // ---------------------------------------------------------------- writing

    static void matrix(JsonOut out, RiskMatrix m) throws IOException {
        out.startObject();
        out.text(Fields.NAME, m.name());
        out.integer(Fields.LIKELIHOOD_LEVELS, m.likelihoodLevels());
        out.integer(Fields.IMPACT_LEVELS, m.impactLevels());
        out.enumValue(Fields.SCORE_RULE, m.scoreRule());
        out.arrayEvenEmpty(Fields.LEVELS, m.levels(), RiskJson::level);
        out.array(Fields.BANDS, m.bands(), RiskJson::band);
        if (m.isGrid()) {
            List<List<RiskLevel>> rows = new ArrayList<>();
            for (int l = 1; l <= m.likelihoodLevels(); l++) {
                rows.add(m.gridRow(l));
            }
            out.arrayEvenEmpty(
                    Fields.GRID, rows, (o, row) -> o.items(row, (o2, level) -> o2.string(level.englishLabel())));
        }
        out.endObject();
    }

    private static void level(JsonOut out, RiskLevel level) throws IOException {
        out.startObject();
        out.text(Fields.ENGLISH_LABEL, level.englishLabel());
        out.text(Fields.THAI_LABEL, level.thaiLabel());
        out.strings(Fields.OTHER_LABELS, level.otherLabels());
        out.text(Fields.COLOUR, level.colour());
        out.bool(Fields.REQUIRES_RESPONSE, level.requiresResponse());
        out.endObject();
    }

    private static void band(JsonOut out, RiskBand band) throws IOException {
        out.startObject();
        out.text(Fields.LEVEL, band.level().englishLabel());
        out.integer(Fields.MIN_SCORE, band.minScore());
        out.integer(Fields.MAX_SCORE, band.maxScore());
        out.endObject();
    }

    static void risk(JsonOut out, Risk r) throws IOException {
        out.startObject();
        out.text(Fields.NUMBER, r.number());
        out.text(Fields.DESCRIPTION, r.description());
        out.optional(Fields.INHERENT, r.inherent(), RiskJson::rating);
        out.optional(Fields.CURRENT, r.current(), RiskJson::rating);
        out.optional(Fields.RESIDUAL, r.residual(), RiskJson::rating);
        out.enumValue(Fields.RESPONSE, r.response());
        out.text(Fields.RESPONSE_TEXT, r.responseText());
        out.endObject();
    }

    private static void rating(JsonOut out, RiskRating rating) throws IOException {
        out.startObject();
        out.integer(Fields.LIKELIHOOD, rating.likelihood());
        out.integer(Fields.IMPACT, rating.impact());
        out.text(Fields.STATED_LEVEL, rating.statedLevel());
        out.endObject();
    }
}
