/**
 * Variational Bayes linear regression (Bishop, PRML §10.3): basis functions, the mean-field
 * updates of q(w), q(α) and q(β), the lower bound and the predictive distribution.
 */
package dev.zatta.vb;
