package dev.zatta.gan.model.gemm;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A layer's bias as a [1, columns] row added to every row of the output, and its accumulated gradient (the
 * column sums of the output gradient). DL4J's bias view is a plain row, except that of a dense layer whose
 * output DL4J reshapes into a channel-major image ({@link #channelMajor}): its entries are then permuted to
 * channels-last order.
 */
final class Bias {
    private final Param param;
    private final Shape.Grid image; // null: DL4J's row is already in our order
    private final INDArray b;
    private final INDArray gb;
    private final INDArray step;

    private Bias(Param param, int columns, Shape.Grid image) {
        this.param = param;
        this.image = image;
        this.b = Nd4j.create(param.value().dataType(), 1, columns);
        this.gb = Nd4j.create(param.value().dataType(), 1, columns);
        this.step = Nd4j.create(param.value().dataType(), 1, columns);
    }

    /** A bias of {@code columns} entries in the order DL4J stores them. */
    static Bias row(Param param, int columns) {
        return new Bias(param, columns, null);
    }

    /** The bias of a dense layer whose DL4J output is {@code image} flattened channel-major: (c, h, w). */
    static Bias channelMajor(Param param, Shape.Grid image) {
        return new Bias(param, image.pixels() * image.channels(), image);
    }

    void pull() {
        if (image == null) {
            b.assign(param.value().reshape(1, b.length()));
        } else {
            b.reshape(1, image.height(), image.width(), image.channels()).assign(param.value()
                    .reshape(1, image.channels(), image.height(), image.width()).permute(0, 2, 3, 1));
        }
    }

    void zero() {
        gb.assign(0);
    }

    /** Adds the column sums of {@code dy} ([rows, columns]) to the gradient. */
    void accumulate(INDArray dy) {
        gb.addi(Matrices.columnSums(dy, step, 1.0));
    }

    void push() {
        if (image == null) {
            param.gradient().reshape(1, gb.length()).assign(gb);
        } else {
            param.gradient().reshape(1, image.channels(), image.height(), image.width())
                    .assign(gb.reshape(1, image.height(), image.width(), image.channels()).permute(0, 3, 1, 2));
        }
    }

    /** y += b, row by row, in place. */
    void addTo(INDArray y) {
        y.addiRowVector(b);
    }
}
