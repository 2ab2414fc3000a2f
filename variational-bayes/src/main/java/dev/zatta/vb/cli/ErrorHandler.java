package dev.zatta.vb.cli;

import dev.zatta.vb.DataFormatException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/**
 * How the command lines end on a failure: bad input (a {@link DataFormatException} or any
 * {@link IllegalArgumentException} naming a file, line, column or value; a missing file) prints one
 * line {@code error: …} and exits with 2; other failures print the exception and exit with 1. Option
 * errors never get here: picocli reports them with the usage (also exit code 2). Stateless; install
 * with {@code commandLine.setExecutionExceptionHandler(new ErrorHandler())}.
 */
public final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        int code;
        if (e instanceof IllegalArgumentException) {
            err.println("error: " + e.getMessage());
            code = CommandLine.ExitCode.USAGE;
        } else if (e instanceof NoSuchFileException nf) {
            err.println("error: file not found: " + nf.getFile());
            code = CommandLine.ExitCode.USAGE;
        } else if (e instanceof IOException) {
            err.println("error: " + e);
            code = CommandLine.ExitCode.SOFTWARE;
        } else {
            err.println("error: " + e);
            e.printStackTrace(err);
            code = CommandLine.ExitCode.SOFTWARE;
        }
        err.flush();
        return code;
    }
}
