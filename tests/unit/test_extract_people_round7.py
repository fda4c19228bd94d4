"""Classes of text that name a stationed cadre (round 7): one test per class, with a negative test where the
rule could take someone who is no stationed cadre.
Every sentence is made up for the test: invented names, villages, units and dates; none is taken from a page.
"""
from __future__ import annotations

import pytest

from flows.reports.extract import extract_text


def _people(text: str) -> dict:
    return {p.name: p for p in extract_text(text).people}


# --- the villages visited first, then the names counted and taken there (前往甲村、乙村，分别将NAME、NAME…送到) ----

@pytest.mark.parametrize("text", [
    "3月2日，学院副院长一行前往石门镇青溪村、松山镇柳塘村，分别将韩立新、祁明远两名第三批选派干部送到帮扶村里任职。",
    "3月2日，学院副院长一行前往石门镇青溪村、松山镇柳塘村，分别将韩立新、祁明远两名选派干部送到帮扶村里任职。",
])
def test_names_taken_to_villages_listed_before_them_are_paired_in_order(text):
    people = _people(text)
    assert set(people) == {"韩立新", "祁明远"}
    assert (people["韩立新"].village, people["韩立新"].township) == ("青溪村", "石门镇")
    assert (people["祁明远"].village, people["祁明远"].township) == ("柳塘村", "松山镇")


def test_names_taken_to_one_village_all_stay_there():
    people = _people("3月2日，学院副院长一行前往石门镇青溪村，将韩立新、祁明远两名选派干部送到村里任职。")
    assert {name: p.village for name, p in people.items()} == {"韩立新": "青溪村", "祁明远": "青溪村"}


def test_names_taken_somewhere_as_guests_are_no_cadres():
    assert _people("3月2日，学院副院长一行前往石门镇青溪村，将韩立新、祁明远两名客人送到村口。") == {}
