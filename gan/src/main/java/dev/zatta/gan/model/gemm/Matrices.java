package dev.zatta.gan.model.gemm;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** Small ND4J helpers of the channels-last ops. Stateless but for a cache of rows of ones. */
final class Matrices {
    private Matrices() {}

    private record OnesKey(long length, DataType type) {}

    private static final Map<OnesKey, INDArray> ONES = new ConcurrentHashMap<>();

    /**
     * {@code out} = {@code scale} × the column sums of a [rows, c] matrix, as a [1, c] row: one product with a
     * row of ones (faster here than ND4J's sum reduction).
     */
    static INDArray columnSums(INDArray x, INDArray out, double scale) {
        long rows = x.size(0);
        INDArray ones = ONES.computeIfAbsent(new OnesKey(rows, x.dataType()),
                key -> Nd4j.ones(key.type(), 1, key.length()));
        return Nd4j.gemm(ones, x, out, false, false, scale, 0.0);
    }

    /**
     * {@code count} indices from {@code first} in steps of {@code stride}. ND4J 1.0.0-M2.1 misreads a strided
     * interval that holds one index ({@code interval(1, 2, 2)} of 0..3 selects 1 and 3, {@code interval(2, 2,
     * 3)} fails as out of range), so a single index is asked for without a stride.
     */
    static INDArrayIndex strided(int first, int stride, int count) {
        return count == 1 ? NDArrayIndex.interval(first, first + 1)
                : NDArrayIndex.interval(first, stride, first + stride * (count - 1) + 1);
    }

    /** Rows [s·per, (s+1)·per) of a matrix that holds {@code segments} equal segments: a view. */
    static INDArray segment(INDArray rows, int s, int segments) {
        if (segments == 1) {
            return rows;
        }
        long per = rows.size(0) / segments;
        return rows.get(NDArrayIndex.interval(s * per, (s + 1) * per), NDArrayIndex.all());
    }

    /** A channels-last matrix of n images seen as [n, height, width, channels]: a view. */
    static INDArray grid(INDArray rows, Shape.Grid g, int n) {
        return rows.reshape(n, g.height(), g.width(), g.channels());
    }
}
