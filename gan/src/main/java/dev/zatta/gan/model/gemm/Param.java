package dev.zatta.gan.model.gemm;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One parameter array of a DL4J layer, as two live views: the parameter itself (inside the network's
 * flattened parameters) and the part of the network's flattened gradient that holds its gradient, with the
 * same shape and order. {@link Dl4jNetworks} cuts them; an op reads the first and writes the second.
 *
 * @param key      DL4J's parameter key, e.g. {@code "3_W"}
 * @param value    the parameter
 * @param gradient its gradient
 */
public record Param(String key, INDArray value, INDArray gradient) {}
