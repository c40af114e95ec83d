/**
 * The {@code krongkan} command-line tool: {@code check} project documents, summarize one with
 * {@code report}, spell amounts in Thai words with {@code bahttext}, and place a date in the Thai
 * fiscal calendar with {@code fiscal}.
 * See {@code docs/cli.md}.
 */
package io.github.krongkan.examples.cli;
