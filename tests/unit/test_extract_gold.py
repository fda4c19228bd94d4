"""The real `zhucun extract` CLI scored with gold/score_extraction.py: shared newspaper pages and our samples."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
SCORER = SHARED / "gold" / "score_extraction.py"
SAMPLES = REPO / "samples" / "inbox" / "reports"
SAMPLES_GOLD = REPO / "samples" / "reports_gold"
BAR = ["--min-fact-recall", "0.9", "--min-fact-precision", "0.85", "--min-people-recall", "0.9"]
ZHUCUN = Path(sys.executable).with_name("zhucun")


def _extract(report: Path, out: Path) -> Path:
    result = subprocess.run([str(ZHUCUN), "extract", str(report), "--json"], capture_output=True, text=True,
                            encoding="utf-8", cwd=out, timeout=60)
    assert result.returncode == 0, result.stderr
    pred = out / (report.stem + ".json")
    pred.write_text(result.stdout, encoding="utf-8")
    return pred


def _score(pairs: list[Path]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCORER), *map(str, pairs), *BAR, "--verbose"],
                          capture_output=True, text=True, encoding="utf-8", timeout=60)


@pytest.mark.skipif(not (SHARED / "reports").is_dir() or not SCORER.is_file(),
                    reason=f"shared reports and scorer not found at {SHARED} (they live beside the repo)")
def test_shared_pages_meet_the_bar(tmp_path):
    pairs = []
    for report in sorted((SHARED / "reports").glob("*.txt")):
        gold = SHARED / "gold" / (report.stem + ".yaml")
        if gold.is_file():
            pairs += [gold, _extract(report, tmp_path)]
    assert pairs, "no gold-annotated shared reports"
    result = _score(pairs)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(not SCORER.is_file(), reason=f"scorer not found at {SCORER} (the shared folder lives beside the repo)")
def test_sample_reports_meet_the_bar(tmp_path):
    pairs = []
    for gold in sorted(SAMPLES_GOLD.glob("*.yaml")):
        report = next(p for p in SAMPLES.iterdir() if p.stem == gold.stem and p.suffix in (".txt", ".docx", ".pdf"))
        pairs += [gold, _extract(report, tmp_path)]
    assert len(pairs) >= 6
    result = _score(pairs)
    assert result.returncode == 0, result.stdout + result.stderr


def test_json_shape(tmp_path):
    import json

    pred = json.loads(_extract(SAMPLES / "云冈区驻村工作.txt", tmp_path).read_text(encoding="utf-8"))
    assert set(pred) == {"document", "facts", "people"}
    assert set(pred["document"]) == {"title", "report_date", "region", "articles", "articles_kept"}
    assert pred["document"]["region"] == "云冈区" and pred["document"]["articles_kept"] == 1
    fact_keys = {"kind", "metric", "value", "unit", "basis", "qualifier", "region", "year", "evidence",
                 "char_start", "char_end", "confidence"}
    person_keys = {"name", "role", "village", "township", "county", "dispatch_unit", "start",
                   "char_start", "char_end", "confidence"}
    assert pred["facts"] and all(set(f) == fact_keys for f in pred["facts"])
    assert pred["people"] and all(set(p) == person_keys for p in pred["people"])
    assert all(0.0 <= f["confidence"] <= 1.0 for f in pred["facts"])


def test_samples_are_reproducible(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_reports", REPO / "samples" / "make_reports.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for path in module.write_all(tmp_path):
        assert path.read_bytes() == (SAMPLES / path.name).read_bytes(), path.name
