"""The poor counted by their noun right after the count, their clause closed by a gain far after the keywords' reach
(全村40户95名贫困户靠合作社带动实现增收) are households and people helped; the village's poor as they are (全村40户
贫困户，人均收入不高) stay background. And forest roads opened (开辟竹林道N公里) are roads built: seed rows.
Sentences are invented in the style of county news pages."""
from flows.reports.extract import extract_text

OPENING = "宁都县杨依村驻村工作队。"


def _facts(text: str) -> set[tuple[str, float, str]]:
    return {(f.kind, f.value, f.unit) for f in extract_text(OPENING + text).facts}


def test_the_poor_counted_then_their_gain_closing_the_clause() -> None:
    assert _facts("全村40户95名贫困户靠着合作社的分红实现增收。") == {
        ("outcome", 40.0, "household"), ("outcome", 95.0, "person")}


def test_the_poor_as_they_are_stay_background() -> None:
    assert _facts("全村40户贫困户，人均收入不高。") == set()


def test_a_forest_road_opened_is_a_road_built() -> None:
    assert _facts("工作队开辟竹林道6.3公里。") == {("outcome", 6.3, "km")}
