"""Village roads in general after a verb of building (硬化村组道路) name no village, and the verb before a village
(硬化某村某组道路) is no part of its name. Sentences are invented in the style of county news pages."""
from flows.reports.extract import extract_text

OPENING = "宁都县洛口镇杨依村驻村工作队。"


def _facts(text: str) -> set[tuple[str, str, float, str, str | None]]:
    return {(f.kind, f.metric, f.value, f.unit, f.region) for f in extract_text(OPENING + text).facts}


def test_village_roads_built_stay_with_the_village_named_before_them() -> None:
    facts = _facts("工作队跑来资金80万元，为杨依村硬化村组道路4.5公里，装上路灯120盏。")
    assert ("outcome", "road_km_built", 4.5, "km", "杨依村") in facts
    assert not any(region == "硬化村" for *_, region in facts)


def test_new_village_roads_name_no_village_of_the_verb() -> None:
    facts = _facts("工作队新修村道3公里，拓宽村内道路2公里。")
    assert {region for *_, region in facts} == {"杨依村"}


def test_a_village_before_its_own_roads_is_still_that_village() -> None:
    assert ("outcome", "road_km_built", 3.0, "km", "柏家村") in _facts("柏家村硬化道路3公里。")


def test_a_verb_of_building_before_a_village_is_no_part_of_its_name() -> None:
    facts = _facts("县里拨付补助资金100万元，用于硬化柏家村石门组通组道路2500米。")
    assert ("outcome", "road_km_built", 2.5, "km", "柏家村") in facts
