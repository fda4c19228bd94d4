"""Classes of outcome and works text (visits, people a project reaches, lists, hamlets, costs), one test per class.
Every sentence is made up for the test: invented villages, organs and figures; none is taken from a real page.
"""
from __future__ import annotations

import pytest

from tests.unit.extract_asserts import facts_of as _facts, one as _one


def test_households_a_team_carries_out_visits_on_are_households_visited():
    fact = _one(_facts("柳岸村讯 驻村工作队对19户精准扶贫户进行了逐户走访调查。\n"), 19)
    assert (fact.metric, fact.unit) == ("households_visited", "household")


@pytest.mark.parametrize("text", ["柳岸村讯 驻村工作队引进的合作社带动1300余名群众增收。\n",
                                  "柳岸村讯 驻村工作队引进的合作社带动1300余人增收。\n"])
def test_people_whose_income_a_project_raises_are_an_outcome_count(text):
    fact = _one(_facts(text), 1300)
    assert (fact.kind, fact.unit, fact.qualifier) == ("outcome", "person", "approx")


def test_a_keyword_past_a_list_comma_with_a_figure_of_its_own_is_the_next_items():
    facts = _facts("柳岸村讯 驻村工作队带动贫困户800户次、增收1.3亿元。\n")
    assert [f for f in facts if f.value == 800 and f.metric == "other"] == []
    assert _one(facts, 130000000).metric == "income_increase"


def test_things_built_in_each_of_several_hamlets_are_counted_by_the_hamlets():
    fact = _one(_facts("柳岸村讯 驻村第一书记在5个屯建立了党员活动站。\n"), 5)
    assert (fact.metric, fact.unit) == ("facilities_built", "item")
    assert _facts("柳岸村讯 驻村第一书记介绍，全村辖5个屯。\n") == []


def test_a_named_village_stated_as_having_so_many_households_is_its_profile():
    facts = _facts("柳岸村讯 驻村工作队进驻的柳岸村共有132户，建档立卡贫困户26户。\n")
    assert [f for f in facts if f.kind == "outcome"] == []


def test_the_cost_of_works_is_money_put_in():
    fact = _one(_facts("柳岸村讯 驻村工作队协调修通的柳岸村产业路，造价300多万元。\n"), 3000000)
    assert (fact.kind, fact.unit, fact.qualifier) == ("funding", "yuan", "approx")


def test_a_length_said_to_be_a_new_road_is_road_built():
    facts = _facts("柳岸村讯 驻村工作队协调修通了村道。这9公里村道中，有6.5公里是新建的4.5米宽水泥路。\n")
    assert _one(facts, 6.5, "km").metric == "road_km_built"


def test_a_per_village_standard_of_aid_is_money_allocated():
    fact = _one(_facts("柳岸村讯 驻村工作队所在的县按照村均60万元标准扶持120个经济薄弱村发展。\n"), 600000)
    assert (fact.kind, fact.metric) == ("funding", "matching_funds")


@pytest.mark.parametrize("text, value", [
    ("柳岸村讯 驻村第一书记安排建档立卡贫困户48人参加防疫执勤，每人每天发放50元补贴。\n", 48),
    ("柳岸村讯 驻村工作队协调选聘生态护林员17名。\n", 17),
])
def test_paid_posts_given_to_villagers_are_jobs(text, value):
    fact = _one(_facts(text), value, "person")
    assert (fact.kind, fact.metric) == ("outcome", "jobs_created")


def test_cadres_stationed_for_poverty_relief_are_cadres_dispatched():
    facts = _facts("柳岸村讯 全省共有6200名驻村扶贫干部进驻各地的1800座村庄。\n")
    assert _one(facts, 6200).metric == "cadres_dispatched"
    assert _one(facts, 1800).metric == "villages_covered"


def test_a_count_of_townships_before_a_count_of_villages_is_no_count_of_villages():
    facts = _facts("柳岸村讯 某某学院已连续四轮选派16位优秀干部赴青山县3个镇12个村担任第一书记。\n")
    assert [f.value for f in facts if f.unit == "village"] == [12]


@pytest.mark.parametrize("text", [
    "本报讯 驻石桥村工作队来了以后。修路、建房要从15公里外的镇上拉水。\n",
    "本报讯 驻石桥村工作队修路时，材料要从30多公里远的县城运来。\n",
])
def test_a_distance_to_somewhere_is_no_length_built(text):
    assert not any(f.unit == "km" for f in _facts(text))


def test_a_length_built_is_still_read():
    assert _one(_facts("本报讯 驻石桥村工作队修路15公里。\n"), 15).metric == "road_km_built"


def test_visitors_a_village_received_to_learn_are_no_trainees():
    assert _one(_facts("本报讯 驻石桥村工作队来了以后，该村接待参观学习人员300人次。\n"), 300).metric == "other"
    assert _one(_facts("本报讯 驻石桥村工作队培训村民300人次。\n"), 300).metric == "people_trained"


def test_trees_planted_counted_in_zhu_after_their_noun_are_an_outcome():
    facts = _facts("驻村工作队带领群众栽植乔木5万余株，绿化荒山。\n")
    assert [(f.kind, f.metric, f.value, f.unit) for f in facts] == [("outcome", "other", 50000, "item")]


def test_a_length_and_a_width_of_one_road_across_a_comma_are_one_clause():
    facts = _facts("经过两个月的施工，全长600余米,宽3米的道路修成通车。驻村工作队开展帮扶。\n")
    assert [(f.metric, f.value, f.unit) for f in facts] == [("road_km_built", 0.6, "km")]
