"""A cadre named only by the aid title (扶贫干部), which paired cadres carry too, read as stationed where the page
says where he went (某大学赴某县扶贫干部NAME) or the village the title is held in (NAME是某公司某村的扶贫干部。),
and not where the title stands alone. Sentences written here."""
from __future__ import annotations

from tests.unit.extract_asserts import people_by_name


def test_the_aid_title_after_the_place_gone_to():
    read = people_by_name("宁都讯 讲述宁都大学赴洛口扶贫干部芮远航的故事。")
    assert read["芮远航"].role == "team_member"


def test_the_aid_title_held_in_a_village_after_the_copula():
    read = people_by_name("宁都讯 路灯亮了。芮远航是宁都供电公司杨依村的扶贫干部。")
    assert (read["芮远航"].role, read["芮远航"].village) == ("team_member", "杨依村")


def test_the_aid_title_alone_names_no_stationed_cadre():
    assert people_by_name("宁都讯 他说，县里的扶贫干部芮远航说全县已全部脱贫。") == {}


def test_the_copula_inside_a_clause_of_someone_else_is_no_opening():
    assert people_by_name("宁都讯 他说，芮远航是杨依村的扶贫干部。") == {}
