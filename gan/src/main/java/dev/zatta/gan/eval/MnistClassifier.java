package dev.zatta.gan.eval;

import dev.zatta.gan.data.MnistData;
import dev.zatta.io.AtomicFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.nd4j.linalg.schedule.ISchedule;

/**
 * A small convolutional classifier of 28×28 digits, the judge of {@link QualityEvaluator}:
 * conv 5×5×16 (ReLU) → max-pool 2 → conv 5×5×32 (ReLU) → max-pool 2 → dense 64 (ReLU, the
 * <em>feature layer</em> whose activations the MNIST FID compares) → softmax over 10 classes.
 * 46,730 parameters (float32).
 *
 * <p>{@link #shipped()} loads the weights trained by {@link ClassifierTrainer} and shipped in this module;
 * {@link ClassifierTrainer#train} makes new ones. Input images are 784 values in [0, 1], 0 = background,
 * as {@link MnistData#image(int)} gives them. Methods are synchronized: one instance may be shared between
 * threads, which then take turns.
 */
public final class MnistClassifier {
    /** A one-line description of the architecture, recorded beside the weights. */
    public static final String ARCHITECTURE =
            "conv5x5x16-relu, maxpool2, conv5x5x32-relu, maxpool2, dense64-relu (features), softmax10";
    /** Number of features of the feature layer. */
    public static final int FEATURES = 64;

    static final String RESOURCE_WEIGHTS = "mnist-classifier.zip";
    static final String RESOURCE_INFO = "mnist-classifier.properties";
    /** Index of the dense feature layer in the network's layer list. */
    private static final int FEATURE_LAYER = 4;
    private static final int PIXELS = MnistData.ROWS * MnistData.COLS;
    private static final int BATCH = 500;

    private final MultiLayerNetwork network;
    private final ClassifierInfo info;

    MnistClassifier(MultiLayerNetwork network, ClassifierInfo info) {
        this.network = network;
        this.info = info;
    }

    /** The classifier shipped in this module's resources. Loaded once, then shared. */
    public static MnistClassifier shipped() {
        return Shipped.CLASSIFIER;
    }

    private static final class Shipped {
        static final MnistClassifier CLASSIFIER = loadShipped();
    }

    private static MnistClassifier loadShipped() {
        try (InputStream weights = resource(RESOURCE_WEIGHTS); InputStream props = resource(RESOURCE_INFO)) {
            ClassifierInfo info = ClassifierInfo.read(props, "resource " + RESOURCE_INFO);
            return new MnistClassifier(ModelSerializer.restoreMultiLayerNetwork(weights, false), info);
        } catch (IOException e) {
            throw ClassifierInfo.unreadable("the shipped MNIST classifier", e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = MnistClassifier.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("resource " + name + " is missing next to "
                    + MnistClassifier.class.getName() + ": the gan jar is incomplete");
        }
        return in;
    }

    /** How this classifier was trained and its held-out accuracy. */
    public ClassifierInfo info() {
        return info;
    }

    /**
     * The network configuration. DL4J 1.0.0-M2.1 reseeds ND4J's random generator of the calling thread in
     * {@code NeuralNetConfiguration.Builder.seed(...)}, in {@code MultiLayerConfiguration.Builder.build()}
     * and in {@code MultiLayerNetwork.init()} without parameters. ND4J keeps one generator per thread, so
     * the configuration is built on a short-lived thread of its own, {@code seed(...)} is not called, and
     * weights come from {@link #initialNetwork} instead: the caller's generator is never touched. The seed
     * is recorded in the configuration only, so that a saved model names it.
     */
    static MultiLayerConfiguration configuration(ISchedule learningRate, long seed) {
        AtomicReference<MultiLayerConfiguration> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread builder = new Thread(() -> {
            try {
                result.set(buildConfiguration(learningRate, seed));
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "zatta-dl4j-configuration");
        builder.start();
        try {
            builder.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the classifier configuration", e);
        }
        if (failure.get() != null) {
            throw new IllegalStateException("cannot build the classifier configuration: " + failure.get(), failure.get());
        }
        return result.get();
    }

    private static MultiLayerConfiguration buildConfiguration(ISchedule learningRate, long seed) {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                .dataType(DataType.FLOAT)
                .updater(new Adam(learningRate))
                .list()
                .layer(new ConvolutionLayer.Builder(5, 5).nIn(1).nOut(16).stride(1, 1)
                        .activation(Activation.RELU).build())
                .layer(new SubsamplingLayer.Builder(PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build())
                .layer(new ConvolutionLayer.Builder(5, 5).nOut(32).stride(1, 1).activation(Activation.RELU).build())
                .layer(new SubsamplingLayer.Builder(PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build())
                .layer(new DenseLayer.Builder().nOut(FEATURES).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(MnistData.CLASSES)
                        .activation(Activation.SOFTMAX).build())
                .setInputType(InputType.convolutionalFlat(MnistData.ROWS, MnistData.COLS, 1))
                .build();
        for (NeuralNetConfiguration layer : conf.getConfs()) {
            layer.setSeed(seed); // recorded only; setSeed on a built configuration draws nothing
        }
        return conf;
    }

    /**
     * A network with fresh weights drawn from its own {@link SplittableRandom}: He-uniform
     * U(−√(6/fan_in), √(6/fan_in)) for the ReLU layers, Glorot-uniform U(−√(6/(fan_in+fan_out)), …) for the
     * softmax layer, biases 0. Passing the parameters to {@code init} keeps DL4J from drawing (and from
     * reseeding ND4J's generator).
     */
    static MultiLayerNetwork initialNetwork(ISchedule learningRate, long seed, SplittableRandom rng) {
        MultiLayerConfiguration conf = configuration(learningRate, seed);
        long n = 0;
        for (NeuralNetConfiguration layer : conf.getConfs()) {
            n += layer.getLayer().initializer().numParams(layer);
        }
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init(Nd4j.create(DataType.FLOAT, 1, n), false);
        initialParameters(net, rng);
        return net;
    }

    private static void initialParameters(MultiLayerNetwork net, SplittableRandom rng) {
        int layers = net.getnLayers();
        for (int i = 0; i < layers; i++) {
            Map<String, INDArray> table = net.getLayer(i).paramTable();
            INDArray w = table.get("W");
            if (w == null) {
                continue; // pooling layers have no parameters
            }
            long[] shape = w.shape();
            double bound;
            if (shape.length == 4) { // convolution weights [nOut, nIn, kH, kW]
                bound = Math.sqrt(6.0 / (shape[1] * shape[2] * shape[3]));
            } else if (i == layers - 1) { // softmax layer [nIn, nOut]
                bound = Math.sqrt(6.0 / (shape[0] + shape[1]));
            } else { // dense [nIn, nOut]
                bound = Math.sqrt(6.0 / shape[0]);
            }
            float[] values = new float[Math.toIntExact(w.length())];
            for (int k = 0; k < values.length; k++) {
                values[k] = (float) ((2 * rng.nextDouble() - 1) * bound);
            }
            w.assign(Nd4j.create(values, shape, 'c'));
            INDArray b = table.get("b");
            if (b != null) {
                b.assign(0);
            }
        }
    }

    /** The underlying network, for training in this package. */
    MultiLayerNetwork network() {
        return network;
    }

    /** Class probabilities and feature-layer activations of a batch of images. */
    record Outputs(float[][] probabilities, double[][] features) {}

    /**
     * Runs the network on {@code images} (each 784 values; not validated here) in inference mode.
     */
    synchronized Outputs forward(List<float[]> images) {
        int n = images.size();
        float[][] probs = new float[n][];
        double[][] features = new double[n][];
        for (int from = 0; from < n; from += BATCH) {
            int b = Math.min(BATCH, n - from);
            float[] flat = new float[b * PIXELS];
            for (int k = 0; k < b; k++) {
                System.arraycopy(images.get(from + k), 0, flat, k * PIXELS, PIXELS);
            }
            INDArray input = Nd4j.create(flat, new long[] {b, PIXELS}, 'c');
            List<INDArray> acts = network.feedForward(input, false);
            // acts.get(0) is the input; acts.get(i + 1) the output of layer i
            float[][] p = acts.get(acts.size() - 1).toFloatMatrix();
            double[][] f = acts.get(FEATURE_LAYER + 1).reshape(b, FEATURES).toDoubleMatrix();
            System.arraycopy(p, 0, probs, from, b);
            System.arraycopy(f, 0, features, from, b);
        }
        return new Outputs(probs, features);
    }

    /** The most probable class of each image of {@code data}. */
    public int[] predict(MnistData data) {
        float[][] probs = forward(images(data)).probabilities();
        int[] out = new int[probs.length];
        for (int i = 0; i < probs.length; i++) {
            out[i] = argmax(probs[i]);
        }
        return out;
    }

    /** Share of the images of {@code data} whose most probable class is their label. */
    public double accuracy(MnistData data) {
        if (data.size() == 0) {
            throw new IllegalArgumentException("data: expected at least one image, got none");
        }
        int[] predicted = predict(data);
        int correct = 0;
        for (int i = 0; i < predicted.length; i++) {
            if (predicted[i] == data.label(i)) {
                correct++;
            }
        }
        return (double) correct / predicted.length;
    }

    static List<float[]> images(MnistData data) {
        float[][] out = new float[data.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = data.image(i);
        }
        return List.of(out);
    }

    static int argmax(float[] v) {
        int best = 0;
        for (int j = 1; j < v.length; j++) {
            if (v[j] > v[best]) {
                best = j;
            }
        }
        return best;
    }

    /**
     * Writes the weights (without optimizer state, which evaluation does not need) as a DL4J
     * {@code ModelSerializer} zip to {@code weights}, and the training record beside it as
     * {@code <name without .zip>.properties}; each written to a temporary name and renamed.
     */
    public synchronized void save(Path weights) {
        Objects.requireNonNull(weights, "weights");
        String name = weights.getFileName().toString();
        if (!name.endsWith(".zip")) {
            throw new IllegalArgumentException("weights: expected a file name ending in .zip, got " + weights);
        }
        Path props = weights.resolveSibling(name.substring(0, name.length() - 4) + ".properties");
        atomicWrite(weights, out -> ModelSerializer.writeModel(network, out, false));
        atomicWrite(props, out -> out.write(info.toProperties().getBytes(StandardCharsets.ISO_8859_1)));
    }

    /**
     * Reads a classifier written by {@link #save(Path)}.
     *
     * @throws UncheckedIOException if either file cannot be read
     */
    public static MnistClassifier load(Path weights) {
        String name = weights.getFileName().toString();
        Path props = weights.resolveSibling(name.replaceFirst("\\.zip$", "") + ".properties");
        try (InputStream w = Files.newInputStream(weights); InputStream p = Files.newInputStream(props)) {
            ClassifierInfo info = ClassifierInfo.read(p, props.toString());
            return new MnistClassifier(ModelSerializer.restoreMultiLayerNetwork(w, false), info);
        } catch (IOException e) {
            throw ClassifierInfo.unreadable(weights + " / " + props, e);
        }
    }

    /** The network's parameters as one flat array (a copy), e.g. to compare two trainings. */
    public synchronized float[] parameters() {
        return network.params().dup().toFloatVector();
    }

    private static void atomicWrite(Path file, AtomicFile.Content content) {
        try {
            AtomicFile.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
