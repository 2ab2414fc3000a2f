package dev.zatta.gan.train;

import dev.zatta.gan.eval.ConditionalReport;
import dev.zatta.gan.eval.QualityEvaluator;

/**
 * The {@code evaluate} command's judgement of a run: an unconditional run's n samples against its digits
 * ({@link QualityEvaluator#evaluate}); a conditional run's n samples of every one of its digits, each judged
 * against its own digit ({@link QualityEvaluator#evaluateConditional}). Stateless.
 */
public final class Evaluation {
    private Evaluation() {}

    /**
     * The JSON report of {@code cp}'s generator.
     *
     * @param n    samples, or samples per digit for a conditional run
     * @param seed seed of the latent vectors (and of the real-image floors' splits)
     */
    public static String of(Checkpoint cp, int n, long seed, QualityEvaluator evaluator) {
        checkN(n);
        if (!cp.config().conditional()) {
            return evaluator.evaluate(Sampler.sample(cp.model(), n, seed), cp.config().digitSet()).toJson();
        }
        return conditional(cp, n, seed, evaluator).toJson();
    }

    /**
     * A conditional run's report: n samples of every one of its digits, each judged against its own digit.
     *
     * @param n    samples per digit
     * @param seed seed of the latent vectors and of the real-image floors' splits
     * @throws IllegalArgumentException if the run was trained without {@code --conditional}
     */
    public static ConditionalReport conditional(Checkpoint cp, int n, long seed, QualityEvaluator evaluator) {
        checkN(n);
        if (!cp.config().conditional()) {
            throw new IllegalArgumentException("checkpoint: this run was trained without --conditional; expected a"
                    + " conditional run");
        }
        int[] labels = Sampler.labels(cp.config(), n * cp.config().digitSet().size(), null);
        return evaluator.evaluateConditional(Sampler.sample(cp.model(), labels.length, seed, labels), labels, seed);
    }

    private static void checkN(int n) {
        if (n < 2) {
            throw new IllegalArgumentException("n: expected >= 2 (the Frechet distance needs a covariance), got " + n);
        }
    }
}
