/**
 * Helpers for reading Thai document text: Thai digits ({@code ๐}–{@code ๙}) and the parse error
 * that every krongkan reader of free text throws.
 */
package io.github.krongkan.text;
