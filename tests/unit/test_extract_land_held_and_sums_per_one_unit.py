"""Areas that are no land planted: the land a village has, counted right after the verb of having (某村有430多亩地),
and one unit a sum after it is reckoned on (村民每流转1亩地可获得600元租金). A base on a village's land (村里有N亩蓝莓
种植基地) and land planted by the work stay planting. Sentences are invented in the style of county news pages."""
from flows.reports.extract import extract_text

OPENING = "宁都县杨依村驻村工作队。"


def _areas(text: str) -> set[float]:
    return {f.value for f in extract_text(OPENING + text).facts if f.unit == "mu"}


def test_the_land_a_village_has() -> None:
    assert _areas("杨依村有430多亩地，人均4亩，多年来一直靠天吃饭。") == set()


def test_one_unit_a_sum_is_reckoned_on() -> None:
    assert _areas("按约定，村民每流转1亩地可获得600元租金，地由合作社统一经营。") == set()


def test_a_base_on_the_village_land_stays_planting() -> None:
    assert _areas("村里有200多亩蓝莓种植基地，是第一书记挨家挨户做工作才建起来的。") == {200.0}


def test_land_planted_by_the_work_stays_planting() -> None:
    assert _areas("工作队流转土地300亩种植茶叶。") == {300.0}
