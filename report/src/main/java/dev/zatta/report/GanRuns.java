package dev.zatta.report;

import dev.zatta.gan.data.MnistData;
import dev.zatta.gan.eval.ConditionalReport;
import dev.zatta.gan.eval.QualityEvaluator;
import dev.zatta.gan.eval.QualityReport;
import dev.zatta.gan.model.LossKind;
import dev.zatta.gan.train.Checkpoint;
import dev.zatta.gan.train.Evaluation;
import dev.zatta.gan.train.Sampler;
import dev.zatta.gan.train.TrainConfig;
import dev.zatta.gan.train.Trainer;
import dev.zatta.gan.train.TrainingSet;
import dev.zatta.io.FileTrees;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The calls into the gan module's training, sampling and evaluation API ({@code dev.zatta.gan.train},
 * {@code dev.zatta.gan.eval}): the zeros run and the conditional run. Stateless.
 */
final class GanRuns {
    /** Samples in the report's new-sample grid: 8 × 8, as in the blog. */
    static final int SAMPLES = 64;
    /** Samples behind the report's quality score: {@code gan evaluate}'s default. */
    static final int EVALUATED = 1000;
    /**
     * Samples of every digit behind the conditional run's quality table ({@code gan evaluate --n}): 100, a tenth of
     * the default, so that the report stays fast (the Fréchet distances are then noisier; their floors are at the
     * same n).
     */
    static final int EVALUATED_PER_DIGIT = 100;
    /** The conditional run's digits: all ten. */
    static final String ALL_DIGITS = "0-9";

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
     * The training configuration of the post's conditional run (all ten digits, one row per digit): the README's
     * conditional command ({@code gan train --digits 0-9 --conditional --epochs 16}, the softmax loss and the
     * mode-seeking weight 1 by default) with {@link ReportConfig#ganConditionalEpochs()} epochs and the report's
     * batch and seed. With the report's defaults it is that command's run.
     */
    static TrainConfig conditionalConfig(ReportConfig config) {
        return TrainConfig.builder().digits(ALL_DIGITS).conditional(true).epochs(config.ganConditionalEpochs())
                .batchSize(config.ganBatchSize()).seed(config.seed()).build();
    }

    /**
     * Whether {@code config} trains {@code conditional} exactly as the README's conditional command does: every
     * embedded digit and every default of {@code gan train --digits 0-9 --conditional --epochs 16}.
     */
    static boolean isReadmeConditional(ReportConfig config, TrainConfig conditional) {
        return config.ganImages() == 0 && conditional.equals(TrainConfig.builder().digits(ALL_DIGITS).conditional(true)
                .epochs(ReportConfig.DEFAULT_CONDITIONAL_EPOCHS).build());
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
     * {@code gan evaluate --checkpoint run --n }{@value #EVALUATED_PER_DIGIT}{@code  --seed seed} of a conditional
     * run: that many samples of every digit of the run, each judged against its own digit (the same samples, labels
     * and floor seed as {@code gan evaluate}, through {@link Evaluation#conditional}).
     */
    static ConditionalReport evaluateConditional(Path run, long seed) throws IOException {
        Checkpoint cp = Checkpoint.load(run);
        if (!cp.config().conditional()) {
            throw new IllegalArgumentException("run: '" + run + "' was trained without --conditional; expected a run of "
                    + "java -jar gan/target/gan.jar train --conditional");
        }
        return Evaluation.conditional(cp, EVALUATED_PER_DIGIT, seed, QualityEvaluator.shipped());
    }

    /**
     * The labelled training images of a conditional run: every image of its digits in the embedded data (or
     * {@code tc.data()}) when {@code perDigit} is 0, otherwise the first {@code perDigit} of each digit (all of a
     * digit that has fewer), in the data's order.
     */
    static TrainingSet conditionalData(TrainConfig tc, int perDigit) {
        TrainingSet all = Trainer.data(tc);
        if (perDigit == 0) {
            return all;
        }
        int[] labels = all.labels();
        int[] taken = new int[MnistData.CLASSES];
        List<float[]> images = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            if (taken[labels[i]] < perDigit) {
                taken[labels[i]]++;
                images.add(all.images().get(i));
                kept.add(labels[i]);
            }
        }
        return new TrainingSet(images, kept.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Trains the conditional run {@code tc} into {@code runs/<run title>} (a run left there by an earlier report
     * is replaced) on {@link #conditionalData conditionalData(tc, config.ganImages())}: the first
     * {@code ganImages} images of every digit, all when 0.
     */
    static Path trainConditional(ReportConfig config, TrainConfig tc, Path runs, PrintStream progress)
            throws IOException {
        TrainingSet data = conditionalData(tc, config.ganImages());
        FileTrees.deleteRecursively(runs.resolve(tc.runName()));
        progress.printf("report: training the conditional DCGAN (digits %s) for %d epochs on %d images, batch %d%n",
                tc.digits(), tc.epochs(), data.size(), tc.batchSize());
        return Trainer.train(tc, data, runs, progress).runDir();
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
