package dev.zatta.gan.model;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An exponential moving average of the generator's weights, the network that draws the samples — grids,
 * {@code sample}, {@code evaluate} — while training goes on with the live generator (Yazıcı et al. 2019,
 * "The Unusual Effectiveness of Averaging in GAN Training"; ProGAN, BigGAN and StyleGAN sample this way).
 * A GAN's generator does not settle: it keeps moving as D moves, and the average of its recent weights
 * draws cleaner and more varied images than any one of them. After training step t:
 *
 * <pre>
 * θ̄ ← β_t·θ̄ + (1 − β_t)·θ,   β_t = min(β, (1 + t) / (10 + t))
 * </pre>
 *
 * the warm-up of TensorFlow's {@code ExponentialMovingAverage} with {@code num_updates}, so that the random
 * initial weights (θ̄ starts as G's) are forgotten at the speed of the first steps rather than at β's. The
 * batch normalization running statistics are among DL4J's parameters and are averaged with the weights (a
 * recomputation from training-mode passes of the averaged network gave no better samples).
 *
 * <p>Nothing flows back: the average changes no gradient, so a run's trajectory is the same with or without
 * it. Not thread-safe.
 */
public final class GeneratorAverage {
    private final double decay;
    private final MultiLayerNetwork network;
    private final INDArray scratch;

    private GeneratorAverage(double decay, MultiLayerNetwork network) {
        checkDecay(decay);
        if (decay == 0) {
            throw new IllegalArgumentException("ema: expected a decay in (0, 1) for an average, got 0 (no average)");
        }
        this.decay = decay;
        this.network = network;
        this.scratch = network.params().dup();
    }

    /** An average that starts at the generator's current weights (a copy; the generator is not touched). */
    public static GeneratorAverage of(MultiLayerNetwork generator, double decay) {
        MultiLayerNetwork copy = new MultiLayerNetwork(generator.getLayerWiseConfigurations().clone());
        copy.init(generator.params().dup(), false);
        return new GeneratorAverage(decay, copy);
    }

    /** An average restored from a checkpoint: {@code network} holds the averaged weights. */
    public static GeneratorAverage restore(MultiLayerNetwork network, double decay) {
        return new GeneratorAverage(decay, network);
    }

    /**
     * Checks a decay: 0 (no average) or in (0, 1).
     *
     * @throws IllegalArgumentException naming the option {@code ema}
     */
    public static void checkDecay(double decay) {
        if (!(decay >= 0 && decay < 1)) {
            throw new IllegalArgumentException("ema: expected 0 (no average) or a decay in (0, 1), got " + decay);
        }
    }

    /** β_t of step t (1-based: the step just taken). */
    public double decayAt(long step) {
        return Math.min(decay, (1.0 + step) / (10.0 + step));
    }

    /** Folds the generator's weights after training step {@code step} (1-based) into the average. */
    void update(MultiLayerNetwork generator, long step) {
        double b = decayAt(step);
        network.params().muli(b).addi(scratch.assign(generator.params()).muli(1 - b));
    }

    /** β, the decay once warmed up. */
    public double decay() {
        return decay;
    }

    /** The averaged generator (live, not a copy); only its parameters are used, never its updater. */
    public MultiLayerNetwork network() {
        return network;
    }
}
