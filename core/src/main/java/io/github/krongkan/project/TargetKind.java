package io.github.krongkan.project;

/** Whether a project target (เป้าหมาย) is counted or described. */
public enum TargetKind {
    /** A counted target (ด้านปริมาณ / เชิงปริมาณ): a quantity and a unit. */
    QUANTITATIVE,
    /** A described target (ด้านคุณภาพ / เชิงคุณภาพ): text only. */
    QUALITATIVE
}
