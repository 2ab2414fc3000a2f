#!/usr/bin/python3
"""Reference implementation of variational Bayes linear regression (PRML §10.3 with Gamma priors on
alpha and beta), written directly from the equations with numpy/scipy and an explicit design matrix.

Writes variational-bayes/src/test/resources/dev/zatta/vb/vb_reference.json, which
VbReferenceTest compares against dev.zatta.vb.VariationalLinearRegression (to 1e-9 relative).

Regenerate (from the repository root):
    /usr/bin/python3 variational-bayes/src/test/python/vb_reference.py

Each case runs a FIXED number of sweeps (no convergence test) so that both sides do the same work.
One sweep: q(w) from the current E[alpha], E[beta]; then q(alpha); then q(beta); then the bound.
"""
import json
import os
import sys

import numpy as np
import scipy
from scipy.linalg import cho_factor, cho_solve
from scipy.special import digamma, gammaln

LN2PI = np.log(2 * np.pi)


def design(basis, x):
    x = np.asarray(x, dtype=float)
    if basis["kind"] == "poly":
        return np.vander(x, basis["degree"] + 1, increasing=True)
    mu = np.asarray(basis["centres"], dtype=float)
    return np.exp(-basis["scale"] * (x[:, None] - mu[None, :]) ** 2)


def gamma_entropy(a, b):
    return a - np.log(b) + gammaln(a) + (1 - a) * digamma(a)


def prior_term(a0, b0, e, elog):
    return a0 * np.log(b0) - gammaln(a0) + (a0 - 1) * elog - b0 * e


def fit(case):
    x = np.asarray(case["x"], float)
    t = np.asarray(case["t"], float)
    phi = design(case["basis"], x)
    n, m = phi.shape
    alpha_spec, beta_spec = case["alpha"], case["beta"]
    e_alpha = alpha_spec.get("fixed", alpha_spec.get("init"))
    e_beta = beta_spec.get("fixed", beta_spec.get("init"))
    trace = []
    for _ in range(case["sweeps"]):
        a_mat = e_alpha * np.eye(m) + e_beta * phi.T @ phi
        cf = cho_factor(a_mat, lower=True)
        s = cho_solve(cf, np.eye(m))
        s = (s + s.T) / 2
        mean = e_beta * cho_solve(cf, phi.T @ t)
        logdet_s = -2 * np.sum(np.log(np.diag(cf[0])))
        w2 = mean @ mean + np.trace(s)
        resid = t - phi @ mean
        r = resid @ resid + np.trace(phi.T @ phi @ s)
        out = {"mean": mean.tolist(), "covariance": s.ravel().tolist()}
        bound = m / 2 * (1 + LN2PI) + 0.5 * logdet_s
        if "fixed" in alpha_spec:
            ln_alpha = np.log(e_alpha)
        else:
            a_n = alpha_spec["shape"] + m / 2
            b_n = alpha_spec["rate"] + w2 / 2
            e_alpha = a_n / b_n
            ln_alpha = digamma(a_n) - np.log(b_n)
            bound += prior_term(alpha_spec["shape"], alpha_spec["rate"], e_alpha, ln_alpha) + gamma_entropy(a_n, b_n)
            out["alphaShape"], out["alphaRate"] = a_n, b_n
        if "fixed" in beta_spec:
            ln_beta = np.log(e_beta)
        else:
            c_n = beta_spec["shape"] + n / 2
            d_n = beta_spec["rate"] + r / 2
            e_beta = c_n / d_n
            ln_beta = digamma(c_n) - np.log(d_n)
            bound += prior_term(beta_spec["shape"], beta_spec["rate"], e_beta, ln_beta) + gamma_entropy(c_n, d_n)
            out["betaShape"], out["betaRate"] = c_n, d_n
        bound += n / 2 * (ln_beta - LN2PI) - e_beta * r / 2 + m / 2 * (ln_alpha - LN2PI) - e_alpha * w2 / 2
        trace.append(float(bound))
    out["expectedAlpha"], out["expectedBeta"] = float(e_alpha), float(e_beta)
    out["lowerBoundTrace"] = trace
    return {k: (float(v) if isinstance(v, np.floating) else v) for k, v in out.items()}


def blog_data(n, seed):
    rng = np.random.RandomState(seed)
    x = np.sort(rng.uniform(-1, 1, n))
    return x, np.sin(np.pi * x) + rng.normal(0, 0.5, n)


def main():
    gauss = {"kind": "gauss", "centres": [-1, -0.5, 0, 0.5, 1], "scale": 10}
    learned = lambda a, b: {"shape": a, "rate": b, "init": a / b}
    cases = []
    for n in (20, 50):
        x, t = blog_data(n, 2017 + n)
        cases.append({"name": f"blog-beta-fixed-N{n}", "basis": gauss, "x": x.tolist(), "t": t.tolist(),
                      "alpha": learned(1.0, 1.0), "beta": {"fixed": 10.0}, "sweeps": 30})
        cases.append({"name": f"blog-beta-learned-N{n}", "basis": gauss, "x": x.tolist(), "t": t.tolist(),
                      "alpha": learned(1.0, 1.0), "beta": learned(1.0, 1.0), "sweeps": 30})
        cases.append({"name": f"blog-broad-priors-N{n}", "basis": gauss, "x": x.tolist(), "t": t.tolist(),
                      "alpha": {"shape": 1e-3, "rate": 1e-3, "init": 0.5},
                      "beta": {"shape": 1e-3, "rate": 1e-3, "init": 2.0}, "sweeps": 40})
    x, t = blog_data(20, 7)
    for d in range(10):
        cases.append({"name": f"poly-degree{d}-N20", "basis": {"kind": "poly", "degree": d}, "x": x.tolist(),
                      "t": t.tolist(), "alpha": learned(1e-2, 1e-2), "beta": learned(1e-2, 1e-2), "sweeps": 25})
    cases.append({"name": "N1-poly3", "basis": {"kind": "poly", "degree": 3}, "x": [0.3], "t": [0.7],
                  "alpha": learned(2.0, 1.0), "beta": learned(2.0, 0.5), "sweeps": 20})
    cases.append({"name": "N1-gauss-beta-fixed", "basis": gauss, "x": [0.1], "t": [-0.4],
                  "alpha": learned(1.0, 1.0), "beta": {"fixed": 4.0}, "sweeps": 20})
    rng = np.random.RandomState(99)
    xd = np.repeat(np.round(rng.uniform(-1, 1, 6), 3), 3)  # 6 distinct x, each 3 times: degree 9 > 5
    td = np.sin(np.pi * xd) + rng.normal(0, 0.2, xd.size)
    cases.append({"name": "ill-conditioned-duplicate-x-degree9", "basis": {"kind": "poly", "degree": 9},
                  "x": xd.tolist(), "t": td.tolist(), "alpha": learned(1e-2, 1e-4),
                  "beta": learned(1.0, 1.0), "sweeps": 30})
    cases.append({"name": "both-fixed-poly3", "basis": {"kind": "poly", "degree": 3}, "x": x.tolist(),
                  "t": t.tolist(), "alpha": {"fixed": 0.5}, "beta": {"fixed": 3.0}, "sweeps": 1})
    for c in cases:
        c["expected"] = fit(c)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "dev", "zatta", "vb",
                       "vb_reference.json")
    doc = {"generator": "variational-bayes/src/test/python/vb_reference.py",
           "numpy": np.__version__, "scipy": scipy.__version__, "python": sys.version.split()[0], "cases": cases}
    with open(out + ".tmp", "w") as f:
        json.dump(doc, f, indent=1)
    os.replace(out + ".tmp", out)
    print(f"wrote {len(cases)} cases to {os.path.normpath(out)}")


if __name__ == "__main__":
    main()
