package dev.zatta.gan.eval;

import dev.zatta.gan.data.MnistData;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Image lists that the evaluation's tests and {@link ScoreTable} feed to {@link QualityEvaluator}. */
final class EvalImages {
    private EvalImages() {}

    /** The first {@code n} images of {@code data}, in its order. */
    static List<float[]> first(MnistData data, int n) {
        List<float[]> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(data.image(i));
        }
        return out;
    }

    /** Every image of {@code data}. */
    static List<float[]> all(MnistData data) {
        return first(data, data.size());
    }

    /** {@code n} 28 × 28 images of independent uniform [0, 1) pixels, the same for the same seed. */
    static List<float[]> uniformNoise(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<float[]> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            float[] im = new float[784];
            for (int p = 0; p < im.length; p++) {
                im[p] = (float) rng.nextDouble();
            }
            out.add(im);
        }
        return out;
    }
}
