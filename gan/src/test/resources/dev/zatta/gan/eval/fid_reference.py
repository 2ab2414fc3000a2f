#!/usr/bin/python3
"""Reference Fréchet distances for FrechetDistanceTest, computed the way pytorch-fid does.

FID = ||mu1 - mu2||^2 + Tr(S1 + S2 - 2 sqrtm(S1 S2)), with sqrtm from scipy.linalg (a Schur-based
matrix square root of the non-symmetric product S1 S2) -- an algorithm independent of the Java code,
which uses the symmetric form Tr(sqrt(sqrt(S1) S2 sqrt(S1))) with eigendecompositions.
Means and covariances are estimated from the feature rows with numpy (np.cov, rowvar=False: N-1).

Run with Debian's python3 (numpy, scipy) from the repository root:
    /usr/bin/python3 gan/src/test/resources/dev/zatta/gan/eval/fid_reference.py
It rewrites fid-reference.json beside itself; the data are rounded to 6 decimals before use, so the
Java test reads exactly the numbers the reference used.
"""
import json
import os

import numpy as np
import scipy
import scipy.linalg


def fid_from_moments(mu1, s1, mu2, s2):
    covmean, _ = scipy.linalg.sqrtm(s1.dot(s2), disp=False)
    if not np.isfinite(covmean).all():
        offset = np.eye(s1.shape[0]) * 1e-10
        covmean = scipy.linalg.sqrtm((s1 + offset).dot(s2 + offset))
    covmean = covmean.real
    diff = mu1 - mu2
    return float(diff.dot(diff) + np.trace(s1) + np.trace(s2) - 2.0 * np.trace(covmean))


def fid_from_features(x, y):
    return fid_from_moments(x.mean(axis=0), np.cov(x, rowvar=False), y.mean(axis=0), np.cov(y, rowvar=False))


def main():
    rng = np.random.RandomState(20261128)
    cases = []

    def add_features(name, x, y):
        x = np.round(x, 6)
        y = np.round(y, 6)
        cases.append({"name": name, "x": x.tolist(), "y": y.tolist(), "fid": fid_from_features(x, y)})

    # small, clearly different Gaussians
    add_features("small-3d", rng.normal(size=(40, 3)), rng.normal(loc=[1.0, -0.5, 0.0], scale=[1.0, 2.0, 0.5], size=(30, 3)))
    # correlated 16-d features, both shifted and mixed
    a = rng.normal(size=(16, 16)) / 4.0
    b = rng.normal(size=(16, 16)) / 4.0
    add_features("correlated-16d", rng.normal(size=(300, 16)).dot(a), rng.normal(size=(200, 16)).dot(b) + 0.3)
    # fewer rows than dimensions: both covariances are singular
    add_features("rank-deficient-8d", rng.normal(size=(5, 8)), rng.normal(size=(6, 8)) * 2.0)
    # non-negative, sparse features like those after a ReLU
    add_features("relu-like-10d", np.maximum(rng.normal(size=(120, 10)), 0.0),
                 np.maximum(rng.normal(loc=0.2, size=(90, 10)), 0.0))
    # the same set twice: distance 0
    same = rng.normal(size=(50, 4))
    add_features("identical-4d", same, same)

    out = {
        "generator": "fid_reference.py (numpy %s, scipy %s)" % (np.__version__, scipy.__version__),
        "cases": cases,
    }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fid-reference.json")
    with open(path + ".tmp", "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    os.replace(path + ".tmp", path)
    for c in cases:
        print("%-20s fid = %.12g" % (c["name"], c["fid"]))


if __name__ == "__main__":
    main()
