/**
 * Runnable examples of krongkan, one per use: {@link io.github.krongkan.examples.BuildProjectInCode}
 * builds seed 000 in Java, {@link io.github.krongkan.examples.ReadAndCheck} reads a document and
 * checks it, {@link io.github.krongkan.examples.ResultsOnCancelledProjectRule} is a KPI rule of
 * one's own.
 */
package io.github.krongkan.examples;
