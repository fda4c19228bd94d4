"""Our own report fixtures (tests/fixtures/reports, gold in tests/fixtures/reports_gold) scored with the shared scorer.

Each fixture imitates a different real style (组织部 notice, feature story, county summary, a page with
unrelated articles, Chinese numerals and a bracketed list of cadres) with OCR damage; the gold was written
before the extractor was run on it. The bar is the one the unseen real reports are held to, over the set.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from flows.reports.extract import extract_report

REPO = Path(__file__).resolve().parents[2]
SCORER = REPO.parent / "shared" / "gold" / "score_extraction.py"
BAR = ["--min-fact-recall", "0.9", "--min-fact-precision", "0.85", "--min-people-recall", "0.9"]
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
REPORTS = FIXTURES / "reports"
GOLD = FIXTURES / "reports_gold"


def _extract(report: Path, out: Path) -> Path:
    # in this process, what `zhucun extract --json` prints (the CLI itself is run in test_extract_gold.py): one
    # process start per fixture cost the suite more than the extraction
    pred = out / (report.stem + ".json")
    pred.write_text(extract_report(report).to_json(), encoding="utf-8")
    return pred


def _pairs(tmp_path: Path) -> list[Path]:
    pairs = []
    for gold in sorted(GOLD.glob("*.yaml")):
        report = REPORTS / (gold.stem + ".txt")
        assert report.is_file(), f"gold without report: {gold.name}"
        pairs += [gold, _extract(report, tmp_path)]
    return pairs


def test_every_fixture_has_gold():
    assert {p.stem for p in REPORTS.glob("*.txt")} == {p.stem for p in GOLD.glob("*.yaml")}
    assert len(list(GOLD.glob("*.yaml"))) >= 5


@pytest.mark.skipif(not SCORER.is_file(), reason=f"scorer not found at {SCORER} (the shared folder lives beside the repo)")
def test_fixtures_meet_the_bar(tmp_path):
    result = subprocess.run([sys.executable, str(SCORER), *map(str, _pairs(tmp_path)), *BAR, "--verbose"],
                            capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
