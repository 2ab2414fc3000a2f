#!/usr/bin/python3
"""Reference for PRML Fig. 10.9 on PRML's own setup (ten points of a cubic on (-5, 5) with additive
Gaussian noise of variance 0.09), written from the equations with numpy/scipy and an explicit design
matrix, independently of the Java code:

* the evidence approximation: gamma = sum_i beta*lam_i/(alpha + beta*lam_i) (PRML eq. 3.91),
  alpha = gamma/m_N'm_N (3.92), 1/beta = |t - Phi m_N|^2/(N - gamma) (3.95), iterated from the configured
  start until both change by less than 1e-12 relative, and ln p(t | alpha, beta) there (3.86);
* the VB lower bound over 30 sweeps from that evidence start (PRML 10.107-10.112 plus the beta terms);
* the bound the figure reports for each order M: the highest over the documented starts (the
  configured start, the evidence start, and the grid of Restarts.GRID: 8 ratios E[alpha]/E[beta]
  log-spaced from 100*lam_max down to lam_min/100, times E[beta] = (1, 10, 100, 1000)*N/t't), each run
  until |dL| < tol*max(1, |L|); a later start wins only if higher by more than 1000*tol*max(1, |L|).

Writes variational-bayes/src/test/resources/dev/zatta/vb/prml_reference.json, which PrmlReferenceTest
compares with dev.zatta.vb (LogEvidence.maximize, VariationalLinearRegression, Figures.prmlByDegree).

The data are the figure's ten points as `java -jar variational-bayes.jar generate --data prml-cubic`
writes them (decimal strings that parse to the same doubles; the test checks they are
Figures.prmlData()).

Regenerate (from the repository root):
    /usr/bin/python3 variational-bayes/src/test/python/prml_reference.py
"""
import json
import os
import sys

import numpy as np
import scipy
from scipy.linalg import cho_factor, cho_solve
from scipy.special import digamma, gammaln

LN2PI = np.log(2 * np.pi)

# generate --data prml-cubic (seed 1): x ~ U(-5, 5), t = 0.1x^3 - 0.5x^2 - x + 1 + N(0, 0.09)
DATA = """
0.6656157517228092,-0.11720568115974378
4.710027535867962,-3.60285508712627
-0.5573529917364191,1.1673314149198069
3.7734868676417292,-4.978682252037746
-2.1449131560303334,-0.31288754477242336
-0.9585783094977431,1.3926089285592953
-0.64034600175275,1.6156693537370588
1.4533464021950602,-1.268609658453626
1.8170497338058853,-2.0709513857574655
-4.340398068544236,-12.190538274763771
"""
PRIOR = (1e-3, 1e-3)
FIXED_BETA = 1 / 0.09
TOL = 1e-12
MAX_SWEEPS = 5000
TRACE_SWEEPS = 30


def gamma_entropy(a, b):
    return a - np.log(b) + gammaln(a) + (1 - a) * digamma(a)


def prior_term(a0, b0, e, elog):
    return a0 * np.log(b0) - gammaln(a0) + (a0 - 1) * elog - b0 * e


def sweep(phi, t, e_alpha, e_beta, learn_beta):
    """One sweep (q(w), q(alpha), q(beta)) from E[alpha], E[beta]: the new E[alpha], E[beta] and L."""
    n, m = phi.shape
    a_mat = e_alpha * np.eye(m) + e_beta * phi.T @ phi
    cf = cho_factor(a_mat, lower=True)
    s = cho_solve(cf, np.eye(m))
    mean = e_beta * cho_solve(cf, phi.T @ t)
    logdet_s = -2 * np.sum(np.log(np.diag(cf[0])))
    w2 = mean @ mean + np.trace(s)
    resid = t - phi @ mean
    r = resid @ resid + np.trace(phi.T @ phi @ s)
    a0, b0 = PRIOR
    a_n, b_n = a0 + m / 2, b0 + w2 / 2
    e_alpha = a_n / b_n
    ln_alpha = digamma(a_n) - np.log(b_n)
    bound = m / 2 * (1 + LN2PI) + 0.5 * logdet_s + prior_term(a0, b0, e_alpha, ln_alpha) + gamma_entropy(a_n, b_n)
    if learn_beta:
        c_n, d_n = PRIOR[0] + n / 2, PRIOR[1] + r / 2
        e_beta = c_n / d_n
        ln_beta = digamma(c_n) - np.log(d_n)
        bound += prior_term(PRIOR[0], PRIOR[1], e_beta, ln_beta) + gamma_entropy(c_n, d_n)
    else:
        ln_beta = np.log(e_beta)
    bound += n / 2 * (ln_beta - LN2PI) - e_beta * r / 2 + m / 2 * (ln_alpha - LN2PI) - e_alpha * w2 / 2
    return e_alpha, e_beta, float(bound)


def run(phi, t, alpha, beta, learn_beta, sweeps=None):
    """Sweeps from (alpha, beta): a fixed number, or until |dL| < TOL*max(1, |L|). (alpha, beta, trace)."""
    trace = []
    for k in range(sweeps or MAX_SWEEPS):
        alpha, beta, bound = sweep(phi, t, alpha, beta, learn_beta)
        trace.append(bound)
        if sweeps is None and k >= 1 and abs(trace[-1] - trace[-2]) < TOL * max(1.0, abs(trace[-1])):
            break
    return alpha, beta, trace


def evidence(phi, t, alpha, beta, learn_beta):
    """PRML 3.91, 3.92, 3.95 from (alpha, beta); None if the iteration leaves (0, inf)."""
    n, m = phi.shape
    g_mat = phi.T @ phi
    lam = np.maximum(np.linalg.eigvalsh(g_mat), 0)
    for k in range(1, 10001):
        a_mat = alpha * np.eye(m) + beta * g_mat
        mean = beta * np.linalg.solve(a_mat, phi.T @ t)
        gamma = np.sum(beta * lam / (alpha + beta * lam))
        new_alpha = gamma / (mean @ mean)
        new_beta = (n - gamma) / np.sum((t - phi @ mean) ** 2) if learn_beta else beta
        if not (np.isfinite(new_alpha) and np.isfinite(new_beta) and new_alpha > 0 and new_beta > 0):
            return None
        done = abs(new_alpha - alpha) <= 1e-12 * alpha and abs(new_beta - beta) <= 1e-12 * beta
        alpha, beta = new_alpha, new_beta
        if done:
            break
    return float(alpha), float(beta), k


def log_evidence(phi, t, alpha, beta):
    """ln p(t | alpha, beta), PRML eq. 3.86, with explicit matrices."""
    n, m = phi.shape
    a_mat = alpha * np.eye(m) + beta * phi.T @ phi
    mean = beta * np.linalg.solve(a_mat, phi.T @ t)
    e_mn = beta / 2 * np.sum((t - phi @ mean) ** 2) + alpha / 2 * mean @ mean
    logdet_a = np.linalg.slogdet(a_mat)[1]
    return float(m / 2 * np.log(alpha) + n / 2 * np.log(beta) - e_mn - 0.5 * logdet_a - n / 2 * LN2PI)


def grid(phi, t, beta, learn_beta):
    lam = np.linalg.eigvalsh(phi.T @ phi)
    lam_max = lam.max()
    lam_min = lam[lam > 1e-12 * lam_max].min()
    hi, lo = 100 * lam_max, lam_min / 100
    betas = [k * len(t) / (t @ t) for k in (1, 10, 100, 1000)] if learn_beta else [beta]
    return [(hi * (lo / hi) ** (j / 7) * b, b) for b in betas for j in range(8)]


def case(x, t, degree, learn_beta):
    phi = np.vander(x, degree + 1, increasing=True)
    alpha0 = PRIOR[0] / PRIOR[1]
    beta0 = PRIOR[0] / PRIOR[1] if learn_beta else FIXED_BETA
    out = {"degree": degree}
    starts = [("configured", alpha0, beta0)]
    ev = evidence(phi, t, alpha0, beta0, learn_beta)
    if ev is None:
        out["evidence"] = None
    else:
        a, b, k = ev
        out["evidence"] = {"alpha": a, "beta": b, "iterations": k, "logEvidence": log_evidence(phi, t, a, b),
                           "trace": run(phi, t, a, b, learn_beta, TRACE_SWEEPS)[2]}
        starts.append(("evidence", a, b))
    starts += [("grid", a, b) for a, b in grid(phi, t, beta0, learn_beta)]
    best = None
    for kind, a, b in starts:
        try:
            e_alpha, e_beta, trace = run(phi, t, a, b, learn_beta)
        except np.linalg.LinAlgError:
            continue  # S_N^-1 not numerically positive definite from this start
        if best is None or trace[-1] > best[3][-1] + 1e3 * TOL * max(1.0, abs(best[3][-1])):
            best = (kind, e_alpha, e_beta, trace)
    out["best"] = {"start": best[0], "lowerBound": best[3][-1], "expectedAlpha": float(best[1]),
                   "expectedBeta": float(best[2]), "iterations": len(best[3])}
    return out


def main():
    rows = [line.split(",") for line in DATA.split()]
    x = np.array([float(r[0]) for r in rows])
    t = np.array([float(r[1]) for r in rows])
    variants = {}
    for name, learn_beta in (("betaFixed", False), ("betaLearned", True)):
        variants[name] = [case(x, t, d, learn_beta) for d in range(10)]
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "dev", "zatta", "vb",
                       "prml_reference.json")
    doc = {"generator": "variational-bayes/src/test/python/prml_reference.py",
           "numpy": np.__version__, "scipy": scipy.__version__, "python": sys.version.split()[0],
           "x": [r[0] for r in rows], "t": [r[1] for r in rows], "prior": list(PRIOR), "fixedBeta": FIXED_BETA,
           "tolerance": TOL, "maxSweeps": MAX_SWEEPS, "traceSweeps": TRACE_SWEEPS, "variants": variants}
    with open(out + ".tmp", "w") as f:
        json.dump(doc, f, indent=1)
    os.replace(out + ".tmp", out)
    for name, cases in variants.items():
        print(name, " ".join(f"M={c['degree']}:{c['best']['lowerBound']:.4f}({c['best']['start']})" for c in cases))
    print(f"wrote {os.path.normpath(out)}")


if __name__ == "__main__":
    main()
