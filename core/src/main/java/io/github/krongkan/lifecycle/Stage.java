package io.github.krongkan.lifecycle;

import io.github.krongkan.project.ProjectStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * A stage in the life of a project, finer than {@link ProjectStatus}: review, return for revision,
 * withdrawal of approval and closure are stages of their own.
 *
 * <p>{@link #status()} and {@link #of(ProjectStatus)} relate the two: every status has a stage, and
 * every stage but {@link #CLOSED} has a status ({@link History#status()} gives a closed project the
 * status it was closed in).
 */
public enum Stage {
    /** Being written (ร่าง). */
    DRAFT("ร่าง", ProjectStatus.DRAFT),
    /** Proposed for approval (เสนอขออนุมัติ), not yet endorsed at any level. */
    PROPOSED("เสนอขออนุมัติ", ProjectStatus.PROPOSED),
    /** Endorsed (ให้ความเห็นชอบ) at one or more review levels, waiting for the next or for approval. */
    ENDORSED("ให้ความเห็นชอบ", ProjectStatus.PROPOSED),
    /** Returned to the proposer for revision (ส่งคืนเพื่อแก้ไข); being rewritten. */
    RETURNED("ส่งคืนเพื่อแก้ไข", ProjectStatus.DRAFT),
    /** Approved (อนุมัติแล้ว), not yet started. */
    APPROVED("อนุมัติแล้ว", ProjectStatus.APPROVED),
    /** Approval withdrawn (ยกเลิกการอนุมัติ); must be proposed and approved again. */
    WITHDRAWN("ยกเลิกการอนุมัติ", ProjectStatus.DRAFT),
    /** Being carried out (อยู่ระหว่างดำเนินการ). */
    IN_PROGRESS("อยู่ระหว่างดำเนินการ", ProjectStatus.IN_PROGRESS),
    /** Slowed down or put on hold (ชะลอ / ล่าช้า). */
    DELAYED("ชะลอ", ProjectStatus.DELAYED),
    /** Completed (ดำเนินการแล้วเสร็จ). */
    COMPLETED("ดำเนินการแล้วเสร็จ", ProjectStatus.COMPLETED),
    /** Cancelled (ยกเลิก). */
    CANCELLED("ยกเลิก", ProjectStatus.CANCELLED),
    /** Closed (ปิดโครงการ) after completion or cancellation; nothing follows. */
    CLOSED("ปิดโครงการ", null);

    private final String thai;
    private final Optional<ProjectStatus> status;

    Stage(String thai, ProjectStatus status) {
        this.thai = thai;
        this.status = Optional.ofNullable(status);
    }

    /**
     * The Thai term for this stage.
     *
     * @return e.g. {@code ชะลอ} for {@link #DELAYED}
     */
    public String thai() {
        return thai;
    }

    /**
     * The project status a document states for a project in this stage: {@link #ENDORSED} is
     * still {@link ProjectStatus#PROPOSED}, {@link #RETURNED} and {@link #WITHDRAWN} are {@link
     * ProjectStatus#DRAFT} (the project must go through review again).
     *
     * @return the status, empty for {@link #CLOSED} (closed after completion or cancellation)
     */
    public Optional<ProjectStatus> status() {
        return status;
    }

    /**
     * The stage a document means when it states only a status: the stage of the same name.
     *
     * @param status the stated status
     * @return the stage; {@code of(s).status()} is {@code s} for every status
     */
    public static Stage of(ProjectStatus status) {
        Objects.requireNonNull(status, "status");
        return Stage.valueOf(status.name());
    }
}
