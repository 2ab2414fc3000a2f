/**
 * The {@code variational-bayes.jar} command line: thin picocli commands over {@code dev.zatta.vb}
 * (package-private), and the public pieces another command line that fits reuses, so that it offers
 * the same options, errors and JSON as {@code fit}: the mixins {@link dev.zatta.vb.cli.BasisOptions},
 * {@link dev.zatta.vb.cli.ModelOptions} and {@link dev.zatta.vb.cli.FitOutputOptions}, and for a bench
 * {@link dev.zatta.vb.cli.BenchDataOptions},
 * {@link dev.zatta.vb.cli.OptionErrors} (library errors named as options, in one place) and
 * {@link dev.zatta.vb.cli.ErrorHandler} (exit codes).
 */
package dev.zatta.vb.cli;
