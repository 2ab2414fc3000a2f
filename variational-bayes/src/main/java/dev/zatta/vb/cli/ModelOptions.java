package dev.zatta.vb.cli;

import dev.zatta.vb.Basis;
import dev.zatta.vb.GammaDensity;
import dev.zatta.vb.Precision;
import dev.zatta.vb.Restarts;
import dev.zatta.vb.VbConfig;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The model options of {@code fit} and {@code select}: the Gamma priors on α and β, fixed
 * precisions, starting values, restarts and the stopping rule. A picocli mixin: {@code @Mixin ModelOptions
 * model;} then {@link #config(Basis)}. Every value is checked by the library ({@link VbConfig},
 * {@link GammaDensity}, {@link Precision}); errors name the option ({@link OptionErrors}).
 */
public final class ModelOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--alpha-prior", defaultValue = "1,1", paramLabel = "a0,b0",
            description = "Gamma(shape, rate) prior on the weight precision alpha (default ${DEFAULT-VALUE}).")
    String alphaPrior;

    @Option(names = "--beta-prior", defaultValue = "1,1", paramLabel = "c0,d0",
            description = "Gamma(shape, rate) prior on the noise precision beta (default ${DEFAULT-VALUE}).")
    String betaPrior;

    @Option(names = "--fixed-beta", paramLabel = "B", description = "Hold beta fixed at B (PRML 10.3's alpha-only variant).")
    Double fixedBeta;

    @Option(names = "--fixed-alpha", paramLabel = "A",
            description = "Hold alpha fixed at A (with --fixed-beta: exact Bayesian regression).")
    Double fixedAlpha;

    @Option(names = "--init-alpha", paramLabel = "A", description = "E[alpha] for the first q(w) (default: prior mean a0/b0).")
    Double initAlpha;

    @Option(names = "--init-beta", paramLabel = "B", description = "E[beta] for the first q(w) (default: prior mean c0/d0).")
    Double initBeta;

    @Option(names = "--tol", defaultValue = "1e-10",
            description = "Stop when |dL| < tol*max(1,|L|) (default ${DEFAULT-VALUE}).")
    double tol;

    @Option(names = "--max-iter", defaultValue = "1000", description = "Most sweeps (default ${DEFAULT-VALUE}).")
    int maxIter;

    @Option(names = "--restarts", defaultValue = "grid", paramLabel = "none|evidence|grid",
            description = {"Starts tried; the highest lower bound is kept (default ${DEFAULT-VALUE}):",
                "none = the configured start; evidence = also the evidence approximation's alpha, beta;",
                "grid = also 32 starts over the data's scales (8 with beta fixed, 4 with alpha fixed)."})
    String restarts;

    /**
     * The configuration the options name, with {@code basis}.
     *
     * @throws CommandLine.ParameterException naming the bad option
     */
    public VbConfig config(Basis basis) {
        Precision alpha = precision("alpha", alphaPrior, fixedAlpha, initAlpha);
        Precision beta = precision("beta", betaPrior, fixedBeta, initBeta);
        Restarts starts = OptionErrors.as(spec, "--restarts", () -> Restarts.parse(restarts));
        return OptionErrors.as(spec, Map.of("tolerance", "--tol", "maxIterations", "--max-iter"),
                () -> VbConfig.builder(basis).alpha(alpha).beta(beta).tolerance(tol).maxIterations(maxIter)
                        .restarts(starts).build());
    }

    private Precision precision(String name, String priorText, Double fixed, Double init) {
        GammaDensity prior = OptionErrors.as(spec, "--" + name + "-prior", () -> GammaDensity.parse(priorText));
        if (fixed != null) {
            return OptionErrors.as(spec, "--fixed-" + name, () -> Precision.fixed(fixed));
        }
        if (init != null) {
            return OptionErrors.as(spec, "--init-" + name, () -> Precision.learned(prior, init));
        }
        return new Precision.Learned(prior, Double.NaN);
    }
}
