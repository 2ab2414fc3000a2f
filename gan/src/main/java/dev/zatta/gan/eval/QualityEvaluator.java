package dev.zatta.gan.eval;

import dev.zatta.gan.data.MnistData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An objective score for generated digits, judged by a {@link MnistClassifier} trained on real ones:
 * how many samples it recognises as a target digit with confidence above {@value #CONFIDENCE}, and the
 * Fréchet distance ({@link FrechetDistance}) between its feature-layer activations of the samples and of
 * the real images of the target digits — an "MNIST FID", the FID of Heusel et al. (2017, eq. 6) with this
 * small classifier in place of Inception. Lower is better; 0 for identical feature distributions.
 *
 * <p>The reference for the FID is every image of the target digits in the reference data (by default the
 * embedded 10,000 MNIST digits, e.g. 1,001 zeros), fitted once per target set and cached. Thread-safe.
 */
public final class QualityEvaluator {
    /** The classifier probability above which a sample counts as recognised. */
    public static final double CONFIDENCE = 0.9;

    private final MnistClassifier classifier;
    private final MnistData reference;
    private final Map<Set<Integer>, Reference> references = new ConcurrentHashMap<>();

    /** The real images of a target set: their features' Gaussian, count, features and how many are recognised. */
    private record Reference(FrechetDistance.Gaussian gaussian, int size, double[][] features, int recognised) {}

    private QualityEvaluator(MnistClassifier classifier, MnistData reference) {
        this.classifier = classifier;
        this.reference = reference;
    }

    /**
     * The shipped classifier, judging against the embedded MNIST digits. Created once and shared, so the
     * reference statistics of a target set are computed once per JVM.
     */
    public static QualityEvaluator shipped() {
        return Shipped.EVALUATOR;
    }

    private static final class Shipped {
        static final QualityEvaluator EVALUATOR = new QualityEvaluator(MnistClassifier.shipped(), MnistData.embedded());
    }

    /** A classifier (with its training record) and the real images the FID compares against. */
    public static QualityEvaluator of(MnistClassifier classifier, MnistData reference) {
        Objects.requireNonNull(classifier.info(), "classifier.info()");
        return new QualityEvaluator(classifier, Objects.requireNonNull(reference, "reference"));
    }

    /** The judge. */
    public MnistClassifier classifier() {
        return classifier;
    }

    /**
     * Judges {@code samples} (each 784 values in [0, 1], 0 = background, as {@link MnistData#image(int)})
     * against the {@code targetDigits} they should show.
     *
     * @throws IllegalArgumentException if there are fewer than 2 samples (a covariance needs 2), a sample
     *     has the wrong length or a value outside [0, 1], or a target digit is outside 0..9 or absent from
     *     the reference data
     */
    public QualityReport evaluate(List<float[]> samples, Set<Integer> targetDigits) {
        Objects.requireNonNull(samples, "samples");
        Set<Integer> targets = targets(targetDigits);
        validate(samples);
        MnistClassifier.Outputs out = classifier.forward(samples);
        int n = samples.size();
        int recognised = 0;
        double confidenceSum = 0;
        Integer[] histogram = new Integer[MnistData.CLASSES];
        Arrays.fill(histogram, 0);
        for (float[] p : out.probabilities()) {
            int c = MnistClassifier.argmax(p);
            histogram[c]++;
            confidenceSum += p[c];
            if (targets.contains(c) && p[c] > CONFIDENCE) {
                recognised++;
            }
        }
        Reference ref = references.computeIfAbsent(targets, this::fitReference);
        double fid = FrechetDistance.between(FrechetDistance.Gaussian.fit(out.features()), ref.gaussian());
        return new QualityReport(n, new ArrayList<>(targets), CONFIDENCE, recognised, (double) recognised / n,
                confidenceSum / n, List.of(histogram), fid, ref.size(), classifier.info().heldOutAccuracy());
    }

    /**
     * Judges a conditional generator's samples, {@code samples.get(i)} drawn as digit {@code labels[i]}: per
     * digit the share recognised as <i>that</i> digit (confidence > {@value #CONFIDENCE}), the Fréchet distance
     * to that digit's real images and its real-image floor ({@link DigitQuality#fidFloor()}); overall, the
     * samples recognised as their own digit and the Fréchet distance of all of them to the real images of all
     * the digits asked for.
     *
     * @param floorSeed seed of the split of each digit's real images behind its floor
     * @throws IllegalArgumentException as {@link #evaluate}, or if a digit has fewer than 2 samples
     */
    public ConditionalReport evaluateConditional(List<float[]> samples, int[] labels, long floorSeed) {
        Objects.requireNonNull(samples, "samples");
        Objects.requireNonNull(labels, "labels");
        if (labels.length != samples.size()) {
            throw new IllegalArgumentException("labels: expected " + samples.size() + " (one per sample), got "
                    + labels.length);
        }
        Set<Integer> targets = targets(Arrays.stream(labels).boxed().collect(java.util.stream.Collectors.toSet()));
        validate(samples);
        MnistClassifier.Outputs out = classifier.forward(samples);
        Integer[] histogram = new Integer[MnistData.CLASSES];
        Arrays.fill(histogram, 0);
        double confidenceSum = 0;
        int recognisedAll = 0;
        List<DigitQuality> perDigit = new ArrayList<>();
        for (int d : targets) {
            List<double[]> features = new ArrayList<>();
            int recognised = 0;
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == d) {
                    features.add(out.features()[i]);
                    float[] p = out.probabilities()[i];
                    if (MnistClassifier.argmax(p) == d && p[d] > CONFIDENCE) {
                        recognised++;
                    }
                }
            }
            if (features.size() < 2) {
                throw new IllegalArgumentException("samples: expected at least 2 of every digit (the FID needs a"
                        + " covariance), got " + features.size() + " of digit " + d);
            }
            Reference ref = references.computeIfAbsent(Set.of(d), this::fitReference);
            double fid = FrechetDistance.between(FrechetDistance.Gaussian.fit(features.toArray(double[][]::new)),
                    ref.gaussian());
            int floorSize = Math.min(features.size(), ref.size() / 2);
            perDigit.add(new DigitQuality(d, features.size(), recognised, (double) recognised / features.size(), fid,
                    floor(ref, floorSize, floorSeed + d), floorSize, ref.size(), (double) ref.recognised() / ref.size()));
            recognisedAll += recognised;
        }
        for (float[] p : out.probabilities()) {
            int c = MnistClassifier.argmax(p);
            histogram[c]++;
            confidenceSum += p[c];
        }
        int n = samples.size();
        Reference all = references.computeIfAbsent(targets, this::fitReference);
        double fid = FrechetDistance.between(FrechetDistance.Gaussian.fit(out.features()), all.gaussian());
        QualityReport overall = new QualityReport(n, new ArrayList<>(targets), CONFIDENCE, recognisedAll,
                (double) recognisedAll / n, confidenceSum / n, List.of(histogram), fid, all.size(),
                classifier.info().heldOutAccuracy());
        return new ConditionalReport(perDigit, overall);
    }

    /**
     * The real-image floor of the Fréchet distance at sample size m: the reference's images split at random into
     * m and the rest, and the distance between the two parts — what a generator that drew fresh real images of
     * the digit would score (the two parts are disjoint, as a generator's samples are not its training images).
     */
    private static double floor(Reference ref, int m, long seed) {
        double[][] f = ref.features();
        int[] order = new int[f.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        HeldOutSplit.shuffle(order, new java.util.SplittableRandom(seed));
        double[][] a = new double[m][];
        double[][] b = new double[f.length - m][];
        for (int i = 0; i < f.length; i++) {
            if (i < m) {
                a[i] = f[order[i]];
            } else {
                b[i - m] = f[order[i]];
            }
        }
        return FrechetDistance.between(FrechetDistance.Gaussian.fit(a), FrechetDistance.Gaussian.fit(b));
    }

    private Reference fitReference(Set<Integer> targets) {
        MnistData real = reference.select(targets);
        if (real.size() < 2) {
            throw new IllegalArgumentException("targetDigits: expected digits present in the reference data "
                    + reference.source() + ", got " + targets + " (" + real.size() + " images)");
        }
        MnistClassifier.Outputs out = classifier.forward(MnistClassifier.images(real));
        int recognised = 0;
        for (int i = 0; i < real.size(); i++) {
            float[] p = out.probabilities()[i];
            if (MnistClassifier.argmax(p) == real.label(i) && p[real.label(i)] > CONFIDENCE) {
                recognised++;
            }
        }
        return new Reference(FrechetDistance.Gaussian.fit(out.features()), real.size(), out.features(), recognised);
    }

    private static Set<Integer> targets(Set<Integer> targetDigits) {
        Objects.requireNonNull(targetDigits, "targetDigits");
        if (targetDigits.isEmpty()) {
            throw new IllegalArgumentException("targetDigits: expected at least one digit 0..9, got none");
        }
        TreeSet<Integer> sorted = new TreeSet<>();
        for (Integer d : targetDigits) {
            if (d == null || d < 0 || d >= MnistData.CLASSES) {
                throw new IllegalArgumentException("targetDigits: expected digits 0..9, got " + d + " in " + targetDigits);
            }
            sorted.add(d);
        }
        return Collections.unmodifiableSortedSet(sorted);
    }

    private static void validate(List<float[]> samples) {
        if (samples.size() < 2) {
            throw new IllegalArgumentException("samples: expected at least 2 images (the FID needs a covariance), got "
                    + samples.size());
        }
        int pixels = MnistData.ROWS * MnistData.COLS;
        for (int i = 0; i < samples.size(); i++) {
            float[] s = samples.get(i);
            if (s == null || s.length != pixels) {
                throw new IllegalArgumentException("samples[" + i + "]: expected " + pixels + " values (28 x 28), got "
                        + (s == null ? "null" : s.length + " values"));
            }
            for (int p = 0; p < pixels; p++) {
                if (!(s[p] >= 0f && s[p] <= 1f)) {
                    throw new IllegalArgumentException("samples[" + i + "][" + p + "]: expected a value in [0, 1], got "
                            + s[p]);
                }
            }
        }
    }
}
