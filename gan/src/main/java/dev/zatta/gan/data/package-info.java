/**
 * MNIST-format data: {@link dev.zatta.gan.data.Idx} reads and writes IDX files (the format of the MNIST
 * and Fashion-MNIST distributions, gzip or not) and refuses malformed ones with a message naming the file;
 * {@link dev.zatta.gan.data.MnistData} holds labelled 28×28 images — the 10,000 real MNIST digits shipped
 * in this module, or any data set read from a folder — and selects digits; {@link dev.zatta.gan.data.DigitSpec}
 * parses and writes the {@code --digits} spec ({@code 0}, {@code 0-9}, {@code 1,3,5-7}).
 */
package dev.zatta.gan.data;
