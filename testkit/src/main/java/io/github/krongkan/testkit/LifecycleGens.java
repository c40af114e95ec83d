package io.github.krongkan.testkit;

import io.github.krongkan.lifecycle.Action;
import io.github.krongkan.lifecycle.Actor;
import io.github.krongkan.lifecycle.History;
import io.github.krongkan.lifecycle.ReviewLevel;
import io.github.krongkan.lifecycle.Stage;
import io.github.krongkan.lifecycle.Transition;
import io.github.krongkan.lifecycle.Workflow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Generators of project lives: lists of transitions that a {@link Workflow} accepts from the empty
 * history, built by walking its moves without calling it. Each step is a move from the current
 * stage; endorsements come at the next level due, approval only after every level has endorsed, by
 * someone other than the proposer and at the workflow's approval level; a reason is given where
 * the workflow needs one (and sometimes elsewhere); dates never go back, and a step on the same day
 * as the previous one is an edge case. The walk stops at a final stage or after up to {@code size}
 * steps.
 *
 * <p>The workflow's guards are not consulted: replay a generated life against a project the guards
 * let through (the default guard lets any project without ERROR findings through).
 */
public final class LifecycleGens {
    private static final LocalDate FIRST = LocalDate.of(2020, 10, 1);

    private LifecycleGens() {}

    /**
     * Valid lives under {@link Workflow#bma()}.
     *
     * @return the generator
     */
    public static Gen<List<Transition>> transitions() {
        return transitions(Workflow.bma());
    }

    /**
     * Valid lives under a workflow.
     *
     * @param workflow the workflow the lives must follow
     * @return the generator
     */
    public static Gen<List<Transition>> transitions(Workflow workflow) {
        return transitions(workflow, Stage.DRAFT);
    }

    /**
     * Valid lives under a workflow of a project whose record begins mid-life, already in a stage:
     * lists of transitions the workflow accepts from {@link History#startingAt(Stage)}. From {@link
     * Stage#ENDORSED} the walk endorses every level again before approval, as the workflow then
     * knows of no endorsement.
     *
     * @param workflow the workflow the lives must follow
     * @param from the stage the project is in before the first transition, not {@link Stage#CLOSED}
     * @return the generator
     * @throws IllegalArgumentException if {@code from} is {@link Stage#CLOSED}
     */
    public static Gen<List<Transition>> transitions(Workflow workflow, Stage from) {
        Objects.requireNonNull(workflow, "workflow");
        Objects.requireNonNull(from, "from");
        if (from == Stage.CLOSED) {
            throw new IllegalArgumentException("a life cannot start closed: nothing follows " + Stage.CLOSED);
        }
        return (random, size) -> {
            List<Transition> life = new ArrayList<>();
            Stage stage = from;
            int endorsed = 0;
            LocalDate date = FIRST.plusDays(random.nextInt(365));
            int steps = random.nextInt(Math.max(1, size) + 1);
            for (int i = 0; i < steps; i++) {
                List<Action> possible = new ArrayList<>();
                boolean allEndorsed = endorsed == workflow.endorsementLevels().size();
                for (Action action : workflow.actionsFrom(stage)) {
                    if ((action != Action.ENDORSE || !allEndorsed) && (action != Action.APPROVE || allEndorsed)) {
                        possible.add(action);
                    }
                }
                if (possible.isEmpty()) {
                    break;
                }
                Action action = possible.get(random.nextInt(possible.size()));
                if (random.nextDouble() >= Gen.EDGE_CASE_RATE) {
                    date = date.plusDays(1 + random.nextInt(45));
                }
                Transition.Builder t =
                        Transition.builder().action(action).date(date).actor(actor(action, random.nextInt(3)));
                if (action == Action.ENDORSE) {
                    ReviewLevel level = workflow.endorsementLevels().get(endorsed);
                    t.level(level);
                    endorsed++;
                } else if (action == Action.APPROVE) {
                    workflow.approvalLevel().ifPresent(t::level);
                } else if (action == Action.PROPOSE) {
                    endorsed = 0;
                }
                if (workflow.reasonRequired().contains(action) || random.nextInt(5) == 0) {
                    t.reason(REASONS.get(random.nextInt(REASONS.size())));
                }
                life.add(t.build());
                stage = action.target().orElse(stage);
            }
            return life;
        };
    }

    private static final List<String> REASONS = List.of(
            "ขอชะลอโครงการฯ เนื่องจากสถานการณ์โควิด 19",
            "ยกเลิกการดำเนินโครงการเนื่องจากสถานการณ์การแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019",
            "งบประมาณไม่ตรงกับแผนปฏิบัติการ",
            "ปรับแผนตามนโยบาย");

    private static Actor actor(Action action, int which) {
        return switch (action) {
            case PROPOSE ->
                Actor.builder()
                        .name("ผู้เสนอโครงการ " + which)
                        .role("ผู้เสนอโครงการ")
                        .unit("ฝ่ายการศึกษา")
                        .build();
            case ENDORSE ->
                Actor.builder()
                        .name("ผู้ให้ความเห็นชอบ " + which)
                        .position("ผู้อำนวยการเขต")
                        .build();
            case APPROVE, APPROVE_REVISION, WITHDRAW ->
                Actor.builder()
                        .name("ผู้อนุมัติโครงการ " + which)
                        .role("ผู้อนุมัติโครงการ")
                        .build();
            default -> Actor.of("ผู้รับผิดชอบโครงการ " + which);
        };
    }
}
