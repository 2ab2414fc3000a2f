/**
 * How {@link dev.zatta.vb.spark.SparkVariationalRegression} runs on Spark — the pass over the partitions
 * ({@link dev.zatta.vb.spark.internal.StatisticsPass}), the tasks' folds over rows or column batches,
 * the columns' checks and the basis as it travels to the executors. Not exported: not API, and may
 * change with Spark's internals (see {@link dev.zatta.vb.spark.internal.ColumnarScan}).
 */
package dev.zatta.vb.spark.internal;
