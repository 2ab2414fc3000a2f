package dev.zatta.gan;

/** Spatial sizes of the blog's generator (transposed convolutions). Stateless. */
public final class Shapes {
    private Shapes() {}

    /**
     * Output size of a transposed convolution: {@code s·(in−1) + k − 2p}.
     *
     * @throws IllegalArgumentException if an argument is out of range or the result is not positive
     */
    public static int deconvOutput(int in, int kernel, int stride, int padding) {
        if (in < 1) {
            throw new IllegalArgumentException("in: expected >= 1, got " + in);
        }
        if (kernel < 1) {
            throw new IllegalArgumentException("kernel: expected >= 1, got " + kernel);
        }
        if (stride < 1) {
            throw new IllegalArgumentException("stride: expected >= 1, got " + stride);
        }
        if (padding < 0) {
            throw new IllegalArgumentException("padding: expected >= 0, got " + padding);
        }
        int out = stride * (in - 1) + kernel - 2 * padding;
        if (out < 1) {
            throw new IllegalArgumentException("deconv(in=" + in + ", k=" + kernel + ", s=" + stride
                    + ", p=" + padding + ") has no output: size " + out);
        }
        return out;
    }

    /** The generator's spatial sizes after the linear layer and each of its four deconvolutions. */
    public static int[] generatorSizes() {
        int s0 = 3;
        int s1 = deconvOutput(s0, 2, 2, 1);
        int s2 = deconvOutput(s1, 2, 2, 1);
        int s3 = deconvOutput(s2, 2, 2, 1);
        int s4 = deconvOutput(s3, 3, 3, 1);
        return new int[] {s0, s1, s2, s3, s4};
    }
}
