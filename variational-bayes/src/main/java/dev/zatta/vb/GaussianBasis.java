package dev.zatta.vb;

import java.util.Arrays;

/**
 * Gaussian bumps φ_j(x) = exp(−s (x − μ_j)²), j = 0…M−1, with no bias term — the blog's basis (5
 * centres on [−1, 1], s = 10). Immutable and thread-safe.
 *
 * <p>For evenly spaced centres (the usual case, and the blog's) {@link #evaluate} needs 3 calls of
 * {@code exp} per x instead of M: starting from the centre k nearest to x it walks outwards with
 * φ_{j+1} = φ_j·g_j, g_{j+1} = g_j·exp(−2sΔ²), where g_k = exp(−s(Δ² + 2Δ(μ_k − x))), and the mirror
 * image downwards. Every ratio walked is ≤ 1 (φ decreases away from the nearest centre), so nothing
 * overflows and a value can only underflow to 0 where the exact value is below the double range;
 * the relative error grows by about one rounding per step (≤ M·2⁻⁵³). Uneven centres use exp
 * directly.
 */
public final class GaussianBasis implements Basis {
    private final double[] centres;
    private final double scale;
    /** Centre spacing Δ when the centres are evenly spaced (within 1e-12 relative), else NaN. */
    private final double spacing;
    private final double upStart;
    private final double stepRatio;

    private GaussianBasis(double[] centres, double scale) {
        this.centres = centres;
        this.scale = scale;
        this.spacing = evenSpacing(centres);
        this.upStart = Double.isNaN(spacing) ? Double.NaN : -scale * spacing * spacing;
        this.stepRatio = Double.isNaN(spacing) ? Double.NaN : Math.exp(-2 * scale * spacing * spacing);
    }

    /**
     * @param centres the μ_j, finite, at least one
     * @param scale s &gt; 0 (the precision-like width parameter: larger means narrower bumps)
     */
    public static GaussianBasis of(double[] centres, double scale) {
        if (centres == null || centres.length == 0) {
            throw new IllegalArgumentException("centres: expected at least one centre, got none");
        }
        for (int j = 0; j < centres.length; j++) {
            if (!Double.isFinite(centres[j])) {
                throw new IllegalArgumentException("centres[" + j + "]: expected a finite number, got " + centres[j]);
            }
        }
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("scale: expected a finite number > 0, got " + scale);
        }
        return new GaussianBasis(centres.clone(), scale);
    }

    /** {@code count} centres evenly spaced on [lo, hi] (one centre: at the midpoint). */
    public static GaussianBasis evenlySpaced(int count, double lo, double hi, double scale) {
        if (count < 1) {
            throw new IllegalArgumentException("count: expected an integer >= 1, got " + count);
        }
        double[] c = new double[count];
        for (int j = 0; j < count; j++) {
            c[j] = count == 1 ? (lo + hi) / 2 : lo + (hi - lo) * j / (count - 1);
        }
        return of(c, scale);
    }

    private static double evenSpacing(double[] c) {
        if (c.length < 3) {
            return Double.NaN;
        }
        double d = (c[c.length - 1] - c[0]) / (c.length - 1);
        if (!(d > 0)) {
            return Double.NaN;
        }
        for (int j = 1; j < c.length; j++) {
            double expected = c[0] + j * d;
            if (Math.abs(c[j] - expected) > 1e-12 * Math.max(Math.abs(d), Math.abs(expected))) {
                return Double.NaN;
            }
        }
        return d;
    }

    /** The centres μ_j (a copy). */
    public double[] centres() {
        return centres.clone();
    }

    /** The scale s. */
    public double scale() {
        return scale;
    }

    @Override
    public int size() {
        return centres.length;
    }

    @Override
    public void evaluate(double x, double[] out, int offset) {
        int m = centres.length;
        if (Double.isNaN(spacing)) {
            for (int j = 0; j < m; j++) {
                double d = x - centres[j];
                out[offset + j] = Math.exp(-scale * d * d);
            }
            return;
        }
        double pos = (x - centres[0]) / spacing;
        int k = pos <= 0 ? 0 : pos >= m - 1 ? m - 1 : (int) Math.rint(pos);
        double dk = x - centres[k];
        double phiK = Math.exp(-scale * dk * dk);
        out[offset + k] = phiK;
        // upwards: φ_{j+1}/φ_j = exp(−s(Δ² − 2Δ(x − μ_j)))
        double twoSD = 2 * scale * spacing;
        double phi = phiK;
        double g = Math.exp(upStart + twoSD * dk);
        for (int j = k + 1; j < m; j++) {
            phi *= g;
            out[offset + j] = phi;
            g *= stepRatio;
        }
        // downwards: φ_{j−1}/φ_j = exp(−s(Δ² + 2Δ(x − μ_j)))
        phi = phiK;
        g = Math.exp(upStart - twoSD * dk);
        for (int j = k - 1; j >= 0; j--) {
            phi *= g;
            out[offset + j] = phi;
            g *= stepRatio;
        }
    }

    /**
     * Column-wise evaluation of a block. For evenly spaced centres and a block whose x all lie
     * within distance D of the first centre with s·D² ≤ {@value #COLUMN_RECURRENCE_LIMIT}, it uses
     * φ_0 = exp(−s(x − μ_0)²), g_0 = exp(2sΔ(x − μ_0) − sΔ²) and the recurrence φ_{j+1} = φ_j·g_j,
     * g_{j+1} = g_j·exp(−2sΔ²) along whole columns: two exp per row and loops of independent
     * multiplications that the JIT vectorises. The bound keeps every factor within e^±(2·limit), so
     * the relative error stays below about 4·limit·2⁻⁵³ per value and nothing overflows; other
     * blocks use {@link #evaluate} row by row.
     */
    @Override
    public void evaluateColumns(double[] xs, int from, int count, double[] columns, int stride) {
        int m = centres.length;
        if (Double.isNaN(spacing) || count == 0) {
            Basis.super.evaluateColumns(xs, from, count, columns, stride);
            return;
        }
        double mu0 = centres[0];
        double far = 0;
        for (int r = 0; r < count; r++) {
            far = Math.max(far, Math.abs(xs[from + r] - mu0));
        }
        if (!(scale * far * far <= COLUMN_RECURRENCE_LIMIT)) {
            Basis.super.evaluateColumns(xs, from, count, columns, stride);
            return;
        }
        double[] g = ratio.get();
        if (g.length < count) {
            g = new double[count];
            ratio.set(g);
        }
        double twoSD = 2 * scale * spacing;
        for (int r = 0; r < count; r++) {
            double d = xs[from + r] - mu0;
            columns[r] = Math.exp(-scale * d * d);
            g[r] = Math.exp(upStart + twoSD * d);
        }
        double c = stepRatio;
        for (int j = 1; j < m; j++) {
            int prev = (j - 1) * stride;
            int cur = j * stride;
            for (int r = 0; r < count; r++) {
                columns[cur + r] = columns[prev + r] * g[r];
                g[r] *= c;
            }
        }
    }

    /** Largest s·(x − μ_0)² for which {@link #evaluateColumns} uses the column recurrence. */
    public static final double COLUMN_RECURRENCE_LIMIT = 50;

    private static final ThreadLocal<double[]> ratio = ThreadLocal.withInitial(() -> new double[0]);

    @Override
    public String describe() {
        return "gauss(centres " + Arrays.toString(centres) + ", s=" + scale + ")";
    }
}
