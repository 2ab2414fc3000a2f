#!/usr/bin/python3
"""Reference values of the mode-seeking term for ModeSeekingTest, computed with PyTorch autograd.

The term is MSGAN's (Mao et al. 2019), as in the authors' code:
    r = mean|x_a - x_b| / mean|z_a - z_b|  (over all pairs and pixels / latent dimensions),
    term = lambda / (r + 1e-5),
with pairs formed the way dev.zatta.gan.model.ModeSeeking forms them (each row with the next unpaired row of
the same label). The gradient is autograd's derivative of the term with respect to the images, multiplied by
the batch size n (the Java side returns per-example gradients; DL4J's updater divides by n) -- an algorithm
independent of the Java code's hand-written sign() formula.

Run with Debian's python3 (python3-torch) from the repository root:
    /usr/bin/python3 gan/src/test/resources/dev/zatta/gan/model/mode_seeking_reference.py
It rewrites mode-seeking-reference.json beside itself; the inputs are rounded to 6 decimals before use, so
the Java test reads exactly the numbers the reference used.
"""
import json
import os

import torch


def pairs(labels):
    out, open_ = [], {}
    for i, l in enumerate(labels):
        if l in open_:
            out.append((open_.pop(l), i))
        else:
            open_[l] = i
    return out


def case(name, gen, n, pixels, z_dim, labels, weight):
    x = torch.round((torch.rand(n, pixels, generator=gen, dtype=torch.float64) * 2 - 1) * 1e6) / 1e6
    z = torch.round((torch.rand(n, z_dim, generator=gen, dtype=torch.float64) * 2 - 1) * 1e6) / 1e6
    x.requires_grad_(True)
    p = pairs(labels) if labels is not None else [(i, i + 1) for i in range(0, n - 1, 2)]
    a = torch.tensor([i for i, _ in p])
    b = torch.tensor([j for _, j in p])
    ratio = (x[a] - x[b]).abs().mean() / (z[a] - z[b]).abs().mean()
    term = weight / (ratio + 1e-5)
    term.backward()
    return {"name": name, "weight": weight, "labels": labels, "x": x.detach().tolist(), "z": z.tolist(),
            "ratio": ratio.item(), "value": term.item(), "gradient": (x.grad * n).tolist()}


def main():
    gen = torch.Generator().manual_seed(2019)
    cases = [
        case("conditional, two labels and an odd one out", gen, 7, 12, 5, [3, 1, 3, 1, 1, 3, 0], 1.0),
        case("conditional, all one label, weight 0.5", gen, 6, 9, 4, [2, 2, 2, 2, 2, 2], 0.5),
        case("unconditional, rows 2i and 2i+1", gen, 5, 10, 3, None, 2.0),
    ]
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "mode-seeking-reference.json"), "w") as f:
        json.dump({"generator": "mode_seeking_reference.py", "torch": torch.__version__, "cases": cases}, f,
                  indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
