"""Classes of counted figures a summary of the programme writes (things counted in 份 or 场次, counts in 万 of a
thing's own classifier, cadres counted before the verb that stations them). Every sentence is made up for the
test: invented places and figures; none is taken from a real page.
"""
from __future__ import annotations

import pytest

from tests.unit.extract_asserts import facts_of as _facts, one as _one
from flows.reports.numbers import find_quantities

_PROVINCE = "西宁讯 青海省召开干部驻村工作推进会。"


@pytest.mark.parametrize("text, counter", [
    ("制度2.5万余份", "份"), ("路灯1.2万盏", "盏"), ("村道3千米", "千米"), ("合作社1.6万个", "个"), ("党员300名", "名"),
])
def test_the_counter_of_a_count_is_its_unit_word_without_the_multiplier(text, counter):
    [q] = find_quantities(text)
    assert q.counter == counter


@pytest.mark.parametrize("sentence, value, metric, unit", [
    ("驻村工作队十年来协助基层完善各类规章制度2.5万余份。", 25000, "other", "item"),
    ("驻村工作队帮助基层编制各类规划6.4万个。", 64000, "other", "item"),
    ("驻村工作队开展农牧民实用技术培训8.8万场次。", 88000, "other", "item"),
    ("驻村工作队帮助兴办专业合作组织3.2万个。", 32000, "cooperatives_founded", "item"),
    ("驻村工作队十年来发展党员16余万名。", 160000, "other", "person"),
])
def test_what_the_teams_drew_up_held_or_founded_counted_in_ten_thousands(sentence, value, metric, unit):
    fact = _one(_facts(_PROVINCE + sentence + "\n"), value)
    assert (fact.kind, fact.metric, fact.unit) == ("outcome", metric, unit)


def test_documents_counted_after_a_stationing_keyword_are_never_villages():
    facts = _facts(_PROVINCE + "全省先后选派7批12万余名干部驻村帮扶，帮助村里完善各项制度1.8万余份。\n")
    fact = _one(facts, 18000)
    assert (fact.metric, fact.unit) == ("other", "item")
    assert not [f for f in facts if f.metric == "villages_covered"]


def test_training_sessions_counted_in_changci_are_sessions_not_trainees():
    fact = _one(_facts("柳岸村讯 驻村工作队今年组织技能培训12场次。\n"), 12)
    assert (fact.metric, fact.unit) == ("other", "item")


@pytest.mark.parametrize("sentence, value", [
    ("全省3万余名干部将进驻4000个村。", 30000),
    ("全省1200名干部已进驻各村开展帮扶。", 1200),
    ("今年全省860名机关干部即将入驻脱贫村。", 860),
])
def test_cadres_counted_right_before_the_verb_that_stations_them_are_dispatched(sentence, value):
    fact = _one(_facts(_PROVINCE + sentence + "\n"), value, "person")
    assert (fact.kind, fact.metric) == ("dispatch", "cadres_dispatched")


@pytest.mark.parametrize("sentence, value, metric, unit", [
    ("柳岸村讯 驻村工作队帮助村里建起了超过1500亩的茶叶种植基地。\n", 1500, "planting_area", "mu"),
    ("柳岸村讯 驻村工作队帮助村里新建了逾30座的蓄水池。\n", 30, "facilities_built", "item"),
])
def test_a_bounded_figure_right_after_a_verb_of_building_is_what_was_built_not_a_threshold(sentence, value, metric, unit):
    fact = _one(_facts(sentence), value)
    assert (fact.metric, fact.unit, fact.qualifier) == (metric, unit, "at_least")


def test_a_bounded_figure_after_its_subject_is_still_a_threshold():
    assert not _facts("柳岸村讯 驻村工作队对收入超过10万元的农户进行走访。\n")


@pytest.mark.parametrize("sentence, value, metric", [
    ("柳岸村讯 驻村工作队今年把40万的可分配利润发到村民手中。\n", 400000, "net_profit"),
    ("柳岸村讯 驻村工作队今年带领村民拿到了12万的分红。\n", 120000, "income_increase"),
])
def test_a_sum_in_ten_thousands_without_yuan_before_a_money_noun_is_money(sentence, value, metric):
    fact = _one(_facts(sentence), value)
    assert (fact.metric, fact.unit) == (metric, "yuan")


def test_people_counted_in_ten_thousands_before_a_noun_of_people_are_no_money():
    assert not [f for f in _facts("柳岸村讯 驻村工作队服务全县30万的群众。\n") if f.unit == "yuan"]


@pytest.mark.parametrize("sentence", [
    "柳岸村讯 驻村工作队解决了7个长期困扰群众的难题。\n",
    "柳岸村讯 驻村工作队解决了7个群众反映强烈的问题。\n",
])
def test_problems_counted_right_after_solving_and_described_before_their_noun(sentence):
    fact = _one(_facts(sentence), 7)
    assert (fact.metric, fact.unit) == ("problems_solved", "item")



@pytest.mark.parametrize("sentence", [
    "柳岸村讯 驻村工作队协调新增三台变压器。\n",
    "柳岸村讯 驻村工作队协调供电部门为村里更换变压器3台。\n",
])
def test_transformers_counted_before_or_after_their_noun_are_facilities(sentence):
    fact = _one(_facts(sentence), 3)
    assert (fact.metric, fact.unit) == ("facilities_built", "item")


@pytest.mark.parametrize("units", ["省直单位", "省直和中央驻闽单位", "省直、中直单位"])
def test_units_of_one_or_several_levels_assigned_to_help_are_counted_as_the_units_that_send(units):
    facts = _facts(f"福州讯 福建省选派干部驻村任职。全省安排了150个{units}进行挂钩帮扶。\n")
    fact = _one(facts, 150)
    assert (fact.kind, fact.metric, fact.unit) == ("dispatch", "other", "item")


def test_a_few_cadres_counted_in_words_and_sent_to_take_office_in_the_village_are_dispatched():
    facts = _facts("合肥讯 某学院选派干部到村任职。院党委派车把王某某、李某两名第五轮选派干部送往结对村任职。\n")
    fact = _one(facts, 2)
    assert (fact.kind, fact.metric, fact.unit) == ("dispatch", "cadres_dispatched", "person")


def test_a_few_cadres_counted_in_words_with_no_posting_stay_the_story_people():
    assert not [f for f in _facts("柳岸村讯 驻村工作队与另外两名驻村第一书记一起查看了果园。\n") if f.value == 2]


def test_cadres_described_before_their_post_are_counted_for_the_post_and_put_where_they_went():
    facts = _facts("阳信讯 驻村第一书记王某在石门村翻开工作日志。据了解，今年连同王某在内的四位某某公司省派的第一书记入驻青坪镇。\n")
    fact = _one(facts, 4)
    assert (fact.metric, fact.unit, fact.region) == ("first_secretaries_dispatched", "person", "青坪镇")


def test_people_described_before_a_noun_of_villagers_are_no_cadres():
    facts = _facts("柳岸村讯 驻村工作队帮助12名家庭困难的村民就业。\n")
    assert _one(facts, 12).kind == "outcome"


def test_vegetables_counted_by_the_greenhouses_they_fill_are_an_outcome_and_sheds_built_stay_facilities():
    facts = _facts("柳岸村讯 驻村工作队两年来发展中药材种植2000亩、设施蔬菜150棚。\n")
    assert (_one(facts, 150).metric, _one(facts, 150).unit) == ("other", "item")
    assert _one(_facts("柳岸村讯 驻村工作队帮助村里新建大棚30棚。\n"), 30).metric == "facilities_built"
