package dev.zatta.gan.model.gemm;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** ReLU, max(x, 0); y &gt; 0 exactly when x &gt; 0, so the derivative is the step function of the output. */
final class Relu extends Activation {
    Relu(Shape shape, DataType type) {
        super(shape, type);
    }

    @Override
    void apply(INDArray y, Batch batch) {
        Transforms.relu(y, false);
    }

    @Override
    void derivative(INDArray y, INDArray dy, INDArray dx) {
        // not lrelu_bp with α = 0: it passes the gradient where the input is exactly 0, and a ReLU's output is
        // exactly 0 wherever its input was negative
        Transforms.step(dx.assign(y), false).muli(dy);
    }
}
