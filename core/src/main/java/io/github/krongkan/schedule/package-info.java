/**
 * Schedules: the action plan (แผนปฏิบัติการ) of a project laid over fiscal months, its month
 * grid, and the planned cumulative progress curve (S-curve) it implies.
 */
@io.github.krongkan.internal.KrongkanStyle
package io.github.krongkan.schedule;
