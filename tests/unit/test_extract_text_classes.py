"""Classes of text met on further held-out pages (issue 7, round 4), one test per class. Every sentence is
made up for the test: invented names, villages, units and figures; none is taken from a real page.
"""
from __future__ import annotations


from tests.unit.extract_asserts import people_by_name as _people
from tests.unit.extract_asserts import facts_of as _facts, one as _one
from flows.reports.regions import PlaceFinder


# --- keywords and counts ---------------------------------------------------------------------------------

def test_a_keyword_that_starts_inside_another_is_still_seen():
    facts = _facts("本报讯 驻村工作队帮助青松村维修路灯35盏。\n")
    fact = _one(facts, 35)
    assert (fact.metric, fact.unit, fact.region) == ("facilities_built", "item", "青松村")


def test_a_building_verb_before_a_count_counts_the_thing_built():
    facts = _facts("本报讯 驻村第一书记为青松村改造了4个变压器台区，建起两座蓄水池。\n")
    assert _one(facts, 4).metric == "facilities_built"
    assert _one(facts, 2).metric == "facilities_built"


def test_equal_small_tallies_of_different_things_are_two_facts():
    facts = _facts("本报讯 驻村工作队在青松村建立了两个通信基站，又建起两座小型水厂。\n")
    assert sorted(f.keyword for f in facts if f.value == 2) == ["建立", "建起"]


def test_ge_before_a_cadre_noun_counts_people():
    fact = _one(_facts("本报讯 某集团先后派出两批共12个驻村干部到青松村帮扶。\n"), 12)
    assert (fact.kind, fact.unit) == ("dispatch", "person")


def test_counts_closed_by_lifted_out_of_poverty_are_people_lifted():
    facts = _facts("本报讯 在驻村工作队帮扶下，青松村剩余的27户、58人全部脱贫。\n")
    assert _one(facts, 27).unit == "household" and _one(facts, 58).unit == "person"
    assert {f.metric for f in facts} == {"people_lifted_from_poverty"}


def test_a_county_counted_before_lifted_is_not_a_count_of_people():
    facts = _facts("本报讯 驻村工作队在我省36个脱贫县开展帮扶。\n")
    assert not [f for f in facts if f.metric == "people_lifted_from_poverty"]


# --- what is no figure of the work ---------------------------------------------------------------------

def test_money_before_a_comma_stays_money_put_in():
    facts = _facts("本报讯 市水务公司作为青松村的帮扶单位，计划投资80余万元、建设鸡舍1500平方米。\n")
    assert _one(facts, 800_000).kind == "funding"


def test_money_won_then_spent_on_building_stays_funding():
    facts = _facts("本报讯 驻村第一书记还争取资金，投入60多万元建设青松村文化广场。\n")
    assert _one(facts, 600_000).kind == "funding"


def test_an_outcome_after_only_is_the_starting_point():
    facts = _facts("本报讯 驻村工作队进驻前，青松村人均纯收入只有2800元，人均耕地不足0.7亩。"
                   "两年来，驻村工作队帮助青松村人均增收1500元。\n")
    assert [f.value for f in facts if f.kind == "outcome"] == [1500]


def test_one_of_n_and_merged_from_n_are_no_figures():
    facts = _facts("本报讯 青松村由三个行政村合并而成，是某县18个重点帮扶村之一，驻村工作队为青松村修路6公里。\n")
    assert [f.value for f in facts] == [6]


def test_a_result_clause_survives_a_sentence_that_profiles_the_place():
    facts = _facts("本报讯 工作队进驻时全村有贫困户120户，通过两年努力，已脱贫41户。\n")
    assert _one(facts, 41).metric == "people_lifted_from_poverty"


# --- where a figure belongs ----------------------------------------------------------------------------

def test_a_place_after_ju_is_measured_from_not_talked_about():
    text = ("本报讯 市水务公司作为青松村的帮扶单位，一直关心村里发展。"
            "青松村距县城30公里。去年，市水务公司派出4名职工作为队员入驻该村。\n")
    assert _one(_facts(text), 4).region == "青松村"


def test_a_firm_named_after_a_place_is_not_the_place():
    text = ("本报讯 驻村第一书记在青松村协调项目。争取某县联通公司支持，投入资金50万元建设通信基站。\n")
    assert _one(_facts(text), 500_000).region == "青松村"


def test_hamlets_of_one_village_leave_the_figure_on_it():
    text = ("本报讯 驻村第一书记在青松村协调项目。过去东坪、西坪吃水困难，工作队投入40万元，"
            "建起小型水厂，解决了这两个自然村的饮水问题。\n")
    assert _one(_facts(text), 400_000).region == "青松村"


def test_a_city_level_dispatch_goes_to_the_city():
    text = ("本报讯 王建国被选派到渭源县青松村任第一书记。今年定西市首次由市直机关选派驻村第一书记，"
            "王建国就是市级选派的86名第一书记之一。\n")
    assert _one(_facts(text), 86).region == "定西市"


def test_city_level_on_a_municipality_page_is_the_municipality():
    text = ("本报讯 王建国被选派到北京市怀柔区青松村任第一书记。今年北京市委首次由市直机关选派驻村第一书记，"
            "王建国就是市级选派的86名第一书记之一。\n")
    assert _one(_facts(text), 86).region == "北京市"


def test_an_autonomous_prefecture_is_read_in_its_short_form():
    text = ("本报讯 四川省凉山彝族自治州今年继续选派干部驻村。几年来，凉山选派1800名第一书记投身帮扶工作。\n")
    assert _one(_facts(text), 1800).region == "凉山彝族自治州"


def test_village_words_that_are_no_villages():
    text = "本报讯 他在修通村道路时结识了大学生村官，年增加村财收入，又在一个纯农业种植村实施单村供水。"
    names = {p.name for p in PlaceFinder(text).find()}
    assert not names & {"修通村", "大学生村", "年增加村", "纯农业种植村", "实施单村"}


def test_a_one_character_village_is_not_read_across_he():
    text = "本报讯 县水保局干部甲乙丙和唐村水库管理处干部丁戊己。"
    assert not [p for p in PlaceFinder(text).find() if p.level == "village"]


# --- people ----------------------------------------------------------------------------------------------

def test_a_cadre_moved_to_a_village_to_be_stationed_without_a_post_named():
    people = _people("本报讯 在机关工作十多年的王建国，两个多月前到渭源县青松村挂职驻村，当起了第一书记。"
                     "王建国说，村里的事就是自己的事。\n")
    assert people["王建国"].village == "青松村"


def test_a_cadre_sent_in_the_passive_without_a_post():
    people = _people("本报讯 2019年选派驻村第一书记时，王建国被派到渭源县青松村，那年他45岁。"
                     "王建国到村后先走访农户。\n")
    assert people["王建国"].village == "青松村"


def test_a_posting_with_a_comma_and_the_party_branch_before_the_post():
    people = _people("本报讯 2022年5月，省统计局干部王建国被选派到青松村，担任村党总支第一书记。\n")
    assert people["王建国"].role == "first_secretary"


def test_two_cadres_each_after_their_unit():
    people = _people("本报讯 村民说的“第一书记”是县林业局干部王建国和县水库管理处干部刘志强。\n")
    assert {"王建国", "刘志强"} <= set(people)


def test_cadres_named_after_a_count_of_those_sent():
    people = _people("本报讯 青松村和红岩村是今年省直机关帮扶村，由省统计局派出两位干部王建国、刘志强驻村帮包两村。\n")
    assert {"王建国", "刘志强"} <= set(people)


def test_the_one_who_leads_a_team_into_a_village():
    people = _people("本报讯 今年3月，县政协办公室主任王建国带领机关工作队入驻青松乡红岩村。\n")
    assert people["王建国"].role == "team_leader" and people["王建国"].village == "红岩村"


def test_a_member_named_after_his_team():
    people = _people("本报讯 省档案馆驻村工作队的刘志强正和村民一起查看新修的水渠。\n")
    assert people["刘志强"].role == "team_member"


def test_a_name_inside_a_title_is_no_cadre():
    people = _people("本报讯 电视剧《牛大山进村记》播出时，王建国刚被选派到青松村任第一书记。"
                     "牛大山是剧中的第一书记。\n")
    assert "王建国" in people and not [n for n in people if "大山" in n]


def test_members_the_first_secretary_leads():
    people = _people("本报讯 今年以来，青松村驻村第一书记王建国带领队员刘志强、陈国华走访全村农户。\n")
    assert people["刘志强"].role == "team_member" and people["陈国华"].role == "team_member"


def test_a_stationed_cadre_whose_post_is_not_named():
    people = _people("本报讯 “路修好了，村民出门方便多了。”青松村驻村干部刘志强告诉记者。\n")
    assert people["刘志强"].role == "team_member"


def test_a_given_name_may_begin_with_ri():
    people = _people("本报讯 县农业局的刘日辉，于2021年5月下派到青松乡红岩村任驻村第一书记。\n")
    assert people["刘日辉"].village == "红岩村"


def test_a_verb_run_into_the_name_is_cut_where_the_page_writes_the_name_alone():
    people = _people("本报讯 红岩村驻村第一书记陈岚说，村里的路要先修。担任第一书记的陈岚住在村部，"
                     "陈岚每天走访农户。\n")
    assert "陈岚" in people and "陈岚住" not in people


def test_a_body_paragraph_that_starts_with_a_continuation_marker_is_read():
    facts = _facts("攻坚纪实\n(上接A1版) 今年，某县共组建驻村工作队312个，选派驻村干部986名。\n")
    assert {f.value for f in facts} >= {312, 986}


def test_an_autonomous_prefecture_is_read_as_its_short_form_with_zhou():
    facts = _facts("本报讯 2016年，恩施州共组建驻村工作队688个，实现贫困村全覆盖。\n")
    assert _one(facts, 688).region == "恩施州"


def test_a_town_area_is_not_read_as_a_township():
    text = "本报讯 工作组驻村后广泛征求镇区意见，制定帮扶方案。"
    assert not [p for p in PlaceFinder(text).find() if p.level == "township"]


def test_money_put_into_building_up_is_funding_the_cost_of_a_work_on_one_site_is_not():
    facts = _facts("本报讯 在驻村工作队帮扶下，青松村投入30多万元新建了水窖3个。"
                   "驻村工作队投资6万元拓宽青松村水渠。\n")
    assert _one(facts, 300_000).kind == "funding"
    assert _one(facts, 60_000).metric == "facilities_built"


def test_yi_before_a_multiplier_is_a_number():
    fact = _one(_facts("本报讯 驻村第一书记为青松村争取县交通局资助一万元修路。\n"), 10_000)
    assert fact.kind == "funding"


def test_work_groups_and_aid_teams_are_teams():
    facts = _facts("本报讯 今年全市组建了128个驻村工作组，另有6支市派驻村帮扶队进驻青松乡。\n")
    assert _one(facts, 128).unit == "team" and _one(facts, 6).unit == "team"


def test_the_value_of_a_gift_is_a_donation():
    fact = _one(_facts("本报讯 驻村工作队为青松村小学送去价值8000多元的图书。\n"), 8000)
    assert fact.metric == "donation"


def test_only_one_road_of_some_length_is_the_starting_point():
    facts = _facts("本报讯 驻村前，青松村只有一条4公里的土路。驻村工作队帮助青松村新修道路6公里。\n")
    assert [f.value for f in facts if f.unit == "km"] == [6]


def test_a_plan_to_help_villages_is_no_village():
    text = "本报讯 工作组及时制定了帮村计划，协调资金修路。"
    assert not [p for p in PlaceFinder(text).find() if p.level == "village"]


def test_a_cadre_who_tells_the_story_is_the_byline_author():
    people = _people("驻村手记\n文_王建国\n两年前，我来到渭源县青松村担任第一书记，全村道路泥泞。\n"
                     "我跑了很多单位，争取到修路资金。\n")
    assert people["王建国"].role == "first_secretary" and people["王建国"].village == "青松村"


def test_a_given_name_may_hold_a_character_kept_out_for_its_words():
    people = _people("本报讯 驻村第一书记张书宇开着自家的车进村。青松村第一书记郑从林会同村干部走访农户。\n")
    assert {"张书宇", "郑从林"} <= set(people)


def test_what_remains_to_be_done_is_no_figure():
    facts = _facts("本报讯 全市驻村工作队帮助112个贫困村退出，全市仍然还有63个贫困村没有退出。\n")
    assert 63 not in {f.value for f in facts}


def test_villages_of_several_townships_are_the_countys():
    text = ("本报讯 渭源县选派12名干部组成驻村工作组，前往该县青松镇红岩村、白石镇黄土村等8个贫困村开展帮扶。\n")
    assert _one(_facts(text), 8).region == "渭源县"


def test_money_coordinated_for_a_village_is_won_for_it():
    fact = _one(_facts("本报讯 驻村第一书记为青松村协调20万元建设文化活动室。\n"), 200_000)
    assert fact.kind == "funding"


def test_a_villager_cue_ending_the_line_before_does_not_unmake_the_cadre():
    people = _people("王建国与村民\n王建国是省农业厅主任科员，2021年3月起任渭源县青松镇红岩村第一书记。\n"
                     "两年来，王建国带领村民修路。\n")
    assert people["王建国"].village == "红岩村"


def test_cadres_listed_with_their_units_one_each():
    people = _people("本报讯 2021年5月，王建国、刘志强分别被省交通集团、市城建投资公司派驻渭源县青松村，"
                     "担任驻村工作队第一书记、队员。\n")
    assert people["王建国"].dispatch_unit == "省交通集团" and people["刘志强"].dispatch_unit == "市城建投资公司"


def test_a_narrator_who_introduces_himself():
    people = _people("我叫王建国，我有两个身份，一个是省农业厅的干部，一个是渭源县青松村的第一书记。"
                     "到村后，我先走访了全村农户。\n")
    assert people["王建国"].role == "first_secretary"


def test_a_thing_counted_with_its_own_classifier_in_a_building_clause():
    facts = _facts("本报讯 驻村工作队帮助青松村打抗旱井9眼，建文化广场两处。\n")
    assert _one(facts, 9).metric == "facilities_built" and _one(facts, 2).metric == "facilities_built"


def test_a_page_that_names_no_place_keeps_the_articles_scope_word():
    facts = _facts("建整扶贫\n2010年，全市有120个扶贫工作组、400名机关干部在农村开展建整扶贫工作。"
                   "到位帮扶资金210万元，不少村修通了公路。全年兴修水利设施560处。\n")
    assert {f.region for f in facts} == {"全市"}


def test_a_village_of_only_so_many_people_is_no_dispatch():
    facts = _facts("本报讯 春节刚过，驻村工作队便入驻青松村这个只有500多人的小村庄。\n")
    assert 500 not in {f.value for f in facts}


def test_a_poverty_rate_stated_and_a_poverty_line_are_no_results():
    facts = _facts("本报讯 驻村工作队进驻时，青松村贫困发生率18%。驻村工作队帮助贫困户达到人均纯收入3000元/年的脱贫标准，"
                   "帮助青松村新修道路5公里。\n")
    assert [f.value for f in facts if f.kind == "outcome"] == [5]


def test_work_done_in_a_village_story_stays_with_the_village_not_the_province_of_its_opening():
    text = ("本报讯 渭源县青松村位于山区，王建国是青松村的第一书记。\n"
            "这项工作得到甘肃省的支持。两年来，共修通硬化路3条8公里，争取项目资金260万元。\n")
    facts = _facts(text)
    assert _one(facts, 8, "km").region == "青松村" and _one(facts, 2_600_000).region == "青松村"
