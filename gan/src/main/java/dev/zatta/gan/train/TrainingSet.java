package dev.zatta.gan.train;

import java.util.List;
import java.util.Objects;

/**
 * The images a run trains on, with their digits (needed by a conditional run), immutable.
 *
 * @param images 784 pixels each in [0, 1], 0 = background
 * @param labels the digit of each image, or null when they are not known (an unconditional run needs none)
 */
public record TrainingSet(List<float[]> images, int[] labels) {
    public TrainingSet {
        images = List.copyOf(Objects.requireNonNull(images, "images"));
        if (labels != null) {
            if (labels.length != images.size()) {
                throw new IllegalArgumentException("labels: expected " + images.size() + " (one per image), got "
                        + labels.length);
            }
            labels = labels.clone();
        }
    }

    /** Images without labels. */
    public static TrainingSet unlabelled(List<float[]> images) {
        return new TrainingSet(images, null);
    }

    /** A copy of the labels, or null. */
    @Override
    public int[] labels() {
        return labels == null ? null : labels.clone();
    }

    public int size() {
        return images.size();
    }

    /** The labels of {@code order[from .. from+n)}. */
    int[] labels(int[] order, int from, int n) {
        if (labels == null) {
            throw new IllegalStateException("labels: this training set has none");
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = labels[order[from + i]];
        }
        return out;
    }
}
