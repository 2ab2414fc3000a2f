package dev.zatta.report;

import dev.zatta.gan.eval.QualityEvaluator;
import dev.zatta.gan.eval.QualityReport;
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
    /** Samples behind the report's quality score: {@code gan evaluate}'s default. */
    static final int EVALUATED = 1000;

    private GanRuns() {
    }

    /**
     * The training configuration of the report's run: the blog's values (its two-class softmax loss,
     * Adam 2e-4/0.5) with the report's epochs, batch and seed. With the report's defaults it equals the main
     * command's ({@code TrainConfig.builder().build()}), so the report's run is the main command's, step for step.
     */
    static TrainConfig trainConfig(ReportConfig config) {
        return TrainConfig.builder().epochs(config.ganEpochs()).batchSize(config.ganBatchSize()).seed(config.seed())
                .loss(LossKind.SOFTMAX).build();
    }

    /** Whether {@code config} trains exactly what the main command trains (every zero, every default). */
    static boolean isMainCommand(ReportConfig config) {
        return config.ganImages() == 0 && trainConfig(config).equals(TrainConfig.builder().build());
    }

    /**
     * The finished run of {@code wanted}'s trajectory in {@code runs}, if there is one: the folder
     * {@code runs/<wanted.runName()>} (the name holds every parameter that shapes the trajectory) with a
     * checkpoint of the same configuration that has reached at least {@code wanted.epochs()} epochs.
     */
    static Optional<Path> findFinished(Path runs, TrainConfig wanted) throws IOException {
        Path run = runs.resolve(wanted.runName());
        if (!Files.isRegularFile(run.resolve(Checkpoint.FILE))) {
            return Optional.empty();
        }
        Checkpoint cp = Checkpoint.load(run);
        boolean sameTrajectory = cp.config().withEpochs(wanted.epochs()).equals(wanted);
        return sameTrajectory && cp.epoch() >= wanted.epochs() ? Optional.of(run) : Optional.empty();
    }

    /** {@code gan evaluate --checkpoint run --seed seed}: the shipped classifier's score of {@value #EVALUATED} samples. */
    static QualityReport evaluate(Path run, long seed) throws IOException {
        Checkpoint cp = Checkpoint.load(run);
        return QualityEvaluator.shipped().evaluate(Sampler.sample(cp.model(), EVALUATED, seed), cp.config().digitSet());
    }

    /**
     * Trains the report's run into {@code runs/<run title>} (a run left there by an earlier report is
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
