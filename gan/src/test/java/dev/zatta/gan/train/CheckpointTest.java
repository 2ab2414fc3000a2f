package dev.zatta.gan.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A checkpoint that cannot be one of train's is refused naming the file, what is wrong and what to do. */
class CheckpointTest {
    @TempDir
    Path tmp;

    @Test
    void aTruncatedCheckpointIsRefusedSayingSoAndWhatToDo() throws IOException {
        Path run = Trainer.train(TrainerTest.tiny(1, 3), TrainerTest.blobs(16, 3), tmp, null).runDir();
        Path file = run.resolve(Checkpoint.FILE);
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> Checkpoint.load(run)).isInstanceOf(IOException.class)
                .hasMessage("checkpoint: " + file + " is truncated or damaged (zip END header not found), so the run "
                        + "cannot continue from it; copy an intact checkpoint.zip of this run into " + run
                        + ", or delete " + run + " and start the run again with train");
    }

    @Test
    void aZipThatIsNotACheckpointIsRefusedSayingSo() throws IOException {
        Path run = Files.createDirectory(tmp.resolve("run"));
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(run.resolve(Checkpoint.FILE)))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a model".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThatThrownBy(() -> Checkpoint.load(run)).isInstanceOf(IOException.class)
                .hasMessage("checkpoint: " + run.resolve(Checkpoint.FILE) + " is not a checkpoint of gan train: it has"
                        + " no config.properties, state.properties, fixed-z.bin (its entries: readme.txt); give "
                        + "--checkpoint or --resume a run folder that train wrote");
    }

    @Test
    void aFileThatIsNotAZipIsRefusedAsDamaged() throws IOException {
        Path run = Files.createDirectory(tmp.resolve("text"));
        Files.writeString(run.resolve(Checkpoint.FILE), "hello");
        assertThatThrownBy(() -> Checkpoint.load(run))
                .hasMessageStartingWith("checkpoint: " + run.resolve(Checkpoint.FILE) + " is truncated or damaged (");
    }

    @Test
    void theSameStateGivesTheSameBytes() throws IOException {
        Path run = Trainer.train(TrainerTest.tiny(1, 3), TrainerTest.blobs(16, 3), tmp, null).runDir();
        Checkpoint cp = Checkpoint.load(run);
        Path copy = Files.createDirectory(tmp.resolve("copy"));
        cp.save(copy);
        assertThat(Files.mismatch(copy.resolve(Checkpoint.FILE), run.resolve(Checkpoint.FILE))).isEqualTo(-1L);
    }

    @Test
    void anAveragedRunsCheckpointWithoutTheAverageIsRefusedAsDamaged() throws IOException {
        TrainConfig config = TrainerTest.tiny(1, 3).toBuilder().ema(0.9).build();
        Path run = Trainer.train(config, TrainerTest.blobs(16, 3), tmp, null).runDir();
        Path file = run.resolve(Checkpoint.FILE);
        assertThat(Checkpoint.load(run).model().generatorAverage().decay()).isEqualTo(0.9);
        Path stripped = tmp.resolve("stripped.zip");
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(file.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(stripped))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                if (!e.getName().equals("generator-average-params.bin")) {
                    out.putNextEntry(new ZipEntry(e.getName()));
                    out.write(in.getInputStream(e).readAllBytes());
                    out.closeEntry();
                }
            }
        }
        Files.move(stripped, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThatThrownBy(() -> Checkpoint.load(run)).isInstanceOf(IOException.class)
                .hasMessage("checkpoint: " + file + " is truncated or damaged (no entry generator-average-params.bin,"
                        + " though the run keeps an average of G's weights (ema 0.9)), so the run cannot continue from"
                        + " it; copy an intact checkpoint.zip of this run into " + run + ", or delete " + run
                        + " and start the run again with train");
    }
}
