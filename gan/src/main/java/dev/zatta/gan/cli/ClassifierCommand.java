package dev.zatta.gan.cli;

import dev.zatta.gan.data.MnistData;
import dev.zatta.gan.eval.ClassifierTrainer;
import dev.zatta.gan.eval.MnistClassifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code classifier}: trains the judge of {@code evaluate} on a data set's training split ({@link ClassifierTrainer}). */
@Command(name = "classifier", mixinStandardHelpOptions = true,
        description = {"Train the quality classifier (the shipped one's settings) on --data's training split and",
                "report its held-out accuracy and, when the folder has one, its accuracy on the t10k- test split."})
final class ClassifierCommand implements Callable<Integer> {
    @Option(names = "--data", description = "Folder of MNIST-format IDX files, e.g. /usr/share/datasets/fashion-mnist"
            + " (default: the 10,000 embedded digits).")
    Path data;

    @Option(names = "--out", required = true, description = "Folder for mnist-classifier.zip and .properties.")
    Path out;

    @Option(names = "--epochs", description = "Passes over the training part (default: the shipped classifier's).")
    Integer epochs;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        java.io.PrintWriter stdout = spec.commandLine().getOut();
        ClassifierTrainer.Config config = epochs == null ? ClassifierTrainer.Config.shipped()
                : ClassifierTrainer.Config.shipped().withEpochs(epochs);
        MnistData train = data == null ? MnistData.embedded() : MnistData.read(data);
        MnistClassifier c = ClassifierTrainer.train(train, config, System.err::println);
        Files.createDirectories(out);
        Path weights = out.resolve("mnist-classifier.zip");
        c.save(weights);
        stdout.printf(Locale.ROOT, "held-out accuracy %.4f (%d images of %s)%n", c.info().heldOutAccuracy(),
                c.info().heldOutSize(), train.source());
        if (data != null) {
            MnistData test = MnistData.readTest(data);
            stdout.printf(Locale.ROOT, "test accuracy %.4f (%d images of %s)%n", c.accuracy(test), test.size(),
                    test.source());
        }
        stdout.println("wrote " + weights);
        stdout.flush();
        return 0;
    }
}
