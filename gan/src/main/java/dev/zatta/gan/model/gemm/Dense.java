package dev.zatta.gan.model.gemm;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A dense layer, y = x·W + b. When its input is an image, DL4J flattens it channel-major
 * ({@code CnnToFeedForwardPreProcessor}); when its output is one, DL4J reshapes it channel-major
 * ({@code FeedForwardToCnnPreProcessor}). The rows or columns of W (and the bias) are permuted once per
 * {@link #pullWeights} so that the product works directly on channels-last data.
 */
final class Dense implements ChannelsLastOp {
    private record Buffers(INDArray y, INDArray dx) {}

    private final int nIn;
    private final int nOut;
    private final Shape in;
    private final Shape out;
    private final Param weight;
    private final Bias bias;
    private final INDArray w;       // [nIn, nOut], rows and columns in channels-last order
    private final INDArray gw;
    private final INDArray scratch; // a c-ordered copy of DL4J's matrix
    private final BufferCache<Buffers> buffers;
    private INDArray input;

    /**
     * @param in  the input: a {@link Shape.Flat} vector or a {@link Shape.Grid} image DL4J flattens
     * @param out the output: a vector or an image DL4J reshapes it into; not both sides images
     */
    Dense(Shape in, Shape out, Param weight, Param bias) {
        if (in instanceof Shape.Grid && out instanceof Shape.Grid) {
            throw new IllegalArgumentException("expected an image on at most one side, got " + in + " → " + out);
        }
        this.nIn = Math.toIntExact(in.rows(1) * in.columns());
        this.nOut = Math.toIntExact(out.rows(1) * out.columns());
        this.in = in;
        this.out = out;
        this.weight = weight;
        this.bias = out instanceof Shape.Grid image ? Bias.channelMajor(bias, image) : Bias.row(bias, nOut);
        DataType type = weight.value().dataType();
        this.w = Nd4j.create(type, nIn, nOut);
        this.gw = Nd4j.create(type, nIn, nOut);
        this.scratch = Nd4j.create(type, nIn, nOut);
        this.buffers = new BufferCache<>(b -> new Buffers(Nd4j.create(type, b.images(), nOut),
                Nd4j.create(type, b.images(), nIn)));
    }

    /** DL4J's matrix (a c-ordered [nIn, nOut] copy) seen as our matrix split into its (h, w, c) parts: a view. */
    private INDArray dl4jAsChannelsLast(INDArray dl4j) {
        if (in instanceof Shape.Grid g) { // DL4J's row r = c·H·W + h·W + w
            return dl4j.reshape(g.channels(), g.height(), g.width(), nOut).permute(1, 2, 0, 3);
        }
        if (out instanceof Shape.Grid g) { // the same for columns
            return dl4j.reshape(nIn, g.channels(), g.height(), g.width()).permute(0, 2, 3, 1);
        }
        return dl4j;
    }

    /** Our channels-last matrix split into its (h, w, c) parts: a view. */
    private INDArray split(INDArray ours) {
        if (in instanceof Shape.Grid g) {
            return ours.reshape(g.height(), g.width(), g.channels(), nOut);
        }
        if (out instanceof Shape.Grid g) {
            return ours.reshape(nIn, g.height(), g.width(), g.channels());
        }
        return ours;
    }

    @Override
    public void pullWeights() {
        scratch.assign(weight.value()); // DL4J keeps dense weights in 'f' order; a c-ordered copy splits into views
        split(w).assign(dl4jAsChannelsLast(scratch));
        bias.pull();
    }

    @Override
    public void zeroGradients() {
        gw.assign(0);
        bias.zero();
    }

    @Override
    public void pushGradients() {
        dl4jAsChannelsLast(scratch).assign(split(gw));
        weight.gradient().assign(scratch);
        bias.push();
    }

    @Override
    public INDArray forward(INDArray x, Batch batch) {
        Buffers buf = buffers.get(batch);
        int n = batch.images();
        input = x.reshape(n, nIn);
        Nd4j.gemm(input, w, buf.y(), false, false, 1.0, 0.0);
        bias.addTo(buf.y());
        return out instanceof Shape.Grid g ? buf.y().reshape(g.rows(n), g.channels()) : buf.y();
    }

    @Override
    public INDArray backward(INDArray dy, Batch batch, boolean paramGradients, boolean inputGradient) {
        Buffers buf = buffers.get(batch);
        int n = batch.images();
        INDArray d = dy.reshape(n, nOut);
        if (paramGradients) {
            Nd4j.gemm(input, d, gw, true, false, 1.0, 1.0);
            bias.accumulate(d);
        }
        if (!inputGradient) {
            return null;
        }
        Nd4j.gemm(d, w, buf.dx(), false, true, 1.0, 0.0);
        return in instanceof Shape.Grid g ? buf.dx().reshape(g.rows(n), g.channels()) : buf.dx();
    }
}
