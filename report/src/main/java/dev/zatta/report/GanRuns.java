package dev.zatta.report;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/** The calls into the gan module's training and sampling API. Stateless. */
final class GanRuns {
    private GanRuns() {
    }

    /** Trains the report's short run into {@code runs}; empty when the gan module has no training API yet. */
    static Optional<Path> train(ReportConfig config, Path runs, PrintStream progress) {
        return Optional.empty();
    }

    /** Writes a grid of new samples from the run's checkpoint into {@code file}; empty when not possible. */
    static Optional<String> sample(Path run, Path file, long seed, PrintStream progress) {
        return Optional.empty();
    }
}
