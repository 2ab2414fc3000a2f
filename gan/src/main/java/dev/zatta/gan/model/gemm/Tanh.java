package dev.zatta.gan.model.gemm;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** tanh, with tanh′ = 1 − y². */
final class Tanh extends Activation {
    Tanh(Shape shape, DataType type) {
        super(shape, type);
    }

    @Override
    void apply(INDArray y, Batch batch) {
        Transforms.tanh(y, false);
    }

    @Override
    void derivative(INDArray y, INDArray dy, INDArray dx) {
        dx.assign(y).muli(y).rsubi(1.0).muli(dy);
    }
}
