package dev.zatta.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.zatta.gan.train.TrainConfig;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportConfigTest {
    @Test
    void defaultsReproduceEveryPost() {
        ReportConfig c = ReportConfig.builder(Path.of("out")).build();
        assertThat(c.posts()).containsExactlyInAnyOrder(ReportConfig.Post.values());
        assertThat(c.checkpoint()).isEmpty();
        assertThat(c.ganEpochs()).isEqualTo(ReportConfig.DEFAULT_GAN_EPOCHS);
        assertThat(c.seed()).isEqualTo(ReportConfig.DEFAULT_SEED);
        assertThat(c.ganRuns()).isEqualTo(Path.of("runs"));
        assertThat(ReportConfig.builder(Path.of("out")).quick().build().ganEpochs()).isEqualTo(3);
    }

    @Test
    void byDefaultTheReportTrainsExactlyTheMainCommandsRun() {
        // MainCommandIT checks that this run's samples are recognised as zeros (>= 90%); the report's default
        // is the same TrainConfig, so the same steps to the bit.
        ReportConfig c = ReportConfig.builder(Path.of("out")).build();
        assertThat(GanRuns.trainConfig(c)).isEqualTo(TrainConfig.builder().build());
        assertThat(c.ganEpochs()).isEqualTo(TrainConfig.DEFAULT_EPOCHS).isEqualTo(100);
        assertThat(GanRuns.isMainCommand(c)).isTrue();
        assertThat(GanRuns.isMainCommand(ReportConfig.builder(Path.of("out")).quick().build())).isFalse();
        assertThat(GanRuns.isMainCommand(ReportConfig.builder(Path.of("out")).ganImages(500).build())).isFalse();
    }

    @Test
    void theConditionalRunIsTheReadmesConditionalCommandByDefaultAndScalesWithTheEpochs() {
        ReportConfig c = ReportConfig.builder(Path.of("out")).build();
        assertThat(c.ganConditionalEpochs()).isEqualTo(ReportConfig.DEFAULT_CONDITIONAL_EPOCHS).isEqualTo(16);
        TrainConfig readme = TrainConfig.builder().digits("0-9").conditional(true).epochs(16).build();
        assertThat(GanRuns.conditionalConfig(c)).isEqualTo(readme);
        assertThat(readme.runName()).isEqualTo("digits-0-9_batch-64_seed-1_loss-softmax_conditional-True");
        assertThat(readme.modeSeeking()).isEqualTo(1.0);
        assertThat(readme.ema()).as("its samples come from the average of G's weights").isEqualTo(0.99);
        assertThat(GanRuns.isReadmeConditional(c, GanRuns.conditionalConfig(c))).isTrue();
        // 16/100 of the zeros run's epochs, rounded up
        assertThat(ReportConfig.builder(Path.of("out")).quick().build().ganConditionalEpochs()).isEqualTo(1);
        assertThat(ReportConfig.builder(Path.of("out")).ganEpochs(1).build().ganConditionalEpochs()).isEqualTo(1);
        assertThat(ReportConfig.builder(Path.of("out")).ganEpochs(50).build().ganConditionalEpochs()).isEqualTo(8);
        assertThat(ReportConfig.builder(Path.of("out")).ganEpochs(51).build().ganConditionalEpochs()).isEqualTo(9);
        ReportConfig quick = ReportConfig.builder(Path.of("out")).quick().build();
        assertThat(GanRuns.isReadmeConditional(quick, GanRuns.conditionalConfig(quick))).isFalse();
        ReportConfig subset = ReportConfig.builder(Path.of("out")).ganImages(500).build();
        assertThat(GanRuns.isReadmeConditional(subset, GanRuns.conditionalConfig(subset))).isFalse();
        ReportConfig batch = ReportConfig.builder(Path.of("out")).ganBatchSize(32).seed(4).build();
        assertThat(GanRuns.conditionalConfig(batch)).isEqualTo(readme.toBuilder().batchSize(32).seed(4).build());
    }

    @Test
    void badValuesAreNamed() {
        assertThatThrownBy(() -> ReportConfig.builder(Path.of("o")).ganEpochs(0).build())
                .hasMessage("ganEpochs: expected at least 1 epoch, got 0");
        assertThatThrownBy(() -> ReportConfig.builder(Path.of("o")).ganImages(-5).build())
                .hasMessage("ganImages: expected 0 (all) or a positive count, got -5");
        assertThatThrownBy(() -> ReportConfig.builder(Path.of("o")).ganBatchSize(0).build())
                .hasMessage("ganBatchSize: expected a positive batch size, got 0");
        assertThatThrownBy(() -> ReportConfig.builder(Path.of("o")).posts(Set.of()).build())
                .hasMessage("posts: expected at least one of " + EnumSet.allOf(ReportConfig.Post.class) + ", got none");
    }
}
