package dev.zatta.gan.model.gemm;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * An element-wise activation applied in place to the previous op's output (which nothing reads again), with
 * its derivative read off the output. Subclasses: {@link Relu}, {@link LeakyRelu}, {@link Tanh}.
 */
abstract class Activation implements ChannelsLastOp {
    private final BufferCache<INDArray> dx;
    private INDArray y;

    /** @param shape what the op's input (and output) looks like */
    Activation(Shape shape, DataType type) {
        this.dx = new BufferCache<>(b -> Nd4j.create(type, shape.rows(b.images()), shape.columns()));
    }

    /** Applies the function to {@code y} in place. */
    abstract void apply(INDArray y, Batch batch);

    /** {@code dx} = f′ · dy, f′ computed from the output y. */
    abstract void derivative(INDArray y, INDArray dy, INDArray dx);

    @Override
    public final INDArray forward(INDArray x, Batch batch) {
        y = x;
        apply(y, batch);
        return y;
    }

    @Override
    public final INDArray backward(INDArray dy, Batch batch, boolean paramGradients, boolean inputGradient) {
        if (!inputGradient) {
            return null;
        }
        INDArray out = dx.get(batch);
        derivative(y, dy, out);
        return out;
    }
}
