"""A village pointed at rather than named (这个村, 这个镇, 每个村): the place the story is about, as 该村 is, for a
figure and for a cadre posted there; never a village called 这个村."""
from __future__ import annotations

from extract_asserts import facts_of, one, roles_and_villages

_STORY = ("宁都讯 最近，杨依村格外热闹。按照县委组织部的安排，县农业农村局干部芮远航被选派到这个村担任第一书记。"
          "了解到村民想打机井，他又联系县水利局，争取资金20万元新打机井两眼。")


def test_a_figure_after_the_village_pointed_at_is_the_named_village_s() -> None:
    assert one(facts_of(_STORY), 200_000, "yuan").region == "杨依村"


def test_a_cadre_posted_to_the_village_pointed_at_is_in_the_named_village() -> None:
    assert roles_and_villages(_STORY)["芮远航"] == ("first_secretary", "杨依村")


def test_every_village_is_no_village_s_name() -> None:
    facts = facts_of("宁都讯 石城县驻村工作队今年在每个村都办了夜校，共培训农民860人次。")
    assert one(facts, 860, "person_time").region != "每个村"
