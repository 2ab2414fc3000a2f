package dev.zatta.vb.spark;

import dev.zatta.vb.SyntheticData;
import java.io.Serializable;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@link SyntheticData}'s seeded rows as a Spark data set with double columns {@code x} and {@code t}:
 * exactly the rows of {@code SyntheticData.blog().sample(n, seed)} (or {@code forEach}, or
 * {@code variational-bayes generate}), in the same order. One generator draws them in sequence, so
 * they are made by one task, row by row as they are written (nothing held in memory); a read of the
 * written file is then split across the cluster like any other. Stateless.
 */
public final class SyntheticRows {
    /**
     * Where a task gets its {@link SyntheticData}: a serializable factory such as
     * {@code SyntheticData::blog} (the data's function is a lambda, which cannot travel; the factory can,
     * and each task calls it).
     */
    @FunctionalInterface
    public interface Source extends Supplier<SyntheticData>, Serializable {
    }

    /** The schema of the rows: x double, t double, neither null. */
    public static final StructType SCHEMA = new StructType().add("x", DataTypes.DoubleType, false)
            .add("t", DataTypes.DoubleType, false);

    private SyntheticRows() {
    }

    /**
     * n rows of {@code source}'s data drawn with {@code seed}, in one partition: for example
     * {@code SyntheticRows.of(spark, SyntheticData::blog, 10_000_000, 1)}.
     *
     * @throws IllegalArgumentException for n &lt; 0
     */
    public static Dataset<Row> of(SparkSession spark, Source source, long n, long seed) {
        Objects.requireNonNull(source, "source");
        if (n < 0) {
            throw new IllegalArgumentException("n: expected an integer >= 0, got " + n);
        }
        return spark.range(0, 1, 1, 1).mapPartitions(new Draw(source, n, seed), Encoders.row(SCHEMA));
    }

    /** The one task: ignores its single input row and draws the n rows lazily. */
    private record Draw(Source source, long n, long seed) implements MapPartitionsFunction<Long, Row> {
        @Override
        public Iterator<Row> call(Iterator<Long> ignored) {
            SyntheticData data = source.get();
            SplittableRandom rng = new SplittableRandom(seed);
            return new Iterator<>() {
                private long drawn;
                private Row row;

                @Override
                public boolean hasNext() {
                    return drawn < n;
                }

                @Override
                public Row next() {
                    if (drawn == n) {
                        throw new NoSuchElementException("all " + n + " rows drawn");
                    }
                    data.draw(rng, (x, t) -> row = RowFactory.create(x, t));
                    drawn++;
                    return row;
                }
            };
        }
    }
}
