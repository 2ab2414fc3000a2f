package dev.zatta.vb.spark;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.zatta.vb.Basis;
import dev.zatta.vb.DataFormatException;
import dev.zatta.vb.VbConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input: one clear error naming the column, the value, the row and what was expected. */
class BadInputTest {
    static SparkSession spark;
    static final VbConfig CONFIG = VbConfig.builder(Basis.polynomial(1)).build();

    @BeforeAll
    static void start() {
        spark = TestSpark.start();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** Ten rows in two partitions of five (x = i, t = 2i), with row {@code bad} (0-based) replaced. */
    static Dataset<Row> tenRows(DataType type, int bad, Object badX, Object badT) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Object x = type == DataTypes.StringType ? Integer.toString(i) : (double) i;
            Object t = type == DataTypes.StringType ? Integer.toString(2 * i) : 2.0 * i;
            rows.add(i == bad ? RowFactory.create(badX == null ? null : badX, badT == null ? null : badT)
                    : RowFactory.create(x, t));
        }
        StructType schema = new StructType().add("x", type).add("t", type);
        Dataset<Row> frame = spark.createDataFrame(rows, schema);
        return frame.coalesce(2);
    }

    static void assertRefused(Dataset<Row> data, String message) {
        assertThatThrownBy(() -> SparkVariationalRegression.fit(data, "x", "t", CONFIG))
                .isInstanceOf(DataFormatException.class)
                .hasMessage(message);
    }

    @Test
    void aMissingColumnIsNamedWithTheDataColumns() {
        Dataset<Row> data = tenRows(DataTypes.DoubleType, -1, null, null);
        assertThatThrownBy(() -> SparkVariationalRegression.fit(data, "x", "target", CONFIG))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("t column: expected one of the data's columns [x, t], got 'target'");
    }

    @Test
    void aNonNumericColumnIsRefusedByItsType() {
        Dataset<Row> data = tenRows(DataTypes.DoubleType, -1, null, null).selectExpr("x", "t > 4 AS flag");
        assertThatThrownBy(() -> SparkVariationalRegression.fit(data, "x", "flag", CONFIG))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("t column: expected a numeric column (or text holding numbers), got 'flag' of type boolean");
    }

    @Test
    void nanIsRefusedWithItsRowCountedAcrossPartitions() {
        // row 8 is the third row of the second partition
        assertRefused(tenRows(DataTypes.DoubleType, 7, 7.0, Double.NaN),
                "row 8: column t: expected a finite number, got NaN");
    }

    @Test
    void infinityIsRefused() {
        assertRefused(tenRows(DataTypes.DoubleType, 2, Double.NEGATIVE_INFINITY, 4.0),
                "row 3: column x: expected a finite number, got -Infinity");
    }

    @Test
    void nullIsRefused() {
        assertRefused(tenRows(DataTypes.DoubleType, 0, 0.0, null), "row 1: column t: expected a number, got null");
    }

    @Test
    void textThatIsNotANumberIsQuoted() {
        assertRefused(tenRows(DataTypes.StringType, 5, "5", "five"), "row 6: column t: expected a number, got \"five\"");
        assertRefused(tenRows(DataTypes.StringType, 9, "Infinity", "18"),
                "row 10: column x: expected a finite number, got \"Infinity\"");
    }

    @Test
    void theFirstBadRowInPartitionOrderIsReported() {
        Dataset<Row> data = tenRows(DataTypes.DoubleType, 8, Double.NaN, 1.0)
                .union(tenRows(DataTypes.DoubleType, 1, 1.0, Double.POSITIVE_INFINITY));
        assertRefused(data, "row 9: column x: expected a finite number, got NaN");
    }

    @Test
    void noRowsAreRefused() {
        assertRefused(tenRows(DataTypes.DoubleType, -1, null, null).where("x > 100"),
                "data: expected at least one row, got none");
    }

    @Test
    void parquetColumnBatchesReportTheSameErrors(@TempDir Path dir) {
        String nan = dir.resolve("nan.parquet").toString();
        tenRows(DataTypes.DoubleType, 7, 7.0, Double.NaN).coalesce(1).write().parquet(nan);
        assertRefused(spark.read().parquet(nan), "row 8: column t: expected a finite number, got NaN");
        String nulls = dir.resolve("null.parquet").toString();
        tenRows(DataTypes.DoubleType, 2, null, 4.0).coalesce(1).write().parquet(nulls);
        assertRefused(spark.read().parquet(nulls), "row 3: column x: expected a number, got null");
        String empty = dir.resolve("empty.parquet").toString();
        tenRows(DataTypes.DoubleType, -1, null, null).where("x > 100").coalesce(1).write().parquet(empty);
        assertRefused(spark.read().parquet(empty), "data: expected at least one row, got none");
    }
}
