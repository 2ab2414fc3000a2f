package dev.zatta.gan.model.gemm;

import java.util.List;
import org.deeplearning4j.nn.gradient.Gradient;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A DL4J network's training-mode forward and backward passes as a chain of {@link ChannelsLastOp}s, built by
 * {@link Dl4jNetworks#build}. Inputs and outputs are in DL4J's layouts ([n, features] or NCHW); in between
 * everything is channels-last. The parameters it reads and the gradient it writes are the network's own, so
 * DL4J's updater, serialization and inference are unchanged. Not thread-safe.
 */
public final class GemmNetwork {
    private final List<ChannelsLastOp> ops;
    private final Shape input;
    private final Shape output;
    private final DataType dataType;
    private final Gradient gradient;
    private final BufferCache<INDArray> inputRows;
    private final BufferCache<INDArray> outputGradientRows;
    private int segments = 1;

    GemmNetwork(List<ChannelsLastOp> ops, Shape input, Shape output, DataType dataType, Gradient gradient) {
        this.ops = List.copyOf(ops);
        this.input = input;
        this.output = output;
        this.dataType = dataType;
        this.gradient = gradient;
        this.inputRows = new BufferCache<>(b -> Nd4j.create(dataType, input.rows(b.images()), input.columns()));
        this.outputGradientRows = new BufferCache<>(b -> Nd4j.create(dataType, output.rows(b.images()),
                output.columns()));
    }

    /** The network's own flattened gradient (what {@link #pushGradients} fills) for its updater. */
    public Gradient gradient() {
        return gradient;
    }

    /** Copies the network's current parameters into the ops' layouts; call after every update. */
    public void pullWeights() {
        for (ChannelsLastOp op : ops) {
            op.pullWeights();
        }
    }

    /** Sets every gradient accumulator to zero (the start of a step's backward passes). */
    public void zeroGradients() {
        for (ChannelsLastOp op : ops) {
            op.zeroGradients();
        }
    }

    /** Writes the accumulated gradients into the network's flattened gradient, in DL4J's layout. */
    public void pushGradients() {
        for (ChannelsLastOp op : ops) {
            op.pushGradients();
        }
    }

    /**
     * Training-mode forward pass (batch statistics), keeping what the next {@link #backward} needs.
     *
     * @param batches one or more batches of the same size, passed through together (one product per layer for
     *                all of them) but normalised separately, as separate forward passes would: [n, features]
     *                for a vector input, or [n, channels, height, width] (NCHW, as DL4J)
     * @return the batches' outputs one after the other: [n·batches, features], or [n·batches, channels, height,
     *         width] (a view of the last op's buffer)
     */
    public INDArray forward(INDArray... batches) {
        int per = Math.toIntExact(batches[0].size(0));
        for (INDArray b : batches) {
            if (b.size(0) != per) {
                throw new IllegalArgumentException("batches: expected equal sizes, got " + b.size(0) + " and " + per);
            }
        }
        segments = batches.length;
        Batch batch = new Batch(per * segments, segments);
        INDArray x;
        if (input instanceof Shape.Grid g) {
            x = inputRows.get(batch);
            INDArray x4 = Matrices.grid(x, g, batch.images());
            for (int s = 0; s < segments; s++) {
                INDArray target = segments == 1 ? x4 : x4.get(NDArrayIndex.interval(s * per, (s + 1) * per),
                        NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.all());
                target.assign(batches[s].permute(0, 2, 3, 1));
            }
        } else {
            x = segments == 1 ? batches[0].castTo(dataType) : Nd4j.vstack(batches).castTo(dataType);
        }
        for (ChannelsLastOp op : ops) {
            x = op.forward(x, batch);
        }
        return output instanceof Shape.Grid g ? Matrices.grid(x, g, batch.images()).permute(0, 3, 1, 2) : x;
    }

    /**
     * Backward pass of the last {@link #forward}: the loss's gradient with respect to its output (all batches,
     * one after the other) in, the gradient with respect to its input out.
     *
     * @param paramGradients whether to add this pass's parameter gradients to the accumulators
     * @param inputGradient  whether the gradient with respect to the input is wanted
     * @return the input gradient in the input's layout (a view of the first op's buffer), or null
     */
    public INDArray backward(INDArray outputGradient, boolean paramGradients, boolean inputGradient) {
        Batch batch = new Batch(Math.toIntExact(outputGradient.size(0)), segments);
        INDArray d;
        if (output instanceof Shape.Grid g) {
            d = outputGradientRows.get(batch);
            Matrices.grid(d, g, batch.images()).assign(outputGradient.permute(0, 2, 3, 1));
        } else {
            d = outputGradient.castTo(dataType);
        }
        for (int i = ops.size() - 1; i >= 0; i--) {
            d = ops.get(i).backward(d, batch, paramGradients, i > 0 || inputGradient);
        }
        if (!inputGradient) {
            return null;
        }
        return input instanceof Shape.Grid g ? Matrices.grid(d, g, batch.images()).permute(0, 3, 1, 2) : d;
    }
}
