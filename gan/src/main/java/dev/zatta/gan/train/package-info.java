/**
 * Training runs of the blog's DCGAN: the configuration ({@link dev.zatta.gan.train.TrainConfig}, the blog's
 * values as defaults; {@code --conditional} for the class-conditional model), the training images with their
 * digits ({@link dev.zatta.gan.train.TrainingSet}), the run folder's name ({@link dev.zatta.gan.train.RunName}: every parameter of the
 * trajectory), the epoch loop with per-epoch sample grids, metrics and curves
 * ({@link dev.zatta.gan.train.Trainer}, {@link dev.zatta.gan.train.Metrics}), checkpoints from which a run
 * killed at any moment resumes bit-identically ({@link dev.zatta.gan.train.Checkpoint}), sampling
 * ({@link dev.zatta.gan.train.Sampler}, a conditional run's digits too), the {@code evaluate} judgement of a run
 * ({@link dev.zatta.gan.train.Evaluation}) and the speed benchmark against PyTorch
 * ({@link dev.zatta.gan.train.Bench}).
 */
package dev.zatta.gan.train;
