package dev.zatta.gan.train;

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
        if (n < 2) {
            throw new IllegalArgumentException("n: expected >= 2 (the Frechet distance needs a covariance), got " + n);
        }
        if (!cp.config().conditional()) {
            return evaluator.evaluate(Sampler.sample(cp.model(), n, seed), cp.config().digitSet()).toJson();
        }
        int digits = cp.config().digitSet().size();
        int[] labels = Sampler.labels(cp.config(), n * digits, null);
        return evaluator.evaluateConditional(Sampler.sample(cp.model(), n * digits, seed, labels), labels, seed)
                .toJson();
    }
}
