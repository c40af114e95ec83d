/**
 * Runnable examples of krongkan, one per use: {@link io.github.krongkan.examples.BuildProjectInCode}
 * builds seed 000 in Java, {@link io.github.krongkan.examples.ReadAndCheck} reads a document and
 * checks it.
 */
package io.github.krongkan.examples;
