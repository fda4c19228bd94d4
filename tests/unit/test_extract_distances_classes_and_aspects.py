"""Three classes of text that hold a number but no figure of the work: how far a place lies from another (位于…，距某集镇
11公里), a class some of a county's villages are in (其中47个是贫困村), and aspects of a whole counted (…、驻村队员4个方面).
Sentences are invented in the style of county news pages."""
from flows.reports.extract import extract_text

OPENING = "宁都县洛口镇杨依村驻村工作队。"


def _facts(text: str) -> set[tuple[str, float, str]]:
    return {(f.metric, f.value, f.unit) for f in extract_text(OPENING + text).facts}


def test_how_far_a_village_lies_from_a_town_named_with_a_building_character() -> None:
    assert _facts("柏家村在洛口镇东头，距建新集镇11公里，辖5个自然村。") == set()


def test_a_road_built_after_the_distance_is_still_read() -> None:
    assert _facts("杨依村离建新集镇约20公里，工作队新建道路3公里。") == {("road_km_built", 3.0, "km")}


def test_a_class_some_of_the_villages_are_in_is_no_coverage() -> None:
    assert _facts("全县人口8万，辖140个村和社区，其中47个是贫困村。") == set()


def test_villages_the_teams_went_to_are_still_covered() -> None:
    assert ("villages_covered", 47.0, "village") in _facts("全县抽调干部组成工作队，分赴47个贫困村。")


def test_aspects_of_a_whole_counted_are_no_villages() -> None:
    assert _facts("帮扶力量来自多个层级，涵盖县直单位、乡镇干部、村组党员、驻村队员4个方面。") == set()
