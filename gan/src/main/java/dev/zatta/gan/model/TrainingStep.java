package dev.zatta.gan.model;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One training step of a {@link Dcgan}: the alternating update of Goodfellow et al. 2014, Algorithm 1, with
 * one D step per G step, as in the blog and DCGAN:
 * (Targets below are the unconditional model's; a conditional one's are in {@link #step(INDArray, int[], INDArray)}.)
 * <ol>
 *   <li>fake = G(z) in training mode (batch statistics), keeping G's layer inputs;</li>
 *   <li>D step: the loss of D(real) against {@link Label#REAL} plus that of D(fake) against
 *       {@link Label#FAKE}; the two parameter gradients are added and D's Adam updater applies them once;</li>
 *   <li>G step: the loss of the <i>updated</i> D(fake) against {@link Label#REAL}; D's backward pass gives
 *       the gradient with respect to its input (D's parameters get no gradient and are not changed), and
 *       that input gradient is back-propagated through G as an external error; G's updater applies the
 *       result.</li>
 * </ol>
 * Nothing is frozen by a learning rate of zero and no parameters are copied between networks.
 *
 * <p>Two implementations, chosen by {@link Engine}: {@link LayersStep} computes the passes with DL4J's own
 * layers, {@link GemmStep} on channels-last matrices ({@link dev.zatta.gan.model.gemm}). Both write DL4J's
 * flattened gradients and apply them with the networks' own updaters, so checkpoints, inference and the
 * label convention are shared. A step object belongs to one model and is used by one thread.
 */
public interface TrainingStep {
    /**
     * One step of an unconditional model on a batch of real images and latent vectors; afterwards
     * {@link Dcgan#steps()} is one higher.
     *
     * @param real images, shape [n, 1, 28, 28], pixels in [−1, 1]
     * @param z    latent vectors, shape [n, zDim]
     */
    default StepResult step(INDArray real, INDArray z) {
        return step(real, null, z);
    }

    /**
     * One step on a batch of real images, their labels and latent vectors. For a conditional model
     * ({@link Architecture#conditional()}) the targets are those of the K + 1 classes: D learns real digit k →
     * class k and G(z, k) → FAKE (the last class), G learns G(z, k) → class k; the fake batch draws the real
     * batch's labels, so G sees the classes as often as the data holds them.
     *
     * @param labels the class of each real image, 0..K−1 (for the generator too); null for an unconditional model
     */
    StepResult step(INDArray real, int[] labels, INDArray z);
}
