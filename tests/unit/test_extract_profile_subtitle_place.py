"""A profile's subtitle opens with 记 (an account of) before the place it is about (——记某镇某村…): the verb is
no part of the township's name, which the page writes alone elsewhere. Every sentence is made up for the test:
invented places and names.
"""
from __future__ import annotations

from flows.reports.regions import PlaceFinder
from tests.unit.extract_asserts import people_by_name

PAGE = ("驻村的日子 ——记洛口镇杨依村驻村工作队二三事 县文化局选派工作队，于2017年4月入驻洛口镇杨依村。"
        "工作队在洛口镇党委领导下开展工作。工作队队长芮远航感慨地说，村里变了样。")


def test_the_subtitle_verb_is_no_part_of_the_township():
    names = {p.name for p in PlaceFinder(PAGE).find()}
    assert "记洛口镇" not in names
    assert "洛口镇" in names


def test_the_cadres_township_is_the_one_written_alone():
    assert people_by_name(PAGE)["芮远航"].township == "洛口镇"


def test_a_township_whose_name_opens_with_the_character_keeps_it():
    # written whole everywhere, the township's own first character stays
    page = "宁都讯 县文化局工作队入驻记岭镇杨依村。工作队在记岭镇党委领导下开展工作。工作队队长芮远航说，村里变了样。"
    assert people_by_name(page)["芮远航"].township == "记岭镇"
