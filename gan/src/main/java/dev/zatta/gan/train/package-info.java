/**
 * Training runs of the blog's DCGAN: the configuration ({@link dev.zatta.gan.train.TrainConfig}, the blog's
 * values as defaults), the run folder's name ({@link dev.zatta.gan.train.RunName}: every parameter of the
 * trajectory), the epoch loop with per-epoch sample grids, metrics and curves
 * ({@link dev.zatta.gan.train.Trainer}, {@link dev.zatta.gan.train.Metrics}), checkpoints from which a run
 * killed at any moment resumes bit-identically ({@link dev.zatta.gan.train.Checkpoint}), sampling
 * ({@link dev.zatta.gan.train.Sampler}) and the speed benchmark against PyTorch
 * ({@link dev.zatta.gan.train.Bench}).
 */
package dev.zatta.gan.train;
