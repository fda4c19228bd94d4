"""Fact rules of issue 7 part 3, each on sentences written for these tests (places and figures made up).

Scope words decide the region, money in secondary clauses, rates written out, totals, ranges, lengths in
metres, slogans and restated villages, short place names, and what the confidence says.
"""
from __future__ import annotations

import csv

import pytest

from flows.reports.catalog import VOCABULARY_KINDS, VOCABULARY_SEED, load_vocabulary
from tests.unit.extract_asserts import facts_of as _facts, one as _one
from flows.reports.regions import PlaceFinder


# --- scope words, not the nearest place ----------------------------------------------------------

def test_province_wide_total_is_not_put_on_the_county_named_before_it():
    text = ("本报讯 记者从甘肃省委组织部获悉，渭源县新一轮驻村工作队近日全部到岗。"
            "渭源县委组织部负责人介绍，今年全省共选派驻村第一书记8600名，渭源县选派驻村干部412名。\n")
    facts = _facts(text)
    assert _one(facts, 8600).region == "甘肃省"
    assert _one(facts, 412).region == "渭源县"


def test_city_wide_total_goes_to_the_city():
    text = ("本报讯 定西市近日召开驻村工作推进会。会上，渭源县作了交流发言。"
            "据介绍，全市共选派驻村干部2130名，组建驻村工作队655支。\n")
    facts = _facts(text)
    assert _one(facts, 2130).region == "定西市"
    assert _one(facts, 655).region == "定西市"


def test_own_county_words_speak_for_the_article_county_not_the_last_one_named():
    text = ("本报讯 渭源县驻村工作队全部到岗。其中外派漳县第一书记12名。"
            "今年本县派驻第一书记工作经费不低于6000元/人/年。\n")
    fact = _one(_facts(text), 6000)
    assert fact.region == "渭源县" and fact.basis == "per_person_year" and fact.qualifier == "at_least"


def test_a_village_figure_stays_with_its_own_village():
    text = ("本报讯 渭源县驻村工作成效明显。在青石坪村，驻村工作队帮助群众种植花椒320亩；"
            "白杨沟村则新修产业路4.5公里。白杨沟村地处山区，村里还新建蓄水池6座。\n")
    facts = _facts(text)
    assert _one(facts, 320, "mu").region == "青石坪村"
    assert _one(facts, 4.5, "km").region == "白杨沟村"
    assert _one(facts, 6, "item").region == "白杨沟村"


def test_villages_in_the_plural_speak_for_their_county():
    text = ("本报讯 省财政厅驻村工作组在临洮县开展帮扶。一年来，工作组为帮扶村协调项目17个，"
            "争取资金410余万元。\n")
    facts = _facts(text)
    assert _one(facts, 17).region == "临洮县"
    assert _one(facts, 4_100_000).region == "临洮县"


def test_a_name_in_quotation_marks_is_not_a_place():
    text = ("本报讯 渭源县青石坪村第一书记引进“兰州某某环保科技有限公司”项目，"
            "一举增加村集体年收入12万元以上。\n")
    fact = _one(_facts(text), 120_000)
    assert fact.region == "青石坪村"


# --- short place names ---------------------------------------------------------------------------

def test_short_forms_of_a_province_and_of_a_county_written_in_full():
    text = "渭源县地处陇中。渭源今年选派驻村干部300名，甘肃全省选派8000名，甘肃日报记者报道。"
    names = [(p.name, text[p.start:p.end]) for p in PlaceFinder(text).find()]
    assert ("渭源县", "渭源") in names and ("甘肃省", "甘肃") in names
    assert sum(1 for _, written in names if written == "甘肃") == 1  # 甘肃日报 is a newspaper


def test_a_village_after_a_unit_stationed_there_and_a_post_are_not_places():
    text = "某某大学驻石门村工作队队长介绍，他曾到红岩乡挂任副乡长。投资60万元完善村级服务设施。"
    names = {p.name for p in PlaceFinder(text).find()}
    assert "石门村" in names and "红岩乡" in names
    assert not any(n.startswith(("某某大学", "挂任", "万元")) for n in names)


# --- money in secondary clauses, totals and rates -----------------------------------------------

def test_money_in_a_secondary_clause_is_a_funding_fact():
    text = "本报讯 渭源县驻村工作队共投入资金120万元，其中市级补助80万元，乡镇自筹12万元。\n"
    facts = _facts(text)
    for value in (1_200_000, 800_000, 120_000):
        assert _one(facts, value).kind == "funding"
    assert _one(facts, 800_000).basis == "total"


def test_money_without_yuan_after_an_investment_verb():
    text = "本报讯 驻村工作队队长说，去年投资35万,建了20亩香菇大棚。\n"
    facts = _facts(text)
    assert _one(facts, 350_000).unit == "yuan"
    assert _one(facts, 20, "mu").metric == "planting_area"


def test_amounts_listed_by_level_take_the_keyword_that_closes_the_sentence():
    text = ("本报讯 某省要求各级派出单位按照省级3万元、市级1.5万元、县级0.8万元标准，"
            "为选派的每名驻村干部安排工作经费。\n")
    facts = _facts(text)
    for value in (30_000, 15_000, 8_000):
        fact = _one(facts, value)
        assert fact.metric == "work_funds" and fact.basis == "per_person"
        assert fact.confidence <= 0.6  # the keyword is in another clause


def test_rates_written_out():
    text = ("本报讯 渭源县对驻村干部每人每月补贴800元，按每人每天50元标准发放生活补助，"
            "驻村第一书记人均每年工作经费2万元。\n")
    facts = _facts(text)
    assert _one(facts, 800).basis == "per_person"
    assert _one(facts, 50).basis == "per_person_day"
    assert _one(facts, 20_000).basis == "per_person_year"


def test_a_total_is_not_read_as_a_rate():
    text = "本报讯 渭源县今年共安排驻村工作经费28万元，为全县56名第一书记安排生活补助33.6万元。\n"
    facts = _facts(text)
    assert _one(facts, 280_000).basis == "total"
    assert _one(facts, 336_000).basis == "total"


def test_a_range_is_two_facts():
    text = "本报讯 驻村干部生活补助标准为70-120元/人·天，由派出单位承担。\n"
    facts = sorted(_facts(text), key=lambda f: f.value)
    assert [(f.value, f.qualifier, f.basis) for f in facts] == [
        (70, "at_least", "per_person_day"), (120, "at_most", "per_person_day")]


def test_a_count_range_is_a_norm():
    text = "本报讯 各派出单位各选派1-2个工作队，每个工作队帮扶2-3个行政村。\n"
    assert not [f for f in _facts(text) if f.value in (1, 2, 3)]


# --- lengths, counts, slogans --------------------------------------------------------------------

def test_lengths_in_metres_and_counts_with_approx():
    text = "本报讯 驻村工作队带领群众修建排水沟800多米，安装路灯46盏，帮助解决实际问题120余件。\n"
    facts = _facts(text)
    ditch = _one(facts, 0.8, "km")
    assert ditch.qualifier == "approx" and ditch.metric == "canal_km_repaired"
    assert _one(facts, 46, "item").metric == "facilities_built"
    assert _one(facts, 120, "item").qualifier == "approx"


def test_a_few_hundred_metres_of_a_site_whose_cost_is_given_describe_it():
    text = "本报讯 驻村工作队投资9万元新建灌溉渠600余米，另新修机耕道700米。\n"
    facts = _facts(text)
    assert _one(facts, 90_000).metric == "facilities_built"
    assert not [f for f in facts if f.value == pytest.approx(0.6)]
    assert _one(facts, 0.7, "km").metric == "road_km_built"


def test_slogans_are_not_counts():
    text = ("本报讯 渭源县坚持三个一批，实现两个全覆盖，落实“四个不摘”要求，"
            "全县驻村工作队覆盖贫困村136个。\n")
    facts = _facts(text)
    assert [f.value for f in facts] == [136]


def test_figures_in_quoted_speech_are_kept():
    text = "本报讯 第一书记说：“我们今年新修了3.5公里产业路，还带着大家种了260亩花椒。”\n"
    facts = _facts(text)
    assert _one(facts, 3.5, "km").metric == "road_km_built"
    assert _one(facts, 260, "mu").metric == "planting_area"


def test_villages_just_named_are_not_counted_again():
    text = "本报讯 经县财政局驻村工作队协调，市某公司向青石坪村和白杨沟村援助资金40万元，用于支持工作队帮扶的两个贫困村发展产业。\n"
    facts = _facts(text)
    assert _one(facts, 400_000).kind == "funding"
    assert not [f for f in facts if f.unit == "village"]


def test_vague_and_negated_figures_are_not_facts():
    text = "本报讯 几十位村民围坐在驻村工作队员身边。全村仍有12户尚未脱贫。\n"
    assert _facts(text) == []


# --- confidence ------------------------------------------------------------------------------------

def test_confidence_is_lower_for_doubtful_figures():
    text = ("本报讯 渭源县驻村工作队今年选派驻村干部651名。驻村工作队帮助青石坪村拓宽水渠300余米，"
            "新修产业路4.5公里。\n")
    facts = _facts(text)
    assert _one(facts, 651).confidence >= 0.8
    assert _one(facts, 0.3, "km").confidence < _one(facts, 4.5, "km").confidence
    assert _one(facts, 0.3, "km").confidence < 0.8


# --- the vocabulary seed -------------------------------------------------------------------------------

def test_vocabulary_seed_is_tidy_and_read_once():
    with VOCABULARY_SEED.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["kind"] for r in rows} == set(VOCABULARY_KINDS)
    keys = [(r["kind"], r["term"]) for r in rows]
    assert len(keys) == len(set(keys))
    assert load_vocabulary() is load_vocabulary()


def test_vocabulary_rows_change_behaviour(tmp_path):
    seed = tmp_path / "vocabulary.csv"
    seed.write_text("kind,term,value,factor,note\nscope,全域,galaxy,,\n", encoding="utf-8")
    with pytest.raises(ValueError, match="galaxy"):
        load_vocabulary(seed)
    seed.write_text("kind,term,value,factor,note\nunit,盏,count,,\n", encoding="utf-8")
    assert load_vocabulary(seed).mapping("unit") == {"盏": "count"}


# --- round 2: lists of villages, scope words with no place, counts of villages -----------------------

def test_villages_listed_with_one_suffix_stand_for_their_township():
    text = "本报讯 渭源县驻村工作队为会川镇石门、红岩、白杨村3个贫困村争取资金60万元。\n"
    facts = _facts(text)
    assert _one(facts, 600_000).region == "会川镇"
    assert _one(facts, 3, "village").region == "会川镇"


def test_villages_listed_across_townships_stand_for_their_county():
    text = "本报讯 渭源县驻村工作队在会川镇石门村、莲峰镇红岩村和白杨村3个贫困村建设光伏电站，共投入帮扶资金90万元。\n"
    facts = _facts(text)
    assert _one(facts, 3, "village").region == "渭源县"
    assert _one(facts, 900_000).region == "渭源县"


def test_a_sentence_about_several_villages_is_not_about_the_last_one_named():
    text = ("本报讯 渭源县会川镇石门村是驻村工作队帮扶的村子之一。石门村的党员活动室十分简陋。"
            "为此，工作队争取资金80万元，用于5个村的道路维修。\n")
    assert _one(_facts(text), 800_000).region == "会川镇"


def test_counted_villages_slogans_and_verbs_before_the_suffix_are_not_places():
    text = ("工作队申请将石门、红岩村五条村的资金统筹使用，按照一人包三村的办法，开展走村串户活动，"
            "着力强化村班子建设，其中石门村变化最大。本报讯石门村召开大会。")
    names = {p.name for p in PlaceFinder(text).find()}
    assert "红岩村" in names and "石门村" in names
    assert not names & {"五条村", "一人包三村", "中石门村", "讯石门村"}
    assert not [n for n in names if n.endswith("走村") or "强化" in n]


def test_a_scope_word_on_a_page_that_names_no_place_is_kept_as_written():
    text = "我省共选派第一书记5000名，派往全省3000个建档立卡贫困村，实现全覆盖。\n"
    facts = _facts(text)
    assert _one(facts, 5000).region == "我省"
    villages = _one(facts, 3000)
    assert villages.unit == "village" and villages.metric == "villages_covered" and villages.region == "全省"


def test_villages_counted_with_a_long_noun_phrase_in_a_dispatch_sentence():
    text = "本报讯 甘肃省选派驻村干部2万名，走进1200个偏远村庄，与群众同吃同住。\n"
    fact = _one(_facts(text), 1200)
    assert (fact.unit, fact.metric, fact.kind) == ("village", "villages_covered", "dispatch")
    assert fact.confidence < 0.8  # no keyword of its own
    # 分赴 (the cadres setting out for the villages) is a keyword of the villages covered
    assert _one(_facts(text.replace("走进", "分赴")), 1200).confidence >= 0.8


def test_a_part_of_a_count_given_in_the_sentence_before_is_not_another_figure():
    text = "本报讯 渭源县驻村工作队覆盖贫困村36个。其中会川镇石门、红岩村等贫困村8个，均已实现脱贫。\n"
    assert [f.value for f in _facts(text) if f.unit == "village"] == [36]


# --- round 2: background, stories, ranges, holders, purposes ------------------------------------------

def test_a_sentence_describing_the_village_is_background_not_an_outcome():
    text = ("本报讯 驻村第一书记所在的石门村总户数320户，总人口1200人，农民人均纯收入2300元。"
            "全村共有脱贫户48户。第一书记带领群众新修产业路3公里。\n")
    facts = _facts(text)
    assert [(f.value, f.unit) for f in facts] == [(3, "km")]


def test_encoding_residue_does_not_split_a_sentence():
    text = "本报讯 驻村工作队帮扶的石门村总户数200户，总?ab?80人，农民人均纯收入1900元。\n"
    assert _facts(text) == []


def test_the_people_a_reporter_visits_are_not_a_dispatch():
    text = "本报讯 本报记者在渭源县会川镇采访了两位驻村第一书记。\n"
    assert _facts(text) == []


def test_a_range_with_the_unit_written_at_both_ends():
    text = "本报讯 渭源县驻村干部生活补贴按80元/人·天至150元/人·天执行。\n"
    facts = sorted(_facts(text), key=lambda f: f.value)
    assert [(f.value, f.qualifier, f.basis, f.metric) for f in facts] == [
        (80, "at_least", "per_person_day", "living_subsidy"), (150, "at_most", "per_person_day", "living_subsidy")]


def test_yearly_money_named_for_a_secretary_is_per_head_and_for_a_team_is_not():
    text = "本报讯 渭源县每年保障第一书记工作经费2万元、驻村工作组工作经费3万元。\n"
    facts = _facts(text)
    assert _one(facts, 20_000).basis == "per_person_year"
    assert _one(facts, 30_000).basis == "per_year"


def test_money_whose_purpose_the_next_clause_names():
    text = "本报讯 渭源县每年保障第一书记工作经费2万元，每年另安排50万元，专门用于表彰奖励优秀驻村干部。\n"
    fact = _one(_facts(text), 500_000)
    assert (fact.kind, fact.metric, fact.basis) == ("funding", "award_funds", "per_year")


def test_a_yearly_dispatch_is_a_figure_and_a_bounded_period_a_norm():
    text = "本报讯 甘肃省每年向贫困村选派干部3万人。驻村工作队员每月走访群众不少于15户。\n"
    facts = _facts(text)
    assert [f.value for f in facts] == [30_000]


def test_new_wordings_from_the_seed():
    text = ("本报讯 渭源县驻村工作队全年劳务输出2.3万人次，全县12个村集体经济实现转亏为盈，"
            "石门村去年接待游客3万人次。县里为每名第一书记发放通讯费1000元。\n")
    facts = _facts(text)
    assert _one(facts, 23_000).metric == "jobs_created"
    assert (_one(facts, 12).metric, _one(facts, 12).unit) == ("other", "village")
    assert _one(facts, 30_000).metric == "other"
    assert _one(facts, 1000).metric == "communication_subsidy"


# --- round 2: what the confidence says -----------------------------------------------------------------

def test_a_figure_with_no_place_at_all_is_doubtful():
    text = "本报讯 今年新一轮选派驻村干部300名，全部到岗。\n"
    fact = _one(_facts(text), 300)
    assert fact.region is None and fact.confidence < 0.6


def test_an_outcome_stated_as_how_little_there_was_is_the_starting_point_not_a_result():
    text = ("本报讯 渭源县石门村驻村工作队到村时，村集体收入只有2万元，人均耕地不足0.8亩。"
            "一年来，石门村驻村工作队帮助村集体增收8万元。\n")
    facts = _facts(text)
    assert [f.value for f in facts if f.kind == "outcome"] == [80_000]
    assert _one(facts, 80_000).confidence >= 0.8


def test_a_figure_stated_as_what_there_is_is_less_sure_than_what_was_done():
    text = ("本报讯 渭源县石门村驻村工作队进村前，村集体收入原有2万元。"
            "一年来，石门村驻村工作队帮助村集体增收8万元。\n")
    facts = _facts(text)
    state, done = _one(facts, 20_000).confidence, _one(facts, 80_000).confidence
    assert state < 0.7 and done >= 0.8 and state <= done - 0.25


def test_one_village_of_several_named_is_less_sure_than_a_village_alone():
    alone = _one(_facts("本报讯 驻村工作队帮助石门村新修产业路4公里。\n"), 4, "km")
    among = _one(_facts("本报讯 驻村工作队走访了石门村、红岩村，帮助红岩村新修产业路4公里。\n"), 4, "km")
    # how much lower is fitted (seeds/confidence_weights.csv); that it is lower is the rule
    assert among.region == "红岩村" and among.confidence < alone.confidence
    assert among.signals["village_of_several"] == 1.0 and alone.signals["village_of_several"] == 0.0


def test_a_strong_figure_keeps_a_high_confidence():
    text = "本报讯 渭源县今年选派驻村第一书记120名，派驻驻村工作队员360名。\n"
    facts = _facts(text)
    assert _one(facts, 120).confidence >= 0.8 and _one(facts, 360).confidence >= 0.8


def test_the_villages_each_secretary_covers_are_a_figure_but_a_head_count_per_team_is_a_norm():
    text = ("本报讯 会川镇5名驻村第一书记组成联合工作队，每名第一书记帮包4个村。"
            "每个工作队不少于3人。\n")
    facts = _facts(text)
    assert _one(facts, 4, "village").metric == "villages_covered"
    assert not [f for f in facts if f.value == 3]


def test_a_provincial_round_up_keeps_its_province_for_figures_with_no_place_of_their_own():
    text = ("本报讯 记者从甘肃省委组织部获悉，今年甘肃共选派驻村第一书记8600名，全省驻村工作队实现全覆盖。\n"
            "各级财政每年为每个驻村工作队安排工作经费不少于2万元。\n"
            "在渭源县会川镇石门村，驻村工作队帮助群众新修产业路4公里。全县今年选派驻村干部412名。\n")
    facts = _facts(text)
    assert _one(facts, 20_000).region == "甘肃省"
    assert _one(facts, 4, "km").region == "石门村"
    assert _one(facts, 412).region == "渭源县"  # 全县 is the county the round-up names


def test_an_autonomous_region_organ_speaks_for_the_region():
    text = ("本报讯 今年西藏自治区选派驻村干部2万名。自治区财政按照每人每年3万元的标准安排驻村工作经费。"
            "渭源县驻村工作队帮助群众新修产业路4公里。\n")
    assert _one(_facts(text), 30_000).region == "西藏自治区"


def test_villages_along_a_route_are_no_village_name():
    text = ("本报讯 驻村工作队进驻石桥村后，为石桥村争取道路资金120万元，"
            "整修东环沿线村道，惠及沿线村群众。\n")
    facts = _facts(text)
    assert _one(facts, 1200000).region == "石桥村"


def test_a_figure_for_the_villages_along_a_route_stays_with_the_stationed_village():
    assert [p.name for p in PlaceFinder("该集团投资90万元，为东环沿线村修路。").find()] == []
    facts = _facts("本报讯 驻村工作队进驻石桥村。据悉，该集团投资90万元，为东环沿线村修路。\n")
    assert _one(facts, 900000).region == "石桥村"


def test_a_round_up_that_says_only_our_province_gives_placeless_figures_to_the_province_of_its_example():
    # the page never writes the province's name: its scope word as written, the province of its example in the parts
    text = ("渭源县某村第一书记在田间查看长势。\n"
            "我省第五批选派干部近日期满返回。\n"
            "三年来，选派干部帮助销售农产品3.6亿元。\n"
            "我省将继续做好选派工作，全省上下形成合力。\n")
    fact = _one(_facts(text), 360000000)
    assert (fact.region, fact.place.province) == ("我省", "甘肃省")


def test_villages_in_the_plural_speak_for_the_city_the_paragraph_is_about():
    text = ("本报讯 渭源县某村第一书记讲述驻村经历。\n"
            "今年，定西市上一轮选派的第一书记期满。据统计，这批干部结合各村实际，帮助3.2万名贫困人口脱贫。\n"
            "渭源县某村第一书记说，驻村两年收获很多。\n")
    facts = _facts(text)
    assert _one(facts, 32000).region == "定西市"


def test_a_slogan_after_a_village_is_no_village_and_urgent_matters_are_problems_solved():
    assert [p.name for p in PlaceFinder("实现重点村一村一队全覆盖。").find()] == []
    facts = _facts("本报讯 记者从渭源县获悉，全县驻村干部实现重点村一村一队，累计为群众解决急事难事3100件。\n")
    fact = _one(facts, 3100)
    assert fact.metric == "problems_solved" and fact.region == "渭源县"


def test_a_provincial_organ_sending_cadres_from_its_offices_is_the_unit_not_the_place():
    facts = _facts("本报讯 由甘肃省委宣传部从机关选派三名干部组成的工作队，自2015年9月入驻渭源县石桥村进行帮扶。"
                   "渭源县石桥村位于县城北部。\n")
    assert _one(facts, 3).region in ("石桥村", "渭源县")


def test_a_sentence_describing_the_village_as_it_was_is_background():
    text = ("本报讯 工作队进驻渭源县石桥村。\n"
            "石桥村辖9个村民小组，共420户，绝对贫困人口31户，全村人均纯收入仅为1960元。\n")
    assert not [f for f in _facts(text) if f.value == 1960]


def test_a_tractor_track_is_a_road_and_a_sewer_is_a_drain():
    facts = _facts("本报讯 驻渭源县石桥村工作队争取资金，硬化一条800米的机耕道，新建下水道1200米。\n")
    assert _one(facts, 0.8, "km").metric == "road_km_built"
    assert _one(facts, 1.2, "km").metric == "canal_km_repaired"


def test_a_round_figure_written_without_digits_is_approximate():
    from flows.reports.numbers import find_quantities
    text = "工作队为村里筹集资金近百万元，另有上千万元的项目在谈。百万元的说法和老百姓无关。"
    found = [(q.value, q.qualifier) for q in find_quantities(text, 0, len(text))]
    assert found == [(1000000.0, "approx"), (10000000.0, "approx")]


def test_two_counts_of_villages_joined_by_a_conjunction_are_both_figures():
    facts = _facts("本报讯 某油田工作队陆续入驻渭源县6个村和临洮县4个村，开启新一轮驻村工作。\n")
    assert _one(facts, 6, "village").region == "渭源县"
    assert _one(facts, 4, "village").region == "临洮县"


def test_a_poverty_rate_brought_down_is_an_outcome_in_percent():
    facts = _facts("本报讯 驻渭源县石桥村工作队帮扶三年，石桥村贫困发生率降至0.8%。\n")
    fact = _one(facts, 0.8, "percent")
    assert fact.kind == "outcome"


def test_villages_brought_out_of_poverty_are_an_outcome_not_villages_covered():
    facts = _facts("本报讯 定西市上一轮选派的第一书记期满。据统计，这批干部帮助23个贫困村摘帽。\n")
    fact = _one(facts, 23, "village")
    assert fact.kind == "outcome" and fact.metric != "villages_covered"


def test_the_length_of_a_road_surface_is_a_road_built_and_its_width_is_no_figure():
    facts = _facts("本报讯 驻石桥村工作队争取资金，将全长2.6公里、宽4米的整条路面重新铺设。\n")
    assert _one(facts, 2.6, "km").metric == "road_km_built"
    assert not [f for f in facts if f.value == pytest.approx(0.004)]
