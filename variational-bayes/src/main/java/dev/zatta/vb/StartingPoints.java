package dev.zatta.vb;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The starts a fit tries, in order, for its {@link Restarts} (see there for the grid), and the
 * starts that could not be computed. Stateless.
 */
final class StartingPoints {
    /** The starts to run, and the attempts that failed before running (the evidence iteration). */
    record Plan(List<Start> starts, List<Attempt> failures) {
    }

    private StartingPoints() {
    }

    static Plan of(VbConfig config, SufficientStatistics data) {
        boolean learnAlpha = config.alpha() instanceof Precision.Learned;
        boolean learnBeta = config.beta() instanceof Precision.Learned;
        double alpha0 = config.alpha().initial();
        double beta0 = config.beta().initial();
        List<Start> starts = new ArrayList<>();
        List<Attempt> failures = new ArrayList<>();
        starts.add(new Start(Start.Kind.CONFIGURED, alpha0, beta0));
        if (config.restarts() == Restarts.NONE || !(learnAlpha || learnBeta)) {
            return new Plan(starts, failures);
        }
        LogEvidence evidence = LogEvidence.of(data);
        try {
            LogEvidence.Maximum max = evidence.maximize(alpha0, beta0, learnAlpha, learnBeta);
            starts.add(new Start(Start.Kind.EVIDENCE, max.alpha(), max.beta()));
        } catch (ArithmeticException e) {
            failures.add(Attempt.failed(Start.Kind.EVIDENCE, Optional.empty(), e.getMessage()));
        }
        if (config.restarts() == Restarts.GRID) {
            starts.addAll(grid(config, data, evidence.eigenvalues(), learnAlpha, learnBeta));
        }
        return new Plan(starts, failures);
    }

    private static List<Start> grid(VbConfig config, SufficientStatistics data, double[] lambda, boolean learnAlpha,
            boolean learnBeta) {
        double[] betas = {config.beta().initial()};
        if (learnBeta && data.targetSquares() > 0) {
            betas = new double[Restarts.NOISE_LEVELS.length];
            for (int i = 0; i < betas.length; i++) {
                betas[i] = Restarts.NOISE_LEVELS[i] * data.count() / data.targetSquares();
            }
        }
        double max = 0;
        for (double l : lambda) {
            max = Math.max(max, l);
        }
        double min = max;
        for (double l : lambda) {
            if (l > 1e-12 * max) {
                min = Math.min(min, l);
            }
        }
        List<Start> out = new ArrayList<>();
        for (double beta : betas) {
            if (!learnAlpha) {
                out.add(new Start(Start.Kind.GRID, config.alpha().initial(), beta));
                continue;
            }
            if (!(max > 0)) {
                break; // ΦᵀΦ = 0: no scale to shrink against
            }
            double hi = 100 * max;
            double lo = min / 100;
            for (int j = 0; j < Restarts.RATIOS; j++) {
                double ratio = hi * Math.pow(lo / hi, j / (Restarts.RATIOS - 1.0));
                out.add(new Start(Start.Kind.GRID, ratio * beta, beta));
            }
        }
        return out;
    }
}
