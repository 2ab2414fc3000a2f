package dev.zatta.gan.model.gemm;

/**
 * What one example's activation looks like between two ops, immutable. On the channels-last path a batch of
 * n examples is one matrix: [n, features] for {@link Flat}, [n·height·width, channels] for {@link Grid}.
 */
public sealed interface Shape permits Shape.Flat, Shape.Grid {
    /** The matrix's number of columns: features or channels. */
    int columns();

    /** The matrix's number of rows for a batch of n examples. */
    long rows(int n);

    /** A vector of features (a dense layer's input or output). */
    record Flat(int features) implements Shape {
        public Flat {
            if (features < 1) {
                throw new IllegalArgumentException("features: expected >= 1, got " + features);
            }
        }

        @Override
        public int columns() {
            return features;
        }

        @Override
        public long rows(int n) {
            return n;
        }
    }

    /** An image of height × width pixels with channels values each, stored channels-last. */
    record Grid(int height, int width, int channels) implements Shape {
        public Grid {
            if (height < 1 || width < 1 || channels < 1) {
                throw new IllegalArgumentException("grid: expected height, width and channels >= 1, got "
                        + height + " x " + width + " x " + channels);
            }
        }

        @Override
        public int columns() {
            return channels;
        }

        @Override
        public long rows(int n) {
            return (long) n * height * width;
        }

        /** The number of pixels, height · width. */
        public int pixels() {
            return height * width;
        }
    }
}
