/** The {@code variational-bayes.jar} command line: thin picocli commands over {@code dev.zatta.vb}. */
package dev.zatta.vb.cli;
