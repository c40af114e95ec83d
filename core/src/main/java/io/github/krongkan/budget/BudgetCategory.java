package io.github.krongkan.budget;

/** The expense category (หมวดรายจ่าย) of a budget line, as Thai government budgets classify them. */
public enum BudgetCategory {
    /** Materials and supplies (ค่าวัสดุ). */
    MATERIALS("ค่าวัสดุ"),
    /** Remuneration, e.g. for speakers or committees (ค่าตอบแทน). */
    REMUNERATION("ค่าตอบแทน"),
    /** Operating expenses: meals, travel, printing, hire (ค่าใช้สอย). */
    EXPENSES("ค่าใช้สอย"),
    /** Anything else the document names (อื่น ๆ). */
    OTHER("อื่น ๆ");

    private final String thai;

    BudgetCategory(String thai) {
        this.thai = thai;
    }

    /**
     * The Thai term.
     *
     * @return e.g. {@code ค่าวัสดุ} for {@link #MATERIALS}
     */
    public String thai() {
        return thai;
    }
}
