package dev.zatta.gan.train;

import dev.zatta.gan.model.Dcgan;
import dev.zatta.gan.model.GeneratorAverage;
import dev.zatta.io.AtomicFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A training run's state after a finished epoch (epoch 0: the initial weights), immutable: everything
 * needed to continue bit-identically.
 *
 * <p>One file, {@code checkpoint.zip} in the run folder, holding both networks — DL4J's configuration JSON,
 * the flattened parameters (BN running statistics included) and the updater's Adam moments, as raw
 * big-endian numbers, stored uncompressed — the configuration, the epoch, Adam's step counter and the fixed
 * latent vectors of the grids; in a run that keeps an average of G's weights ({@code --ema}) also the averaged
 * parameters. The data order and the latent vectors of epoch e come from a random stream
 * seeded by (seed, e) alone, so no random-generator state needs saving. Written through {@link AtomicFile}, so
 * a killed run leaves the previous checkpoint whole; entries carry a fixed time, so the same state gives the
 * same bytes. A truncated, damaged or foreign file is refused with a message naming it and saying what to do.
 *
 * @param config the run's configuration
 * @param epoch  epochs completed
 * @param model  the model after {@code epoch} epochs
 * @param fixedZ the latent vectors of the per-epoch grids, shape [64, zDim]
 */
public record Checkpoint(TrainConfig config, int epoch, Dcgan model, INDArray fixedZ) {
    /** The checkpoint's file name inside a run folder. */
    public static final String FILE = "checkpoint.zip";

    /** The averaged generator's flattened parameters, in a run with {@code --ema}. */
    private static final String AVERAGE_ENTRY = "generator-average-params.bin";

    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    /** Writes {@code runDir/checkpoint.zip} atomically. */
    public void save(Path runDir) throws IOException {
        AtomicFile.write(runDir.resolve(FILE), out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            put(zip, "config.properties", properties(config.toProperties()));
            Properties state = new Properties();
            state.setProperty("epoch", Integer.toString(epoch));
            state.setProperty("steps", Long.toString(model.steps()));
            put(zip, "state.properties", properties(state));
            putNetwork(zip, "generator", model.generator());
            putNetwork(zip, "discriminator", model.discriminator());
            if (model.generatorAverage() != null) { // the same configuration as the generator's; no updater
                put(zip, AVERAGE_ENTRY, array(model.generatorAverage().network().params()));
            }
            put(zip, "fixed-z.bin", floats(fixedZ));
            zip.finish();
        });
    }

    /**
     * Reads {@code runDir/checkpoint.zip}.
     *
     * @throws IOException if there is no checkpoint, or it is truncated, damaged or not one of this program's;
     *                     the message names the file and says what to do
     */
    public static Checkpoint load(Path runDir) throws IOException {
        Path file = runDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IOException("checkpoint: expected a run folder holding " + FILE + " (written by train when it"
                    + " starts and after every epoch), but " + file + " does not exist");
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw damaged(file, e.getMessage());
        }
        List<String> missing = new ArrayList<>();
        for (String name : List.of("config.properties", "state.properties", "fixed-z.bin")) {
            if (!entries.containsKey(name)) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new IOException("checkpoint: " + file + " is not a checkpoint of gan train: it has no "
                    + String.join(", ", missing) + " (its entries: " + String.join(", ", entries.keySet())
                    + "); give --checkpoint or --resume a run folder that train wrote");
        }
        try {
            TrainConfig config = TrainConfig.fromProperties(readProperties(entries.get("config.properties")));
            Properties state = readProperties(entries.get("state.properties"));
            MultiLayerNetwork g = readNetwork(entries, "generator");
            MultiLayerNetwork d = readNetwork(entries, "discriminator");
            GeneratorAverage average = config.ema() == 0 ? null : readAverage(entries, g, config.ema());
            Dcgan model = Dcgan.restore(config.architecture(), config.learningRate(), config.beta1(), g, d, average,
                    Long.parseLong(state.getProperty("steps")));
            return new Checkpoint(config, Integer.parseInt(state.getProperty("epoch")), model,
                    readFixedZ(entries.get("fixed-z.bin"), config.zDim()));
        } catch (IOException | RuntimeException e) {
            throw damaged(file, e.getMessage());
        }
    }

    private static IOException damaged(Path file, String why) {
        Path dir = file.toAbsolutePath().getParent();
        return new IOException("checkpoint: " + file + " is truncated or damaged (" + why + "), so the run cannot"
                + " continue from it; copy an intact " + FILE + " of this run into " + dir + ", or delete " + dir
                + " and start the run again with train");
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        // raw numbers do not compress; deflating them took longer than a training epoch's grid and metrics
        zip.setLevel(name.endsWith(".bin") ? Deflater.NO_COMPRESSION : Deflater.DEFAULT_COMPRESSION);
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    /**
     * A network as three entries: its configuration (DL4J's JSON), its flattened parameters and its updater
     * state (Adam's moments), the arrays as raw numbers. ({@link ModelSerializer} writes the same content but
     * element by element: it took a third of a training epoch.)
     */
    private static void putNetwork(ZipOutputStream zip, String name, MultiLayerNetwork net) throws IOException {
        put(zip, name + ".json", net.getLayerWiseConfigurations().toJson().getBytes(StandardCharsets.UTF_8));
        put(zip, name + "-params.bin", array(net.params()));
        put(zip, name + "-updater.bin", array(net.getUpdater().getStateViewArray()));
    }

    private static MultiLayerNetwork readNetwork(Map<String, byte[]> entries, String name) throws IOException {
        if (entries.containsKey(name + ".zip")) { // the first format: a ModelSerializer zip
            return ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(entries.get(name + ".zip")), true);
        }
        for (String suffix : new String[] {".json", "-params.bin", "-updater.bin"}) {
            if (!entries.containsKey(name + suffix)) {
                throw new IOException("no entry " + name + suffix);
            }
        }
        MultiLayerConfiguration conf = MultiLayerConfiguration.fromJson(
                new String(entries.get(name + ".json"), StandardCharsets.UTF_8));
        INDArray params = readArray(name + "-params.bin", entries.get(name + "-params.bin"));
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init(params.reshape(1, params.length()), false);
        INDArray state = readArray(name + "-updater.bin", entries.get(name + "-updater.bin"));
        if (state.length() > 0) {
            net.getUpdater().setStateViewArray(net, state.reshape(1, state.length()), false);
        }
        return net;
    }

    private static GeneratorAverage readAverage(Map<String, byte[]> entries, MultiLayerNetwork generator, double ema)
            throws IOException {
        if (!entries.containsKey(AVERAGE_ENTRY)) {
            throw new IOException("no entry " + AVERAGE_ENTRY + ", though the run keeps an average of G's weights (ema "
                    + ema + ")");
        }
        INDArray params = readArray(AVERAGE_ENTRY, entries.get(AVERAGE_ENTRY));
        if (params.length() != generator.numParams()) {
            throw new IOException("the array " + AVERAGE_ENTRY + " holds " + params.length() + " numbers, the generator "
                    + generator.numParams());
        }
        MultiLayerNetwork net = new MultiLayerNetwork(generator.getLayerWiseConfigurations().clone());
        net.init(params.castTo(generator.params().dataType()).reshape(1, params.length()), false);
        return GeneratorAverage.restore(net, ema);
    }

    /** Data type ('f' or 'd'), length, then the numbers big-endian. */
    private static byte[] array(INDArray a) {
        INDArray flat = a == null ? Nd4j.empty(DataType.FLOAT) : a.reshape(a.length());
        boolean dbl = flat.dataType() == DataType.DOUBLE;
        int n = Math.toIntExact(flat.length());
        ByteBuffer buf = ByteBuffer.allocate(1 + 8 + n * (dbl ? 8 : 4));
        buf.put((byte) (dbl ? 'd' : 'f')).putLong(n);
        if (dbl) {
            buf.asDoubleBuffer().put(flat.toDoubleVector());
        } else if (n > 0) {
            buf.asFloatBuffer().put(flat.castTo(DataType.FLOAT).toFloatVector());
        }
        return buf.array();
    }

    private static INDArray readArray(String entry, byte[] bytes) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        byte type = bytes.length > 0 ? buf.get() : 0;
        long n = buf.remaining() >= 8 ? buf.getLong() : -1;
        if ((type != 'd' && type != 'f') || n < 0 || buf.remaining() != n * (type == 'd' ? 8 : 4)) {
            throw new IOException("the array " + entry + " is cut short or not an array (type " + type + ", length "
                    + n + ", " + buf.remaining() + " bytes of numbers)");
        }
        if (type == 'd') {
            double[] v = new double[(int) n];
            buf.asDoubleBuffer().get(v);
            return Nd4j.createFromArray(v);
        }
        float[] v = new float[(int) n];
        buf.asFloatBuffer().get(v);
        return Nd4j.createFromArray(v);
    }

    /** Rows and columns as two big-endian ints, then the floats row by row. */
    private static byte[] floats(INDArray a) {
        float[] v = a.dup('c').data().asFloat();
        ByteBuffer buf = ByteBuffer.allocate(8 + 4 * v.length);
        buf.putInt(a.rows()).putInt(a.columns()).asFloatBuffer().put(v);
        return buf.array();
    }

    private static INDArray readFixedZ(byte[] bytes, int zDim) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        int rows = bytes.length >= 8 ? buf.getInt() : -1;
        int cols = bytes.length >= 8 ? buf.getInt() : -1;
        if (rows < 0 || cols != zDim || buf.remaining() != 4L * rows * cols) {
            throw new IOException("fixed-z.bin holds " + rows + " x " + cols + " numbers in " + buf.remaining()
                    + " bytes; expected " + zDim + " columns of 4-byte floats");
        }
        float[] v = new float[rows * cols];
        buf.asFloatBuffer().get(v);
        return Nd4j.createFromArray(v).reshape(rows, cols);
    }

    /** The properties in {@link Properties#store}'s syntax without its date line, so equal states give equal bytes. */
    private static byte[] properties(Properties p) throws IOException {
        StringWriter w = new StringWriter();
        p.store(w, null);
        StringBuilder out = new StringBuilder();
        for (String line : w.toString().split("\\R")) {
            if (!line.startsWith("#")) {
                out.append(line).append('\n');
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Properties readProperties(byte[] bytes) throws IOException {
        Properties p = new Properties();
        p.load(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
        return p;
    }
}
