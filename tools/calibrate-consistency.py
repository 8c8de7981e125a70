#!/usr/bin/env python3
"""Fits the consistency scorer's coefficients (src/CorpusDiff/Claims/ConsistencyScorer.cs). Python standard library only.

Reproduce:
  dotnet run --project benchmarks/CorpusDiff.Benchmarks -c Release -- consistency-features /tmp/features.tsv \
      ../shared/eval/consistency-dev.jsonl ../shared/eval/consistency-dev-abstractive.jsonl
  python3 tools/calibrate-consistency.py /tmp/features.tsv

Logistic regression with an L2 penalty, every dataset's two classes weighted equally (so no dataset and no class
dominates), fitted by plain gradient descent from zero (deterministic). It prints the coefficients, the decision
threshold on the scorer's scale that maximises the mean per-dataset balanced accuracy, per-dataset figures beside
the bigram baseline, and a leave-one-dataset-out check: each dataset scored by a model fitted without it.
"""
import math
import sys
from collections import defaultdict

# The model reads only the divergence-penalised sentence support (the pre-model score's ingredient): every wider model
# tried (window support, novel numbers/names/dates, novel-word share, divergent share, min support, lengths) lost ranking
# on at least one dataset, or flipped a coefficient when a dataset was left out (docs/accuracy.md). CANDIDATES are the
# columns the feature dump writes; pass feature names after the TSV to fit another subset.
CANDIDATES = ["meanSupport", "minSupport", "novelNumbers", "novelNames", "novelDates", "novelWordShare", "sentenceSupport", "divergentShare",
              "penalisedSupport", "penalisedWindowSupport"]
FEATURES = ["penalisedSupport"]
# The feature values of a summary fully supported by its source (a report checked against itself): the score's unit.
BEST = {"meanSupport": 1, "minSupport": 1, "sentenceSupport": 1, "penalisedSupport": 1, "penalisedWindowSupport": 1}
# goyal-cnndm has one consistent pair: it counts for errors in the fit, not in the per-dataset figures.
SKIP_FIGURES = {"goyal-cnndm"}


def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            v = line.rstrip("\n").split("\t")
            r = dict(zip(header, v))
            rows.append((r["dataset"], int(r["label"]), float(r["bigram"]), [float(r[k]) for k in FEATURES]))
    return rows


def weights(rows):
    count = defaultdict(int)
    for d, y, _, _ in rows:
        count[(d, y)] += 1
    return [1.0 / count[(d, y)] for d, y, _, _ in rows]


def fit(rows, l2=0.0001, steps=25):
    """Newton's method on the weighted, L2-penalised log loss (one parameter per feature plus the intercept)."""
    w = weights(rows)
    total = sum(w)
    n = len(FEATURES) + 1
    beta = [0.0] * n
    for _ in range(steps):
        grad = [0.0] * n
        hess = [[0.0] * n for _ in range(n)]
        for (d, y, _, x), wi in zip(rows, w):
            v = [1.0] + x
            z = sum(b * xi for b, xi in zip(beta, v))
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            g = (p - y) * wi / total
            h = p * (1 - p) * wi / total
            for a in range(n):
                grad[a] += g * v[a]
                for b in range(n):
                    hess[a][b] += h * v[a] * v[b]
        for a in range(1, n):
            grad[a] += l2 * beta[a]
            hess[a][a] += l2
        step = solve(hess, grad)
        beta = [b - s for b, s in zip(beta, step)]
    return beta


def solve(a, b):
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c and m[c][c] != 0:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c])]
    return [m[i][n] / m[i][i] if m[i][i] != 0 else 0.0 for i in range(n)]


def score(beta, x):
    def sig(z):
        return 1 / (1 + math.exp(-z))
    z = beta[0] + sum(b * xi for b, xi in zip(beta[1:], x))
    best = beta[0] + sum(b * BEST.get(f, 0) for b, f in zip(beta[1:], FEATURES))
    return min(1.0, sig(z) / sig(best))


def auc(scores, labels):
    pos = [s for s, y in zip(scores, labels) if y]
    neg = [s for s, y in zip(scores, labels) if not y]
    if not pos or not neg:
        return float("nan")
    order = sorted(range(len(scores)), key=lambda i: scores[i])
    ranks = [0.0] * len(scores)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and scores[order[j + 1]] == scores[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    rank_sum = sum(r for r, y in zip(ranks, labels) if y)
    return (rank_sum - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))


def bal_acc(scores, labels, t):
    tp = sum(1 for s, y in zip(scores, labels) if y and s >= t)
    fn = sum(1 for s, y in zip(scores, labels) if y and s < t)
    tn = sum(1 for s, y in zip(scores, labels) if not y and s < t)
    fp = sum(1 for s, y in zip(scores, labels) if not y and s >= t)
    if tp + fn == 0 or tn + fp == 0:
        return float("nan")
    return (tp / (tp + fn) + tn / (tn + fp)) / 2


def by_dataset(rows, scores):
    out = defaultdict(lambda: ([], [], []))
    for (d, y, b, _), s in zip(rows, scores):
        out[d][0].append(s)
        out[d][1].append(y)
        out[d][2].append(b)
    return out


def choose_threshold(rows, scores):
    """The threshold maximising the mean per-dataset balanced accuracy (ties: the better worst dataset)."""
    groups = by_dataset(rows, scores)
    best = (0.5, -1.0, -1.0)
    for k in range(1, 200):
        t = k / 200
        values = [bal_acc(s, y, t) for d, (s, y, _) in groups.items() if d not in SKIP_FIGURES]
        worst = min(values)
        mean = sum(values) / len(values)
        if (mean, worst) > (best[1], best[2]):
            best = (t, mean, worst)
    return best[0]


def main():
    global FEATURES
    if len(sys.argv) > 2:
        FEATURES = [f for f in sys.argv[2:] if f in CANDIDATES]
    rows = load(sys.argv[1])
    beta = fit(rows)
    scores = [score(beta, x) for _, _, _, x in rows]
    t = choose_threshold(rows, scores)
    print("coefficients (intercept, " + ", ".join(FEATURES) + "):")
    print("  [" + ", ".join(f"{b:.4f}" for b in beta) + "]")
    print(f"decision threshold {t:.3f}")
    print(f"{'dataset':<12} {'pairs':>5} {'pos':>4} {'AUC':>6} {'bal.acc':>7} {'bigram AUC':>10} {'LODO AUC':>8} {'LODO b.a.':>9}")
    datasets = sorted(by_dataset(rows, scores))
    for d in datasets:
        s, y, b = by_dataset(rows, scores)[d]
        train = [r for r in rows if r[0] != d]
        held = [r for r in rows if r[0] == d]
        lodo_beta = fit(train)
        lodo_scores = [score(lodo_beta, x) for _, _, _, x in held]
        lodo_t = choose_threshold(train, [score(lodo_beta, x) for _, _, _, x in train])
        ly = [r[1] for r in held]
        print(f"{d:<12} {len(s):>5} {sum(y):>4} {auc(s, y):>6.3f} {bal_acc(s, y, t):>7.3f} {auc(b, y):>10.3f} "
              f"{auc(lodo_scores, ly):>8.3f} {bal_acc(lodo_scores, ly, lodo_t):>9.3f}")


if __name__ == "__main__":
    main()
