package dev.zatta.vb.spark;

import dev.zatta.vb.spark.cli.Sessions;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The one local[2] session a test class shares (start in @BeforeAll, stop in @AfterAll), and fixtures. */
public final class TestSpark {
    private TestSpark() {
    }

    /** A local[2] session, web UI off, two shuffle partitions. */
    public static SparkSession start() {
        SparkSession spark = Sessions.start("local[2]", "variational-bayes-spark tests");
        spark.conf().set("spark.sql.shuffle.partitions", "2");
        return spark;
    }

    /** Rows (x, t) as a data set of two double columns named x and t. */
    public static Dataset<Row> frame(SparkSession spark, double[] x, double[] t) {
        List<Row> rows = new ArrayList<>(x.length);
        for (int i = 0; i < x.length; i++) {
            rows.add(RowFactory.create(x[i], t[i]));
        }
        StructType schema = new StructType().add("x", DataTypes.DoubleType).add("t", DataTypes.DoubleType);
        return spark.createDataFrame(rows, schema);
    }
}
