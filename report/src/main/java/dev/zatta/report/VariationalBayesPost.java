package dev.zatta.report;

import dev.zatta.formatting.Template;
import dev.zatta.vb.Figures;
import dev.zatta.vb.ModelSelection;
import dev.zatta.vb.SyntheticData;
import dev.zatta.vb.VbPosterior;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The post on variational Bayes linear regression (PRML §10.3 with Gamma hyperpriors on α and β): the
 * blog's two figures, PRML Fig. 10.9 and the lower bound against the sweep, drawn by
 * {@code variational-bayes}' {@link Figures#writeAll} into {@code vb/}. Stateless.
 */
public final class VariationalBayesPost {
    /** The sub-folder of the report the figures go to. */
    public static final String DIR = "vb";

    private VariationalBayesPost() {
    }

    /** Writes the figures into {@code out/vb/} and returns the section. */
    public static Section section(Path out, long seed) throws IOException {
        List<Path> files = Figures.writeAll(out.resolve(DIR), seed);
        String fixed = find(files, "blog-beta-fixed.png");
        String learned = find(files, "blog-beta-learned.png");
        String byDegree = find(files, "lower-bound-vs-degree.png");
        String byIteration = find(files, "lower-bound-vs-iteration.png");
        // the numbers the sentences quote, from the same data and configurations as writeAll
        double[][] blog = SyntheticData.blog().sample(Figures.BLOG_N, seed);
        List<VbPosterior> learnedStates = Figures.statesAt(Figures.blogLearnedBeta(), blog[0], blog[1],
                Figures.BLOG_ITERATIONS);
        VbPosterior firstLearned = learnedStates.get(0);
        VbPosterior lastLearned = learnedStates.get(learnedStates.size() - 1);
        int bestFixed = argMax(bounds(Figures.prmlByDegree(Figures.prmlFixedBeta())));
        int bestLearned = argMax(bounds(Figures.prmlByDegree(Figures.prmlLearnedBeta())));
        Template two = Template.compile("{:.3g}");
        List<Item> items = List.of(
                Item.figure("β fixed at 10",
                        "The blog's first figure: 20 points of t = sin(πx) + N(0, 0.5²), five Gaussian basis functions, "
                                + "panels after sweeps 0, 2 and 4; with the noise precision held at 10 (the true value "
                                + "is 1/0.5² = 4) the ±1σ band is too narrow for the data's scatter.",
                        fixed),
                Item.figure("β learned",
                        "The blog's extension: a Gamma prior on β as well, so the model learns how noisy the data are: "
                                + "E[β] goes from " + two.format(firstLearned.expectedBeta()) + " after sweep 0 to "
                                + two.format(lastLearned.expectedBeta()) + " after sweep 4 (true value 4), and the band "
                                + "widens accordingly.",
                        learned),
                Item.figure("Model selection by the lower bound",
                        "PRML Fig. 10.9 on PRML's setup: the lower bound against the polynomial order M for ten "
                                + "points of a cubic on (−5, 5) with noise of variance 0.09, each fit the best of "
                                + "several starts; a higher bound means more evidence for the model. Here it is "
                                + "highest at M = " + bestFixed + " with β fixed and at M = " + bestLearned
                                + " with β learned (PRML: M = 3, the true order).",
                        byDegree),
                Item.figure("The lower bound at every sweep",
                        "Each update of q(w), q(α), q(β) can only raise the lower bound, so the trace never goes "
                                + "down; it flattens within a few sweeps and the fit stops when the change falls below "
                                + "the tolerance.",
                        byIteration));
        return Section.of(ReportConfig.Post.VB,
                "PRML §10.3 with hyperpriors on both precisions, as the blog extended it; panel titles are formatting "
                        + "templates ('n_iter:{i} alpha:{alpha:.3g} beta:{beta:.3g}') and every figure is drawn by common-plot.",
                items);
    }

    private static double[] bounds(List<ModelSelection.Candidate> fits) {
        return fits.stream().mapToDouble(ModelSelection.Candidate::lowerBound).toArray();
    }

    private static int argMax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    private static String find(List<Path> files, String name) {
        return files.stream().filter(p -> p.getFileName().toString().equals(name)).findFirst()
                .map(p -> DIR + "/" + p.getFileName())
                .orElseThrow(() -> new IllegalStateException("variational-bayes wrote " + files + " but no " + name));
    }
}
