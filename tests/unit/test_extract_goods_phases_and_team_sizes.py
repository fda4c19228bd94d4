"""Classes of text read in the eighth session of issue 7, a test or two each: a round figure in 万 run onto a measure
of goods; a point on a road named by its distance; land per villager; the phases of a work; the people of a team
named right before their count; a posting verb run onto 该村; places listed with 等地; a place that lacks a road.
Guards check what must stay as it was. Every sentence is made up for the test (real division names, invented
villages and people); none is taken from a page.
"""
from __future__ import annotations

from flows.reports.regions import PlaceFinder
from tests.unit.extract_asserts import facts_of, one, roles_and_villages

LEAD = "赣州讯 宁都县黄陂镇杨依村驻村工作队扎实开展帮扶。"


def test_a_round_figure_run_onto_a_measure_of_goods_is_no_money():
    facts = facts_of(LEAD + "去年，杨依村脐橙产量达到86万斤，比上年增收9.5万斤。\n")
    assert not [f for f in facts if f.unit == "yuan"]


def test_guard_a_round_figure_after_a_money_verb_stays_money():
    facts = facts_of(LEAD + "工作队协调投资35万，建成一座冷库。\n")
    assert one(facts, 350_000).unit == "yuan"


def test_a_point_on_a_road_named_by_its_distance_is_no_length_built():
    facts = facts_of(LEAD + "从乡道26公里处通往杨依村村部的2.8公里水泥路已经完工。\n")
    assert [f.value for f in facts if f.unit == "km"] == [2.8]


def test_land_per_villager_is_what_the_place_has_whatever_the_land_is_called():
    facts = facts_of(LEAD + "杨依村地处山区，全村310户1200人，人均放牧场18.5亩，人均山林9亩，村里党员31名。\n")
    assert not [f for f in facts if f.unit == "mu"]


def test_guard_land_planted_stays_planting_area():
    facts = facts_of(LEAD + "工作队引导村民种植油茶450亩。\n")
    assert one(facts, 450).metric == "planting_area"


def test_the_phases_a_work_is_done_in_are_no_things_built():
    facts = facts_of(LEAD + "杨依村肉牛养殖项目分四期推进，共建成牛舍9栋。镇里的物流园项目（三期）正在招商。\n")
    assert {f.value for f in facts if f.kind == "outcome"} == {9}


def test_guard_sessions_held_still_count():
    facts = facts_of(LEAD + "工作队在杨依村举办实用技术培训班7期。\n")
    assert one(facts, 7).unit == "item"


def test_the_people_of_a_team_counted_right_after_it_are_its_members():
    for sentence in ("帮扶工作组的5名组员轮流住在村里。", "扶贫工作队一行6人带着慰问品来到杨依村。"):
        facts = facts_of(LEAD + sentence + "\n")
        count = next(f for f in facts if f.unit == "person")
        assert count.metric == "team_members_dispatched", sentence


def test_a_posting_verb_run_onto_this_village_names_no_village_of_its_own():
    people = roles_and_villages("赣州讯 宁都县黄陂镇杨依村村委会里热热闹闹。该村第一书记钟立新说，今年要扩种油茶。"
                                "杨依村位于黄陂镇北部，曾是有名的贫困村。2021年5月，市农业农村局副局长钟立新被派往"
                                "该村挂职第一书记。\n")
    assert people == {"钟立新": ("first_secretary", "杨依村")}


def test_places_listed_with_deng_di_are_where_things_stand_not_the_figures_place():
    facts = facts_of(LEAD + "近几年，杨依村在广东、浙江、福建等地建立了12个种植基地。\n")
    assert one(facts, 12).region == "杨依村"


def test_guard_one_place_named_before_a_figure_is_still_its_place():
    facts = facts_of(LEAD + "工作队帮助杨依村在宁都县城建立了3个种植基地。\n")
    assert one(facts, 3).region in ("杨依村", "宁都县")


def test_what_a_place_lacks_is_no_work_done():
    facts = facts_of(LEAD + "当时杨依村有四个组不通公路，群众出行困难。\n")
    assert not [f for f in facts if f.kind == "outcome"]


def test_a_short_name_of_a_cooperative_and_a_collective_firm_are_counted_as_such():
    facts = facts_of(LEAD + "两年来，杨依村办起了3家专合社，还联办了2家集体企业。\n")
    assert one(facts, 3).metric == "cooperatives_founded"
    assert one(facts, 2).metric == "enterprise_projects"


def test_a_time_word_before_a_village_is_no_part_of_its_name():
    facts = facts_of(LEAD + "那时杨依村争取到资金18万元，修建了一座拦河坝。\n")
    assert one(facts, 180_000).region == "杨依村"


def test_figures_dated_by_the_cadres_arrival_are_the_place_as_found():
    facts = facts_of(LEAD + "2020年3月，钟某来到杨依村任第一书记时，全村410户里236户是贫困户，当时发生率超过60%。\n")
    assert not [f for f in facts if f.kind == "outcome"]


def test_guard_a_sum_won_on_arrival_still_counts():
    facts = facts_of(LEAD + "刚到村时，工作队就争取资金26万元修了路。\n")
    assert one(facts, 260_000).metric == "funds_secured"


def test_a_places_people_then_what_most_of_them_do_is_no_result():
    facts = facts_of(LEAD + "全村1860人大多常年在外打工，留在村里的多是老人。\n")
    assert not facts


def test_guard_people_the_team_sent_out_to_work_still_count():
    facts = facts_of(LEAD + "工作队组织全村130人外出务工。\n")
    assert one(facts, 130).metric == "jobs_created"


def test_a_city_named_in_its_goods_is_no_place():
    # (a short name is read only on a page that writes the full one)
    text = "赣州市某县工作队扎实开展帮扶。游客购买了高品质的赣州农特产，还有赣州橙。"
    assert [p.start for p in PlaceFinder(text).find(0, len(text))] == [0]


def test_a_cadre_named_as_the_one_stationed_at_a_village_committee_is_its_team_member():
    people = roles_and_villages("赣州讯 宁都县黄陂镇杨依村驻村工作队扎实开展帮扶。他就是县委派出的帮扶队，"
                                "驻宁都县黄陂镇杨依村委会的钟立新同志。\n")
    assert people == {"钟立新": ("team_member", "杨依村")}
