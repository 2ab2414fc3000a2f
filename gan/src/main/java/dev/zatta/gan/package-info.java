/**
 * The blog's DCGAN (Chainer → Deeplearning4j): generator and discriminator architecture, MNIST IDX
 * data, training, checkpoints and evaluation.
 */
package dev.zatta.gan;
