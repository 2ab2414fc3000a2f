/**
 * Variational Bayes linear regression (Bishop, PRML §10.3) with Gamma hyperpriors on the weight
 * precision α and the noise precision β.
 *
 * <ul>
 *   <li>{@link dev.zatta.vb.VbConfig} (immutable configuration: basis, {@link dev.zatta.vb.Precision}
 *       of α and β, stopping rule) → {@link dev.zatta.vb.VariationalLinearRegression} (the sweeps:
 *       q(w) by PRML eq. 10.96–10.98, q(α) by 10.93–10.95, q(β), and the lower bound 10.107–10.112)
 *       from each start of {@link dev.zatta.vb.Restarts} (the configured one, the evidence
 *       approximation's α, β by PRML 3.91, 3.92, 3.95, a grid), keeping the highest bound
 *       → {@link dev.zatta.vb.VbPosterior} (immutable result, with its {@link dev.zatta.vb.Start} and
 *       every {@link dev.zatta.vb.Attempt}) → {@link dev.zatta.vb.Prediction} (PRML 10.105 and the
 *       Student-t variance).</li>
 *   <li>{@link dev.zatta.vb.Basis}: polynomial (3.3), Gaussian, or any function.</li>
 *   <li>{@link dev.zatta.vb.SufficientStatistics}, {@link dev.zatta.vb.CsvData},
 *       {@link dev.zatta.vb.DataSummary}: the data as ΦᵀΦ, Φᵀt, tᵀt, N (and the x range, the first
 *       rows), accumulated in one streaming pass.</li>
 *   <li>{@link dev.zatta.vb.FitReport} and {@link dev.zatta.vb.SelectionReport}: a fit and a model
 *       selection as the command lines report them (their JSON: {@code dev.zatta.vb.json}), with
 *       {@link dev.zatta.vb.PredictionGrid}.</li>
 *   <li>{@link dev.zatta.vb.LogEvidence} (PRML 3.86 and the evidence approximation),
 *       {@link dev.zatta.vb.ModelSelection} (Fig. 10.9), {@link dev.zatta.vb.Figures},
 *       {@link dev.zatta.vb.SyntheticData}.</li>
 * </ul>
 */
package dev.zatta.vb;
