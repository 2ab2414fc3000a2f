/** The {@code packaging-demo.jar} command line: thin picocli commands over {@code dev.zatta.packaging}. */
package dev.zatta.packaging.cli;
