#!/usr/bin/env python3
"""Extraction quality on the shared pages, scored by the shared scorer, with a calibration table.

    .venv/bin/python bench/extract_quality.py [--shared ../shared] [--verbose] [--repeat 5]

Runs `flows.reports.extract.extract_report` on
  - gold: `shared/reports/*.txt` (gold in `shared/gold/*.yaml`), the sample newspaper pages;
  - real: `shared/real/dNN.txt` (gold in `shared/real/gold/dNN.yaml`), twenty real public pages,
    in two folds: A = d01-d10 (the fold rules may be tuned on), B = d11-d20 (held out: read the
    figures, never the pages, when changing a rule),
and scores every page with `shared/gold/score_extraction.py` (loaded from there, never copied).
Prints one line per page, the figures per set and fold (required-fact recall, fact precision,
people recall), a calibration table per set (gold, real, each extra set) of the confidence of every
fact predicted (bins <0.6, 0.6-0.8, >=0.8: count and share matched to a gold fact), and the extraction speed
on the real pages (MB/s of UTF-8). Exits 2 with a message when the shared folders are missing.

`--held-out-from STEM` splits every extra set in two, scored separately in the same run: pages whose
name sorts before STEM are `<set> tuning`, the rest `<set> held out`; with `--verbose` the held-out
pages' FP and MISS lines are not printed (their figures are, their text is not to be read).

`measure()` returns the same figures as a dict; tests/unit/test_extract_real.py ratchets them.
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
FOLD_A = {f"d{i:02d}" for i in range(1, 11)}
BINS = ((0.0, 0.6, "<0.6"), (0.6, 0.8, "0.6-0.8"), (0.8, 1.01, ">=0.8"))


class SharedMissing(RuntimeError):
    """The shared pages, gold or scorer are not where they should be."""


def load_scorer(shared: Path = SHARED):
    path = shared / "gold" / "score_extraction.py"
    if not path.is_file():
        raise SharedMissing(f"scorer not found at {path}: the shared folder (reports, gold, real) must sit beside the repo")
    spec = importlib.util.spec_from_file_location("score_extraction", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pages(shared: Path = SHARED, extra: tuple[Path, ...] = ()) -> dict[str, list[tuple[Path, Path]]]:
    """(report, gold) pairs per set: 'gold' (shared/reports), 'real' (shared/real), and each extra
    folder of pages with its gold in <folder>/gold (a further held-out set kept outside the repo)."""
    sets = {"gold": (shared / "reports", shared / "gold"), "real": (shared / "real", shared / "real" / "gold")}
    sets.update({folder.name: (folder, folder / "gold") for folder in extra})
    for name, (folder, gold_folder) in sets.items():
        if not folder.is_dir() or not gold_folder.is_dir():
            raise SharedMissing(f"{name} pages not found: expected {folder} with gold in {gold_folder} "
                                f"(the shared folder sits beside the repo, at {shared})")
    out: dict[str, list[tuple[Path, Path]]] = {}
    for name, (folder, gold_folder) in sets.items():
        pairs = [(report, gold_folder / (report.stem + ".yaml")) for report in sorted(folder.glob("*.txt"))]
        pairs = [(report, gold) for report, gold in pairs if gold.is_file()]
        if not pairs:
            raise SharedMissing(f"no gold-annotated pages in {folder} (gold expected in {gold_folder})")
        out[name] = pairs
    return out


def matched_facts(scorer, gold: dict, pred: dict) -> list[bool]:
    """For each predicted fact, in order: did the scorer count it as a true positive?

    The same greedy first-unused-match walk as the scorer's `score`, on its own `fact_matches` and
    `in_negative`; `measure` checks that the count agrees with `score`'s tp.
    """
    gfacts, used, out = gold.get("facts", []), set(), []
    for p in pred.get("facts", []):
        hit = next((i for i, g in enumerate(gfacts) if i not in used and scorer.fact_matches(p, g)), None)
        if hit is None or scorer.in_negative(p, gold.get("negative_segments", [])):
            out.append(False)
            continue
        used.add(hit)
        out.append(True)
    return out


MISS_CAUSES = ("not extracted", "other region", "other kind", "other unit", "other basis")
FP_CAUSES = ("value not in gold", "gold's value, other region", "gold's value, other kind or basis")


def error_causes(scorer, gold: dict, pred: dict, hits: list[bool]) -> Counter:
    """Why each required gold fact was missed and each predicted fact was wrong, by cause only (no text):
    what a held-out set may tell without its pages being read. A miss is 'other region' when a predicted
    fact has its value, unit and kind but another place; a false positive is 'gold's value, ...' when a
    gold fact has its value and unit."""
    causes: Counter = Counter()
    gfacts, facts = gold.get("facts", []), pred.get("facts", [])
    matched: set[int] = set()  # the gold facts the scorer's greedy walk (matched_facts) used
    for p, hit in zip(facts, hits):
        if hit:
            matched.add(next(k for k, g in enumerate(gfacts) if k not in matched and scorer.fact_matches(p, g)))
    for k, g in enumerate(gfacts):
        if not g.get("required") or k in matched:
            continue
        same = [p for p in facts if scorer.same_value(p.get("value"), g["value"])]
        unit = [p for p in same if p.get("unit") == g["unit"]]
        kind = [p for p in unit if p.get("kind") == g["kind"]]
        cause = ("not extracted" if not same else "other unit" if not unit else "other kind" if not kind
                 else "other basis" if any(scorer.same_region(p.get("region"), g["region"], g.get("alt_regions"))
                                           for p in kind) else "other region")
        causes["miss: " + cause] += 1
    for p, hit in zip(facts, hits):
        if hit:
            continue
        same = [g for g in gfacts if g["unit"] == p.get("unit") and scorer.same_value(p.get("value"), g["value"])]
        region = [g for g in same if g["kind"] == p.get("kind")]
        causes["FP: " + ("value not in gold" if not same else "gold's value, other region" if region and not any(
            scorer.same_region(p.get("region"), g["region"], g.get("alt_regions")) for g in region)
            else "gold's value, other kind or basis")] += 1
    return causes


@dataclass
class Tally:
    req: int = 0
    found: int = 0
    tp: int = 0
    fp: int = 0
    preq: int = 0
    pfound: int = 0
    ptp: int = 0
    pfp: int = 0
    metric_ok: int = 0
    pages: list[str] = field(default_factory=list)
    causes: Counter = field(default_factory=Counter)

    def add(self, s: dict, page: str) -> None:
        for key in ("req", "found", "tp", "fp", "preq", "pfound", "ptp", "pfp", "metric_ok"):
            setattr(self, key, getattr(self, key) + s[key])
        self.pages.append(page)

    def figures(self) -> dict[str, float]:
        ratio = lambda a, b: a / b if b else 1.0  # noqa: E731 - the scorer's convention: nothing asked, all found
        return {"pages": len(self.pages), "fact_recall": ratio(self.found, self.req),
                "fact_precision": ratio(self.tp, self.tp + self.fp), "people_recall": ratio(self.pfound, self.preq),
                "people_precision": ratio(self.ptp, self.ptp + self.pfp), "metric_agreement": ratio(self.metric_ok, self.tp),
                "required": self.req, "found": self.found, "tp": self.tp, "fp": self.fp,
                "people_required": self.preq, "people_found": self.pfound,
                "causes": dict(self.causes)}


def measure(shared: Path = SHARED, repeat: int = 3, verbose: bool = False, out=None,
            extra: tuple[Path, ...] = (), held_out_from: str | None = None) -> dict:
    """Extract and score every shared page; returns {'pages', 'sets', 'calibration' (real pages),
    'calibration_by_set' (every set), 'speed'}."""
    import contextlib
    import io

    from flows.reports.catalog import load_catalog
    from flows.reports.extract import extract_report

    scorer = load_scorer(shared)
    sets = pages(shared, extra)
    catalog = load_catalog()
    tallies = {name: Tally() for name in ("gold", "real", "real_A", "real_B", *sets)}
    if len(extra) >= 2:
        tallies["extra_pooled"] = Tally()  # every extra set's pages together
    split = {name: held_out_from for name in sets if name not in ("gold", "real") and held_out_from}
    for name in split:
        tallies[f"{name}_tune"], tallies[f"{name}_held"] = Tally(), Tally()
    per_page: list[dict] = []
    calibration = {name: [[0, 0] for _ in BINS] for name in sets}  # per set: [predicted, matched] per bin
    for set_name, pairs in sets.items():
        for report, gold_path in pairs:
            gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
            pred = extract_report(report, catalog).to_dict()
            buffer = io.StringIO()
            with contextlib.redirect_stdout(buffer):
                s = scorer.score(gold, pred, verbose)
            hits = matched_facts(scorer, gold, pred)
            assert sum(hits) == s["tp"], f"{report.name}: per-fact matching disagrees with the scorer"
            tallies[set_name].add(s, report.stem)
            tallies[set_name].causes.update(error_causes(scorer, gold, pred, hits))
            if set_name not in ("gold", "real") and "extra_pooled" in tallies:
                tallies["extra_pooled"].add(s, report.stem)
            if set_name == "real":
                tallies["real_A" if report.stem in FOLD_A else "real_B"].add(s, report.stem)
            held = set_name in split and report.stem >= split[set_name]
            if set_name in split:
                tallies[f"{set_name}_held" if held else f"{set_name}_tune"].add(s, report.stem)
            for fact, hit in zip(pred["facts"], hits):
                b = next(i for i, (lo, hi, _) in enumerate(BINS) if lo <= float(fact["confidence"]) < hi)
                calibration[set_name][b][0] += 1
                calibration[set_name][b][1] += hit
            per_page.append({"set": set_name, "page": report.stem, **s,
                             "detail": "" if held else buffer.getvalue()})

    # Speed on the real pages: read and extract each, `repeat` times, after the warm-up above.
    real = [report for report, _ in sets["real"]]
    size = sum(len(p.read_text(encoding="utf-8").encode("utf-8")) for p in real)
    start = time.perf_counter()
    for _ in range(max(1, repeat)):
        for report in real:
            extract_report(report, catalog)
    seconds = time.perf_counter() - start
    speed = {"bytes": size * max(1, repeat), "seconds": seconds, "mb_per_s": size * max(1, repeat) / 1e6 / seconds}
    tables = {name: [{"bin": label, "count": n, "precision": (m / n if n else None)}
                     for (_, _, label), (n, m) in zip(BINS, rows)] for name, rows in calibration.items()}
    return {"pages": per_page, "sets": {name: t.figures() for name, t in tallies.items()},
            "calibration": tables["real"], "calibration_by_set": tables, "speed": speed}


def report(result: dict, verbose: bool = False) -> None:
    print("per page (required facts found/required, precision, FP; people found/required, FP)")
    for p in result["pages"]:
        prec = p["tp"] / (p["tp"] + p["fp"]) if p["tp"] + p["fp"] else 1.0
        print(f"  {p['set']:4} {p['page']:24} facts {p['found']:2}/{p['req']:2} precision {prec:4.2f} ({p['fp']} FP); "
              f"people {p['pfound']}/{p['preq']}, {p['pfp']} FP")
        if verbose and p["detail"].strip():
            print("\n".join("      " + line for line in p["detail"].rstrip().splitlines()))
    labels = {"gold": "gold (shared/reports)", "real": "real, all", "real_A": "real fold A d01-d10",
              "real_B": "real fold B d11-d20", "extra_pooled": "extra sets, pooled"}
    print("\nper set")
    for name, f in result["sets"].items():
        if name.endswith(("_tune", "_held")) and name[:-5] not in labels:
            labels[name] = name[:-5] + (" tuning" if name.endswith("_tune") else " held out")
        print(f"  {labels.get(name, name + ' (extra)'):32} pages {f['pages']:2}  fact recall {f['fact_recall']:.3f} ({f['found']}/{f['required']})  "
              f"precision {f['fact_precision']:.3f} ({f['fp']} FP)  people recall {f['people_recall']:.3f} ({f['people_found']}/{f['people_required']})  "
              f"people precision {f['people_precision']:.3f}  metric agreement {f['metric_agreement']:.2f}")
    print("\nerrors by cause per set (missed required facts; false positives)")
    for name, f in result["sets"].items():
        if f.get("causes"):
            parts = [f"{cause} {n}" for cause, n in sorted(f["causes"].items(), key=lambda kv: (-kv[1], kv[0]))]
            print(f"  {labels.get(name, name + ' (extra)'):32} " + ", ".join(parts))
    print("\ncalibration per set (a fact is correct when the scorer matches it to a gold fact)")
    tables = dict(result["calibration_by_set"])
    if len(tables) > 2:  # every real page pooled: the shared real pages and each extra set
        pooled = [{"bin": row["bin"], "count": 0, "matched": 0.0} for row in tables["real"]]
        for name, rows in tables.items():
            for total, row in zip(pooled, rows if name != "gold" else ()):
                total["count"] += row["count"]
                total["matched"] += (row["precision"] or 0) * row["count"]
        tables["all real pages, pooled"] = [
            {"bin": t["bin"], "count": t["count"], "precision": t["matched"] / t["count"] if t["count"] else None}
            for t in pooled]
        labels["all real pages, pooled"] = "all real pages, pooled"
    for name, rows in tables.items():
        print(f"  {labels.get(name, name + ' (extra)')}")
        print("    confidence   count  precision")
        for row in rows:
            prec = "-" if row["precision"] is None else f"{row['precision']:.2f}"
            print(f"    {row['bin']:10} {row['count']:7}  {prec:>9}")
    s = result["speed"]
    print(f"\nspeed on real pages: {s['bytes'] / 1e6:.3f} MB in {s['seconds']:.3f} s = {s['mb_per_s']:.2f} MB/s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED, help=f"the shared folder (default {SHARED})")
    parser.add_argument("--repeat", type=int, default=5, help="passes over the real pages for the speed figure")
    parser.add_argument("--verbose", action="store_true", help="print the scorer's FP and MISS lines per page")
    parser.add_argument("--extra", type=Path, action="append", default=[],
                        help="a further folder of pages (*.txt) with gold in FOLDER/gold, scored as its own set")
    parser.add_argument("--held-out-from", metavar="STEM",
                        help="split each extra set: pages named from STEM on are held out (scored, details not printed)")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    try:
        result = measure(args.shared, args.repeat, args.verbose, extra=tuple(args.extra),
                         held_out_from=args.held_out_from)
    except SharedMissing as exc:
        print(f"extract_quality: {exc}", file=sys.stderr)
        return 2
    report(result, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
