/**
 * Training runs of the blog's DCGAN: configuration ({@link dev.zatta.gan.train.TrainConfig}), the epoch loop
 * with per-epoch sample grids, metrics and curves ({@link dev.zatta.gan.train.Trainer}), atomic checkpoints
 * with exact resume ({@link dev.zatta.gan.train.Checkpoint}), sampling and the speed benchmark.
 */
package dev.zatta.gan.train;
