package dev.zatta.vb.cli;

import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The one place where the library's parameter names become option names. The library validates (a
 * {@code VbConfig}, a {@code GammaDensity}, a basis) and names its parameter first in the message,
 * {@code "scale: expected a finite number > 0, got 0.0"}; a command line turns that into
 * {@code "--scale: expected a finite number > 0, got 0.0"}, a picocli usage error (exit code 2).
 * Stateless.
 */
public final class OptionErrors {
    private OptionErrors() {
    }

    /**
     * Runs {@code make}; an {@link IllegalArgumentException} from it becomes a usage error naming
     * {@code option}.
     */
    public static <T> T as(CommandSpec spec, String option, Supplier<T> make) {
        return as(spec, Map.of(), option, make);
    }

    /**
     * Runs {@code make}, which validates several options at once; an {@link IllegalArgumentException}
     * from it becomes a usage error naming the option of the parameter its message names first
     * ({@code optionOf}, e.g. {@code scale → --scale}; an index stays: {@code centres[2] → --centers[2]}).
     */
    public static <T> T as(CommandSpec spec, Map<String, String> optionOf, Supplier<T> make) {
        return as(spec, optionOf, null, make);
    }

    private static <T> T as(CommandSpec spec, Map<String, String> optionOf, String option, Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), rename(e.getMessage(), optionOf, option), e);
        }
    }

    /** {@code "param[i]: reason"} → {@code "option[i]: reason"}. */
    static String rename(String message, Map<String, String> optionOf, String option) {
        int colon = message.indexOf(": ");
        String parameter = colon < 0 ? "" : message.substring(0, colon);
        String reason = colon < 0 ? message : message.substring(colon + 2);
        int bracket = parameter.indexOf('[');
        String base = bracket < 0 ? parameter : parameter.substring(0, bracket);
        String index = bracket < 0 ? "" : parameter.substring(bracket);
        String name = optionOf.getOrDefault(base, option);
        if (name == null) {
            return message; // a parameter this caller does not own: leave the library's name
        }
        return name + (optionOf.containsKey(base) ? index : "") + ": " + reason;
    }
}
