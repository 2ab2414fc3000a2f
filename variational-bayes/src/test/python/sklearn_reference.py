#!/usr/bin/python3
"""scikit-learn BayesianRidge(fit_intercept=False) on the blog's data, written to
variational-bayes/src/test/resources/dev/zatta/vb/sklearn_reference.json for SklearnReferenceTest.

Mapping of the priors: in scikit-learn alpha_ is the NOISE precision (our beta) and lambda_ the
WEIGHT precision (our alpha); alpha_1, alpha_2 are the shape and rate of the Gamma prior on the
noise precision (our c0, d0) and lambda_1, lambda_2 those on the weight precision (our a0, b0).

BayesianRidge does not run mean-field VB: it iterates the evidence (type-II) updates with Gamma
priors, lambda = (gamma + 2 a0) / (|m|^2 + 2 b0), alpha = (N - gamma + 2 c0) / (|t - Phi m|^2 + 2 d0)
with gamma = sum beta l_i / (alpha + beta l_i). Substituting tr S = sum 1/(alpha + beta l_i) into the VB
fixed point E[alpha] = (a0 + M/2) / (b0 + (|m|^2 + tr S)/2) and E[beta] = (c0 + N/2) /
(d0 + (|t - Phi m|^2 + tr(Phi^T Phi S))/2) gives the same two equations, so both iterations share their
fixed point; they reach it along different paths, so the comparison is at convergence, to a tolerance
set by the convergence tests (sklearn stops on the change of the coefficients, ours on L).

Regenerate (from the repository root):
    /usr/bin/python3 variational-bayes/src/test/python/sklearn_reference.py
"""
import json
import os

import numpy as np
import sklearn
from sklearn.linear_model import BayesianRidge


def design(kind, x):
    if kind == "gauss":
        return np.exp(-10 * (x[:, None] - np.linspace(-1, 1, 5)[None, :]) ** 2)
    return np.vander(x, 4, increasing=True)


def main():
    cases = []
    for n, seed, kind, priors in [(20, 1, "gauss", (1.0, 1.0, 1.0, 1.0)), (50, 2, "gauss", (1e-3, 1e-3, 1e-3, 1e-3)),
                                   (50, 3, "poly", (1e-2, 1e-2, 1e-2, 1e-2)), (200, 4, "gauss", (2.0, 0.5, 1.0, 0.1))]:
        rng = np.random.RandomState(seed)
        x = rng.uniform(-1, 1, n)
        t = np.sin(np.pi * x) + rng.normal(0, 0.5, n)
        a0, b0, c0, d0 = priors
        model = BayesianRidge(fit_intercept=False, tol=1e-14, n_iter=100000, alpha_1=c0, alpha_2=d0,
                              lambda_1=a0, lambda_2=b0, alpha_init=1.0, lambda_init=1.0)
        model.fit(design(kind, x), t)
        cases.append({"name": f"{kind}-N{n}", "basis": kind, "x": x.tolist(), "t": t.tolist(),
                      "a0": a0, "b0": b0, "c0": c0, "d0": d0,
                      "coef": model.coef_.tolist(), "weightPrecision": float(model.lambda_),
                      "noisePrecision": float(model.alpha_), "sigma": model.sigma_.ravel().tolist()})
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "dev", "zatta", "vb",
                       "sklearn_reference.json")
    with open(out + ".tmp", "w") as f:
        json.dump({"generator": "variational-bayes/src/test/python/sklearn_reference.py",
                   "sklearn": sklearn.__version__, "numpy": np.__version__, "cases": cases}, f, indent=1)
    os.replace(out + ".tmp", out)
    print(f"wrote {len(cases)} cases to {os.path.normpath(out)}")


if __name__ == "__main__":
    main()
