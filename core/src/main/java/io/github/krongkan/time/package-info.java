/**
 * The Thai calendar of public-sector projects: fiscal years ({@link io.github.krongkan.time.FiscalYear},
 * 1 October – 30 September, named by the Buddhist-era year in which they end), their quarters and months,
 * the sealed {@link io.github.krongkan.time.FiscalPeriod} that is any of the three, and Thai dates with
 * Buddhist-era years ({@link io.github.krongkan.time.ThaiDates}), written in the usual styles and read
 * from document text with the form, the era and any ambiguity reported.
 *
 * <p>Calendar arithmetic is the JDK's: {@link java.time.chrono.ThaiBuddhistChronology} for Buddhist-era
 * years and the JDK's Thai locale data for month names. The supported dates are those of the supported
 * fiscal years, FY 2485 to FY 3000 (1 October 1941 to 30 September BE 3000): before 1941 the Thai year
 * still began on 1 April. Values outside the range throw {@link java.time.DateTimeException}, text that
 * cannot be read a {@link io.github.krongkan.text.ThaiParseException}.
 */
package io.github.krongkan.time;
