package dev.zatta.vb.cli;

import static dev.zatta.vb.MiniJson.doubles;
import static dev.zatta.vb.MiniJson.list;
import static dev.zatta.vb.MiniJson.obj;
import static org.assertj.core.api.Assertions.assertThat;

import dev.zatta.vb.MiniJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {
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
        Map<String, Object> doc = obj(MiniJson.parse(Files.readString(json)));
        assertThat(doc.keySet()).containsSubsequence("mean", "covariance", "alpha", "beta", "lowerBound",
                "lowerBoundTrace", "iterations", "converged", "predictive");
        assertThat(doubles(doc.get("mean"))).hasSize(5);
        assertThat(list(doc.get("covariance"))).hasSize(5);
        assertThat(obj(doc.get("alpha")).keySet()).containsExactly("shape", "rate", "mean");
        assertThat(((Number) obj(doc.get("beta")).get("shape")).doubleValue()).isEqualTo(16.0);
        Map<String, Object> pred = obj(doc.get("predictive"));
        assertThat(pred.keySet()).containsExactly("x", "mean", "sd", "sdPlugin");
        assertThat(doubles(pred.get("x"))).containsExactly(-1, -0.5, 0, 0.5, 1);
        double[] sd = doubles(pred.get("sd"));
        double[] sdPlugin = doubles(pred.get("sdPlugin"));
        for (int i = 0; i < 5; i++) {
            assertThat(sd[i]).isGreaterThan(sdPlugin[i]);
        }
        double[] trace = doubles(doc.get("lowerBoundTrace"));
        assertThat(trace[trace.length - 1]).isEqualTo(((Number) doc.get("lowerBound")).doubleValue());
        assertThat(trace.length).isEqualTo(((Number) doc.get("iterations")).intValue());
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
        Map<String, Object> doc = obj(MiniJson.parse(r.out().substring(0, r.out().lastIndexOf('}') + 1)));
        assertThat(obj(doc.get("beta"))).containsExactly(Map.entry("fixed", 10.0));
        assertThat(((Number) obj(doc.get("alpha")).get("shape")).doubleValue()).isEqualTo(4.0);
        assertThat(doubles(doc.get("mean"))).hasSize(4);
        Map<String, Object> pred = obj(doc.get("predictive"));
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
        assertThat(r.err()).contains(bad + ":2: expected 2 columns (x,t), got 3");

        Files.writeString(bad, "x,t\n");
        r = run("fit", "--data", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(bad + ": expected at least one data row (x,t), got none");

        Path csv = blogCsv(5);
        r = run("fit", "--data", csv.toString(), "--beta-prior", "1,-2");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("--beta-prior: expected two finite numbers > 0 'shape,rate', got '1,-2'");
        r = run("fit", "--data", csv.toString(), "--fixed-beta", "0");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("--fixed-beta: expected a finite number > 0, got 0.0");
        r = run("fit", "--data", csv.toString(), "--predict", "1:0:5");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("--predict: expected LO:HI:COUNT with finite LO <= HI and COUNT >= 1, got '1:0:5'");
        r = run("fit", "--data", dir.resolve("missing.csv").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: file not found: " + dir.resolve("missing.csv") + "\n");
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

    @Test
    void jsonWriterEscapesAndMapsInfinityToNull() {
        String s = Json.write(Map.of("k\"\n", List.of(1.5, Double.POSITIVE_INFINITY, true, "a\\b")));
        assertThat(s).isEqualTo("{\n  \"k\\\"\\n\": [1.5, null, true, \"a\\\\b\"]\n}\n");
        assertThat(MiniJson.parse(Json.write(new double[][] {{1, 2}, {3, 4e-300}}))).isEqualTo(
                List.of(List.of(1.0, 2.0), List.of(3.0, 4e-300)));
    }
}
