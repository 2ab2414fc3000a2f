package dev.zatta.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reproduces the blog's posts into one folder through the modules' library APIs and writes its
 * {@code index.html}. A post that fails is shown on the page with the reason (the others are still
 * written) and reported in {@link ReportResult#problems()}. Stateless.
 */
public final class BlogReport {
    /** The page's file name inside the report folder. */
    public static final String INDEX = "index.html";

    private BlogReport() {
    }

    /** Runs the posts of {@code config} in page order, then writes the page atomically; progress on {@code progress}. */
    public static ReportResult write(ReportConfig config, PrintStream progress) throws IOException {
        Path out = config.out();
        Files.createDirectories(out);
        List<Section> sections = new ArrayList<>();
        for (ReportConfig.Post post : ReportConfig.Post.values()) {
            if (!config.posts().contains(post)) {
                continue;
            }
            progress.printf("report: %s%n", post.id());
            sections.add(run(post, config, progress));
        }
        Path index = out.resolve(INDEX);
        String footer = "Written by java -jar report/target/report.jar --out " + out.getFileName() + " with seed "
                + config.seed() + (config.checkpoint().isPresent() ? ", DCGAN from " + config.checkpoint().get().getFileName()
                        : ", DCGAN schedule " + config.ganEpochs() + " epochs (its post says which run it shows)") + ".";
        HtmlPage.write(index, "zatta: the blog, reproduced",
                "Every figure and table below was computed when this page was written, by the zatta modules' library "
                        + "APIs: nothing is pasted in by hand.",
                sections, footer);
        List<Path> images = sections.stream().flatMap(s -> s.images().stream()).map(out::resolve).toList();
        for (Path p : images) {
            if (!Files.isRegularFile(p)) {
                throw new IllegalStateException("the page shows " + out.relativize(p) + " but no such file was written");
            }
        }
        return new ReportResult(index, sections, images);
    }

    private static Section run(ReportConfig.Post post, ReportConfig config, PrintStream progress) {
        try {
            return switch (post) {
                case DCGAN -> DcganPost.section(config, progress);
                case VB -> VariationalBayesPost.section(config.out(), config.seed());
                case FORMATTING -> FormattingPost.section();
                case PACKAGING -> PackagingPost.section(List.of(), progress);
            };
        } catch (IOException | RuntimeException e) {
            progress.printf("report: %s failed: %s%n", post.id(), e);
            return new Section(post.id(), post.title(), post.module(), "This post could not be reproduced.", List.of(),
                    "Failed: " + e);
        }
    }
}
