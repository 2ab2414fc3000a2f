package dev.zatta.gan.model.gemm;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Batch normalization over rows, per channel, with each segment's mean and biased variance (Ioffe &amp;
 * Szegedy 2015, Algorithm 1): y = γ·x̂ + β with x̂ = (x − μ)/√(σ² + ε). The batch statistics of every segment
 * go to a {@link RunningStatistics}, which updates the running averages the grids and samples use.
 */
final class BatchNorm implements ChannelsLastOp {
    /**
     * Where the batch statistics of a training step go (the running averages are updated DL4J's way, by
     * {@link Dl4jNetworks}).
     */
    interface RunningStatistics {
        void zero();

        /** One segment's batch mean and biased variance, [1, channels] each. */
        void add(INDArray batchMean, INDArray batchVariance);

        void push();
    }

    /** Per-segment views of the row buffers and the per-segment statistics. */
    private record Segment(INDArray xHat, INDArray y, INDArray tmp, INDArray mean, INDArray var, INDArray std) {}

    private record Buffers(INDArray y, INDArray tmp, List<Segment> segments) {}

    private final double eps;
    private final Param gamma;
    private final Param beta;
    private final RunningStatistics running;
    private final INDArray g;   // γ as a [1, c] row
    private final INDArray b;   // β
    private final INDArray gGamma;
    private final INDArray gBeta;
    private final INDArray scale;
    private final INDArray dBeta;
    private final INDArray dGamma;
    private final BufferCache<Buffers> buffers;

    BatchNorm(Shape shape, double eps, Param gamma, Param beta, RunningStatistics running) {
        this.eps = eps;
        this.gamma = gamma;
        this.beta = beta;
        this.running = running;
        long c = gamma.value().length();
        this.g = gamma.value().reshape(1, c);
        this.b = beta.value().reshape(1, c);
        DataType type = g.dataType();
        this.gGamma = Nd4j.create(type, 1, c);
        this.gBeta = Nd4j.create(type, 1, c);
        this.scale = Nd4j.create(type, 1, c);
        this.dBeta = Nd4j.create(type, 1, c);
        this.dGamma = Nd4j.create(type, 1, c);
        this.buffers = new BufferCache<>(batch -> allocate(shape.rows(batch.images()), c, batch.segments(), type));
    }

    private static Buffers allocate(long rows, long c, int segments, DataType type) {
        INDArray y = Nd4j.create(type, rows, c);
        INDArray tmp = Nd4j.create(type, rows, c);
        INDArray xHat = Nd4j.create(type, rows, c);
        List<Segment> out = new ArrayList<>();
        for (int s = 0; s < segments; s++) {
            out.add(new Segment(Matrices.segment(xHat, s, segments), Matrices.segment(y, s, segments),
                    Matrices.segment(tmp, s, segments), Nd4j.create(type, 1, c), Nd4j.create(type, 1, c),
                    Nd4j.create(type, 1, c)));
        }
        return new Buffers(y, tmp, out);
    }

    @Override
    public void zeroGradients() {
        gGamma.assign(0);
        gBeta.assign(0);
        running.zero();
    }

    @Override
    public void pushGradients() {
        gamma.gradient().reshape(gGamma.shape()).assign(gGamma);
        beta.gradient().reshape(gBeta.shape()).assign(gBeta);
        running.push();
    }

    @Override
    public INDArray forward(INDArray x, Batch batch) {
        Buffers buf = buffers.get(batch);
        double per = (double) x.size(0) / batch.segments();
        for (int s = 0; s < batch.segments(); s++) {
            Segment seg = buf.segments().get(s);
            INDArray xs = Matrices.segment(x, s, batch.segments());
            INDArray xh = seg.xHat();
            Matrices.columnSums(xs, seg.mean(), 1.0 / per);
            xh.assign(xs).subiRowVector(seg.mean());
            seg.tmp().assign(xh).muli(xh);
            Matrices.columnSums(seg.tmp(), seg.var(), 1.0 / per);
            Transforms.sqrt(seg.std().assign(seg.var()).addi(eps), false);
            xh.diviRowVector(seg.std());
            seg.y().assign(xh).muliRowVector(g).addiRowVector(b);
        }
        return buf.y();
    }

    @Override
    public INDArray backward(INDArray dy, Batch batch, boolean paramGradients, boolean inputGradient) {
        Buffers buf = buffers.get(batch);
        double per = (double) dy.size(0) / batch.segments();
        for (int s = 0; s < batch.segments(); s++) {
            Segment seg = buf.segments().get(s);
            INDArray dys = Matrices.segment(dy, s, batch.segments());
            INDArray t = seg.tmp();
            Matrices.columnSums(dys, dBeta, 1.0);
            t.assign(dys).muli(seg.xHat());
            Matrices.columnSums(t, dGamma, 1.0);
            if (paramGradients) {
                gBeta.addi(dBeta);
                gGamma.addi(dGamma);
                running.add(seg.mean(), seg.var());
            }
            if (inputGradient) {
                // dx = γ/σ · (dy − mean(dy) − x̂ · mean(dy · x̂))
                t.assign(seg.xHat()).muliRowVector(dGamma.muli(-1.0 / per)).addi(dys)
                        .addiRowVector(dBeta.muli(-1.0 / per)).muliRowVector(scale.assign(g).divi(seg.std()));
            }
        }
        return inputGradient ? buf.tmp() : null;
    }
}
