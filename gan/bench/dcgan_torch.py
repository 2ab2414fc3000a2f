#!/usr/bin/python3
"""The blog's DCGAN training step in PyTorch, the peer of `gan.jar bench`.

Same architecture, loss (softmax cross-entropy, class 0 = real), Adam(2e-4, 0.5), batch and step as
dev.zatta.gan.model.TrainingStep: one G forward, a D step on real + fake, a G step through the updated D.
Run with Debian's /usr/bin/python3 (python3-torch) and OPENBLAS_NUM_THREADS=1; prints one line
"images/s: X" after the timed steps. --conditional times the class-conditional model instead: G gets z with
the one-hot digit appended (100 + 10 inputs), D ends in 11 logits (digits 0..9, then fake = 10); D learns
real k -> k and G(z, k) -> 10, G learns G(z, k) -> k, plus the mode-seeking term of `train --conditional`
(MSGAN, Mao et al. 2019; --mode-seeking, default 1): lambda / (r + 1e-5) with r the mean |G(z_a, k) - G(z_b, k)|
over mean |z_a - z_b| for pairs of the batch with the same digit, as dev.zatta.gan.model.ModeSeeking, and
the exponential moving average of G's weights and BN statistics that draws its samples (--ema, default 0.99,
with the warm-up min(beta, (1 + t) / (10 + t)) of dev.zatta.gan.model.GeneratorAverage).
"""
import argparse
import os
import time

import torch
from torch import nn


def generator(z_dim=100, w=64, classes=0):
    return nn.Sequential(
        nn.Linear(z_dim + classes, 3 * 3 * 8 * w), nn.Unflatten(1, (8 * w, 3, 3)),
        nn.BatchNorm2d(8 * w), nn.ReLU(),
        nn.ConvTranspose2d(8 * w, 4 * w, 2, 2, 1), nn.BatchNorm2d(4 * w), nn.ReLU(),   # 3 -> 4
        nn.ConvTranspose2d(4 * w, 2 * w, 2, 2, 1), nn.BatchNorm2d(2 * w), nn.ReLU(),   # 4 -> 6
        nn.ConvTranspose2d(2 * w, w, 2, 2, 1), nn.BatchNorm2d(w), nn.ReLU(),           # 6 -> 10
        nn.ConvTranspose2d(w, 1, 3, 3, 1), nn.Tanh())                                  # 10 -> 28


def discriminator(w=64, logits=2):
    return nn.Sequential(
        nn.Conv2d(1, w, 3, 3, 1), nn.LeakyReLU(0.2),                                   # 28 -> 10
        nn.Conv2d(w, 2 * w, 2, 2, 1), nn.BatchNorm2d(2 * w), nn.LeakyReLU(0.2),        # 10 -> 6
        nn.Conv2d(2 * w, 4 * w, 2, 2, 1), nn.BatchNorm2d(4 * w), nn.LeakyReLU(0.2),    # 6 -> 4
        nn.Conv2d(4 * w, 8 * w, 2, 2, 1), nn.BatchNorm2d(8 * w), nn.LeakyReLU(0.2),    # 4 -> 3
        nn.Flatten(), nn.Linear(3 * 3 * 8 * w, logits))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--steps", type=int, default=30)
    ap.add_argument("--warmup", type=int, default=5)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--conditional", action="store_true")
    ap.add_argument("--mode-seeking", type=float, default=1.0)
    ap.add_argument("--ema", type=float, default=0.99)
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    classes = 10 if a.conditional else 0
    g, d = generator(classes=classes), discriminator(logits=classes + 1 if a.conditional else 2)
    for m in list(g.modules()) + list(d.modules()):
        if isinstance(m, (nn.Linear, nn.Conv2d, nn.ConvTranspose2d)):
            nn.init.normal_(m.weight, 0.0, 0.02)
            nn.init.zeros_(m.bias)
    opt_g = torch.optim.Adam(g.parameters(), lr=2e-4, betas=(0.5, 0.999))
    opt_d = torch.optim.Adam(d.parameters(), lr=2e-4, betas=(0.5, 0.999))
    ce = nn.CrossEntropyLoss()
    n = a.batch_size
    real_label = torch.zeros(n, dtype=torch.long)   # class 0 = REAL
    fake_label = torch.ones(n, dtype=torch.long)    # class 1 = FAKE
    if a.conditional:
        real_label = torch.randint(0, classes, (n,))   # the real batch's digits; G is asked for the same
        fake_label = torch.full((n,), classes, dtype=torch.long)   # the last class = FAKE
        one_hot = nn.functional.one_hot(real_label, classes).float()
        pairs, unpaired = [], {}
        for i, k in enumerate(real_label.tolist()):   # each row with the next unpaired row of its digit
            if k in unpaired:
                pairs.append((unpaired.pop(k), i))
            else:
                unpaired[k] = i
        pair_a = torch.tensor([i for i, _ in pairs])
        pair_b = torch.tensor([j for _, j in pairs])
    real = torch.rand(n, 1, 28, 28) * 2 - 1
    average = a.conditional and a.ema > 0
    if average:
        g_ema = generator(classes=classes)
        g_ema.load_state_dict(g.state_dict())
        live = [t for t in g.state_dict().values() if t.is_floating_point()]
        kept = [t for t in g_ema.state_dict().values() if t.is_floating_point()]
    steps = [0]

    def step():
        z = torch.rand(n, 100) * 2 - 1
        fake = g(torch.cat([z, one_hot], 1) if a.conditional else z)
        opt_d.zero_grad()
        loss_d = ce(d(real), real_label) + ce(d(fake.detach()), fake_label)
        loss_d.backward()
        opt_d.step()
        opt_g.zero_grad()
        loss_g = ce(d(fake), real_label)
        if a.conditional and a.mode_seeking > 0:
            ratio = (fake[pair_a] - fake[pair_b]).abs().mean() / (z[pair_a] - z[pair_b]).abs().mean()
            loss_g = loss_g + a.mode_seeking / (ratio + 1e-5)
        loss_g.backward()
        opt_g.step()
        steps[0] += 1
        if average:
            t = steps[0]
            b = min(a.ema, (1 + t) / (10 + t))
            with torch.no_grad():
                for e, w in zip(kept, live):
                    e.mul_(b).add_(w, alpha=1 - b)

    for _ in range(a.warmup):
        step()
    t0 = time.perf_counter()
    for _ in range(a.steps):
        step()
    secs = time.perf_counter() - t0
    print(f"torch {torch.__version__} threads {torch.get_num_threads()} "
          f"OPENBLAS_NUM_THREADS={os.environ.get('OPENBLAS_NUM_THREADS', '')}")
    print(f"images/s: {a.steps * n / secs:.1f}")


if __name__ == "__main__":
    main()
