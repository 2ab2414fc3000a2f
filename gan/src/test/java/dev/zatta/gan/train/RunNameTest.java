package dev.zatta.gan.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.zatta.gan.model.Engine;
import dev.zatta.gan.model.LossKind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A run folder's name holds every parameter of the trajectory, not the epochs, and reads back. */
class RunNameTest {
    static final TrainConfig MAIN = TrainConfig.defaults(100, 1);

    /** The main run and one configuration per trajectory parameter changed from it. */
    static List<TrainConfig> variants() {
        return List.of(MAIN,
                MAIN.toBuilder().digits("0-9").build(),
                MAIN.toBuilder().digits("1,3,5-7").build(),
                MAIN.toBuilder().batchSize(32).build(),
                MAIN.toBuilder().seed(7).build(),
                MAIN.toBuilder().loss(LossKind.SIGMOID).build(),
                MAIN.toBuilder().learningRate(1e-5).build(),
                MAIN.toBuilder().beta1(0.9).build(),
                MAIN.toBuilder().zDim(8).build(),
                MAIN.toBuilder().width(4).build(),
                MAIN.toBuilder().engine(Engine.LAYERS).build(),
                MAIN.toBuilder().data("/usr/share/datasets/fashion-mnist").build(),
                MAIN.toBuilder().digits("0-9").conditional(true).build(),
                MAIN.toBuilder().digits("0-9").conditional(true).modeSeeking(0).build(),
                MAIN.toBuilder().modeSeeking(0.5).build(),
                MAIN.toBuilder().digits("0-9").conditional(true).ema(0).build(),
                MAIN.toBuilder().ema(0.999).build());
    }

    @Test
    void theAverageOfGsWeightsDefaultsByKindAndSurvivesTheCheckpointsProperties() {
        assertThat(MAIN.ema()).as("the blog's run samples G itself").isZero();
        TrainConfig conditional = MAIN.toBuilder().digits("0-9").conditional(true).build();
        assertThat(conditional.ema()).isEqualTo(TrainConfig.DEFAULT_CONDITIONAL_EMA).isEqualTo(0.99);
        assertThat(conditional.toBuilder().conditional(false).build().ema())
                .as("a default stays the default of the kind the builder ends as").isZero();
        TrainConfig off = conditional.toBuilder().ema(0).build();
        assertThat(TrainConfig.fromProperties(off.toProperties())).isEqualTo(off);
        assertThat(TrainConfig.fromProperties(conditional.toProperties())).isEqualTo(conditional);
        java.util.Properties before = conditional.toProperties();
        before.remove("ema");
        assertThat(TrainConfig.fromProperties(before).ema())
                .as("a checkpoint from before the average sampled G itself").isZero();
        assertThatThrownBy(() -> MAIN.toBuilder().ema(1).build())
                .hasMessage("ema: expected 0 (no average) or a decay in (0, 1), got 1.0");
    }

    @Test
    void theModeSeekingWeightDefaultsByKindAndSurvivesTheCheckpointsProperties() {
        assertThat(MAIN.modeSeeking()).as("the blog's loss").isZero();
        TrainConfig conditional = MAIN.toBuilder().digits("0-9").conditional(true).build();
        assertThat(conditional.modeSeeking()).isEqualTo(TrainConfig.DEFAULT_CONDITIONAL_MODE_SEEKING);
        assertThat(conditional.modeSeekingTerm().active()).isTrue();
        TrainConfig off = conditional.toBuilder().modeSeeking(0).build();
        assertThat(TrainConfig.fromProperties(off.toProperties())).isEqualTo(off);
        assertThat(TrainConfig.fromProperties(conditional.toProperties())).isEqualTo(conditional);
        java.util.Properties before = conditional.toProperties();
        before.remove("modeSeeking");
        assertThat(TrainConfig.fromProperties(before).modeSeeking())
                .as("a checkpoint from before the term trained without it").isZero();
        assertThatThrownBy(() -> MAIN.toBuilder().modeSeeking(-1).build())
                .hasMessage("mode-seeking: expected a weight >= 0, got -1.0");
    }

    @Test
    void theMainRunsNameHoldsItsFourAlwaysNamedParameters() {
        assertThat(MAIN.runName()).isEqualTo("digits-0_batch-64_seed-1_loss-softmax");
        assertThat(MAIN.withEpochs(120).runName()).as("the epochs are not in the name").isEqualTo(MAIN.runName());
    }

    @Test
    void parametersAwayFromTheirDefaultsAppear() {
        assertThat(variants()).extracting(TrainConfig::runName).containsExactly(
                "digits-0_batch-64_seed-1_loss-softmax",
                "digits-0-9_batch-64_seed-1_loss-softmax",
                "digits-1,3,5-7_batch-64_seed-1_loss-softmax",
                "digits-0_batch-32_seed-1_loss-softmax",
                "digits-0_batch-64_seed-7_loss-softmax",
                "digits-0_batch-64_seed-1_loss-sigmoid",
                "digits-0_batch-64_seed-1_loss-softmax_lr-1e-05",
                "digits-0_batch-64_seed-1_loss-softmax_beta1-0.9",
                "digits-0_batch-64_seed-1_loss-softmax_zdim-8",
                "digits-0_batch-64_seed-1_loss-softmax_width-4",
                "digits-0_batch-64_seed-1_loss-softmax_engine-layers",
                "digits-0_batch-64_seed-1_loss-softmax_data-%2Fusr%2Fshare%2Fdatasets%2Ffashion-mnist",
                "digits-0-9_batch-64_seed-1_loss-softmax_conditional-True",
                "digits-0-9_batch-64_seed-1_loss-softmax_conditional-True_ms-0.0",
                "digits-0_batch-64_seed-1_loss-softmax_ms-0.5",
                "digits-0-9_batch-64_seed-1_loss-softmax_conditional-True_ema-0.0",
                "digits-0_batch-64_seed-1_loss-softmax_ema-0.999");
        Set<String> names = new HashSet<>();
        variants().forEach(c -> names.add(c.runName()));
        assertThat(names).as("two trajectories never share a folder").hasSize(variants().size());
    }

    @Test
    void theReadmesExamplesAreTheNamesOfTheirRuns() {
        assertThat(MAIN.toBuilder().learningRate(0.001).width(32).build().runName())
                .isEqualTo("digits-0_batch-64_seed-1_loss-softmax_lr-0.001_width-32");
        TrainConfig fashion = MAIN.toBuilder().digits("0-9").conditional(true).epochs(5)
                .data("/usr/share/datasets/fashion-mnist").build();
        assertThat(fashion.runName()).isEqualTo(
                "digits-0-9_batch-64_seed-1_loss-softmax_conditional-True_data-%2Fusr%2Fshare%2Fdatasets%2Ffashion-mnist");
        assertThat(MAIN.toBuilder().digits("0-9").conditional(true).modeSeeking(0).build().runName())
                .isEqualTo("digits-0-9_batch-64_seed-1_loss-softmax_conditional-True_ms-0.0");
        assertThat(RunName.parse(fashion.runName()).epochs(5).build()).isEqualTo(fashion);
    }

    @Test
    void everyNameReadsBackIntoItsConfiguration() {
        for (TrainConfig c : variants()) {
            assertThat(RunName.parse(c.runName()).epochs(c.epochs()).build()).as(c.runName()).isEqualTo(c);
        }
        TrainConfig odd = MAIN.toBuilder().learningRate(3.3e-4).beta1(0.0).seed(-2).build();
        assertThat(RunName.parse(odd.runName()).build()).isEqualTo(odd);
    }

    @Test
    void namesThatAreNotRunNamesAreRefused() {
        assertThatThrownBy(() -> RunName.parse("digits-0_batch-64_seed-1"))
                .hasMessage("run name: expected a key loss in \"digits-0_batch-64_seed-1\"");
        assertThatThrownBy(() -> RunName.parse("digits-0_batch-64_seed-1_loss-softmax_epochs-100"))
                .hasMessage("run name: unknown key epochs in \"digits-0_batch-64_seed-1_loss-softmax_epochs-100\"; "
                        + "expected [digits, batch, seed, loss, conditional, ms, ema, lr, beta1, zdim, width, engine, data]");
        assertThatThrownBy(() -> RunName.parse("digits-0_batch-x_seed-1_loss-softmax"))
                .hasMessage("run name: expected a number for batch in \"digits-0_batch-x_seed-1_loss-softmax\", got x");
    }
}
