/** The {@code gan.jar} command line: thin picocli commands over {@code dev.zatta.gan}. */
package dev.zatta.gan.cli;
