package dev.zatta.vb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zatta.vb.Figures;
import dev.zatta.vb.ModelSelection;
import dev.zatta.vb.VbPosterior;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class CliTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    Path blogCsv(int n) throws IOException {
        StringBuilder b = new StringBuilder("x,t\n");
        double[][] d = dev.zatta.vb.SyntheticData.blog().sample(n, 5);
        for (int i = 0; i < n; i++) {
            b.append(d[0][i]).append(',').append(d[1][i]).append('\n');
        }
        Path f = dir.resolve("data.csv");
        Files.writeString(f, b);
        return f;
    }

    @Test
    void fitWritesTheDocumentedJson() throws IOException {
        Path csv = blogCsv(30);
        Path json = dir.resolve("out/fit.json");
        Run r = run("fit", "--data", csv.toString(), "--basis", "gauss", "--centers", "-1,-0.5,0,0.5,1", "--scale", "10",
                "--predict", "-1:1:5", "--json", json.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("fit: N=30 M=5 iterations=").contains("converged=true");
        JsonNode doc = JSON.readTree(Files.readString(json));
        assertThat(keys(doc)).containsExactly("basis", "n", "mean", "covariance", "alpha", "beta", "lowerBound",
                "lowerBoundTrace", "iterations", "converged", "restarts", "start", "starts", "predictive");
        assertThat(doc.get("restarts").asText()).isEqualTo("grid");
        assertThat(doc.get("starts")).hasSize(34); // configured, evidence and the 8 × 4 grid
        double best = Double.NEGATIVE_INFINITY;
        for (JsonNode a : doc.get("starts")) {
            best = Math.max(best, a.get("lowerBound").asDouble(Double.NEGATIVE_INFINITY));
        }
        // the highest bound, up to the tie margin 1000 · tol · |L| that keeps the earlier of two equal optima
        assertThat(doc.get("lowerBound").asDouble()).isLessThanOrEqualTo(best)
                .isGreaterThanOrEqualTo(best - 1e3 * 1e-10 * Math.abs(best));
        assertThat(doubles(doc.get("mean"))).hasSize(5);
        assertThat(doc.get("covariance")).hasSize(5);
        assertThat(keys(doc.get("alpha"))).containsExactly("shape", "rate", "mean");
        assertThat(doc.get("beta").get("shape").asDouble()).isEqualTo(16.0);
        JsonNode pred = doc.get("predictive");
        assertThat(keys(pred)).containsExactly("x", "mean", "sd", "sdPlugin");
        assertThat(doubles(pred.get("x"))).containsExactly(-1, -0.5, 0, 0.5, 1);
        double[] sd = doubles(pred.get("sd"));
        double[] sdPlugin = doubles(pred.get("sdPlugin"));
        for (int i = 0; i < 5; i++) {
            assertThat(sd[i]).isGreaterThan(sdPlugin[i]);
        }
        double[] trace = doubles(doc.get("lowerBoundTrace"));
        assertThat(trace[trace.length - 1]).isEqualTo(doc.get("lowerBound").asDouble());
        assertThat(trace.length).isEqualTo(doc.get("iterations").asInt());
        try (Stream<Path> files = Files.list(json.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("fit.json"); // no temp files left
        }
    }

    @Test
    void fixedBetaPolyToStdoutAndPlot() throws IOException {
        Path csv = blogCsv(12);
        Path png = dir.resolve("fit.png");
        Run r = run("fit", "--data", csv.toString(), "--basis", "poly", "--degree", "3", "--fixed-beta", "10",
                "--alpha-prior", "2,0.5", "--init-alpha", "0.1", "--plot", png.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode doc = JSON.readTree(r.out().substring(0, r.out().lastIndexOf('}') + 1));
        assertThat(keys(doc.get("beta"))).containsExactly("fixed");
        assertThat(doc.get("beta").get("fixed").asDouble()).isEqualTo(10.0);
        assertThat(doc.get("alpha").get("shape").asDouble()).isEqualTo(4.0);
        assertThat(doubles(doc.get("mean"))).hasSize(4);
        JsonNode pred = doc.get("predictive");
        assertThat(doubles(pred.get("x"))).hasSize(101);
        assertThat(doubles(pred.get("sd"))).containsExactly(doubles(pred.get("sdPlugin")));
        assertThat(r.err()).startsWith("fit: N=12 M=4");
        assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void badInputExitsWithTwoAndNamesFileLineAndValue() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "x,t\n0.1,0.2\n0.3,inf\n");
        Run r = run("fit", "--data", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: " + bad + ":3: column t: expected a finite number, got \"inf\"\n");

        Files.writeString(bad, "x,t\n0.1,0.2,0.3\n");
        r = run("fit", "--data", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: " + bad + ":2: expected 2 columns (x,t), got 3 in \"0.1,0.2,0.3\"\n");

        Files.writeString(bad, "x,t\n");
        r = run("fit", "--data", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: " + bad + ": expected at least one data row (x,t), got none\n");

        Path csv = blogCsv(5);
        r = run("fit", "--data", csv.toString(), "--beta-prior", "1,-2");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().findFirst())
                .hasValue("--beta-prior: expected two finite numbers > 0 'shape,rate', got '1,-2'");
        r = run("fit", "--data", csv.toString(), "--fixed-beta", "0");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().findFirst()).hasValue("--fixed-beta: expected a finite number > 0, got 0.0");
        r = run("fit", "--data", csv.toString(), "--predict", "1:0:5");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().findFirst())
                .hasValue("--predict: expected LO:HI:COUNT with finite LO <= HI and COUNT >= 1, got '1:0:5'");
        r = run("fit", "--data", dir.resolve("missing.csv").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: file not found: " + dir.resolve("missing.csv") + "\n");
    }

    /** Every option error is the library's check, named as the option (OptionErrors), before any data is read. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            --scale|0|--scale: expected a finite number > 0, got 0.0
            --centers|1,NaN|--centers[1]: expected a finite number, got NaN
            --degree|-1|--degree: expected an integer >= 0, got -1
            --basis|spline|--basis: expected 'gauss' or 'poly', got 'spline'
            --alpha-prior|1|--alpha-prior: expected two finite numbers > 0 'shape,rate', got '1'
            --beta-prior|1,-2|--beta-prior: expected two finite numbers > 0 'shape,rate', got '1,-2'
            --fixed-alpha|Infinity|--fixed-alpha: expected a finite number > 0, got Infinity
            --fixed-beta|0|--fixed-beta: expected a finite number > 0, got 0.0
            --init-alpha|NaN|--init-alpha: expected a finite number > 0, got NaN
            --init-beta|-1|--init-beta: expected a finite number > 0, got -1.0
            --tol|-1|--tol: expected a finite number >= 0, got -1.0
            --max-iter|0|--max-iter: expected an integer >= 1, got 0
            --predict|1:0:5|--predict: expected LO:HI:COUNT with finite LO <= HI and COUNT >= 1, got '1:0:5'
            --plot|fit.jpg|--plot: expected a file name ending in .png or .svg, got 'fit.jpg'
            --restarts|all|--restarts: expected 'none', 'evidence' or 'grid', got 'all'
            """)
    void optionErrorsNameTheOption(String option, String value, String message) {
        String basis = option.equals("--degree") ? "poly" : "gauss";
        Run r = option.equals("--basis") ? run("fit", "--data", "never-read.csv", option, value)
                : run("fit", "--data", "never-read.csv", "--basis", basis, option, value);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().findFirst()).hasValue(message);
    }

    static String csv(double[][] d) {
        StringBuilder b = new StringBuilder("x,t\n");
        for (int i = 0; i < d[0].length; i++) {
            b.append(d[0][i]).append(',').append(d[1][i]).append('\n');
        }
        return b.toString();
    }

    /** select on the figure's data (as generate writes it) reports the figure's fits, exactly. */
    @Test
    void selectReportsEveryDegreeAndTheBestOnTheFiguresData() throws IOException {
        Path data = dir.resolve("prml-cubic.csv");
        Files.writeString(data, csv(Figures.prmlData()));
        Path json = dir.resolve("select.json");
        Run r = run("select", "--data", data.toString(), "--basis", "poly", "--degrees", "0-9", "--alpha-prior",
                "1e-3,1e-3", "--beta-prior", "1e-3,1e-3", "--tol", "1e-12", "--max-iter", "5000", "--json",
                json.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<ModelSelection.Candidate> figure = Figures.prmlByDegree(Figures.prmlLearnedBeta());
        JsonNode doc = JSON.readTree(Files.readString(json));
        assertThat(keys(doc)).containsExactly("data", "n", "alpha", "beta", "restarts", "candidates", "best");
        assertThat(doc.get("n").asInt()).isEqualTo(10);
        assertThat(doc.get("restarts").asText()).isEqualTo("grid");
        assertThat(doc.get("candidates")).hasSize(10);
        for (int d = 0; d <= 9; d++) {
            JsonNode c = doc.get("candidates").get(d);
            VbPosterior p = figure.get(d).posterior();
            assertThat(keys(c)).containsExactly("degree", "basis", "lowerBound", "expectedAlpha", "expectedBeta",
                    "iterations", "converged", "start", "startsTried");
            assertThat(c.get("degree").asInt()).isEqualTo(d);
            assertThat(c.get("lowerBound").asDouble()).isEqualTo(p.lowerBound());
            assertThat(c.get("expectedAlpha").asDouble()).isEqualTo(p.expectedAlpha());
            assertThat(c.get("expectedBeta").asDouble()).isEqualTo(p.expectedBeta());
            assertThat(c.get("iterations").asInt()).isEqualTo(p.iterations());
            assertThat(c.get("start").get("kind").asText()).isEqualTo(p.start().kind().label());
            assertThat(c.get("start").get("alpha").asDouble()).isEqualTo(p.start().alpha());
            assertThat(c.get("startsTried").asInt()).isEqualTo(34);
        }
        assertThat(doc.get("best").get("degree").asInt()).isEqualTo(3);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(13);
        assertThat(lines.get(0)).startsWith("degree ");
        assertThat(lines.get(4)).startsWith(String.format(java.util.Locale.ROOT, "3        %14.4f",
                figure.get(3).lowerBound()));
        assertThat(lines.get(11)).isEqualTo(String.format(java.util.Locale.ROOT, "best: degree 3 (L = %.4f)",
                figure.get(3).lowerBound()));
        assertThat(lines.get(12)).isEqualTo("-> " + json);
    }

    /** The README's select example: the command as shown, on the figure's data, prints the README's table. */
    @Test
    void readmeSelectExamplePrintsWhatTheReadmeShows() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("README.md"));
        int command = -1;
        for (int i = 0; i < readme.size(); i++) {
            if (readme.get(i).startsWith("$J select --data prml-cubic.csv ")) {
                command = i;
            }
        }
        assertThat(command).as("the README's select example").isPositive();
        assertThat(readme.get(command - 1)).isEqualTo("$J generate --data prml-cubic > prml-cubic.csv");
        int text = command;
        while (!readme.get(text).equals("```text")) {
            text++;
        }
        int end = text + 1;
        while (!readme.get(end).equals("```")) {
            end++;
        }
        Files.writeString(dir.resolve("prml-cubic.csv"), csv(Figures.prmlData()));
        List<String> args = new ArrayList<>();
        for (String a : readme.get(command).substring("$J ".length()).split(" ")) {
            args.add(a.endsWith(".csv") || a.endsWith(".json") ? dir.resolve(a).toString() : a);
        }
        Run r = run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().replace(dir.resolve("select.json").toString(), "select.json").lines().toList())
                .isEqualTo(readme.subList(text + 1, end));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            --degrees|9-0|--degrees: expected LO-HI or D with integers 0 <= LO <= HI, got '9-0'
            --degrees|-1|--degrees: expected LO-HI or D with integers 0 <= LO <= HI, got '-1'
            --degrees|0-x|--degrees: expected LO-HI or D with integers 0 <= LO <= HI, got '0-x'
            --basis|gauss|--basis: expected 'poly' (select compares polynomial degrees), got 'gauss'
            --restarts|some|--restarts: expected 'none', 'evidence' or 'grid', got 'some'
            --fixed-beta|-1|--fixed-beta: expected a finite number > 0, got -1.0
            --alpha-prior|0,1|--alpha-prior: expected two finite numbers > 0 'shape,rate', got '0,1'
            --tol|NaN|--tol: expected a finite number >= 0, got NaN
            """)
    void selectRefusesBadOptionsLikeFit(String option, String value, String message) {
        Run r = run("select", "--data", "never-read.csv", option, value);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().findFirst()).hasValue(message);
    }

    @Test
    void selectNamesTheFileOnBadData() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "x,t\n1,2\n3,x\n");
        Run r = run("select", "--data", bad.toString(), "--degrees", "0-2");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: " + bad + ":3: column t: expected a number, got \"x\"\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            --data|sine|--data: expected 'blog' or 'prml-cubic', got 'sine'
            --n|-1|--n: expected an integer >= 0, got -1
            """)
    void generateRefusesBadOptions(String option, String value, String message) {
        Run r = run("generate", option, value);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().findFirst()).hasValue(message);
        assertThat(r.out()).isEmpty();
    }

    /** bench's data options are the shared {@link BenchDataOptions} (variational-bayes-spark's bench has them too). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            --n|0|--n: expected an integer >= 1, got 0
            --repeats|0|--repeats: expected an integer >= 1, got 0
            --basis-count|0|--basis-count: expected an integer >= 1, got 0
            --scale|-2|--scale: expected a finite number > 0, got -2.0
            """)
    void benchRefusesBadOptionsBeforeItGeneratesData(String option, String value, String message) {
        Run r = run("bench", option, value, "--no-numpy");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().findFirst()).hasValue(message);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void figuresWritesFourPngs() throws IOException {
        Run r = run("figures", "--out", dir.resolve("figs").toString());
        assertThat(r.code()).as(r.err()).isZero();
        for (String name : List.of("blog-beta-fixed.png", "blog-beta-learned.png", "lower-bound-vs-degree.png",
                "lower-bound-vs-iteration.png")) {
            Path f = dir.resolve("figs").resolve(name);
            assertThat(Files.size(f)).as(name).isBetween(5_000L, 150_000L);
            assertThat(r.out()).contains("wrote " + f);
        }
    }

    static List<String> keys(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    static double[] doubles(JsonNode array) {
        return JSON.convertValue(array, double[].class);
    }
}
