package io.github.krongkan.schedule;

import io.github.krongkan.time.FiscalMonth;
import java.util.List;

/**
 * An action plan laid over fiscal months, as the plan table of a proposal shows it: one row per
 * step, one column per month from October of the first fiscal year the plan touches to September
 * of the last.
 *
 * @param months the columns, consecutive fiscal months, a multiple of twelve
 * @param rows   one row per step, in plan order
 */
public record MonthGrid(List<FiscalMonth> months, List<Row> rows) {
    /** What a cell of the grid holds. */
    public enum Cell {
        /** Neither planned nor done. */
        EMPTY,
        /** Planned, not recorded as done. */
        PLANNED,
        /** Done without having been planned in that month. */
        ACTUAL,
        /** Planned and done. */
        PLANNED_AND_ACTUAL
    }

    /**
     * One step's row.
     *
     * @param step  the step
     * @param cells one cell per column of {@link MonthGrid#months()}
     */
    public record Row(ActionStep step, List<Cell> cells) {
        /**
         * Copies the cells.
         *
         * @param step  the step
         * @param cells the cells
         */
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * Copies the lists.
     *
     * @param months the columns
     * @param rows   the rows
     */
    public MonthGrid {
        months = List.copyOf(months);
        rows = List.copyOf(rows);
    }
}
