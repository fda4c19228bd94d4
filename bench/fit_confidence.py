#!/usr/bin/env python3
"""Fit the extractor's confidence (seeds/confidence_weights.csv) on annotated pages, and check it on others.

    .venv/bin/python bench/fit_confidence.py [--fit gold real /work/fold-m …] [--check /work/fold-o …]
                                             [--l2 1.0] [--write]

Every page of a set is extracted; each predicted fact is labelled right when the shared scorer
(../shared/gold/score_extraction.py, loaded from there) matches it to a gold fact, as in
bench/extract_quality.py. A logistic model over the signals the fact rules report
(flows/reports/confidence.py SIGNALS) is fitted on the --fit sets by Newton's method with an L2
penalty pulling each weight towards its hand-written prior (the seed's `prior` column; not the bias):
a signal the pages rarely show keeps about its prior. Prints the weights, and for the seed in use and the fitted model, on the fit
sets and on the --check sets (held out): facts per confidence bin with their precision, the share of
wrong facts below 0.6 (the review queue), and the log loss; then, for moves of the seed's bias, the same
on the fit sets and held out, naming the smallest move that puts most wrong facts of the fit sets below 0.6
while those at 0.8 and above stay 0.95 precise (the seed's bias is set by hand from it). --write replaces the
seed with the fit.

Sets: `gold` (shared/reports), `real` (shared/real) or a folder of pages with their gold in <folder>/gold.
"""
from __future__ import annotations

import argparse
import importlib.util
import math
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from flows.reports.catalog import load_catalog  # noqa: E402
from flows.reports.confidence import (CONFIDENCE_SEED, REVIEW_BELOW, SIGNALS, load_confidence_model,  # noqa: E402
                                      load_priors, write_weights)
from flows.reports.extract import extract_report  # noqa: E402

NAMES = list(SIGNALS)
BINS = ((0.0, 0.6, "<0.6"), (0.6, 0.8, "0.6-0.8"), (0.8, 1.01, ">=0.8"))


def _quality():
    spec = importlib.util.spec_from_file_location("extract_quality", REPO / "bench" / "extract_quality.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def labelled(sets: list[str], shared: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Signals (rows in NAMES order, bias first), labels (1 right, 0 wrong) and the confidence given, of every
    fact predicted on the pages of `sets`."""
    quality = _quality()
    scorer = quality.load_scorer(shared)
    extra = tuple(Path(s) for s in sets if s not in ("gold", "real"))
    by_set = quality.pages(shared, extra)
    names = {"gold": "gold", "real": "real", **{s: Path(s).name for s in sets if s not in ("gold", "real")}}
    catalog = load_catalog()
    rows, labels, given = [], [], []
    for s in sets:
        for report, gold_path in by_set[names[s]]:
            gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
            extraction = extract_report(report, catalog)
            pred = extraction.to_dict()
            for fact, right in zip(extraction.facts, quality.matched_facts(scorer, gold, pred)):
                signals = fact.signals or {}
                rows.append([1.0] + [float(signals.get(n, 0.0)) for n in NAMES[1:]])
                labels.append(1.0 if right else 0.0)
                given.append(fact.confidence)
    return np.array(rows), np.array(labels), np.array(given)


def fit(x: np.ndarray, y: np.ndarray, prior: np.ndarray, l2: float, steps: int = 50) -> np.ndarray:
    """Logistic regression by Newton's method, penalised by l2·|w - prior|² (the bias is not penalised)."""
    w = prior.copy()
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + penalty * (w - prior)
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return w


def auc(conf: np.ndarray, y: np.ndarray) -> float:
    """The chance that a right fact gets a higher confidence than a wrong one (ties count half): how well the
    confidence ranks, whatever the cut-offs."""
    right, wrong = conf[y == 1], conf[y == 0]
    if not len(right) or not len(wrong):
        return float("nan")
    higher = (right[:, None] > wrong[None, :]).sum() + 0.5 * (right[:, None] == wrong[None, :]).sum()
    return float(higher / (len(right) * len(wrong)))


def table(label: str, conf: np.ndarray, y: np.ndarray) -> None:
    print(f"  {label}: {len(y)} facts, {int(y.sum())} right")
    print("    confidence   count  precision")
    for lo, hi, name in BINS:
        inside = (conf >= lo) & (conf < hi)
        n = int(inside.sum())
        prec = f"{y[inside].mean():.2f}" if n else "-"
        print(f"    {name:10} {n:7}  {prec:>9}")
    point = operating_point(conf, y)
    eps = 1e-6
    loss = -float(np.mean(y * np.log(np.clip(conf, eps, 1)) + (1 - y) * np.log(np.clip(1 - conf, eps, 1)))) if len(y) else 0.0
    print(f"    wrong facts below 0.6: {point.wrong_below:.2f}   right facts below 0.6: {point.right_below:.2f}   "
          f"ranking (AUC) {auc(conf, y):.3f}   log loss {loss:.3f}")


@dataclass(frozen=True)
class OperatingPoint:
    """What the review queue (below REVIEW_BELOW) and the trusted band (0.8 and above) hold for one set of
    confidences: shares of wrong, right and all facts sent to review; facts trusted and how many are right."""
    wrong_below: float
    right_below: float
    all_below: float
    trusted: int
    trusted_precision: float


def operating_point(conf: np.ndarray, y: np.ndarray) -> OperatingPoint:
    def share(mask: np.ndarray, of: np.ndarray) -> float:
        return float((mask & of).sum() / of.sum()) if of.any() else float("nan")

    below, wrong, high = conf < REVIEW_BELOW, y == 0, conf >= 0.8
    return OperatingPoint(wrong_below=share(below, wrong), right_below=share(below, ~wrong),
                          all_below=float(below.mean()) if len(y) else float("nan"), trusted=int(high.sum()),
                          trusted_precision=float(y[high].mean()) if high.any() else float("nan"))


def shifted(conf: np.ndarray, shift: float) -> np.ndarray:
    """Confidences with `shift` added to their log-odds (what moving the seed's bias by `shift` does)."""
    c = np.clip(conf, 1e-6, 1 - 1e-6)
    return np.round(1.0 / (1.0 + np.exp(-(np.log(c / (1 - c)) + shift))), 3)


def review_shift(given: np.ndarray, y: np.ndarray) -> float | None:
    """The smallest move of the bias, in steps of 0.1 down to -1.5, that puts most wrong facts of these sets
    below 0.6 (the review queue) while those at 0.8 and above stay at least 0.95 precise; None when none does."""
    if not (y == 0).any():
        return None
    for step in range(0, 16):
        point = operating_point(shifted(given, -step / 10), y)
        if point.wrong_below > 0.5 and (not point.trusted or point.trusted_precision >= 0.95):
            return -step / 10
    return None


def shift_table(given: np.ndarray, y: np.ndarray, shifts: list[float]) -> None:
    for shift in shifts:
        point = operating_point(shifted(given, shift), y)
        print(f"    bias {shift:+.1f}: wrong facts below 0.6 {point.wrong_below:.2f}   "
              f"all facts below 0.6 {point.all_below:.2f}   at 0.8 and above {point.trusted} facts, "
              f"precision {point.trusted_precision:.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fit", nargs="+", default=["gold", "real"])
    parser.add_argument("--check", nargs="*", default=[])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--l2", type=float, default=2.0, help="pull towards the priors (default 2)")
    parser.add_argument("--write", action="store_true", help=f"write the fitted weights to {CONFIDENCE_SEED}")
    args = parser.parse_args()
    x, y, given = labelled(args.fit, args.shared)
    if not len(y) or y.min() == y.max():
        print("the fit sets need both right and wrong facts", file=sys.stderr)
        return 2
    priors = load_priors()
    prior = np.array([priors.get(name, 0.0) for name in NAMES])
    w = fit(x, y, prior, args.l2)
    seed = dict(load_confidence_model().weights)
    print(f"fitted on {', '.join(args.fit)}: {len(y)} facts, {int(len(y) - y.sum())} wrong; l2 {args.l2}")
    print("  signal                         prior    seed     fit   facts with it (right/wrong)")
    for i, name in enumerate(NAMES):
        on = x[:, i] > 0
        print(f"  {name:30} {prior[i]:6.2f} {seed.get(name, 0.0):7.2f} {w[i]:7.2f}   {int(on.sum())} "
              f"({int(y[on].sum())}/{int((1 - y[on]).sum())})")
    fitted = lambda m: np.round(1.0 / (1.0 + np.exp(-(m @ w))), 3)  # noqa: E731
    borrowed = NAMES.index("borrowed")
    capped = lambda m, c: np.where(m[:, borrowed] > 0, np.minimum(c, 0.6), c)  # noqa: E731 - the rule's cap
    print("\non the fit sets")
    table("seed in use", given, y)
    table("fitted", capped(x, fitted(x)), y)
    if args.check:
        cx, cy, cgiven = labelled(args.check, args.shared)
        print(f"\nheld out ({', '.join(args.check)})")
        table("seed in use", cgiven, cy)
        table("fitted", capped(cx, fitted(cx)), cy)
    # The review queue's operating point: chosen on the fit sets alone, then shown on the held-out sets
    chosen = review_shift(given, y)
    shifts = sorted({0.0, -0.2, -0.4, -0.6} | ({chosen} if chosen is not None else set()), reverse=True)
    print("\nmoving the seed's bias (the log-odds of every fact) on the fit sets"
          + (f"; the smallest move that puts most wrong facts below 0.6 with 0.95 at 0.8 and above: {chosen:+.1f}"
             if chosen is not None else ": no move down to -1.5 puts most wrong facts below 0.6"))
    shift_table(given, y, shifts)
    if args.check:
        print("  the same moves, held out")
        shift_table(cgiven, cy, shifts)
    if args.write:
        write_weights({name: float(w[i]) for i, name in enumerate(NAMES)}, priors)
        load_confidence_model.cache_clear()
        print(f"\nwrote {CONFIDENCE_SEED}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
