"""Is a saved run's miscalibration a prior (λ) or the evidence? And do its edges order well?

`bench/link_offsets.py RUN.npz ...` reads runs saved by `bench/link_lost.py --save RUN.npz --floor 0.05`
and fits, over every saved edge (match probability from the floor to 0.999), the logistic
logit(share one person) = a + b · logit(p): all edges, and apart by name level (the same name,
score >= SAME_NAME; a similar one, >= SIMILAR_NAME). A wrong λ moves `a` and leaves `b` at 1; evidence
counted too strongly (fields multiplied as independent that are not) gives `b` < 1; `a` that differs
by name level is an error of the name levels' m or u, the one part a threshold cannot absorb. Then
the edges' order: the true edges above the p at which the edges' precision (before clustering)
falls to 0.99, 0.97 and 0.95. Tuning generators only (bench/linkgen-a..g). h-link48, issue 10.
"""

from __future__ import annotations

import sys

import numpy as np

from guwah.names.settings import SAME_NAME, SIMILAR_NAME


def fit(x: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Logistic regression of y on x by Newton's method: (intercept, slope)."""
    design = np.column_stack([np.ones_like(x), x])
    w = np.zeros(2)
    for _ in range(30):
        mu = 1 / (1 + np.exp(-design @ w))
        hessian = design.T @ (design * (mu * (1 - mu))[:, None]) + 1e-9 * np.eye(2)
        w += np.linalg.solve(hessian, design.T @ (y - mu))
    return float(w[0]), float(w[1])


def main() -> None:
    for path in sys.argv[1:]:
        run = np.load(path)
        person = run["person"]
        true = person[run["a"]] == person[run["b"]]
        p = np.clip(run["p"], 1e-6, 0.999)
        score = run["score"]
        x = np.log(p / (1 - p))
        cells = []
        for name, sel in (("all", np.ones_like(p, bool)), ("same", score >= SAME_NAME),
                          ("similar", (score >= SIMILAR_NAME) & (score < SAME_NAME))):
            a, b = fit(x[sel], true[sel].astype(float))
            cells.append(f"{name} a {a:+.2f} b {b:.2f}")
        order = np.argsort(-run["p"], kind="stable")
        found = np.cumsum(true[order])
        precision = found / np.arange(1, len(order) + 1)
        kept = []
        for want in (0.99, 0.97, 0.95):
            above = np.nonzero(precision >= want)[0]
            kept.append(f"P{want} {found[above.max()] if len(above) else 0}")
        print(f"{path}: {' | '.join(cells)} | true edges at {', '.join(kept)}")


if __name__ == "__main__":
    main()
