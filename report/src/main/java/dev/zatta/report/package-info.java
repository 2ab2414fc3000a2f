/**
 * The report: {@link dev.zatta.report.BlogReport} runs each post of the blog through the module that
 * reproduces it ({@code formatting}, {@code variational-bayes}, {@code packaging-demo}, {@code gan}) and
 * {@link dev.zatta.report.HtmlPage} writes what came out as one self-contained page.
 */
package dev.zatta.report;
