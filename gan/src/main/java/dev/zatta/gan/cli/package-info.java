/**
 * The {@code gan.jar} command line — {@code train}, {@code sample}, {@code evaluate}, {@code bench}: thin
 * picocli commands that parse their options and delegate to {@code dev.zatta.gan.train} and
 * {@code dev.zatta.gan.eval}.
 */
package dev.zatta.gan.cli;
