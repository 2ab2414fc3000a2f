package dev.zatta.gan.train;

import dev.zatta.formatting.RunTitle;
import dev.zatta.gan.model.Engine;
import dev.zatta.gan.model.LossKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The name of a run folder: the {@code formatting} {@link RunTitle} of every parameter that changes the
 * run's trajectory, so that two runs that would train differently never share a folder.
 *
 * <p>The rule: {@code digits}, {@code batch}, {@code seed} and {@code loss} always; {@code conditional-True}
 * for a class-conditional run (left out for the blog's unconditional model); {@code ms} (the mode-seeking
 * weight) and {@code ema} (the decay of the average of G's weights) when they differ from the defaults of the run's
 * kind ({@code TrainConfig.defaultModeSeeking}, {@code defaultEma}); {@code lr} (learning
 * rate), {@code beta1}, {@code zdim}, {@code width} and {@code engine} only when they differ from the blog's
 * values ({@code TrainConfig.DEFAULT_*}), and {@code data} only when a folder is given. The epochs are not in
 * the name: how far a run has gone is in its checkpoint and metrics, and {@code train --resume} extends it in
 * place. The README's main run is {@code digits-0_batch-64_seed-1_loss-softmax}; {@link #parse} reads a name
 * back. Stateless.
 */
public final class RunName {
    private RunName() {}

    /** The keys in the order they appear. */
    public static final RunTitle TITLE = RunTitle.builder()
            .order(List.of("digits", "batch", "seed", "loss", "conditional", "ms", "ema", "lr", "beta1", "zdim", "width", "engine",
                    "data"))
            .build();

    /** The run folder's name of {@code config}. */
    public static String of(TrainConfig config) {
        Map<String, Object> p = new LinkedHashMap<>();
        Set<Integer> set = config.digitSet();
        p.put("digits", set.size() == 1 ? set.iterator().next() : config.digits()); // a number is not quoted
        p.put("batch", config.batchSize());
        p.put("seed", config.seed());
        p.put("loss", config.loss().option());
        if (config.conditional()) {
            p.put("conditional", true);
        }
        if (config.modeSeeking() != TrainConfig.defaultModeSeeking(config.conditional())) {
            p.put("ms", config.modeSeeking());
        }
        if (config.ema() != TrainConfig.defaultEma(config.conditional())) {
            p.put("ema", config.ema());
        }
        if (config.learningRate() != TrainConfig.DEFAULT_LEARNING_RATE) {
            p.put("lr", config.learningRate());
        }
        if (config.beta1() != TrainConfig.DEFAULT_BETA1) {
            p.put("beta1", config.beta1());
        }
        if (config.zDim() != TrainConfig.DEFAULT_Z_DIM) {
            p.put("zdim", config.zDim());
        }
        if (config.width() != TrainConfig.DEFAULT_WIDTH) {
            p.put("width", config.width());
        }
        if (!config.engine().option().equals(TrainConfig.DEFAULT_ENGINE)) {
            p.put("engine", config.engine().option());
        }
        if (config.data() != null) {
            p.put("data", config.data());
        }
        return TITLE.format(p);
    }

    /**
     * The parameters a run folder's name holds, on a builder that has the defaults for the others (and the
     * default number of epochs).
     *
     * @throws IllegalArgumentException if the name is not one {@link #of} writes
     */
    public static TrainConfig.Builder parse(String name) {
        Map<String, Object> p = TITLE.parse(name);
        for (String required : List.of("digits", "batch", "seed", "loss")) {
            if (!p.containsKey(required)) {
                throw new IllegalArgumentException("run name: expected a key " + required + " in \"" + name + "\"");
            }
        }
        TrainConfig.Builder b = TrainConfig.builder();
        for (Map.Entry<String, Object> e : p.entrySet()) {
            Object v = e.getValue();
            switch (e.getKey()) {
                case "digits" -> b.digits(v.toString());
                case "batch" -> b.batchSize(Math.toIntExact(number(e.getKey(), v, name).longValue()));
                case "seed" -> b.seed(number(e.getKey(), v, name).longValue());
                case "loss" -> b.loss(LossKind.parse(v.toString()));
                case "conditional" -> {
                    if (!(v instanceof Boolean c)) {
                        throw new IllegalArgumentException("run name: expected True or False for conditional in \""
                                + name + "\", got " + v);
                    }
                    b.conditional(c);
                }
                case "ms" -> b.modeSeeking(number(e.getKey(), v, name).doubleValue());
                case "ema" -> b.ema(number(e.getKey(), v, name).doubleValue());
                case "lr" -> b.learningRate(number(e.getKey(), v, name).doubleValue());
                case "beta1" -> b.beta1(number(e.getKey(), v, name).doubleValue());
                case "zdim" -> b.zDim(Math.toIntExact(number(e.getKey(), v, name).longValue()));
                case "width" -> b.width(Math.toIntExact(number(e.getKey(), v, name).longValue()));
                case "engine" -> b.engine(Engine.parse(v.toString()));
                case "data" -> b.data(v.toString());
                default -> throw new IllegalArgumentException("run name: unknown key " + e.getKey() + " in \"" + name
                        + "\"; expected " + TITLE.order());
            }
        }
        return b;
    }

    private static Number number(String key, Object v, String name) {
        if (!(v instanceof Number n)) {
            throw new IllegalArgumentException("run name: expected a number for " + key + " in \"" + name + "\", got "
                    + v);
        }
        return n;
    }
}
