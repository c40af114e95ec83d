/**
 * Exact Thai money: {@link io.github.krongkan.money.Baht} amounts in satang precision,
 * Thai baht text ({@code บาทถ้วน}), and exact allocation of a total into shares.
 */
package io.github.krongkan.money;
