/**
 * The text kit shared by every krongkan reader of free text: one definition of white space
 * ({@link io.github.krongkan.text.ThaiText}), one scanner that sees Thai digits ({@code ๐}–{@code ๙})
 * as ASCII digits and keeps positions ({@link io.github.krongkan.text.TextCursor}), the digit
 * conversion ({@link io.github.krongkan.text.ThaiDigits}) and the parse error that every reader
 * throws ({@link io.github.krongkan.text.ThaiParseException}).
 *
 * <p>Readers follow one convention: {@code parse} is strict and reads the form {@code toString}
 * writes; {@code read} is lenient and reads what documents write.
 */
package io.github.krongkan.text;
