/**
 * The fast, optional training engine ({@code train --engine gemm}, the default): a DL4J network's
 * training-mode forward and backward passes recomputed as matrix products on channels-last activations, so
 * that every layer of the blog's DCGAN is a few BLAS {@code sgemm} calls and strided copies.
 *
 * <ul>
 *   <li>{@link dev.zatta.gan.model.gemm.ChannelsLastOp}: one layer's passes, one class per layer kind —
 *       {@code Dense}, {@code TapConv} and {@code GroupedConv} (convolutions and transposed convolutions with
 *       stride = kernel, geometry in {@code StrideKernel}), {@code BatchNorm}, {@code Relu},
 *       {@code LeakyRelu}, {@code Tanh}; each keeps its working arrays per batch ({@code BufferCache}).</li>
 *   <li>{@link dev.zatta.gan.model.gemm.Dl4jNetworks}: builds them from a {@code MultiLayerNetwork}; the one
 *       place that knows DL4J's parameter keys, its flattened-gradient layout and how it updates batch
 *       normalization's running statistics.</li>
 *   <li>{@link dev.zatta.gan.model.gemm.GemmNetwork}: the chain of ops, with DL4J's layouts at both ends.</li>
 *   <li>What they share: {@link dev.zatta.gan.model.gemm.Shape} (an activation between two ops),
 *       {@code Batch} (how many examples, in how many separately normalised segments), {@code Param} (a
 *       parameter and its gradient as views into DL4J's flattened arrays), {@code Bias}, the
 *       {@code Activation} base of the three element-wise ops, and {@code Matrices} (small ND4J
 *       helpers).</li>
 * </ul>
 * The engine writes DL4J's own flattened gradient, so DL4J's updater, checkpoints and inference are those of
 * the layers path; {@code GemmNetworkTest} checks outputs, gradients and whole steps against DL4J's layers.
 * Not exported: {@link dev.zatta.gan.model.Engine} is the way in.
 */
package dev.zatta.gan.model.gemm;
