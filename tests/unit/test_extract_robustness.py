"""The extractor must never crash on a page: fragments and shuffles of real and sample pages."""
from __future__ import annotations

import random
from pathlib import Path

from flows.reports.extract import extract_text
from flows.reports.text import read_report

REPO = Path(__file__).resolve().parents[2]
PAGES = sorted((REPO.parent / "shared" / "reports").glob("*.txt")) + sorted(
    (REPO / "samples" / "inbox" / "reports").iterdir())


def _fragments(seed: int = 1, per_page: int = 60) -> list[str]:
    rng = random.Random(seed)
    cases = ["", " ", "\n\n", "第一书记", "344名", "万元", "元/人/年", "1.8亿元", "两名第一书记", "县", "村",
             "驻村第一书记（联系电话13812345678）说，选派驻村干部344名，工作经费每人每年5000元。"]
    for page in PAGES:
        text = read_report(page)
        for _ in range(per_page):
            start = rng.randrange(len(text))
            cases.append(text[start:start + rng.randrange(1, 800)])
        lines = text.splitlines()
        for _ in range(per_page // 3):
            rng.shuffle(lines)
            cases.append("\n".join(lines[:40]))
    return cases


def test_extractor_survives_fragments_and_never_shows_a_phone() -> None:
    cases = _fragments()
    assert len(cases) > 100
    for case in cases:
        extraction = extract_text(case)
        for item in (*extraction.facts, *extraction.people):
            assert "13812345678" not in item.evidence
            assert 0.0 <= item.confidence <= 1.0
            assert 0 <= item.char_start <= item.char_end <= len(extraction.text)
