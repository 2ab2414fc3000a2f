package dev.zatta.gan.model;

import java.util.Arrays;
import java.util.Locale;

/**
 * How a {@link TrainingStep} computes its forward and backward passes. Both give the same model up to
 * rounding ({@code GemmNetworkTest}); their float results differ in the last bits, so a run keeps the engine
 * it started with.
 */
public enum Engine {
    /** DL4J's own layers: {@code feedForward} and {@code backpropGradient} ({@link LayersStep}). */
    LAYERS,
    /** Channels-last matrix products, about 6× faster on the blog's DCGAN ({@link GemmStep}); the default. */
    GEMM;

    /** A step that trains {@code model} with this engine and the blog's generator loss. */
    public TrainingStep stepFor(Dcgan model) {
        return stepFor(model, ModeSeeking.NONE);
    }

    /** A step that trains {@code model} with this engine, adding {@code modeSeeking}'s term to G's loss. */
    public TrainingStep stepFor(Dcgan model, ModeSeeking modeSeeking) {
        if (modeSeeking == null) {
            throw new IllegalArgumentException("modeSeeking: expected a term (ModeSeeking.NONE for none), got null");
        }
        return this == LAYERS ? new LayersStep(model, modeSeeking) : new GemmStep(model, modeSeeking);
    }

    /** The name on the command line: {@code layers} or {@code gemm}. */
    public String option() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The engine named {@code name} ({@link #option()}).
     *
     * @throws IllegalArgumentException naming the option and the values expected
     */
    public static Engine parse(String name) {
        for (Engine e : values()) {
            if (e.option().equals(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException("engine: expected one of " + String.join(", ",
                Arrays.stream(values()).map(Engine::option).toList()) + ", got \"" + name + "\"");
    }
}
