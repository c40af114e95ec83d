/**
 * What changed between two versions of a project: {@link io.github.krongkan.diff.ProjectDiff}, its
 * {@link io.github.krongkan.diff.Change}s with their JSON pointers, and the money summary
 * ({@link io.github.krongkan.diff.MoneyChange}); applied to the old version, the diff gives the new
 * one, and refuses any other project ({@link io.github.krongkan.diff.DiffMismatchException}).
 */
package io.github.krongkan.diff;
