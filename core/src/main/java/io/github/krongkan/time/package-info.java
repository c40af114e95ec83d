/**
 * The Thai calendar of public-sector projects: fiscal years ({@link io.github.krongkan.time.FiscalYear},
 * 1 October – 30 September, named by the Buddhist-era year in which they end), their quarters and months,
 * and Thai dates with Buddhist-era years ({@link io.github.krongkan.time.ThaiDates}), written in the usual
 * styles and read from document text with the form, the era and any ambiguity reported.
 *
 * <p>Calendar arithmetic is the JDK's: {@link java.time.chrono.ThaiBuddhistChronology} for Buddhist-era
 * years and the JDK's Thai locale data for month names. Dates before 1 January 1941, when the Thai year
 * still began on 1 April, are out of scope and refused.
 */
package io.github.krongkan.time;
