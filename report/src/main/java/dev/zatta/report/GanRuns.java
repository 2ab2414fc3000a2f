package dev.zatta.report;

import dev.zatta.gan.model.LossKind;
import dev.zatta.gan.train.Checkpoint;
import dev.zatta.gan.train.Sampler;
import dev.zatta.gan.train.TrainConfig;
import dev.zatta.gan.train.Trainer;
import dev.zatta.io.FileTrees;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The calls into the gan module's training and sampling API ({@code dev.zatta.gan.train}). Stateless. */
final class GanRuns {
    /** Samples in the report's new-sample grid: 8 × 8, as in the blog. */
    static final int SAMPLES = 64;

    private GanRuns() {
    }

    /**
     * The training configuration of the report's short run: the blog's values (its two-class softmax loss,
     * Adam 2e-4/0.5) with the report's epochs, batch and seed.
     */
    static TrainConfig trainConfig(ReportConfig config) {
        return TrainConfig.builder().epochs(config.ganEpochs()).batchSize(config.ganBatchSize()).seed(config.seed())
                .loss(LossKind.SOFTMAX).build();
    }

    /**
     * Trains the report's short run into {@code runs/<run title>} (a run left there by an earlier report is
     * replaced) on the first {@code ganImages} zeros of the embedded data (all when 0).
     */
    static Path train(ReportConfig config, Path runs, PrintStream progress) throws IOException {
        TrainConfig tc = trainConfig(config);
        List<float[]> images = Trainer.images(tc);
        if (config.ganImages() > 0 && config.ganImages() < images.size()) {
            images = images.subList(0, config.ganImages());
        }
        FileTrees.deleteRecursively(runs.resolve(tc.runName()));
        progress.printf("report: training the DCGAN for %d epochs on %d images, batch %d%n", tc.epochs(), images.size(),
                tc.batchSize());
        return Trainer.train(tc, images, runs, progress).runDir();
    }

    /** Writes a grid of 64 new samples from the run's checkpoint into {@code file}; returns its file name. */
    static Optional<String> sample(Path run, Path file, long seed, PrintStream progress) throws IOException {
        if (!Files.isRegularFile(run.resolve(Checkpoint.FILE))) {
            progress.printf("report: %s has no %s; no new samples%n", run, Checkpoint.FILE);
            return Optional.empty();
        }
        Sampler.write(Checkpoint.load(run).model(), SAMPLES, seed, file);
        return Optional.of(file.getFileName().toString());
    }
}
