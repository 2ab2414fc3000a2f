package dev.zatta.gan.model.gemm;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * LeakyReLU with 0 &lt; α &lt; 1, as max(x, αx): two plain element-wise passes, about 6× faster here than
 * ND4J's {@code leakyrelu}; y &lt; 0 exactly when x &lt; 0, so the derivative comes from the output's sign.
 */
final class LeakyRelu extends Activation {
    private final double alpha;
    private final BufferCache<INDArray> scratch;

    LeakyRelu(Shape shape, DataType type, double alpha) {
        super(shape, type);
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("expected a LeakyReLU slope 0 < alpha < 1, got " + alpha);
        }
        this.alpha = alpha;
        this.scratch = new BufferCache<>(b -> Nd4j.create(type, shape.rows(b.images()), shape.columns()));
    }

    @Override
    void apply(INDArray y, Batch batch) {
        Transforms.max(y, scratch.get(batch).assign(y).muli(alpha), false);
    }

    @Override
    void derivative(INDArray y, INDArray dy, INDArray dx) {
        // dy · (1 − (1 − α)·[y < 0]), about 4× faster here than ND4J's lrelu_bp; like lrelu_bp (and DL4J) it takes
        // the slope 1 at exactly 0, which happens: D's first convolution of an all-zero patch of G(z)
        Transforms.step(dx.assign(y).negi(), false).muli(alpha - 1).addi(1.0).muli(dy);
    }
}
