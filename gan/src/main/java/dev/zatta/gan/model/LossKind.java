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
 *       {@code L = mean_i [log Σ_c exp(l_ic) − l_i,y]}, gradient {@code softmax(l_i) − onehot(y)}. The same
 *       formula serves the class-conditional discriminator's K + 1 classes ({@link Architecture#conditional()}:
 *       digits 0..K−1, then fake; Salimans et al. 2016, §5): the <b>last class is always FAKE</b>, and
 *       P(real) is the sum of the other classes' probabilities.</li>
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

    /** The number of logits an unconditional discriminator ends in: 2 for softmax, 1 for sigmoid. */
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
            p[i] = this == SOFTMAX ? notFake(softmax(l[i])) : sigmoid(l[i][0]);
        }
        return p;
    }

    /**
     * The softmax probability of class {@code classes[i]} in row i (for a conditional D: P(digit k), which is
     * both "real" and "a k").
     *
     * @param logits shape [n, C], C ≥ 2; only {@link #SOFTMAX} has classes
     */
    public double[] pClass(INDArray logits, int[] classes) {
        if (this != SOFTMAX) {
            throw new IllegalStateException("pClass: only the softmax loss has classes, this is " + this);
        }
        double[][] l = toRows(logits);
        checkClasses(classes, l.length, l.length == 0 ? 2 : l[0].length);
        double[] p = new double[l.length];
        for (int i = 0; i < l.length; i++) {
            p[i] = softmax(l[i])[classes[i]];
        }
        return p;
    }

    /**
     * The loss of labelling every row as {@code target}: for {@link #SOFTMAX} with two classes, class
     * {@link Label#index()}; for {@link #SIGMOID}, the target {@link Label#sigmoidTarget()}.
     *
     * @param logits shape [n, {@link #logits()}]
     */
    public Result evaluate(INDArray logits, Label target) {
        int[] classes = new int[Math.toIntExact(logits.size(0))];
        java.util.Arrays.fill(classes, target.index());
        return evaluate(logits, classes);
    }

    /**
     * The loss of labelling row i as class {@code classes[i]}. For {@link #SOFTMAX} the logits have C ≥ 2
     * columns and the last class is FAKE (two classes: {@link Label}; K + 1: the digits, then fake); for
     * {@link #SIGMOID} one column and the classes are {@link Label#index()} values.
     */
    public Result evaluate(INDArray logits, int[] classes) {
        double[][] l = toRows(logits);
        int n = l.length;
        int width = Math.toIntExact(logits.size(1));
        checkClasses(classes, n, this == SOFTMAX ? width : 2);
        double[] p = new double[n];
        double[][] g = new double[n][width];
        double loss = 0;
        for (int i = 0; i < n; i++) {
            if (this == SOFTMAX) {
                double[] sm = softmax(l[i]);
                double max = l[i][0];
                for (int c = 1; c < width; c++) {
                    max = Math.max(max, l[i][c]);
                }
                double sum = 0;
                for (int c = 0; c < width; c++) {
                    sum += Math.exp(l[i][c] - max);
                }
                loss += max + Math.log(sum) - l[i][classes[i]];
                p[i] = notFake(sm);
                for (int c = 0; c < width; c++) {
                    g[i][c] = sm[c] - (c == classes[i] ? 1.0 : 0.0);
                }
            } else {
                double s = l[i][0];
                double t = classes[i] == Label.REAL.index() ? 1.0 : 0.0;
                // softplus(s) − t·s = −[t log σ(s) + (1−t) log(1−σ(s))], stable for large |s|
                loss += softplus(s) - t * s;
                p[i] = sigmoid(s);
                g[i][0] = p[i] - t;
            }
        }
        INDArray grad = Nd4j.createFromArray(g).castTo(logits.dataType());
        return new Result(loss / n, p, grad);
    }

    private static void checkClasses(int[] classes, int n, int count) {
        if (classes == null || classes.length != n) {
            throw new IllegalArgumentException("classes: expected " + n + " (one per row of the logits), got "
                    + (classes == null ? "null" : Integer.toString(classes.length)));
        }
        for (int c : classes) {
            if (c < 0 || c >= count) {
                throw new IllegalArgumentException("classes: expected values in 0.." + (count - 1) + ", got " + c);
            }
        }
    }

    private double[][] toRows(INDArray logits) {
        boolean ok = logits.rank() == 2 && (this == SOFTMAX ? logits.size(1) >= 2 : logits.size(1) == 1);
        if (!ok) {
            throw new IllegalArgumentException("logits: expected shape [n, " + (this == SOFTMAX ? "C >= 2" : "1")
                    + "] for " + this + ", got " + java.util.Arrays.toString(logits.shape()));
        }
        return logits.castTo(DataType.DOUBLE).toDoubleMatrix();
    }

    static double[] softmax(double[] l) {
        double max = l[0];
        for (int c = 1; c < l.length; c++) {
            max = Math.max(max, l[c]);
        }
        double[] e = new double[l.length];
        double sum = 0;
        for (int c = 0; c < l.length; c++) {
            e[c] = Math.exp(l[c] - max);
            sum += e[c];
        }
        for (int c = 0; c < l.length; c++) {
            e[c] /= sum;
        }
        return e;
    }

    /** P(real): the probabilities of every class but the last (FAKE), summed; with two classes, class 0's. */
    static double notFake(double[] softmax) {
        double p = softmax[0];
        for (int c = 1; c < softmax.length - 1; c++) {
            p += softmax[c];
        }
        return p;
    }

    static double sigmoid(double s) {
        return s >= 0 ? 1 / (1 + Math.exp(-s)) : Math.exp(s) / (1 + Math.exp(s));
    }

    static double softplus(double s) {
        return Math.max(s, 0) + Math.log1p(Math.exp(-Math.abs(s)));
    }
}
