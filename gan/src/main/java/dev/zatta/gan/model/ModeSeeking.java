package dev.zatta.gan.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The mode-seeking term of MSGAN (Mao et al. 2019, "Mode Seeking Generative Adversarial Networks for Diverse
 * Image Synthesis"), added to the generator's loss. A conditional generator can meet its target — "D calls
 * G(z, k) a real k" — with one image per class and no use of z at all; that is the collapse the conditional
 * run showed without it. The term rewards G for images that differ when their latent vectors differ:
 *
 * <pre>
 * r = mean over pairs and pixels |G(z₁, k) − G(z₂, k)|  /  mean over pairs and latent dimensions |z₁ − z₂|
 * L_G ← L_G + λ / (r + ε),   ε = 10⁻⁵
 * </pre>
 *
 * the L1 distances and ε of the authors' code. The authors draw a second batch with the same classes and
 * other z; here a pair is two samples of the one batch asked for the same class (each row with the next
 * unpaired row of its label; unconditional: rows 2i and 2i + 1), so no extra generator pass is needed. The
 * push on the images grows as λ / r² when the samples of a class draw together (r → 0) and fades as they
 * spread.
 *
 * <p>Only the generator's step uses it: its gradient with respect to G's output images is added to the
 * adversarial one before G's backward pass, in both engines, so the engines still agree
 * ({@code GemmNetworkTest}). The value is not part of the reported {@code loss_g}, which stays the
 * adversarial loss.
 */
public record ModeSeeking(double weight) {
    /** No term: the blog's generator loss. */
    public static final ModeSeeking NONE = new ModeSeeking(0);
    /** The denominator's guard, as in the authors' code. */
    public static final double EPSILON = 1e-5;

    /**
     * @param weight λ ≥ 0; 0 turns the term off
     * @throws IllegalArgumentException naming the option for a negative, infinite or NaN weight
     */
    public ModeSeeking {
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("mode-seeking: expected a weight >= 0, got " + weight);
        }
    }

    /** Whether the term is on (λ > 0). */
    public boolean active() {
        return weight > 0;
    }

    /** The term λ / (r + ε) and the per-example gradient with respect to the images (see {@link #add}). */
    public record Term(double value, double ratio, INDArray gradient) {}

    /**
     * The term for a batch of generated images.
     *
     * @param fake   G's training-mode output, shape [n, …] (any layout whose rows are the images)
     * @param z      the latent vectors that made them, [n, zDim]
     * @param labels each image's class (conditional model) or null (unconditional)
     * @return the value, the ratio r and the gradient in {@code fake}'s shape and type, per example: n times the
     *         derivative of the term, because DL4J's updater divides by the batch size (as {@link LossKind} does);
     *         zeros if the batch has no pair
     */
    public Term term(INDArray fake, INDArray z, int[] labels) {
        int n = Math.toIntExact(fake.size(0));
        if (z.rank() != 2 || z.size(0) != n) {
            throw new IllegalArgumentException("z: expected shape [" + n + ", zDim], got "
                    + java.util.Arrays.toString(z.shape()));
        }
        // one copy each way: the images into a Java array (row i = image i), the gradient back
        double[] x = fake.dup('c').data().asDouble();
        double[] latent = z.dup('c').data().asDouble();
        int pixels = x.length / n;
        int zDim = latent.length / n;
        List<int[]> pairs = pairs(labels, n);
        double[] g = new double[x.length];
        if (pairs.isEmpty()) {
            return new Term(0, 0, gradient(g, fake));
        }
        double dx = 0;
        double dz = 0;
        for (int[] p : pairs) {
            int a = p[0] * pixels;
            int b = p[1] * pixels;
            for (int j = 0; j < pixels; j++) {
                dx += Math.abs(x[a + j] - x[b + j]);
            }
            for (int j = 0; j < zDim; j++) {
                dz += Math.abs(latent[p[0] * zDim + j] - latent[p[1] * zDim + j]);
            }
        }
        int count = pairs.size();
        double meanZ = dz / ((double) count * zDim);
        double ratio = dx / ((double) count * pixels) / meanZ;
        // d(λ / (r + ε)) / dx_a = −λ / (r + ε)² · sign(x_a − x_b) / (pairs · pixels · meanZ); times n per example
        double scale = -weight * n / ((ratio + EPSILON) * (ratio + EPSILON)) / (count * (double) pixels * meanZ);
        for (int[] p : pairs) {
            int a = p[0] * pixels;
            int b = p[1] * pixels;
            for (int j = 0; j < pixels; j++) {
                double s = Math.signum(x[a + j] - x[b + j]) * scale;
                g[a + j] += s;
                g[b + j] -= s;
            }
        }
        return new Term(weight / (ratio + EPSILON), ratio, gradient(g, fake));
    }

    /** {@code g} (row-major, one row per image) as an array of {@code like}'s shape and type. */
    private static INDArray gradient(double[] g, INDArray like) {
        if (like.dataType() == DataType.DOUBLE) {
            return Nd4j.create(g, like.shape(), 'c');
        }
        float[] f = new float[g.length];
        for (int i = 0; i < g.length; i++) {
            f[i] = (float) g[i];
        }
        return Nd4j.create(f, like.shape(), 'c').castTo(like.dataType());
    }

    /**
     * Adds the term's per-example gradient to G's external error (D's input gradient on the same images), in
     * place; nothing happens when the term is off.
     *
     * @return the term's value (0 when off)
     */
    double add(INDArray fake, INDArray z, int[] labels, INDArray outputGradient) {
        if (!active()) {
            return 0;
        }
        Term t = term(fake, z, labels);
        outputGradient.addi(t.gradient());
        return t.value();
    }

    /**
     * The pairs of a batch: for a conditional batch, each row with the next unpaired row of the same label (a
     * label's odd last row is left out); for an unconditional one (labels null), rows 2i and 2i + 1.
     */
    static List<int[]> pairs(int[] labels, int n) {
        List<int[]> out = new ArrayList<>();
        if (labels == null) {
            for (int i = 0; i + 1 < n; i += 2) {
                out.add(new int[] {i, i + 1});
            }
            return out;
        }
        if (labels.length != n) {
            throw new IllegalArgumentException("labels: expected " + n + " (one per image), got " + labels.length);
        }
        Map<Integer, Integer> open = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Integer j = open.remove(labels[i]);
            if (j == null) {
                open.put(labels[i], i);
            } else {
                out.add(new int[] {j, i});
            }
        }
        return out;
    }
}
