package dev.zatta.vb.cli;

import dev.zatta.vb.Basis;
import dev.zatta.vb.GaussianBasis;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The basis options of {@code fit} ({@code --basis gauss|poly}, {@code --centers}, {@code --scale},
 * {@code --degree}), a picocli mixin for any command line that fits: {@code @Mixin BasisOptions basis;}
 * then {@link #basis()}.
 */
public final class BasisOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--basis", defaultValue = "gauss", paramLabel = "gauss|poly",
            description = "Basis functions (default ${DEFAULT-VALUE}).")
    String kind;

    @Option(names = "--centers", split = ",", defaultValue = "-1,-0.5,0,0.5,1", paramLabel = "C1,C2,...",
            description = "Gaussian centres (default ${DEFAULT-VALUE}).")
    double[] centers;

    @Option(names = "--scale", defaultValue = "10",
            description = "Gaussian scale s in exp(-s(x-c)^2) (default ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--degree", defaultValue = "3",
            description = "Polynomial degree D, basis x^0..x^D (default ${DEFAULT-VALUE}).")
    int degree;

    /**
     * The basis the options name.
     *
     * @throws CommandLine.ParameterException naming the bad option
     */
    public Basis basis() {
        return switch (kind) {
            case "gauss" -> OptionErrors.as(spec, Map.of("centres", "--centers", "scale", "--scale"),
                    () -> GaussianBasis.of(centers, scale));
            case "poly" -> OptionErrors.as(spec, "--degree", () -> Basis.polynomial(degree));
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--basis: expected 'gauss' or 'poly', got '" + kind + "'");
        };
    }
}
