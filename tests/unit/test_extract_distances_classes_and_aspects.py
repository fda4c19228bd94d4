"""Three classes of text that hold a number but no figure of the work: how far a place lies from another (位于…，距某城关
13公里), a class some of a county's villages are in (其中61个是贫困村), and aspects of a whole counted (…、贫困村4个方面).
Sentences are invented in the style of county news pages."""
from flows.reports.extract import extract_text

OPENING = "宁都县洛口镇杨依村驻村工作队。"


def _facts(text: str) -> set[tuple[str, float, str]]:
    return {(f.metric, f.value, f.unit) for f in extract_text(OPENING + text).facts}


def test_how_far_a_village_lies_from_a_town_named_with_a_building_character() -> None:
    assert _facts("柏家村位于洛口镇西部，距建瓯城关13公里，下辖7个自然村。") == set()


def test_a_road_built_after_the_distance_is_still_read() -> None:
    assert _facts("杨依村离建瓯市区约20公里，工作队新建道路3公里。") == {("road_km_built", 3.0, "km")}


def test_a_class_some_of_the_villages_are_in_is_no_coverage() -> None:
    assert _facts("全县有5.3万人，123个村和社区，其中61个是贫困村。") == set()


def test_villages_the_teams_went_to_are_still_covered() -> None:
    assert ("villages_covered", 61.0, "village") in _facts("全县选派驻村工作队进驻61个贫困村。")


def test_aspects_of_a_whole_counted_are_no_villages() -> None:
    assert _facts("工作队队员覆盖县乡村三级，包括县级班子、县直部门、贫困乡镇、贫困村4个方面。") == set()
