/**
 * The blog's DCGAN on Deeplearning4j: the architecture ({@link dev.zatta.gan.model.Architecture}), the
 * label convention ({@link dev.zatta.gan.model.Label}), the losses ({@link dev.zatta.gan.model.LossKind}),
 * the model with its explicit-gradient training step ({@link dev.zatta.gan.model.Dcgan}) and checkpoints.
 */
package dev.zatta.gan.model;
