"""Classes of outcome text (what stationed teams did in a village), one test per class. Every sentence is
made up for the test: invented villages and figures; none is taken from a real page.
"""
from __future__ import annotations

import pytest

from tests.unit.extract_asserts import facts_of as _facts, one as _one
from flows.reports.numbers import find_quantities


@pytest.mark.parametrize("text, value, unit, qualifier", [
    ("走访群众近千人次", 1000, "person_time", "approx"),
    ("走访农户上千户", 1000, "household", "approx"),
    ("安装路灯百余盏", 100, "count", "approx"),
    ("修建排水渠千余米", 1, "km", "approx"),
    ("逾千人参加", 1000, "person", "at_least"),
])
def test_a_round_hundred_or_thousand_made_approximate_is_a_figure(text, value, unit, qualifier):
    [q] = find_quantities(text)
    assert (q.value, q.unit, q.qualifier) == (value, unit, qualifier)


@pytest.mark.parametrize("text", ["惠及千家万户", "百姓的事", "千方百计"])
def test_a_bare_hundred_or_thousand_in_a_word_is_no_figure(text):
    assert find_quantities(text) == []


def test_a_round_thousand_visited_is_households_visited():
    fact = _one(_facts("柳岸村讯 驻村工作队进村以来走访群众近千人次。\n"), 1000)
    assert (fact.metric, fact.unit, fact.qualifier, fact.region) == ("households_visited", "person_time", "approx", "柳岸村")


def test_cooperatives_counted_with_a_counter_before_the_noun():
    fact = _one(_facts("柳岸村讯 在驻村工作队推动下，村里新成立了3家中药材种植专业合作社。\n"), 3)
    assert (fact.kind, fact.metric, fact.unit) == ("outcome", "cooperatives_founded", "item")


def test_a_noun_counted_right_before_its_number_is_not_counted_by_a_team_keyword_far_before():
    facts = _facts("柳岸村讯 驻村工作队帮助村民发展蜂箱150个。\n")
    fact = _one(facts, 150)
    assert (fact.kind, fact.unit) == ("outcome", "item")
    assert not [f for f in facts if f.kind == "dispatch"]


def test_households_joining_a_cooperative_stay_households():
    facts = _facts("柳岸村讯 驻村工作队牵头办起合作社，有42户建档立卡户加入合作社。\n")
    fact = _one(facts, 42)
    assert (fact.unit, fact.metric) == ("household", "households_helped")


def test_books_given_are_counted_in_volumes():
    fact = _one(_facts("柳岸村讯 驻村工作队为村小学送去图书1500册。\n"), 1500)
    assert (fact.kind, fact.unit) == ("outcome", "item")


@pytest.mark.parametrize("text, metric", [
    ("柳岸村讯 驻村工作队帮助52名贫困劳动力外出务工。\n", "jobs_created"),
    ("柳岸村讯 驻村工作队组织52名群众参加养殖技术培训。\n", "people_trained"),
    ("柳岸村讯 驻村工作队组织52名村民到邻县观摩学习。\n", "people_trained"),
])
def test_villagers_counted_after_a_team_keyword_are_people_the_work_reached(text, metric):
    facts = _facts(text)
    fact = _one(facts, 52)
    assert (fact.kind, fact.metric, fact.unit) == ("outcome", metric, "person")


def test_cadres_counted_after_a_sending_verb_stay_a_dispatch():
    fact = _one(_facts("东河县讯 县里今年选派52名党员干部组成驻村工作队。\n"), 52)
    assert fact.kind == "dispatch"


@pytest.mark.parametrize("text, value, qualifier", [
    ("柳岸村讯 驻村工作队协调资金修建防洪挡墙420米。\n", 0.42, "exact"),
    ("柳岸村讯 驻村工作队帮助村里安装防护栏1500余米。\n", 1.5, "approx"),
    ("柳岸村讯 驻村工作队协调电信部门架设光纤8公里。\n", 8, "exact"),
])
def test_a_length_built_with_no_keyword_is_the_length_of_other_works(text, value, qualifier):
    fact = _one(_facts(text), value, "km")
    assert (fact.kind, fact.metric, fact.qualifier, fact.region) == ("outcome", "other", qualifier, "柳岸村")


def test_a_length_restated_after_a_width_is_the_length_of_the_work_named_before():
    facts = _facts("柳岸村讯 驻村工作队争取项目新修通组公路，路面宽4.5米，全长3.2公里。\n")
    fact = _one(facts, 3.2, "km")
    assert fact.metric == "road_km_built"
    assert [f.value for f in facts if f.unit == "km"] == [3.2]


@pytest.mark.parametrize("text", [
    "柳岸村讯 第一书记驱车150公里到省城联系农产品销路。\n",
    "柳岸村讯 柳岸村距县城38公里，平均海拔1600米，驻村工作队常年在村。\n",
])
def test_a_distance_travelled_or_a_place_described_is_no_length_built(text):
    assert [f for f in _facts(text) if f.unit == "km"] == []


@pytest.mark.parametrize("text", [
    "柳岸村讯 驻村工作队共梳理群众反映的问题线索64条。\n",
    "柳岸村讯 驻村工作队帮助村里开办农家乐9家。\n",
    "柳岸村讯 驻村工作队开展政策宣讲27场。\n",
])
def test_only_the_counters_of_teams_count_teams(text):
    assert [f for f in _facts(text) if f.unit == "team"] == []


def test_teams_counted_with_their_counters_stay_teams():
    fact = _one(_facts("东河县讯 全县共派出驻村工作队57支，覆盖所有脱贫村。\n"), 57)
    assert (fact.metric, fact.unit) == ("teams_dispatched", "team")


@pytest.mark.parametrize("text, metric", [
    ("柳岸村讯 驻村工作队动员派出单位职工认购村里农产品价值6.8万元。\n", "consumption_purchases"),
    ("柳岸村讯 驻村工作队联系爱心企业捐赠物资价值6.8万元。\n", "donation"),
    ("柳岸村讯 驻村工作队为村小学送去价值6.8万元的学习用品。\n", "donation"),
])
def test_a_value_word_passes_the_sum_to_the_money_keyword_before_it(text, metric):
    assert _one(_facts(text), 68000).metric == metric


@pytest.mark.parametrize("text, metric", [
    # the value word opens its clause: it values what the clause before names at its end
    ("柳岸村讯 驻村工作队帮助脱贫户卖出300斤茶叶和一批土鸡等农副产品，价值达6.8万元。\n", "consumption_purchases"),
    # the value word opens its clause after a list of goods: the money keyword of the clause before takes the sum
    ("柳岸村讯 驻村工作队帮助村民销售80只土鸡、200斤蜂蜜，总价达6.8万元。\n", "consumption_purchases"),
    # what is named after the sum is no money keyword: the value word still stands for a gift
    ("柳岸村讯 驻村工作队为村小学送去价值6.8万元的课桌椅。\n", "donation"),
])
def test_a_value_word_passes_the_sum_to_the_goods_next_to_it(text, metric):
    assert _one(_facts(text), 68000).metric == metric


@pytest.mark.parametrize("text, value, unit, qualifier", [
    ("新修水泥路4公里多", 4, "km", "approx"),
    ("新修水泥路4公里有余", 4, "km", "approx"),
    ("帮助80来户", 80, "household", "approx"),
    ("帮助十几户", 10, "household", "approx"),
    ("人均增收万余元", 10000, "yuan", "approx"),
    ("受益群众近万人", 10000, "person", "approx"),
    ("新修道路2.5km", 2.5, "km", "exact"),
])
def test_qualifiers_and_round_figures_as_written_colloquially(text, value, unit, qualifier):
    [q] = find_quantities(text)
    assert (q.value, q.unit, q.qualifier) == (value, unit, qualifier)


@pytest.mark.parametrize("text, value, qualifier", [
    ("帮助50户多措并举增收", 50, "exact"),   # 多 starting a word after the unit is no qualifier
    ("走访群众20人多次", 20, "exact"),
])
def test_a_one_character_qualifier_that_starts_a_word_is_none(text, value, qualifier):
    q = find_quantities(text)[0]
    assert (q.value, q.qualifier) == (value, qualifier)


@pytest.mark.parametrize("text", ["万元户", "千家万户"])
def test_a_bare_ten_thousand_in_a_word_is_no_figure(text):
    assert find_quantities(text) == []


def test_a_thing_counted_in_speech_with_no_verb_of_building_is_talk():
    facts = _facts("柳岸村讯 “老周，再给我留5只土鸡，明天我带回城里。”驻村第一书记在村口喊道。\n")
    assert [f for f in facts if f.value == 5] == []


def test_a_thing_built_told_in_speech_stays_a_figure():
    fact = _one(_facts("柳岸村讯 “工作队帮我们新建了3座便民桥。”村民说。\n"), 3)
    assert (fact.metric, fact.unit) == ("facilities_built", "item")


@pytest.mark.parametrize("text, year", [
    ("柳岸村讯 在驻村工作队帮助下，村集体经济收入由2019年的2万元增加到16万元。\n", None),
    ("柳岸村讯 在驻村工作队帮助下，村集体经济收入由2019年的2万元增加到2022年的16万元。\n", 2022),
    ("柳岸村讯 在驻村工作队帮助下，村集体经济收入2022年达到16万元。\n", 2022),
])
def test_the_year_of_the_starting_figure_does_not_date_the_figure_reached(text, year):
    assert _one(_facts(text), 160000).year == year


@pytest.mark.parametrize("text, reached", [
    ("柳岸村讯 在驻村工作队帮助下，村集体经济收入由4万元增至18万元。\n", 180000),
    ("柳岸村讯 在驻村工作队帮助下，人均收入从6000元升至9500元。\n", 9500),
    ("柳岸村讯 在驻村工作队帮助下，村集体经济收入从4万元翻番到8万元。\n", 80000),
])
def test_the_starting_figure_of_a_rise_written_with_one_character_verbs_is_no_figure(text, reached):
    assert [f.value for f in _facts(text) if f.unit == "yuan"] == [reached]


def test_the_to_half_of_a_rise_split_by_a_comma_takes_the_keyword_that_opened_it():
    facts = _facts("柳岸村讯 在驻村工作队帮助下，村集体经济收入从不足4万元，增长到如今的18万元。\n")
    fact = _one(facts, 180000)
    assert fact.metric == "collective_income_increase"


@pytest.mark.parametrize("text", [
    "柳岸村讯 驻村工作队进驻三个多月来，走访农户150户。\n",
    "柳岸村讯 驻村工作队只用8个月就建成了文化广场。\n",
    "柳岸村讯 驻村工作队用了两个星期修好了水渠。\n",
])
def test_a_span_of_time_counted_with_a_generic_counter_is_no_count(text):
    assert [f for f in _facts(text) if f.unit in ("item", "village", "team")] == []


def test_households_and_people_reached_after_a_word_of_result_are_households_helped():
    fact = _one(_facts("柳岸村讯 驻村工作队发展中药材产业，带动脱贫户47户182人增收。\n"), 47)
    assert (fact.unit, fact.kind) == ("household", "outcome")


def test_the_place_households_and_people_stay_no_figure():
    facts = _facts("柳岸村讯 柳岸村共有贫困户47户182人，驻村工作队逐户制定帮扶计划。\n")
    assert [f for f in facts if f.value == 47] == []


def test_a_sum_named_by_its_head_before_a_linking_word():
    fact = _one(_facts("柳岸村讯 驻村工作队帮助村里建起电商服务站，年销售额达260万元。\n"), 2600000)
    assert (fact.kind, fact.metric) == ("outcome", "ecommerce_sales")


@pytest.mark.parametrize("text", [
    "柳岸村讯 驻村工作队协调安装监控摄像头36个。\n",
    "柳岸村讯 驻村工作队为村里配备分类垃圾桶240个。\n",
    "柳岸村讯 驻村工作队帮助发展家庭农场7个。\n",
])
def test_a_count_after_other_words_than_a_team_keyword_and_its_links_is_no_team(text):
    assert [f for f in _facts(text) if f.kind == "dispatch"] == []


@pytest.mark.parametrize("text", [
    "东河县讯 全县驻村工作队总数达120个。\n",
    "东河县讯 全县驻村工作队共120个，队员360名。\n",
])
def test_a_count_linked_to_a_team_keyword_stays_teams(text):
    assert _one(_facts(text), 120).unit == "team"


@pytest.mark.parametrize("text", [
    "柳岸村讯 驻村第一书记请来果树专家6名到村授课。\n",
    "柳岸村讯 驻村工作队培养村级后备干部6名。\n",
    "柳岸村讯 驻村工作队联系6名医生到村义诊。\n",
    "柳岸村讯 驻村第一书记动员6名大学生返乡创业。\n",
])
def test_people_the_work_brought_or_reached_are_no_cadres_sent(text):
    assert [f for f in _facts(text) if f.kind == "dispatch"] == []


@pytest.mark.parametrize("text", [
    "柳岸村讯 驻村工作队协调修建了一座长26米、宽4米的便民桥。\n",
    "柳岸村讯 驻村工作队协调新打深90米的机井3眼。\n",
])
def test_the_size_of_one_thing_built_is_no_length_of_works(text):
    assert [f for f in _facts(text) if f.unit == "km"] == []


def test_matters_closed_are_problems_solved():
    facts = _facts("柳岸村讯 驻村工作队收集群众意见建议64条，已办结58条。\n")
    fact = _one(facts, 58)
    assert (fact.metric, fact.unit) == ("problems_solved", "item")
    assert [f for f in facts if f.value == 64] == []


def test_a_link_road_to_a_trunk_road_is_road_built():
    fact = _one(_facts("柳岸村讯 驻村工作队协调修建了县道连接线2.4公里。\n"), 2.4)
    assert fact.metric == "road_km_built"


@pytest.mark.parametrize("text, value, unit, metric", [
    ("柳岸村讯 驻村工作队协调修建防洪堤1.4公里。\n", 1.4, "km", "canal_km_repaired"),
    ("柳岸村讯 驻村工作队协调改造农村电网线路7公里。\n", 7, "km", "other"),
])
def test_flood_banks_and_power_lines(text, value, unit, metric):
    fact = _one(_facts(text), value, unit)
    assert (fact.kind, fact.metric) == ("outcome", metric)


def test_people_named_right_after_their_count_are_not_counted_by_a_post_after_them():
    facts = _facts("柳岸村讯 驻村工作队帮助村里14名留守儿童与爱心人士结对帮扶。\n")
    assert [f for f in facts if f.kind == "dispatch"] == []
