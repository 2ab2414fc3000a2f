#!/usr/bin/python3
"""numpy side of `java -jar variational-bayes/target/variational-bayes.jar bench`.

Reads the data the Java side wrote (little-endian float64: N values of x, then N values of t),
then times the same in-memory fit: the Gaussian design matrix Phi (N x M), Phi^T Phi, Phi^T t, t^T t,
and the variational sweeps (q(w) by Cholesky, q(alpha), q(beta), lower bound) until
|dL| < tol * max(1, |L|). Prints one JSON line: wall and CPU (process_time) seconds per run, the posterior mean, sweeps.

This is the straightforward vectorised numpy program (one N x M array, BLAS for the products).
"""
import argparse
import json
import time

import numpy as np
from scipy.linalg import cho_factor, cho_solve
from scipy.special import digamma, gammaln

LN2PI = np.log(2 * np.pi)


def gamma_entropy(a, b):
    return a - np.log(b) + gammaln(a) + (1 - a) * digamma(a)


def prior_term(a0, b0, e, elog):
    return a0 * np.log(b0) - gammaln(a0) + (a0 - 1) * elog - b0 * e


def fit(x, t, centres, scale, a0, b0, c0, d0, tol, max_iter):
    phi = np.exp(-scale * (x[:, None] - centres[None, :]) ** 2)
    g = phi.T @ phi
    proj = phi.T @ t
    tt = t @ t
    n, m = phi.shape
    e_alpha, e_beta = a0 / b0, c0 / d0
    trace = []
    for _ in range(max_iter):
        cf = cho_factor(e_alpha * np.eye(m) + e_beta * g, lower=True)
        s = cho_solve(cf, np.eye(m))
        mean = e_beta * cho_solve(cf, proj)
        w2 = mean @ mean + np.trace(s)
        r = tt - 2 * mean @ proj + mean @ g @ mean + np.sum(g * s)
        a_n, b_n = a0 + m / 2, b0 + w2 / 2
        c_n, d_n = c0 + n / 2, d0 + r / 2
        e_alpha, e_beta = a_n / b_n, c_n / d_n
        ln_a, ln_b = digamma(a_n) - np.log(b_n), digamma(c_n) - np.log(d_n)
        bound = (n / 2 * (ln_b - LN2PI) - e_beta * r / 2 + m / 2 * (ln_a - LN2PI) - e_alpha * w2 / 2
                 + prior_term(a0, b0, e_alpha, ln_a) + prior_term(c0, d0, e_beta, ln_b)
                 + m / 2 * (1 + LN2PI) - np.sum(np.log(np.diag(cf[0]))) + gamma_entropy(a_n, b_n)
                 + gamma_entropy(c_n, d_n))
        trace.append(bound)
        if len(trace) >= 2 and abs(trace[-1] - trace[-2]) < tol * max(1.0, abs(trace[-1])):
            break
    return mean, len(trace)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--data", required=True)
    p.add_argument("--n", type=int, required=True)
    p.add_argument("--centres", required=True)
    p.add_argument("--scale", type=float, required=True)
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--tol", type=float, default=1e-10)
    p.add_argument("--max-iter", type=int, default=1000)
    a = p.parse_args()
    raw = np.fromfile(a.data, dtype="<f8")
    x, t = raw[:a.n], raw[a.n:2 * a.n]
    centres = np.array([float(c) for c in a.centres.split(",")])
    times, cpu = [], []
    for _ in range(a.repeats):
        start, cpu0 = time.perf_counter(), time.process_time()
        mean, sweeps = fit(x, t, centres, a.scale, 1.0, 1.0, 1.0, 1.0, a.tol, a.max_iter)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - cpu0)
    print(json.dumps({"times": times, "cpu": cpu, "mean": mean.tolist(), "iterations": sweeps,
                      "numpy": np.__version__}))


if __name__ == "__main__":
    main()
