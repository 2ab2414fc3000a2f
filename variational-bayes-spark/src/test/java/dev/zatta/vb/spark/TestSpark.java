package dev.zatta.vb.spark;

import dev.zatta.vb.spark.cli.Sessions;
import org.apache.spark.sql.SparkSession;

/** The one local[2] session a test class shares (start in @BeforeAll, stop in @AfterAll). */
public final class TestSpark {
    private TestSpark() {
    }

    /** A local[2] session, web UI off, two shuffle partitions. */
    public static SparkSession start() {
        SparkSession spark = Sessions.start("local[2]", "variational-bayes-spark tests");
        spark.conf().set("spark.sql.shuffle.partitions", "2");
        return spark;
    }
}
