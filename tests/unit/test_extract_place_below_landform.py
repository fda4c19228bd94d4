"""A village named for the landform it lies below (某河滩下村, 某山下村): a landform or a structure before 下 makes
下村 the end of a name (regions._LANDFORM_BEFORE_XIA), where after a person or an adverb 下村 is the verb of going
to the villages (干部下村, 经常下村). Every sentence is made up for the test: invented places.
"""
from __future__ import annotations

from flows.reports.regions import PlaceFinder
from tests.unit.extract_asserts import facts_of, one


def names(text: str) -> list[str]:
    return [p.name for p in PlaceFinder(text).find() if p.level == "village"]


def test_a_village_below_a_landform_is_a_village():
    assert names("县水利局挂点杨家滩下村以来，杨家滩下村的道路全部硬化。") == ["杨家滩下村", "杨家滩下村"]


def test_going_down_to_the_villages_names_no_village():
    assert names("党员干部下村走访，工作队经常下村，队员们每天下村入户。") == []


def test_a_figure_of_a_village_below_a_landform_is_put_on_it():
    text = ("宁都讯 县水利局挂点杨家滩下村以来，驻村工作队扎实帮扶。2021年，杨家滩下村种植规模"
            "由最初的800亩扩大到1600亩。")
    assert one(facts_of(text), 1600, "mu").region == "杨家滩下村"
