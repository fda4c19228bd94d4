"""A sentence that opens as a profile of the village (全村有…) but says some households sow land or raise stock in the
figure's own clause (全村有5户脱贫户种下高粱120亩) reports work done: the land is planted. The village's land as it
is (全村有耕地3000亩) stays background. Sentences are invented in the style of county news pages."""
from flows.reports.extract import extract_text

OPENING = "宁都县杨依村驻村工作队。"


def _facts(text: str) -> set[tuple[str, float, str]]:
    return {(f.metric, f.value, f.unit) for f in extract_text(OPENING + text).facts}


def test_land_sown_by_some_households_of_the_village() -> None:
    assert ("planting_area", 120.0, "mu") in _facts("全村有5户脱贫户种下高粱120亩，秋后每亩能卖900元。")


def test_the_village_land_as_it_is_stays_background() -> None:
    assert _facts("全村有耕地3000亩，主要种植玉米。") == set()
