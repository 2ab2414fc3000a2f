/**
 * The command line of the standalone {@code formatting.jar} ({@link dev.zatta.formatting.cli.Main}):
 * format a template, write or read a run title. Not exported: it reads its arguments and calls the public
 * API of {@code dev.zatta.formatting}, nothing else.
 */
package dev.zatta.formatting.cli;
