package dev.zatta.vb;

import java.io.IOException;
import java.io.Writer;
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

    /**
     * PRML Fig. 10.9's setup: "a polynomial with M = 3 sampled over the interval (−5, 5) with additive
     * Gaussian noise of variance 0.09". PRML does not print its cubic; this one is
     * f(x) = 0.1x³ − 0.5x² − x + 1, so t = f(x) + N(0, 0.3²), x ~ U(−5, 5).
     */
    public static SyntheticData prmlCubic() {
        return new SyntheticData(SyntheticData::prmlCubicFunction, 0.3, -5, 5);
    }

    private static double prmlCubicFunction(double x) {
        return ((0.1 * x - 0.5) * x - 1) * x + 1;
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

    /**
     * Writes n rows as CSV, {@code x,t} header first, each number as {@link Double#toString} (which
     * parses back to the same double), without storing them.
     */
    public void writeCsv(long n, long seed, Writer out) throws IOException {
        out.write("x,t\n");
        StringBuilder line = new StringBuilder(64);
        IOException[] failure = {null};
        forEach(n, seed, (x, t) -> {
            if (failure[0] != null) {
                return;
            }
            line.setLength(0);
            line.append(x).append(',').append(t).append('\n');
            try {
                out.append(line);
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        out.flush();
        if (failure[0] != null) {
            throw failure[0];
        }
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
