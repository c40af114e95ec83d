package io.github.krongkan.lifecycle;

import java.util.Optional;

/**
 * What a transition does. Each action but {@link #APPROVE_REVISION} leads to one {@link #target()
 * stage}; the {@link Workflow} says from which stages it may be taken.
 */
public enum Action {
    /** Propose the project for approval, or propose it again after a return (เสนอโครงการ). */
    PROPOSE("เสนอโครงการ", Stage.PROPOSED),
    /** Endorse the proposal at one review level (ให้ความเห็นชอบ). */
    ENDORSE("ให้ความเห็นชอบ", Stage.ENDORSED),
    /** Return the proposal for revision (ส่งคืนเพื่อแก้ไข). */
    RETURN("ส่งคืนเพื่อแก้ไข", Stage.RETURNED),
    /** Approve the project (อนุมัติโครงการ). */
    APPROVE("อนุมัติโครงการ", Stage.APPROVED),
    /**
     * Approve a revision of an approved project (อนุมัติการปรับปรุงโครงการ), such as a revised budget
     * (งบประมาณที่ปรับปรุง); the project stays in the stage it is in. The transition names the
     * revised version by {@link Transition#version()}.
     */
    APPROVE_REVISION("อนุมัติการปรับปรุงโครงการ", null),
    /** Withdraw the approval (ยกเลิกการอนุมัติ). */
    WITHDRAW("ยกเลิกการอนุมัติ", Stage.WITHDRAWN),
    /** Start the work (เริ่มดำเนินการ). */
    START("เริ่มดำเนินการ", Stage.IN_PROGRESS),
    /** Report the project delayed or put on hold (ชะลอ / ล่าช้า). */
    DELAY("ชะลอโครงการ", Stage.DELAYED),
    /** Resume a delayed project (ดำเนินการต่อ). */
    RESUME("ดำเนินการต่อ", Stage.IN_PROGRESS),
    /** Report the work completed (ดำเนินการแล้วเสร็จ). */
    COMPLETE("ดำเนินการแล้วเสร็จ", Stage.COMPLETED),
    /** Cancel the project (ยกเลิกโครงการ). */
    CANCEL("ยกเลิกโครงการ", Stage.CANCELLED),
    /** Close the project after completion or cancellation (ปิดโครงการ). */
    CLOSE("ปิดโครงการ", Stage.CLOSED);

    private final String thai;
    private final Optional<Stage> target;

    Action(String thai, Stage target) {
        this.thai = thai;
        this.target = Optional.ofNullable(target);
    }

    /**
     * The Thai term for this action.
     *
     * @return e.g. {@code อนุมัติโครงการ} for {@link #APPROVE}
     */
    public String thai() {
        return thai;
    }

    /**
     * The stage this action leads to.
     *
     * @return e.g. {@link Stage#IN_PROGRESS} for {@link #START} and {@link #RESUME}; empty for
     *     {@link #APPROVE_REVISION}, which leaves the project in its stage
     */
    public Optional<Stage> target() {
        return target;
    }
}
