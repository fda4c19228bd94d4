"""Teams formed by names: names listed and counted before 组成 and a unit's team (NAME、NAME、NAME三人组成某局驻村
帮扶工作组，来到某村), and a leader and members each named by their part (以某局干部NAME为组长，NAME、NAME为组员组成
的驻村工作组进驻某村); a post added with an adverb in the village named before (NAME还担任该村第一书记); a
successor and the one he succeeds (NAME同志接替NAME同志担任…); names listed each after its own unit, 同志 after
each (某医院NAME同志、某集团NAME同志担任驻村队员); a name before 上任 (took office); names counted sent to stay in
villages none of which is named (该局派出NAME、NAME、NAME共3名…干部下乡驻村: no unit from 该局). Every sentence is
made up for the test (real division names, invented villages and people); none is taken from a page.
"""
from __future__ import annotations

from tests.unit.extract_asserts import people_by_name, roles_and_villages

HANDOVER = "宜昌讯 2023年3月，学院派出原科研处副处长张建华同志接替刘海涛同志担任某镇石门村第一书记。\n"


def test_names_counted_before_forming_a_units_team_are_its_members():
    people = roles_and_villages("保定讯 去年秋天，张建华、刘海涛、陈志强三人组成县水务局驻村工作组，来到阜平县石门村驻村。\n")
    assert people == {name: ("team_member", "石门村") for name in ("张建华", "刘海涛", "陈志强")}


def test_a_count_that_disagrees_with_the_names_listed_reads_no_team():
    people = roles_and_villages("保定讯 去年秋天，张建华、刘海涛四人组成县水务局驻村工作组，来到阜平县石门村驻村。\n")
    assert "张建华" not in people and "刘海涛" not in people


def test_a_leader_and_members_named_by_their_parts_form_the_team():
    people = roles_and_villages("保定讯 以县农业局干部张建华为组长，刘海涛、陈志强为组员组成的驻村工作组"
                                "进驻阜平县龙泉关镇石门村，至今已有半年。\n")
    assert people == {"张建华": ("team_leader", "石门村"), "刘海涛": ("team_member", "石门村"),
                      "陈志强": ("team_member", "石门村")}


def test_a_post_added_with_an_adverb_in_the_village_named_before_is_read():
    people = roles_and_villages("靖边县讯 县水利局科长张建华一早就赶到石门村。张建华还担任该村第一书记。\n")
    assert people == {"张建华": ("first_secretary", "石门村")}


def test_a_successor_and_the_one_he_succeeds_are_both_the_villages_cadres():
    people = roles_and_villages(HANDOVER)
    assert people == {"张建华": ("first_secretary", "石门村"), "刘海涛": ("first_secretary", "石门村")}
    starts = {name: p.start for name, p in people_by_name(HANDOVER).items()}
    assert starts == {"张建华": "2023-03", "刘海涛": None}  # the one succeeded left then


def test_names_listed_each_after_its_unit_and_before_tongzhi_take_the_post():
    people = roles_and_villages("宜昌讯 驻村第一书记王建华来到石门村。学院还选派校医院张建华同志、后勤处陈志强同志担任驻村队员，"
                                "与他同吃同住。\n")
    assert people["张建华"] == ("team_member", "石门村") and people["陈志强"] == ("team_member", "石门村")


def test_a_name_before_took_office_is_the_post_holder():
    people = roles_and_villages("盐池讯 2022年4月，王建华上任石门村驻村第一书记，头一个月就跑遍了全村。\n")
    assert people == {"王建华": ("first_secretary", "石门村")}


def test_a_unit_read_back_to_the_clause_start_begins_after_the_verb_that_sends():
    people = people_by_name(HANDOVER + "同时选派校医院张志强同志、后勤处陈海涛同志担任驻村队员。\n")
    assert (people["张建华"].dispatch_unit, people["张志强"].dispatch_unit) == ("科研处", "校医院")


def test_names_counted_sent_to_stay_in_villages_with_none_named_are_team_members():
    people = people_by_name("易县讯 该局抽调张建华、刘海涛、陈志强共3名年富力强、熟悉农村的干部下乡驻村。\n")
    assert {name: (p.role, p.dispatch_unit) for name, p in people.items()} == {
        "张建华": ("team_member", None), "刘海涛": ("team_member", None), "陈志强": ("team_member", None)}
