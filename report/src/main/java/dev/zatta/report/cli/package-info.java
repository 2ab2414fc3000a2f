/** The {@code report} command line: parses options and delegates to {@link dev.zatta.report.BlogReport}. */
package dev.zatta.report.cli;
