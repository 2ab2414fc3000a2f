package dev.zatta.gan.train;

import dev.zatta.formatting.Template;
import dev.zatta.gan.model.Architecture;
import dev.zatta.gan.model.Dcgan;
import dev.zatta.plot.GrayImage;
import dev.zatta.plot.ImageGrid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Conversions between the data's pixels in [0, 1] (0 = background) and the networks' pixels in [−1, 1]
 * (the range of the generator's tanh), latent vectors, and the captioned sample grids. Stateless.
 */
public final class Images {
    private Images() {}

    static final int PIXELS = Architecture.SIDE * Architecture.SIDE;

    /**
     * The caption above each grid image: D's P(real) with two decimals, e.g. "0.31"; in a conditional run's grid
     * D's P(class k) of an image drawn as digit k (real and a k at once).
     */
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
        return grid(images, model.pReal(images), columns, title);
    }

    /**
     * A conditional generator's grid: row r shows digit {@code digits[r]} (ascending), column j uses the latent
     * vector {@code z[j]}, so a column is one "style" across the digits; each image is captioned with D's
     * P(class k), k its row's digit.
     */
    public static ImageGrid conditionalGrid(Dcgan model, INDArray z, Set<Integer> digits, String title) {
        int columns = Math.toIntExact(z.size(0));
        List<Integer> rows = new ArrayList<>(new TreeSet<>(digits));
        INDArray zz = Nd4j.create(z.dataType(), (long) rows.size() * columns, z.size(1));
        int[] labels = new int[rows.size() * columns];
        for (int r = 0; r < rows.size(); r++) {
            for (int j = 0; j < columns; j++) {
                zz.putRow((long) r * columns + j, z.getRow(j));
                labels[r * columns + j] = rows.get(r);
            }
        }
        return labelled(model, zz, labels, columns, title);
    }

    /** G(z, labels) of a conditional generator as a grid, each image captioned with D's P(class of its label). */
    public static ImageGrid labelled(Dcgan model, INDArray z, int[] labels, int columns, String title) {
        INDArray images = model.generate(z, labels);
        return grid(images, model.pClass(images, labels), columns, title);
    }

    private static ImageGrid grid(INDArray images, double[] p, int columns, String title) {
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
