/**
 * The variational-bayes fit on Apache Spark: one pass over the partitions of a {@code Dataset<Row>}
 * accumulates the sufficient statistics, the driver adds them up and runs the sweeps.
 *
 * <p>Spark's jars cannot be named modules — the automatic names derived from their file names
 * ({@code spark-sql_2.13} → {@code spark.sql.2.13}) are not legal module names — so they stay on the
 * class path: this module is compiled with {@code --add-reads dev.zatta.vb.spark=ALL-UNNAMED}, and at run
 * time (always on the class path, as Spark itself runs) the descriptor documents what the module
 * needs and exports.
 */
module dev.zatta.vb.spark {
    // the API returns dev.zatta.vb types (VbPosterior, SufficientStatistics, DataFormatException)
    requires transitive dev.zatta.vb;
    requires dev.zatta.io;
    requires info.picocli;
    requires java.management;
    requires jdk.management;

    exports dev.zatta.vb.spark;

    opens dev.zatta.vb.spark.cli to info.picocli;
}
