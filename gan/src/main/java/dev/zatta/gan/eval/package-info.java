/**
 * An objective quality score for generated digits: a small CNN ({@link dev.zatta.gan.eval.MnistClassifier})
 * trained reproducibly on the embedded MNIST digits ({@link dev.zatta.gan.eval.ClassifierTrainer},
 * weights shipped as a resource) judges samples — the share recognised as the target digits with
 * confidence above 0.9 — and supplies the features for an "MNIST FID"
 * ({@link dev.zatta.gan.eval.FrechetDistance}: Heusel et al. 2017, eq. 6, the Fréchet distance between
 * Gaussians fitted to classifier features of samples and of real images).
 * {@link dev.zatta.gan.eval.QualityEvaluator} puts both into a {@link dev.zatta.gan.eval.QualityReport}, and
 * for a conditional generator per digit, with each digit's real-image floor, into a
 * {@link dev.zatta.gan.eval.ConditionalReport} of {@link dev.zatta.gan.eval.DigitQuality}s.
 */
package dev.zatta.gan.eval;
