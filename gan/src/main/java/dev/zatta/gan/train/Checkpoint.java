package dev.zatta.gan.train;

import dev.zatta.gan.model.Dcgan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.nio.ByteBuffer;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A training run's state after a finished epoch, immutable: everything needed to continue bit-identically.
 *
 * <p>One file, {@code checkpoint.zip} in the run folder, holding both networks — DL4J's configuration JSON,
 * the flattened parameters (BN running statistics included) and the updater's Adam moments — the configuration, the
 * epoch, Adam's step counter and the fixed latent vectors of the grids. The data order and the latent
 * vectors of epoch e come from a random stream seeded by (seed, e) alone, so no random-generator state
 * needs saving. Written to a temporary file in the same folder and renamed, so a crash leaves the previous
 * checkpoint intact.
 *
 * @param config the run's configuration
 * @param epoch  epochs completed
 * @param model  the model after {@code epoch} epochs
 * @param fixedZ the latent vectors of the per-epoch grids, shape [64, zDim]
 */
public record Checkpoint(TrainConfig config, int epoch, Dcgan model, INDArray fixedZ) {
    /** The checkpoint's file name inside a run folder. */
    public static final String FILE = "checkpoint.zip";

    /** Writes {@code runDir/checkpoint.zip} atomically. */
    public void save(Path runDir) throws IOException {
        Path target = runDir.resolve(FILE);
        Path tmp = runDir.resolve(FILE + ".tmp"); // same folder, so the rename is atomic; default permissions
        try {
            try (OutputStream os = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(os)) {
                put(zip, "config.properties", properties(config.toProperties()));
                Properties state = new Properties();
                state.setProperty("epoch", Integer.toString(epoch));
                state.setProperty("steps", Long.toString(model.steps()));
                put(zip, "state.properties", properties(state));
                putNetwork(zip, "generator", model.generator());
                putNetwork(zip, "discriminator", model.discriminator());
                put(zip, "fixed-z.bin", floats(fixedZ));
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Reads {@code runDir/checkpoint.zip}.
     *
     * @throws IOException if there is no checkpoint or it is incomplete; the message names the file
     */
    public static Checkpoint load(Path runDir) throws IOException {
        Path file = runDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IOException("checkpoint: expected a run folder holding " + FILE + " (written after every epoch"
                    + " by train), but " + file + " does not exist");
        }
        Map<String, byte[]> entries = new HashMap<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        for (String name : new String[] {"config.properties", "state.properties", "fixed-z.bin"}) {
            if (!entries.containsKey(name)) {
                throw new IOException(file + ": expected an entry " + name + ", found " + entries.keySet());
            }
        }
        TrainConfig config = TrainConfig.fromProperties(readProperties(entries.get("config.properties")));
        Properties state = readProperties(entries.get("state.properties"));
        MultiLayerNetwork g = readNetwork(file, entries, "generator");
        MultiLayerNetwork d = readNetwork(file, entries, "discriminator");
        Dcgan model = Dcgan.restore(config.architecture(), config.learningRate(), config.beta1(), g, d,
                Long.parseLong(state.getProperty("steps")));
        return new Checkpoint(config, Integer.parseInt(state.getProperty("epoch")), model,
                readFloats(entries.get("fixed-z.bin")));
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        // raw numbers do not compress; deflating them took longer than a training epoch's grid and metrics
        zip.setLevel(name.endsWith(".bin") ? Deflater.NO_COMPRESSION : Deflater.DEFAULT_COMPRESSION);
        zip.putNextEntry(new ZipEntry(name));
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

    private static MultiLayerNetwork readNetwork(Path file, Map<String, byte[]> entries, String name)
            throws IOException {
        if (entries.containsKey(name + ".zip")) { // the first format: a ModelSerializer zip
            return ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(entries.get(name + ".zip")), true);
        }
        for (String suffix : new String[] {".json", "-params.bin", "-updater.bin"}) {
            if (!entries.containsKey(name + suffix)) {
                throw new IOException(file + ": expected an entry " + name + suffix + ", found " + entries.keySet());
            }
        }
        MultiLayerConfiguration conf = MultiLayerConfiguration.fromJson(
                new String(entries.get(name + ".json"), StandardCharsets.UTF_8));
        INDArray params = readArray(entries.get(name + "-params.bin"));
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init(params.reshape(1, params.length()), false);
        INDArray state = readArray(entries.get(name + "-updater.bin"));
        if (state.length() > 0) {
            net.getUpdater().setStateViewArray(net, state.reshape(1, state.length()), false);
        }
        return net;
    }

    /** Data type, length, then the numbers big-endian. */
    private static byte[] array(INDArray a) throws IOException {
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

    private static INDArray readArray(byte[] bytes) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        byte type = buf.get();
        long n = buf.getLong();
        if ((type != 'd' && type != 'f') || n < 0 || buf.remaining() != n * (type == 'd' ? 8 : 4)) {
            throw new IOException("checkpoint: an array entry is truncated or not an array (type " + type
                    + ", length " + n + ", " + buf.remaining() + " bytes left)");
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

    private static byte[] properties(Properties p) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        p.store(new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8), null);
        return bytes.toByteArray();
    }

    private static Properties readProperties(byte[] bytes) {
        Properties p = new Properties();
        try {
            p.load(new java.io.InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static byte[] floats(INDArray a) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(a.rows());
        out.writeInt(a.columns());
        for (float f : a.dup('c').data().asFloat()) {
            out.writeFloat(f);
        }
        out.flush();
        return bytes.toByteArray();
    }

    private static INDArray readFloats(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        int rows = in.readInt();
        int cols = in.readInt();
        float[] v = new float[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = in.readFloat();
        }
        return Nd4j.createFromArray(v).reshape(rows, cols);
    }
}
