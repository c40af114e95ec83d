package io.github.krongkan.project;

/** The part a person played in a project's approval chain. */
public enum ApprovalRole {
    /** Wrote and proposed the project (ผู้เสนอโครงการ). */
    PROPOSED,
    /** Reviewed or endorsed it (ผู้เห็นชอบโครงการ). */
    ENDORSED,
    /** Approved it (ผู้อนุมัติโครงการ). */
    APPROVED
}
