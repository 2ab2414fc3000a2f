package dev.zatta.report;

import dev.zatta.gan.train.TrainConfig;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the report reproduces and how. Immutable; build with {@link #builder(Path)}.
 *
 * @param out the folder the report is written to (created if absent)
 * @param checkpoint a finished {@code gan train} run folder to take the DCGAN figures from; empty: reuse the
 *        main command's finished run when {@code ganRuns} holds one of this schedule, otherwise train one
 *        inside the report folder
 * @param ganRuns the folder searched for a finished {@code gan train} run of the report's schedule (the main
 *        command writes {@code runs/})
 * @param ganEpochs epochs of the report's own DCGAN run: by default the main command's 100, which draws
 *        recognisable zeros; {@link #QUICK_GAN_EPOCHS} in quick mode. The post's conditional run (all ten digits)
 *        gets 16/100 of them (rounded up), {@link #ganConditionalEpochs()}
 * @param ganImages how many training images (of the digit 0) the report's run uses; 0: all of them. The
 *        conditional run uses as many of <i>every</i> digit (0: every embedded digit, 10,000)
 * @param ganBatchSize the report's run's batch size, and the conditional run's
 * @param seed the seed of every random choice (data noise, network initialisation, samples)
 * @param posts which posts to reproduce
 */
public record ReportConfig(Path out, Optional<Path> checkpoint, Path ganRuns, int ganEpochs, int ganImages,
        int ganBatchSize, long seed, Set<Post> posts) {
    /**
     * Default epochs of the report's own DCGAN run: the main command's schedule ({@code gan train --digits 0
     * --epochs 100}), so that the page shows the blog's zeros, not noise (about 4 minutes on 2 cores).
     */
    public static final int DEFAULT_GAN_EPOCHS = TrainConfig.DEFAULT_EPOCHS;
    /**
     * Epochs of the README's conditional command ({@code gan train --digits 0-9 --conditional --epochs 16}, about 7½
     * minutes on 2 cores): what {@link #ganConditionalEpochs()} gives for the default {@link #DEFAULT_GAN_EPOCHS}.
     */
    public static final int DEFAULT_CONDITIONAL_EPOCHS = 16;
    /** Epochs of quick mode ({@code --quick}): minutes less, but the samples are still noise. */
    public static final int QUICK_GAN_EPOCHS = 3;
    /** Where the main command ({@code gan train ... --out runs/}) writes its run folder, relative to the working folder. */
    public static final Path DEFAULT_GAN_RUNS = Path.of("runs");
    /** Default training images of the report's own DCGAN run (0 = every 0 of the embedded data). */
    public static final int DEFAULT_GAN_IMAGES = 0;
    /** Default batch size of the report's own DCGAN run. */
    public static final int DEFAULT_GAN_BATCH_SIZE = 64;
    /** Default seed. */
    public static final long DEFAULT_SEED = 1;

    /** The blog's posts, in the order of the page. */
    public enum Post {
        /** The DCGAN trained on the digit 0 ({@code gan}). */
        DCGAN("dcgan", "A DCGAN that draws zeros", "gan"),
        /** Variational Bayes linear regression ({@code variational-bayes}). */
        VB("vb", "Variational Bayes linear regression", "variational-bayes"),
        /** str.format and run titles ({@code formatting}). */
        FORMATTING("formatting", "Naming runs with str.format", "formatting"),
        /** The import pitfall ({@code packaging-demo}). */
        PACKAGING("packaging", "The import pitfall, in Java", "packaging-demo");

        private final String id;
        private final String title;
        private final String module;

        Post(String id, String title, String module) {
            this.id = id;
            this.title = title;
            this.module = module;
        }

        /** The section's anchor on the page. */
        public String id() {
            return id;
        }

        /** The section's heading. */
        public String title() {
            return title;
        }

        /** The zatta module that reproduces the post. */
        public String module() {
            return module;
        }
    }

    public ReportConfig {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(ganRuns, "ganRuns");
        if (ganEpochs < 1) {
            throw new IllegalArgumentException("ganEpochs: expected at least 1 epoch, got " + ganEpochs);
        }
        if (ganImages < 0) {
            throw new IllegalArgumentException("ganImages: expected 0 (all) or a positive count, got " + ganImages);
        }
        if (ganBatchSize < 1) {
            throw new IllegalArgumentException("ganBatchSize: expected a positive batch size, got " + ganBatchSize);
        }
        if (posts.isEmpty()) {
            throw new IllegalArgumentException("posts: expected at least one of " + EnumSet.allOf(Post.class) + ", got none");
        }
        posts = Set.copyOf(posts);
    }

    /**
     * Epochs of the post's conditional run (all ten digits, one row per digit in its grids):
     * {@code ganEpochs} × {@value #DEFAULT_CONDITIONAL_EPOCHS} / {@value #DEFAULT_GAN_EPOCHS}, rounded up — the README's
     * {@value #DEFAULT_CONDITIONAL_EPOCHS} for the default {@value #DEFAULT_GAN_EPOCHS}, 1 in quick mode. No option of
     * its own: the zeros run's schedule scales both, so a shorter report trains a shorter conditional run too.
     */
    public int ganConditionalEpochs() {
        return Math.toIntExact(((long) ganEpochs * DEFAULT_CONDITIONAL_EPOCHS + DEFAULT_GAN_EPOCHS - 1)
                / DEFAULT_GAN_EPOCHS);
    }

    public static Builder builder(Path out) {
        return new Builder(out);
    }

    /** Builder with the defaults above. */
    public static final class Builder {
        private final Path out;
        private Optional<Path> checkpoint = Optional.empty();
        private Path ganRuns = DEFAULT_GAN_RUNS;
        private int ganEpochs = DEFAULT_GAN_EPOCHS;
        private int ganImages = DEFAULT_GAN_IMAGES;
        private int ganBatchSize = DEFAULT_GAN_BATCH_SIZE;
        private long seed = DEFAULT_SEED;
        private Set<Post> posts = EnumSet.allOf(Post.class);

        private Builder(Path out) {
            this.out = out;
        }

        public Builder checkpoint(Path runDir) {
            this.checkpoint = Optional.ofNullable(runDir);
            return this;
        }

        public Builder ganRuns(Path folder) {
            this.ganRuns = folder;
            return this;
        }

        /** Quick mode: {@link #QUICK_GAN_EPOCHS} epochs. */
        public Builder quick() {
            return ganEpochs(QUICK_GAN_EPOCHS);
        }

        public Builder ganEpochs(int epochs) {
            this.ganEpochs = epochs;
            return this;
        }

        public Builder ganImages(int images) {
            this.ganImages = images;
            return this;
        }

        public Builder ganBatchSize(int batchSize) {
            this.ganBatchSize = batchSize;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder posts(Set<Post> posts) {
            this.posts = EnumSet.noneOf(Post.class);
            this.posts.addAll(posts);
            return this;
        }

        public ReportConfig build() {
            return new ReportConfig(out, checkpoint, ganRuns, ganEpochs, ganImages, ganBatchSize, seed, posts);
        }
    }
}
