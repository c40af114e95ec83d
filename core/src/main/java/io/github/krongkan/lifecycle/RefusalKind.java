package io.github.krongkan.lifecycle;

/** Why a {@link Workflow} refused a transition, as a kind a program can test. */
public enum RefusalKind {
    /** The workflow has no such move from the current stage. */
    WRONG_STAGE,
    /** The transition is dated before the previous step. */
    DATE_BEFORE_PREVIOUS,
    /** The action needs a reason and none was given. */
    REASON_REQUIRED,
    /** An endorsement names no review level. */
    LEVEL_REQUIRED,
    /** The level is not one the workflow reviews at, or not the level it approves at. */
    WRONG_LEVEL,
    /** The proposal was already endorsed at this level. */
    LEVEL_ALREADY_ENDORSED,
    /** An endorsement or the approval comes before a level the workflow requires first. */
    MISSING_LEVEL,
    /** The approver is the person who proposed the project. */
    APPROVER_IS_PROPOSER,
    /** A configured {@link Guard} refused the transition. */
    GUARD,
    /** An approval, endorsement, return or withdrawal does not say who took it. */
    ACTOR_REQUIRED
}
