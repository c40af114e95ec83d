/**
 * Jackson 3 support for krongkan: {@link io.github.krongkan.jackson3.KrongkanJackson3Module} teaches
 * a {@code JsonMapper} to read and write krongkan's value types in the krongkan JSON format, and
 * {@link io.github.krongkan.jackson3.KrongkanJson3} reads and writes whole documents.
 *
 * <p>Money is written as a plain decimal string with two decimals ({@code "90000.00"}), never as a
 * JSON number; a fiscal year as its Buddhist-era number ({@code 2569}). Reading is strict, with the
 * codec the Jackson 2 adapter uses, and every refusal names the JSON pointer of the offending value.
 */
package io.github.krongkan.jackson3;
