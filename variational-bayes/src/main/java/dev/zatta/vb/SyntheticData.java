package dev.zatta.vb;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

/**
 * Seeded synthetic regression data t = f(x) + N(0, σ²), x ~ U(lo, hi). Immutable; every method takes
 * an explicit seed ({@link SplittableRandom}, never global state), so equal seeds give equal data.
 *
 * @param function the true f
 * @param noiseSd σ ≥ 0
 * @param lo lower end of x
 * @param hi upper end of x
 */
public record SyntheticData(DoubleUnaryOperator function, double noiseSd, double lo, double hi) {
    /** @throws IllegalArgumentException for σ &lt; 0 or an empty range */
    public SyntheticData {
        Objects.requireNonNull(function, "function");
        if (!(noiseSd >= 0)) {
            throw new IllegalArgumentException("noiseSd: expected a number >= 0, got " + noiseSd);
        }
        if (!(lo < hi)) {
            throw new IllegalArgumentException("range: expected lo < hi, got [" + lo + ", " + hi + "]");
        }
    }

    /** The blog's data: t = sin(πx) + N(0, 0.5²), x ~ U(−1, 1). */
    public static SyntheticData blog() {
        return new SyntheticData(x -> Math.sin(Math.PI * x), 0.5, -1, 1);
    }

    /** PRML Fig. 10.9's data: t = sin(2πx) + N(0, 0.3²), x ~ U(0, 1). */
    public static SyntheticData prml() {
        return new SyntheticData(x -> Math.sin(2 * Math.PI * x), 0.3, 0, 1);
    }

    /** n rows as two new arrays {x, t}, sorted by nothing (in draw order). */
    public double[][] sample(int n, long seed) {
        double[] x = new double[n];
        double[] t = new double[n];
        int[] i = {0};
        forEach(n, seed, (a, b) -> {
            x[i[0]] = a;
            t[i[0]++] = b;
        });
        return new double[][] {x, t};
    }

    /** n rows with x evenly spaced on [lo, hi] (PRML §1.1's training set layout) and seeded noise: {x, t}. */
    public double[][] onGrid(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[n];
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = n == 1 ? (lo + hi) / 2 : lo + (hi - lo) * i / (n - 1);
            t[i] = function.applyAsDouble(x[i]) + noiseSd * rng.nextGaussian();
        }
        return new double[][] {x, t};
    }

    /** Streams n rows to {@code sink} without storing them (for 10⁸-row runs). */
    public void forEach(long n, long seed, RowConsumer sink) {
        SplittableRandom rng = new SplittableRandom(seed);
        for (long i = 0; i < n; i++) {
            draw(rng, sink);
        }
    }

    /**
     * Draws one row from {@code rng} and hands it to {@code sink}: the step {@link #forEach} repeats, for
     * a caller that holds the generator itself (a reader that pulls rows one at a time). Starting from
     * {@code new SplittableRandom(seed)}, n draws give the rows of {@code forEach(n, seed, …)}.
     */
    public void draw(SplittableRandom rng, RowConsumer sink) {
        double x = lo + (hi - lo) * rng.nextDouble();
        sink.accept(x, function.applyAsDouble(x) + noiseSd * rng.nextGaussian());
    }
}
