/**
 * The variational Bayes fit of {@code dev.zatta.vb} on data that lives in a Spark cluster. The fit
 * (PRML §10.3, eq. 10.93–10.98 and 10.107 as extended in {@code dev.zatta.vb}) depends on the rows only
 * through N, ΦᵀΦ, Φᵀt and tᵀt, which add over any split of the rows: each partition folds its rows into
 * a {@link dev.zatta.vb.SufficientStatistics.Accumulator} (O(N/P · M²) per executor), the driver adds
 * the P partial statistics in partition order (O(P · M²)) and runs the sweeps, whose cost does not grow
 * with N. Entry point: {@link dev.zatta.vb.spark.SparkVariationalRegression}.
 */
package dev.zatta.vb.spark;
