/**
 * The blog's DCGAN on Deeplearning4j: the architecture as DL4J configurations
 * ({@link dev.zatta.gan.model.Architecture}), the label convention ({@link dev.zatta.gan.model.Label}), the
 * losses ({@link dev.zatta.gan.model.LossKind}) and the conditional generator's mode-seeking term
 * ({@link dev.zatta.gan.model.ModeSeeking}), the model — two {@code MultiLayerNetwork}s with their Adam
 * updaters ({@link dev.zatta.gan.model.Dcgan}), and the average of G's weights that draws its samples
 * ({@link dev.zatta.gan.model.GeneratorAverage}) — and its training step
 * ({@link dev.zatta.gan.model.TrainingStep}, Goodfellow et al. 2014, Algorithm 1; what a step measured in
 * {@link dev.zatta.gan.model.StepResult}), in two engines
 * ({@link dev.zatta.gan.model.Engine}): through DL4J's own layers ({@code LayersStep}) or on channels-last
 * matrices ({@code GemmStep}, package {@link dev.zatta.gan.model.gemm}).
 */
package dev.zatta.gan.model;
