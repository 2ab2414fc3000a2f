package dev.zatta.gan.model;

import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Reproducible test inputs: double arrays of values uniform in [−1, 1) from a seeded {@link Random}. */
final class RandomArrays {
    private RandomArrays() {
    }

    /** An array of the given shape, filled in row-major order from {@code new Random(seed)}. */
    static INDArray uniform(long seed, long... shape) {
        Random r = new Random(seed);
        long n = 1;
        for (long s : shape) {
            n *= s;
        }
        double[] v = new double[Math.toIntExact(n)];
        for (int i = 0; i < v.length; i++) {
            v[i] = 2 * r.nextDouble() - 1;
        }
        return Nd4j.createFromArray(v).reshape(shape);
    }
}
