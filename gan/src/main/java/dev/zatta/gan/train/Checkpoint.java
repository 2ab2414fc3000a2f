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
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A training run's state after a finished epoch, immutable: everything needed to continue bit-identically.
 *
 * <p>One file, {@code checkpoint.zip} in the run folder, holding both networks with their Adam states
 * ({@link ModelSerializer} with the updater; BN running statistics are parameters), the configuration, the
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
                put(zip, "generator.zip", network(model.generator()));
                put(zip, "discriminator.zip", network(model.discriminator()));
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
        for (String name : new String[] {"config.properties", "state.properties", "generator.zip",
                "discriminator.zip", "fixed-z.bin"}) {
            if (!entries.containsKey(name)) {
                throw new IOException(file + ": expected an entry " + name + ", found " + entries.keySet());
            }
        }
        TrainConfig config = TrainConfig.fromProperties(readProperties(entries.get("config.properties")));
        Properties state = readProperties(entries.get("state.properties"));
        MultiLayerNetwork g = ModelSerializer.restoreMultiLayerNetwork(
                new ByteArrayInputStream(entries.get("generator.zip")), true);
        MultiLayerNetwork d = ModelSerializer.restoreMultiLayerNetwork(
                new ByteArrayInputStream(entries.get("discriminator.zip")), true);
        Dcgan model = Dcgan.restore(config.architecture(), config.learningRate(), config.beta1(), g, d,
                Long.parseLong(state.getProperty("steps")));
        return new Checkpoint(config, Integer.parseInt(state.getProperty("epoch")), model,
                readFloats(entries.get("fixed-z.bin")));
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static byte[] network(MultiLayerNetwork net) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ModelSerializer.writeModel(net, bytes, true);
        return bytes.toByteArray();
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
