package dev.zatta.gan.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** What bench prints from its best rounds, and the options it refuses before anything runs. */
class BenchTest {
    private static final String NL = System.lineSeparator();

    @Test
    void theSummaryGivesTheRatioAgainstPyTorchsBestThreadSettingAndGemmOverLayers() {
        Bench.Result r = new Bench.Result(480.0, OptionalDouble.of(72.5), OptionalDouble.of(390.25), 2, "");
        assertThat(r.summary(3)).isEqualTo("dl4j   images/s: 480.0 (best of 3)" + NL
                + "layers images/s: 72.5 (best of 3)" + NL
                + "gemm/layers: 6.62" + NL
                + "torch  images/s: 390.3 (best of 3, 2 threads)" + NL
                + "ratio dl4j/torch: 1.23" + NL);
    }

    @Test
    void withoutPyTorchTheSummarySaysWhy() {
        Bench.Result r = new Bench.Result(300.0, OptionalDouble.empty(), OptionalDouble.empty(), 0,
                "no Python at /nowhere/python3");
        assertThat(r.summary(1)).isEqualTo("dl4j   images/s: 300.0 (best of 1)" + NL
                + "torch  not measured: no Python at /nowhere/python3" + NL);
    }

    @Test
    void badSettingsAreRefusedNamingTheOption() {
        Path py = Path.of("/usr/bin/python3");
        Path script = Path.of("bench/dcgan_torch.py");
        assertThatThrownBy(() -> new Bench.Config(1, 40, 20, 3, List.of(1, 2), py, script, false, false))
                .hasMessage("--batch-size: expected >= 2, got 1");
        assertThatThrownBy(() -> new Bench.Config(64, 40, -1, 3, List.of(1, 2), py, script, false, false))
                .hasMessage("--warmup: expected >= 0, got -1");
        assertThatThrownBy(() -> new Bench.Config(64, 40, 20, 0, List.of(1, 2), py, script, false, false))
                .hasMessage("--rounds: expected >= 1, got 0");
        assertThatThrownBy(() -> new Bench.Config(64, 40, 20, 3, List.of(2, 0), py, script, false, false))
                .hasMessage("--torch-threads: expected counts >= 1, got 0");
    }
}
