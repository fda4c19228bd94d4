"""Areas that are no land planted: the land a village has, counted right after the verb of having (某村有500多亩地),
and one unit a sum after it is reckoned on (村民流转1亩地可获得500元). A base on a village's land (村里有N亩水稻种植
基地) and land planted by the work stay planting. Sentences are invented in the style of county news pages."""
from flows.reports.extract import extract_text

OPENING = "宁都县杨依村驻村工作队。"


def _areas(text: str) -> set[float]:
    return {f.value for f in extract_text(OPENING + text).facts if f.unit == "mu"}


def test_the_land_a_village_has() -> None:
    assert _areas("杨依村有500多亩地，人均5亩，仍保留着最原始的耕作方式。") == set()


def test_one_unit_a_sum_is_reckoned_on() -> None:
    assert _areas("村民流转1亩地可获得500元，扩大种植基地为农民增加了收入。") == set()


def test_a_base_on_the_village_land_stays_planting() -> None:
    assert _areas("村里有200多亩水稻种植基地，是第一书记动员农户流转出来的。") == {200.0}


def test_land_planted_by_the_work_stays_planting() -> None:
    assert _areas("工作队流转土地300亩种植茶叶。") == {300.0}
