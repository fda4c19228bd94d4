"""镇/乡 before its government or party committee, after a verb phrase (并配合镇党委, 三是配合乡政府, 将增加镇政府
收入): the township's organs in general, no township named 配合镇 or 增加镇; a township named by a verb keeps its
name where its county stands before it or a verb of going does. Every sentence is made up for the test: invented
places and names.
"""
from __future__ import annotations

from flows.reports.regions import PlaceFinder
from tests.unit.extract_asserts import facts_of, one

OPENING = "宁都讯 宁都县洛口镇杨依村驻村工作队扎实开展帮扶。"


def _places(text: str) -> list[str]:
    return [p.name for p in PlaceFinder(text).find()]


def test_organs_after_a_verb_name_no_township():
    assert "配合镇" not in _places(OPENING + "工作队还需并配合镇党委做好队员考核材料的审核。")
    assert "配合乡" not in _places(OPENING + "三是配合乡政府把低收入户登记好。")


def test_figure_after_the_organs_keeps_its_own_place():
    fact = one(facts_of(OPENING + "厂房投用后，将增加镇政府收入15万元，杨依村集体经济增收7.2万元。"), 72000)
    assert fact.region == "杨依村"


def test_township_named_by_a_verb_after_its_county_is_kept():
    assert "解放镇" in _places("宁都讯 宁都县解放镇政府组织干部培训。")
    assert "联合乡" in _places("宁都讯 工作队到联合乡政府汇报工作。")
