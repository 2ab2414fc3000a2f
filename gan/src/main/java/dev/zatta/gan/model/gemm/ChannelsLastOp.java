package dev.zatta.gan.model.gemm;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One layer's training-mode passes on channels-last matrices: an activation of n examples is one
 * [{@link Shape#rows rows}, {@link Shape#columns columns}] matrix, so that a layer is a few matrix products
 * and strided copies.
 *
 * <p>An op owns the arrays it returns and reuses them on its next call with the same {@link Batch} (see
 * {@link BufferCache}); a caller copies what it must keep. Gradients are accumulated: {@link #zeroGradients}
 * starts a step, each {@link #backward} with {@code paramGradients} adds its share, {@link #pushGradients}
 * writes the sum into DL4J's flattened gradient. Ops are built by {@link Dl4jNetworks}; not thread-safe.
 */
public interface ChannelsLastOp {
    /**
     * Training-mode forward pass, keeping what the next {@link #backward} of the same batch needs.
     *
     * @param x the input, [rows, columns] of the op's input shape
     * @return the output, owned by the op
     */
    INDArray forward(INDArray x, Batch batch);

    /**
     * Backward pass of the last {@link #forward} of {@code batch}.
     *
     * @param dy             the loss's gradient with respect to the output
     * @param paramGradients whether to add this pass's parameter gradients to the accumulators
     * @param inputGradient  whether the gradient with respect to the input is wanted
     * @return the gradient with respect to the input, owned by the op, or null when not wanted
     */
    INDArray backward(INDArray dy, Batch batch, boolean paramGradients, boolean inputGradient);

    /** Copies the layer's current parameters from DL4J's views into the op's layout (after every update). */
    default void pullWeights() {}

    /** Sets the gradient accumulators to zero. */
    default void zeroGradients() {}

    /** Writes the accumulated gradients into DL4J's gradient views, in DL4J's layout. */
    default void pushGradients() {}
}
