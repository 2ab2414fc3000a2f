package dev.zatta.gan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * G's gradient, obtained by chaining D's input gradient into G's backward pass, against two independent
 * computations: one stacked G+D network's ordinary backprop, and central finite differences of the loss.
 */
class GradientAgreementTest {
    private static final Architecture TINY_SOFTMAX = new Architecture(6, 2, LossKind.SOFTMAX);

    static MultiLayerNetwork stacked(Dcgan model) {
        MultiLayerConfiguration g = model.generator().getLayerWiseConfigurations();
        MultiLayerConfiguration d = model.discriminator().getLayerWiseConfigurations();
        List<NeuralNetConfiguration> confs = new ArrayList<>();
        Map<Integer, InputPreProcessor> pre = new HashMap<>();
        for (int i = 0; i < g.getConfs().size(); i++) {
            confs.add(g.getConf(i).clone());
            if (g.getInputPreProcess(i) != null) {
                pre.put(i, g.getInputPreProcess(i).clone());
            }
        }
        int offset = g.getConfs().size();
        for (int i = 0; i < d.getConfs().size(); i++) {
            confs.add(d.getConf(i).clone());
            if (d.getInputPreProcess(i) != null) {
                pre.put(offset + i, d.getInputPreProcess(i).clone());
            }
        }
        MultiLayerConfiguration conf = new MultiLayerConfiguration.Builder().confs(confs)
                .inputPreProcessors(pre).dataType(g.getDataType()).build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init(Nd4j.hstack(model.generator().params(), model.discriminator().params()), true);
        return net;
    }

    static INDArray z(int n, int zDim, long seed) {
        Random r = new Random(seed);
        double[][] z = new double[n][zDim];
        for (double[] row : z) {
            for (int j = 0; j < zDim; j++) {
                row[j] = 2 * r.nextDouble() - 1;
            }
        }
        return Nd4j.createFromArray(z);
    }

    private static double stackedLoss(MultiLayerNetwork net, INDArray z, LossKind loss) {
        net.setInput(z);
        List<INDArray> acts = net.feedForward(true, false);
        return loss.evaluate(acts.get(acts.size() - 1), Label.REAL).loss();
    }

    @ParameterizedTest
    @EnumSource(LossKind.class)
    void chainedGradientEqualsStackedNetworkBackprop(LossKind kind) {
        Architecture arch = new Architecture(6, 2, kind);
        Dcgan model = Dcgan.create(arch, 2e-4, 0.5, 7, DataType.DOUBLE);
        INDArray z = z(5, arch.zDim(), 3);
        INDArray dBefore = model.discriminator().params().dup();

        INDArray chained = HalfSteps.generatorGradient(model, z);

        MultiLayerNetwork stacked = stacked(model);
        stacked.setInput(z);
        List<INDArray> acts = stacked.feedForward(true, false);
        LossKind.Result r = kind.evaluate(acts.get(acts.size() - 1), Label.REAL);
        INDArray all = stacked.backpropGradient(r.gradient(), LayerWorkspaceMgr.noWorkspaces())
                .getFirst().gradient();
        long nG = model.generator().numParams();
        INDArray reference = all.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, nG)).reshape(chained.shape());

        assertThat(chained.length()).isEqualTo(nG);
        assertThat(reference.sub(chained).norm2Number().doubleValue())
                .isLessThan(1e-10 * (1 + reference.norm2Number().doubleValue()));
        assertThat(reference.norm2Number().doubleValue()).isGreaterThan(0);
        // the generator's pass leaves D alone
        assertThat(model.discriminator().params()).isEqualTo(dBefore);
    }

    /**
     * Biases away from zero. With zero biases some of G's output pixels are exactly 0 (every ReLU feeding them
     * is off), D's first convolution then outputs exactly 0 there, and central differences straddle the kink of
     * LeakyReLU: they report the mean of its two slopes instead of either derivative.
     */
    static Dcgan withNonZeroBiases(Dcgan model) {
        Random r = new Random(99);
        for (MultiLayerNetwork net : List.of(model.generator(), model.discriminator())) {
            for (Map.Entry<String, INDArray> e : net.paramTable().entrySet()) {
                if (e.getKey().endsWith("_b")) {
                    INDArray b = e.getValue();
                    for (long i = 0; i < b.length(); i++) {
                        b.putScalar(i, 0.1 * r.nextGaussian());
                    }
                }
            }
        }
        return model;
    }

    /** Every trainable parameter block of G: W, b, gamma, beta (the BN running statistics are not gradients). */
    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.Tag("slow")
    void generatorGradientMatchesFiniteDifferences() {
        Dcgan model = withNonZeroBiases(Dcgan.create(TINY_SOFTMAX, 2e-4, 0.5, 11, DataType.DOUBLE));
        int n = 4;
        INDArray z = z(n, TINY_SOFTMAX.zDim(), 5);
        // the loss is a batch mean; the chained gradient is the per-example sum
        INDArray chained = HalfSteps.generatorGradient(model, z).div(n);
        MultiLayerNetwork stacked = stacked(model);
        assertMatchesFiniteDifferences(model.generator(), stacked, z, chained);
    }

    /** D's gradient for a batch labelled REAL: our softmax loss's gradient fed into DL4J's backprop. */
    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.Tag("slow")
    void discriminatorGradientMatchesFiniteDifferences() {
        Dcgan model = withNonZeroBiases(Dcgan.create(TINY_SOFTMAX, 2e-4, 0.5, 13, DataType.DOUBLE));
        MultiLayerNetwork d = model.discriminator();
        int n = 4;
        Random r = new Random(2);
        double[] px = new double[n * 28 * 28];
        for (int i = 0; i < px.length; i++) {
            px[i] = 2 * r.nextDouble() - 1;
        }
        INDArray x = Nd4j.createFromArray(px).reshape(n, 1, 28, 28);
        d.setInput(x);
        List<INDArray> acts = d.feedForward(true, false);
        LossKind.Result res = LossKind.SOFTMAX.evaluate(acts.get(acts.size() - 1), Label.REAL);
        INDArray an = d.backpropGradient(res.gradient(), LayerWorkspaceMgr.noWorkspaces()).getFirst()
                .gradient().dup().div(n);
        assertMatchesFiniteDifferences(d, d, x, an);
    }

    /**
     * Central differences of the REAL-label loss of {@code lossNet}'s output, for a few parameters of every
     * trainable block of {@code owner}, whose parameters are the first ones of {@code lossNet}.
     */
    private static void assertMatchesFiniteDifferences(MultiLayerNetwork owner, MultiLayerNetwork lossNet,
            INDArray input, INDArray analytic) {
        INDArray params = lossNet.params();
        double h = 1e-6;
        long offset = 0;
        int blocks = 0;
        for (Map.Entry<String, INDArray> e : owner.paramTable().entrySet()) {
            long len = e.getValue().length();
            String key = e.getKey();
            boolean trainable = !(key.endsWith("_mean") || key.endsWith("_var") || key.endsWith("_log10stdev"));
            if (trainable) {
                blocks++;
                for (long i = offset; i < offset + len; i += Math.max(1, len / 2)) {
                    double orig = params.getDouble(i);
                    params.putScalar(i, orig + h);
                    double up = stackedLoss(lossNet, input, LossKind.SOFTMAX);
                    params.putScalar(i, orig - h);
                    double down = stackedLoss(lossNet, input, LossKind.SOFTMAX);
                    params.putScalar(i, orig);
                    double fd = (up - down) / (2 * h);
                    assertThat(analytic.getDouble(i)).as("%s, parameter %d", key, i)
                            .isCloseTo(fd, within(1e-6 + 1e-5 * Math.abs(fd)));
                }
            }
            offset += len;
        }
        assertThat(blocks).isGreaterThan(8);
    }
}
