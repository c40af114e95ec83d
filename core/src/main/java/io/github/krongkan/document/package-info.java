/**
 * The layout of the {@code krongkan/1} document, shared by the model, the rules and the JSON
 * adapter: its member names ({@link io.github.krongkan.document.Fields}) and pointers into it
 * ({@link io.github.krongkan.document.DocumentPath}).
 */
package io.github.krongkan.document;
