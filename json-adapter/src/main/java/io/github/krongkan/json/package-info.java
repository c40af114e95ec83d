/**
 * Jackson support for krongkan: {@link io.github.krongkan.json.KrongkanModule} teaches an
 * {@code ObjectMapper} to read and write krongkan's value types in the krongkan JSON format.
 *
 * <p>Money is written as a plain decimal string with two decimals ({@code "90000.00"}), never as a
 * JSON number, so no reader on the other side turns it into a binary floating-point value. A fiscal
 * year is written as its Buddhist-era number ({@code 2569}).
 */
package io.github.krongkan.json;
