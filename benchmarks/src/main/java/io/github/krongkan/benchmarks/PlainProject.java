package io.github.krongkan.benchmarks;

import java.math.BigDecimal;
import java.util.List;

/**
 * The baseline a user would hand-roll: the fields of a generated project document as plain Java
 * records for Jackson databind, money and dates as strings, no validation at all.
 *
 * @param format           the format id
 * @param code             the project code
 * @param name             the name
 * @param fiscalYear       the Buddhist-era fiscal year
 * @param responsibleUnits the responsible units
 * @param rationale        the rationale
 * @param objectives       the objectives
 * @param targets          the targets
 * @param networks         the networks
 * @param plannedPeriod    the planned period
 * @param progressReports  the progress reports
 * @param risks            the risks
 * @param indicators       the indicators
 * @param status           the status
 * @param budget           the budget
 */
public record PlainProject(
        String format,
        String code,
        String name,
        int fiscalYear,
        List<String> responsibleUnits,
        String rationale,
        List<Objective> objectives,
        List<Target> targets,
        List<Network> networks,
        Period plannedPeriod,
        List<Report> progressReports,
        List<Risk> risks,
        List<Indicator> indicators,
        String status,
        Budget budget) {

    /**
     * An objective.
     *
     * @param number the number
     * @param text   the text
     */
    public record Objective(String number, String text) {}

    /**
     * A target.
     *
     * @param number   the number
     * @param kind     quantitative or qualitative
     * @param text     the text
     * @param quantity the quantity
     * @param unit     the unit
     */
    public record Target(String number, String kind, String text, BigDecimal quantity, String unit) {}

    /**
     * A network.
     *
     * @param id       the id
     * @param number   the number
     * @param name     the name
     * @param officeId the office id
     */
    public record Network(String id, Integer number, String name, String officeId) {}

    /**
     * A period.
     *
     * @param start the first day
     * @param end   the last day
     */
    public record Period(String start, String end) {}

    /**
     * A progress report.
     *
     * @param number        the number
     * @param date          the date
     * @param dateAsWritten the date as written
     * @param progress      the progress in percent
     * @param disbursed     the cumulative disbursement
     * @param onPlan        on plan
     * @param onTarget      on target
     * @param narrative     the narrative
     */
    public record Report(
            String number,
            String date,
            String dateAsWritten,
            BigDecimal progress,
            String disbursed,
            Boolean onPlan,
            Boolean onTarget,
            String narrative) {}

    /**
     * A risk.
     *
     * @param number       the number
     * @param description  the description
     * @param inherent     the inherent rating
     * @param current      the current rating
     * @param residual     the residual rating
     * @param response     the response strategy
     * @param responseText the response
     */
    public record Risk(
            String number,
            String description,
            Rating inherent,
            Rating current,
            Rating residual,
            String response,
            String responseText) {}

    /**
     * A risk rating.
     *
     * @param likelihood  the likelihood
     * @param impact      the impact
     * @param statedLevel the level as stated
     */
    public record Rating(int likelihood, int impact, String statedLevel) {}

    /**
     * An indicator.
     *
     * @param number             the number
     * @param name               the name
     * @param type               the type
     * @param measure            the measure
     * @param unit               the unit
     * @param unitText           the unit as written
     * @param formula            the formula
     * @param direction          the direction
     * @param accumulation       the accumulation
     * @param baseline           the baseline
     * @param baselinePeriod     the baseline's period
     * @param targets            the targets
     * @param targetText         the target as written
     * @param instrument         the instrument
     * @param instrumentText     the instrument as written
     * @param timeframe          the timeframe
     * @param linkedTargetNumber the linked project target
     * @param measurements       the measurements
     */
    public record Indicator(
            String number,
            String name,
            String type,
            String measure,
            String unit,
            String unitText,
            Formula formula,
            String direction,
            String accumulation,
            BigDecimal baseline,
            String baselinePeriod,
            List<IndicatorTarget> targets,
            String targetText,
            String instrument,
            String instrumentText,
            String timeframe,
            String linkedTargetNumber,
            List<Measurement> measurements) {}

    /**
     * A formula.
     *
     * @param kind             the kind
     * @param factor           the factor
     * @param text             the text
     * @param numeratorLabel   the numerator's label
     * @param denominatorLabel the denominator's label
     * @param changeBasis      the basis of a change
     */
    public record Formula(
            String kind,
            BigDecimal factor,
            String text,
            String numeratorLabel,
            String denominatorLabel,
            String changeBasis) {}

    /**
     * An indicator target.
     *
     * @param period the period
     * @param value  the value
     */
    public record IndicatorTarget(String period, BigDecimal value) {}

    /**
     * A measurement.
     *
     * @param period        the period
     * @param date          the date
     * @param subjectId     the subject
     * @param numerator     the numerator
     * @param denominator   the denominator
     * @param reportedValue the value as reported
     * @param reportedText  the value as written
     * @param note          a note
     */
    public record Measurement(
            String period,
            String date,
            String subjectId,
            BigDecimal numerator,
            BigDecimal denominator,
            BigDecimal reportedValue,
            String reportedText,
            String note) {}

    /**
     * A budget.
     *
     * @param source        the source
     * @param activities    the activities
     * @param statedTotal   the stated total
     * @param amountInWords the total in words
     * @param allocations   the allocations
     */
    public record Budget(
            Source source,
            List<Activity> activities,
            String statedTotal,
            String amountInWords,
            List<Allocation> allocations) {}

    /**
     * A budget source.
     *
     * @param kind the kind
     * @param text the text
     */
    public record Source(String kind, String text) {}

    /**
     * A budget activity.
     *
     * @param name           the name
     * @param lines          the lines
     * @param statedSubtotal the stated subtotal
     */
    public record Activity(String name, List<Line> lines, String statedSubtotal) {}

    /**
     * A budget line.
     *
     * @param item         the item
     * @param category     the category
     * @param unitCost     the unit cost
     * @param factors      the quantity factors
     * @param statedAmount the stated amount
     */
    public record Line(String item, String category, String unitCost, List<Factor> factors, String statedAmount) {}

    /**
     * A quantity factor.
     *
     * @param count the count
     * @param unit  the unit
     */
    public record Factor(BigDecimal count, String unit) {}

    /**
     * An allocation.
     *
     * @param description the description
     * @param total       the total
     * @param shares      the shares
     */
    public record Allocation(String description, String total, List<Share> shares) {}

    /**
     * A share of an allocation.
     *
     * @param networkId the network
     * @param amount    the amount
     */
    public record Share(String networkId, String amount) {}
}
