"""Is a saved run's miscalibration a prior (λ) or the evidence? And do its edges order well?

`bench/link_offsets.py RUN.npz ...` reads runs saved by `bench/link_lost.py --save RUN.npz --floor 0.05`
and fits, over every saved edge (match probability from the floor to 0.999), the logistic
logit(share one person) = a + b · logit(p): all edges, and apart by name level (the same name,
score >= SAME_NAME; a similar one, >= SIMILAR_NAME). A wrong λ moves `a` and leaves `b` at 1; evidence
counted too strongly (fields multiplied as independent that are not) gives `b` < 1; `a` that differs
by name level is an error of the name levels' m or u, the one part a threshold cannot absorb. Then
the edges' order: the true edges above the p at which the edges' precision (before clustering)
falls to 0.99, 0.97 and 0.95. Tuning generators only (bench/linkgen-a..g). h-link48, issue 10.

`--bands` adds, per name level, the edges by how common the name is (the commoner of the two
whole-name keys' mentions in the run, in bands): edges, share one person, mean p, and the fit's `a`
and `b` there; the same name against a similar one of equally common names (h-link49).
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


BANDS = (1, 3, 11, 41, 121, 401)  # lower edges of the bands of a key's mentions


def bands(run, true: np.ndarray, x: np.ndarray, score: np.ndarray) -> None:
    """Print the name levels' edges by the commoner whole-name key's mentions (see the docstring)."""
    whole = run["f_whole"]
    keys, inverse = np.unique(whole.astype(str), return_inverse=True)
    counts = np.bincount(inverse)[inverse]
    commoner = np.maximum(counts[run["a"]], counts[run["b"]])
    band = np.searchsorted(BANDS, commoner, side="right") - 1
    p = 1 / (1 + np.exp(-x))
    # `linker.name_m`'s pairs (one exact birth year, one county) among the saved edges: the name
    # levels' m it counts there, and what the same count gives over the pairs that are one person
    lo, hi, place = run["f_birth_lo"], run["f_birth_hi"], run["f_place"].astype(str)
    exact = np.array([x is not None and x == y for x, y in zip(lo, hi, strict=True)])
    year = np.array([x if x is not None else -1 for x in lo])
    county = np.char.count(place, ".") >= 2
    pairs = exact[run["a"]] & exact[run["b"]] & (year[run["a"]] == year[run["b"]]) & county[run["a"]] \
        & (place[run["a"]] == place[run["b"]])
    same, similar = score >= SAME_NAME, (score >= SIMILAR_NAME) & (score < SAME_NAME)
    print(f"  name_m's pairs {pairs.sum()} ({true[pairs].mean():.3f} one person): m same / similar "
          f"{same[pairs].mean():.3f} / {similar[pairs].mean():.3f}; over those one person "
          f"{same[pairs & true].mean():.3f} / {similar[pairs & true].mean():.3f}; similar ones one person "
          f"{true[pairs & similar].mean():.3f}, same {true[pairs & same].mean():.3f}")
    for name, level in (("same", score >= SAME_NAME), ("similar", (score >= SIMILAR_NAME) & (score < SAME_NAME))):
        for number, low in enumerate(BANDS):
            sel = level & (band == number)
            if sel.sum() < 30:
                continue
            high = f"{BANDS[number + 1] - 1}" if number + 1 < len(BANDS) else "+"
            a, b = fit(x[sel], true[sel].astype(float)) if 0 < true[sel].sum() < sel.sum() else (float("nan"),) * 2
            print(f"  {name:8} key {low}-{high:4} edges {sel.sum():7} right {true[sel].mean():.3f} "
                  f"mean p {p[sel].mean():.3f} a {a:+.2f} b {b:.2f}")


def main() -> None:
    with_bands = "--bands" in sys.argv
    for path in [arg for arg in sys.argv[1:] if arg != "--bands"]:
        run = np.load(path, allow_pickle=with_bands)  # the mentions' fields are object arrays (our own runs)
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
        if with_bands:
            bands(run, true, x, score)


if __name__ == "__main__":
    main()
