"""Others who hold the post, listed after 像NAME这样的<post>还有…，他们是: each item closes on the name of a holder of
the post, described by the phrase before it (扎根某村的NAME, 带领群众种茶的NAME); a villager named inside an item is
not one of them. Every sentence is made up for the test: invented places and names.
"""
from __future__ import annotations

from tests.unit.extract_asserts import people_by_name

OPENING = "宁都讯 宁都县洛口镇杨依村驻村工作队扎实开展帮扶。"
LIST = ("在石城大地，像芮远航这样的驻村书记还有不少，他们是住在洋坑村的柏章福、领着乡亲种茶的芮晓岚、"
        "帮助村民柏志明卖出山货的芮东林、“茶叶书记”柏长青。")


def test_each_item_closing_on_a_name_is_a_first_secretary():
    people = people_by_name(OPENING + LIST)
    for name in ("柏章福", "芮晓岚", "芮东林", "柏长青"):
        assert name in people and people[name].role == "first_secretary", (name, sorted(people))


def test_a_villager_inside_an_item_is_not_read():
    assert "柏志明" not in people_by_name(OPENING + LIST)


def test_without_the_frame_a_list_of_described_names_is_not_read():
    people = people_by_name(OPENING + "村里来了很多客人，有扎根洋坑村的柏章福、种植茶叶的芮晓岚。")
    assert "柏章福" not in people and "芮晓岚" not in people
