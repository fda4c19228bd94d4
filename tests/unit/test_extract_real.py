"""Extraction quality on the shared pages, measured by bench/extract_quality.py, held to a ratchet.

The pages and their gold live in ../shared (beside the repository), never in it: reports/ with gold/,
and real/ with real/gold/. Missing folders fail these tests: the figures cannot be vouched for
without them.

The floors are the figures measured at the last raise, less MARGIN. Raise them when a change lifts the
figures; never lower them to let a change through. Fold A (d01-d10) was tuned on in the first fact
round, fold B (d11-d20) in the second; a further held-out set is kept outside the repository
(bench/extract_quality.py --extra).
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
MARGIN = 0.03

# Measured: fact recall, fact precision, people recall, after round 2 of issue 7 (facts and people
# tuned on fold A, then fold B). Both folds are now fitted: they guard against regressions, not
# for generalisation, which is measured on pages kept outside the repository (see the README).
MEASURED = {
    "gold": (1.000, 0.921, 1.000),
    "real_A": (1.000, 1.000, 1.000),  # 0.983 before the story's few cadres stopped counting as a dispatch
    "real_B": (0.978, 0.980, 1.000),
}
GOLD_BAR = (0.95, 0.90, 0.95)  # the three shared sample pages: the bar they have always met
TRADITIONAL_PAGES = {"d01", "d19"}


def _harness():
    spec = importlib.util.spec_from_file_location("extract_quality", REPO / "bench" / "extract_quality.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_shared_folders_are_there() -> None:
    for folder in ("reports", "gold", "real", "real/gold"):
        path = SHARED / folder
        assert path.is_dir(), (f"{path} is missing: the shared pages and gold must sit beside the repository "
                               f"at {SHARED} (reports/, gold/, real/, real/gold/)")
    assert (SHARED / "gold" / "score_extraction.py").is_file(), f"the scorer must be at {SHARED / 'gold'}"
    assert len(list((SHARED / "real").glob("d*.txt"))) >= 20, f"the twenty real pages must be in {SHARED / 'real'}"


@pytest.fixture(scope="module")
def measured() -> dict:
    assert (SHARED / "real").is_dir(), f"{SHARED / 'real'} is missing: the real pages must sit beside the repository"
    return _harness().measure(SHARED, repeat=1)


@pytest.mark.parametrize("name", sorted(MEASURED))
def test_ratchet(measured: dict, name: str) -> None:
    figures = measured["sets"][name]
    recall, precision, people = MEASURED[name]
    got = (figures["fact_recall"], figures["fact_precision"], figures["people_recall"])
    assert got[0] >= recall - MARGIN, f"{name}: required-fact recall {got[0]:.3f} fell below {recall:.3f} - {MARGIN}"
    assert got[1] >= precision - MARGIN, f"{name}: fact precision {got[1]:.3f} fell below {precision:.3f} - {MARGIN}"
    assert got[2] >= people - MARGIN, f"{name}: people recall {got[2]:.3f} fell below {people:.3f} - {MARGIN}"


def test_gold_pages_meet_the_bar(measured: dict) -> None:
    figures = measured["sets"]["gold"]
    assert figures["pages"] == 3
    assert figures["fact_recall"] >= GOLD_BAR[0]
    assert figures["fact_precision"] >= GOLD_BAR[1]
    assert figures["people_recall"] >= GOLD_BAR[2]


def test_folds_and_calibration_cover_every_real_page(measured: dict) -> None:
    sets = measured["sets"]
    assert sets["real_A"]["pages"] == 10 and sets["real_B"]["pages"] == 10
    assert sets["real_A"]["required"] + sets["real_B"]["required"] == sets["real"]["required"]
    predicted = sets["real"]["tp"] + sets["real"]["fp"]
    assert sum(row["count"] for row in measured["calibration"]) == predicted
    matched = sum(round(row["count"] * row["precision"]) for row in measured["calibration"] if row["count"])
    assert matched == sets["real"]["tp"]
    assert measured["calibration_by_set"]["real"] == measured["calibration"]
    gold = measured["calibration_by_set"]["gold"]
    assert sum(row["count"] for row in gold) == sets["gold"]["tp"] + sets["gold"]["fp"]


def test_only_traditional_pages_are_converted() -> None:
    from flows.reports.normalise import normalise

    for page in sorted((SHARED / "real").glob("d*.txt")):
        norm = normalise(page.read_text(encoding="utf-8"))
        assert norm.simplified == (page.stem in TRADITIONAL_PAGES), page.name


def test_offsets_on_real_pages_map_to_the_characters_as_read() -> None:
    from flows.reports.extract import extract_report
    from flows.reports.normalise import normalise
    from flows.reports.script import PINYIN_RESIDUE, convert

    for page in sorted((SHARED / "real").glob("d*.txt")):
        raw = page.read_text(encoding="utf-8")
        norm = normalise(raw)
        extraction = extract_report(page)
        assert extraction.text == norm.text
        for item in [*extraction.facts, *extraction.people]:
            shown = extraction.text[item.char_start:item.char_end]
            read = norm.original[norm.to_original(item.char_start):norm.to_original(item.char_end)]
            assert "".join(convert(PINYIN_RESIDUE.sub("", read)).split()) == "".join(shown.split()), (page.name, shown, read)


def test_harness_fails_clearly_without_the_real_pages(tmp_path) -> None:
    harness = _harness()
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "score_extraction.py").write_text((SHARED / "gold" / "score_extraction.py").read_text(encoding="utf-8"))
    (tmp_path / "reports").mkdir()
    with pytest.raises(harness.SharedMissing, match="real pages not found"):
        harness.pages(tmp_path)


def test_every_error_has_one_cause(measured: dict) -> None:
    # the causes are what a held-out set reports without its pages being read: they must add up
    for name in ("gold", "real"):
        figures = measured["sets"][name]
        causes = figures["causes"]
        misses = sum(n for cause, n in causes.items() if cause.startswith("miss: "))
        fps = sum(n for cause, n in causes.items() if cause.startswith("FP: "))
        assert (misses, fps) == (figures["required"] - figures["found"], figures["fp"]), causes
