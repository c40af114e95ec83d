/**
 * Checks that report what is suspicious in a project: {@link io.github.krongkan.check.Finding}s
 * produced by {@link io.github.krongkan.check.Rule}s and run together by
 * {@link io.github.krongkan.check.ProjectCheck}.
 *
 * <p>Every finding carries a stable code, a severity, the JSON pointer of the place it concerns
 * (the same path the krongkan JSON format uses), a message in English and in Thai, and where they
 * exist the expected and actual values. Every rule is listed in {@code docs/rules.md}.
 */
@io.github.krongkan.internal.KrongkanStyle
package io.github.krongkan.check;
