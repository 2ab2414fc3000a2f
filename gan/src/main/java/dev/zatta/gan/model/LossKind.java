package dev.zatta.gan.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The discriminator's loss, computed from its logits on the Java side so that the label convention
 * ({@link Label}) lives in one place and the gradient is explicit.
 *
 * <ul>
 *   <li>{@link #SOFTMAX} — the blog's loss: softmax cross-entropy over two classes,
 *       {@code L = mean_i [log Σ_c exp(l_ic) − l_i,y]}, gradient {@code softmax(l_i) − onehot(y)}.</li>
 *   <li>{@link #SIGMOID} — the standard non-saturating GAN loss (Goodfellow et al. 2014, §3): one logit
 *       s with P(real) = σ(s), {@code L = mean_i softplus(−s)} for REAL targets and
 *       {@code mean_i softplus(s)} for FAKE, gradient {@code σ(s) − t}.</li>
 * </ul>
 *
 * <p>The generator is trained with the target {@link Label#REAL} in both cases (the "−log D(G(z))"
 * form), which does not saturate when D confidently rejects the samples.
 *
 * <p>Gradients are returned per example, <i>not</i> divided by the batch size: DL4J's updater divides by
 * the minibatch size itself (as it does for its own loss functions).
 */
public enum LossKind {
    /** Two logits, softmax cross-entropy, class 0 = REAL (the blog's loss). */
    SOFTMAX(2),
    /** One logit, sigmoid cross-entropy, σ(s) = P(real). */
    SIGMOID(1);

    private final int logits;

    LossKind(int logits) {
        this.logits = logits;
    }

    /** The name on the command line: {@code softmax} or {@code sigmoid}. */
    public String option() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The loss named {@code name} ({@link #option()}).
     *
     * @throws IllegalArgumentException naming the option and the values expected
     */
    public static LossKind parse(String name) {
        for (LossKind k : values()) {
            if (k.option().equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("loss: expected softmax or sigmoid, got \"" + name + "\"");
    }

    /** The number of logits the discriminator ends in: 2 for softmax, 1 for sigmoid. */
    public int logits() {
        return logits;
    }

    /** Loss, P(real) per example and the per-example gradient with respect to the logits. */
    public record Result(double loss, double[] pReal, INDArray gradient) {
        /** The mean of {@link #pReal()}. */
        public double meanPReal() {
            double s = 0;
            for (double p : pReal) {
                s += p;
            }
            return s / pReal.length;
        }
    }

    /**
     * P(real) of each row of the logits.
     *
     * @param logits shape [n, {@link #logits()}]
     */
    public double[] pReal(INDArray logits) {
        double[][] l = toRows(logits);
        double[] p = new double[l.length];
        for (int i = 0; i < l.length; i++) {
            p[i] = this == SOFTMAX ? softmax(l[i])[Label.REAL.index()] : sigmoid(l[i][0]);
        }
        return p;
    }

    /**
     * The loss of labelling every row as {@code target}.
     *
     * @param logits shape [n, {@link #logits()}]
     */
    public Result evaluate(INDArray logits, Label target) {
        double[][] l = toRows(logits);
        int n = l.length;
        double[] p = new double[n];
        double[][] g = new double[n][logits()];
        double loss = 0;
        for (int i = 0; i < n; i++) {
            if (this == SOFTMAX) {
                double[] sm = softmax(l[i]);
                double max = Math.max(l[i][0], l[i][1]);
                double lse = max + Math.log(Math.exp(l[i][0] - max) + Math.exp(l[i][1] - max));
                loss += lse - l[i][target.index()];
                p[i] = sm[Label.REAL.index()];
                for (int c = 0; c < 2; c++) {
                    g[i][c] = sm[c] - (c == target.index() ? 1.0 : 0.0);
                }
            } else {
                double s = l[i][0];
                double t = target.sigmoidTarget();
                // softplus(s) − t·s = −[t log σ(s) + (1−t) log(1−σ(s))], stable for large |s|
                loss += softplus(s) - t * s;
                p[i] = sigmoid(s);
                g[i][0] = p[i] - t;
            }
        }
        INDArray grad = Nd4j.createFromArray(g).castTo(logits.dataType());
        return new Result(loss / n, p, grad);
    }

    private double[][] toRows(INDArray logits) {
        if (logits.rank() != 2 || logits.size(1) != logits()) {
            throw new IllegalArgumentException("logits: expected shape [n, " + logits() + "] for " + this
                    + ", got " + java.util.Arrays.toString(logits.shape()));
        }
        return logits.castTo(DataType.DOUBLE).toDoubleMatrix();
    }

    static double[] softmax(double[] l) {
        double max = Math.max(l[0], l[1]);
        double e0 = Math.exp(l[0] - max);
        double e1 = Math.exp(l[1] - max);
        return new double[] {e0 / (e0 + e1), e1 / (e0 + e1)};
    }

    static double sigmoid(double s) {
        return s >= 0 ? 1 / (1 + Math.exp(-s)) : Math.exp(s) / (1 + Math.exp(s));
    }

    static double softplus(double s) {
        return Math.max(s, 0) + Math.log1p(Math.exp(-Math.abs(s)));
    }
}
