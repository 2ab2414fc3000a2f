package dev.zatta.gan.train;

import dev.zatta.formatting.Template;
import dev.zatta.gan.model.Architecture;
import dev.zatta.gan.model.Dcgan;
import dev.zatta.plot.GrayImage;
import dev.zatta.plot.ImageGrid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Conversions between the data's pixels in [0, 1] (0 = background) and the networks' pixels in [−1, 1]
 * (the range of the generator's tanh), latent vectors, and the captioned sample grids. Stateless.
 */
public final class Images {
    private Images() {}

    static final int PIXELS = Architecture.SIDE * Architecture.SIDE;

    /** The caption above each grid image: D's P(real) with two decimals, e.g. "0.31". */
    public static final Template CAPTION = Template.compile("{p:.2f}");

    /**
     * A batch of images as the networks see them: shape [n, 1, 28, 28], pixels x ↦ 2x − 1.
     *
     * @param order indices into {@code images}; the batch is {@code order[from .. from+n)}
     */
    static INDArray batch(List<float[]> images, int[] order, int from, int n) {
        float[] flat = new float[n * PIXELS];
        for (int i = 0; i < n; i++) {
            float[] img = images.get(order[from + i]);
            for (int j = 0; j < PIXELS; j++) {
                flat[i * PIXELS + j] = 2f * img[j] - 1f;
            }
        }
        return Nd4j.create(flat, new long[] {n, 1, Architecture.SIDE, Architecture.SIDE}, 'c');
    }

    /** Network images [n, 1, 28, 28] in [−1, 1] back to 784 pixels each in [0, 1], clipped. */
    public static List<float[]> toUnit(INDArray images) {
        int n = Math.toIntExact(images.size(0));
        float[] all = images.dup('c').data().asFloat();
        List<float[]> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            float[] img = new float[PIXELS];
            for (int j = 0; j < PIXELS; j++) {
                img[j] = Math.max(0f, Math.min(1f, (all[i * PIXELS + j] + 1f) / 2f));
            }
            out.add(img);
        }
        return out;
    }

    /** n latent vectors z ~ U(−1, 1)^zDim from {@code rng}, shape [n, zDim]. */
    public static INDArray latent(SplittableRandom rng, int n, int zDim) {
        float[] z = new float[n * zDim];
        for (int i = 0; i < z.length; i++) {
            z[i] = (float) (2 * rng.nextDouble() - 1);
        }
        return Nd4j.create(z, new long[] {n, zDim}, 'c');
    }

    /**
     * G(z) in inference mode as a grid of {@code columns} columns, each image captioned with D's P(real).
     *
     * @param title the grid's title, e.g. "epoch 0012"
     */
    public static ImageGrid grid(Dcgan model, INDArray z, int columns, String title) {
        INDArray images = model.generate(z);
        double[] p = model.pReal(images);
        List<float[]> unit = toUnit(images);
        int rows = (unit.size() + columns - 1) / columns;
        ImageGrid.Builder grid = ImageGrid.builder(rows, columns).title(title);
        for (int i = 0; i < unit.size(); i++) {
            grid.add(GrayImage.of(Architecture.SIDE, Architecture.SIDE, unit.get(i)),
                    CAPTION.format(Map.of("p", p[i])));
        }
        return grid.build();
    }
}
