package dev.zatta.gan.cli;

import dev.zatta.gan.data.MnistData;
import dev.zatta.gan.eval.MnistClassifier;
import dev.zatta.gan.eval.QualityEvaluator;
import dev.zatta.gan.train.Checkpoint;
import dev.zatta.gan.train.Evaluation;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evaluate}: the quality score of a run's generator, as JSON on stdout. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Score a run's generator: the share of n samples the shipped MNIST classifier recognises",
                "as the run's digits with confidence > 0.9, and the Frechet distance of classifier features;",
                "for a --conditional run n samples of every digit, each judged against its own digit."})
final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--checkpoint", required = true, description = "A run folder written by train.")
    Path checkpoint;

    @Option(names = "--n", defaultValue = "1000",
            description = "Number of samples; of each digit for a conditional run (default: ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the latent vectors (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--classifier", description = "A classifier written by the classifier command (its"
            + " mnist-classifier.zip; default: the shipped MNIST one).")
    Path classifier;

    @Option(names = "--reference", description = "Folder whose t10k- test split holds the real images the FID compares"
            + " with (default: the 10,000 embedded digits).")
    Path reference;

    @Override
    public Integer call() throws Exception {
        Checkpoint cp = Checkpoint.load(checkpoint);
        QualityEvaluator judge = classifier == null && reference == null ? QualityEvaluator.shipped()
                : QualityEvaluator.of(classifier == null ? MnistClassifier.shipped() : MnistClassifier.load(classifier),
                        reference == null ? MnistData.embedded() : MnistData.readTest(reference));
        System.out.println(Evaluation.of(cp, n, seed, judge));
        return 0;
    }
}
