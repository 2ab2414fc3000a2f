package dev.zatta.gan.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zatta.gan.data.MnistData;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Three one-epoch trainings on 1,500 embedded digits (two with seed 3, one with seed 4): learning,
 * determinism by seed, and ND4J's random generator left alone.
 */
@Tag("slow")
class ClassifierTrainerTest {
    private static final ClassifierTrainer.Config CONFIG = new ClassifierTrainer.Config(3, 1, 32, 2e-3, 0.8, 2, 0.2);
    private static MnistData small;
    private static MnistClassifier a;
    private static List<String> progressA = new ArrayList<>();
    private static long nd4jAfterTraining;
    private static long nd4jExpected;

    @BeforeAll
    static void trainOnce() {
        // every 6th digit keeps all ten classes (the embedded set is grouped by label)
        small = MnistData.embedded().subset(IntStream.range(0, 9000).filter(i -> i % 6 == 0).toArray());
        Nd4j.getRandom().setSeed(123);
        a = ClassifierTrainer.train(small, CONFIG, progressA::add);
        nd4jAfterTraining = Nd4j.getRandom().nextLong();
        Nd4j.getRandom().setSeed(123);
        nd4jExpected = Nd4j.getRandom().nextLong();
    }

    @Test
    void oneShortEpochLearnsFarBeyondChance() {
        assertThat(a.info().trainSize()).isEqualTo(1199);
        assertThat(a.info().heldOutSize()).isEqualTo(301); // 20% of each digit, rounded
        // chance is 0.1; a single epoch of 38 steps reaches about 0.8
        assertThat(a.info().heldOutAccuracy()).isGreaterThan(0.6);
        assertThat(progressA).hasSize(1);
        assertThat(progressA.get(0)).startsWith("epoch 1/1  loss ");
    }

    @Test
    void trainingLeavesNd4jRandomGeneratorAlone() {
        assertThat(nd4jAfterTraining).as("ND4J's generator must be where the caller left it").isEqualTo(nd4jExpected);
    }

    @Test
    void sameSeedSameWeightsOtherSeedOtherWeights() {
        MnistClassifier b = ClassifierTrainer.train(small, CONFIG, line -> { });
        MnistClassifier c = ClassifierTrainer.train(small, CONFIG.withSeed(4), line -> { });
        assertThat(b.parameters()).containsExactly(a.parameters());
        assertThat(b.info()).isEqualTo(a.info());
        assertThat(c.parameters()).isNotEqualTo(a.parameters());
    }
}
