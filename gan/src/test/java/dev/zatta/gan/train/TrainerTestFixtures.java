package dev.zatta.gan.train;

import java.util.List;

/** The tiny fixtures of {@link TrainerTest}, for tests in other packages. */
public final class TrainerTestFixtures {
    private TrainerTestFixtures() {}

    public static TrainConfig tiny(int epochs, long seed) {
        return TrainerTest.tiny(epochs, seed);
    }

    public static List<float[]> blobs(int n, long seed) {
        return TrainerTest.blobs(n, seed);
    }

    /** n blobs, image i labelled i mod 10. */
    public static TrainingSet labelledBlobs(int n, long seed) {
        return ConditionalRunTest.labelledBlobs(n, seed);
    }
}
