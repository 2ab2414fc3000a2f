package dev.zatta.gan.eval;

import dev.zatta.gan.data.MnistData;
import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A stratified split of labelled images into a training part and a held-out part: each label keeps
 * {@code round(count·fraction)} of its images for the held-out part, chosen by a shuffle seeded with
 * {@code seed} (its own {@link SplittableRandom}; no global random state is touched). Both parts keep the
 * data's order. On the embedded 10,000 digits with fraction 0.2 this gives 8,000 / 2,000 images.
 * Immutable.
 *
 * @param train the images used for training
 * @param heldOut the images kept out of training, for measuring accuracy
 */
public record HeldOutSplit(MnistData train, MnistData heldOut) {
    public HeldOutSplit {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(heldOut, "heldOut");
    }

    /**
     * Splits {@code data} per label; the same data, fraction and seed always give the same split.
     *
     * @throws IllegalArgumentException if {@code heldOutFraction} is not in (0, 1)
     */
    public static HeldOutSplit stratified(MnistData data, double heldOutFraction, long seed) {
        if (!(heldOutFraction > 0 && heldOutFraction < 1)) {
            throw new IllegalArgumentException("heldOutFraction: expected a value in (0, 1), got " + heldOutFraction);
        }
        int n = data.size();
        boolean[] held = new boolean[n];
        SplittableRandom rng = new SplittableRandom(seed);
        for (int label = 0; label < MnistData.CLASSES; label++) {
            int[] idx = new int[n];
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (data.label(i) == label) {
                    idx[m++] = i;
                }
            }
            idx = Arrays.copyOf(idx, m);
            shuffle(idx, rng);
            int k = (int) Math.round(m * heldOutFraction);
            for (int j = 0; j < k; j++) {
                held[idx[j]] = true;
            }
        }
        int heldCount = 0;
        for (boolean h : held) {
            if (h) {
                heldCount++;
            }
        }
        int[] trainIdx = new int[n - heldCount];
        int[] heldIdx = new int[heldCount];
        int t = 0;
        int h = 0;
        for (int i = 0; i < n; i++) {
            if (held[i]) {
                heldIdx[h++] = i;
            } else {
                trainIdx[t++] = i;
            }
        }
        return new HeldOutSplit(data.subset(trainIdx), data.subset(heldIdx));
    }

    /** Fisher–Yates shuffle in place. */
    static void shuffle(int[] a, SplittableRandom rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
    }
}
