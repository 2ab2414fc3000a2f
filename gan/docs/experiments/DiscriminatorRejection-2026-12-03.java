import dev.zatta.gan.eval.QualityEvaluator;
import dev.zatta.gan.eval.ConditionalReport;
import dev.zatta.gan.train.Checkpoint;
import dev.zatta.gan.train.Images;
import dev.zatta.gan.model.Dcgan;
import java.nio.file.Path;
import java.util.*;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Throw-away experiment, 2026-12-03 (not part of the product; see gan/README.md, "What was tried"):
 * discriminator rejection sampling (Azadi et al., "Discriminator Rejection Sampling", ICLR 2019) on a
 * conditional checkpoint. For digit k it draws POOL candidates G(z, k) from the run's sampler (the average of
 * G's weights), takes D's log density ratio r = logit_k - logit_fake (for the K + 1 discriminator,
 * log p_data(x, k) / p_g(x) up to a constant), keeps a candidate with probability min(1, exp(r - c)), c the
 * Q-quantile of r over the pool (Q = 1: keep all, the baseline), and judges the first N kept per digit with
 * the shipped judge (a fifth argument g draws from G itself instead of the average). Run from the repository root after ./mvnw -pl gan -am package -DskipTests:
 *
 *   mkdir -p /tmp/drs && cp gan/docs/experiments/DiscriminatorRejection-2026-12-03.java /tmp/drs/Drs.java
 *   javac -cp 'gan/target/gan.jar:gan/target/lib/*' -d /tmp/drs /tmp/drs/Drs.java
 *   java -Xmx1g -cp '/tmp/drs:gan/target/gan.jar:gan/target/lib/*' Drs RUN_FOLDER 500 4000 1,0.5,0.8,0.95
 */
public class Drs {
    public static void main(String[] a) throws Exception {
        Checkpoint cp = Checkpoint.load(Path.of(a[0]));
        int n = Integer.parseInt(a[1]);
        int pool = Integer.parseInt(a[2]);
        double[] qs = Arrays.stream(a[3].split(",")).mapToDouble(Double::parseDouble).toArray();
        boolean useG = a.length > 4 && a[4].equals("g");
        Dcgan m = cp.model();
        int K = 10;
        QualityEvaluator judge = QualityEvaluator.shipped();
        // per digit: pool candidates and their log ratio
        List<List<float[]>> cand = new ArrayList<>();
        List<double[]> ratio = new ArrayList<>();
        SplittableRandom rng = new SplittableRandom(1);
        for (int k = 0; k < K; k++) {
            List<float[]> imgs = new ArrayList<>();
            double[] r = new double[pool];
            for (int done = 0; done < pool; done += 250) {
                int b = Math.min(250, pool - done);
                INDArray z = Images.latent(rng, b, m.architecture().zDim());
                int[] lab = new int[b]; Arrays.fill(lab, k);
                INDArray x = useG ? m.generator().output(m.architecture().generatorInput(z, lab), false) : m.generate(z, lab);
                INDArray logits = m.discriminator().output(x, false);
                for (int i = 0; i < b; i++) {
                    r[done + i] = logits.getDouble(i, k) - logits.getDouble(i, K);
                }
                imgs.addAll(Images.toUnit(x));
            }
            cand.add(imgs); ratio.add(r);
        }
        for (double q : qs) {
            List<float[]> samples = new ArrayList<>();
            int[] labels = new int[K * n];
            StringBuilder acc = new StringBuilder();
            SplittableRandom u = new SplittableRandom(2);
            for (int k = 0; k < K; k++) {
                double[] r = ratio.get(k);
                double[] sorted = r.clone(); Arrays.sort(sorted);
                double c = q >= 1 ? Double.POSITIVE_INFINITY : sorted[(int) Math.floor(q * (sorted.length - 1))];
                int got = 0, seen = 0;
                for (int i = 0; i < r.length && got < n; i++) {
                    seen++;
                    double p = q >= 1 ? 1 : Math.min(1, Math.exp(r[i] - c));
                    if (u.nextDouble() < p) { samples.add(cand.get(k).get(i)); labels[k * n + got] = k; got++; }
                }
                if (got < n) throw new IllegalStateException("pool too small for digit " + k + " q " + q + ": " + got);
                acc.append(String.format(Locale.ROOT, " %d:%.2f", k, (double) got / seen));
            }
            ConditionalReport rep = judge.evaluateConditional(samples, labels, 1);
            System.out.println("q=" + q + " acceptance" + acc);
            System.out.println(rep.toJson());
        }
    }
}
