package dev.zatta.gan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The layers' output shapes, from the networks themselves. */
class LayerShapesTest {
    private static List<long[]> shapes(MultiLayerNetwork net, INDArray in) {
        List<long[]> out = new ArrayList<>();
        for (INDArray a : net.feedForward(in, false)) {
            out.add(a.shape());
        }
        return out;
    }

    @Test
    void generatorGoesThreeFourSixTenTwentyEight() {
        Dcgan model = Dcgan.create(Architecture.blog(LossKind.SOFTMAX), 2e-4, 0.5, 1);
        List<long[]> s = shapes(model.generator(), GradientAgreementTest.z(2, 100, 1).castTo(DataType.FLOAT));
        // [input, dense, BN, ReLU, deconv, BN, ReLU, deconv, BN, ReLU, deconv, BN, ReLU, deconv(tanh)]
        assertThat(s.get(1)).containsExactly(2, 3 * 3 * 512);
        assertThat(s.get(2)).containsExactly(2, 512, 3, 3);
        assertThat(s.get(4)).containsExactly(2, 256, 4, 4);
        assertThat(s.get(7)).containsExactly(2, 128, 6, 6);
        assertThat(s.get(10)).containsExactly(2, 64, 10, 10);
        assertThat(s.get(13)).containsExactly(2, 1, 28, 28);
        assertThat(model.generate(GradientAgreementTest.z(2, 100, 1).castTo(DataType.FLOAT)).maxNumber().doubleValue())
                .isLessThanOrEqualTo(1.0);
    }

    @Test
    void discriminatorMirrorsItTwentyEightTenSixFourThree() {
        for (LossKind kind : LossKind.values()) {
            Dcgan model = Dcgan.create(Architecture.blog(kind), 2e-4, 0.5, 1);
            List<long[]> s = shapes(model.discriminator(), LabelConventionTest.images(2, 1));
            assertThat(s.get(1)).containsExactly(2, 64, 10, 10);
            assertThat(s.get(3)).containsExactly(2, 128, 6, 6);
            assertThat(s.get(6)).containsExactly(2, 256, 4, 4);
            assertThat(s.get(9)).containsExactly(2, 512, 3, 3);
            assertThat(s.get(s.size() - 1)).containsExactly(2, kind.logits());
        }
    }
}
