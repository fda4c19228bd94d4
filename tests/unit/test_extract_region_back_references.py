"""Region classes: where a figure goes when a sentence points back
(该村), when a village is written after its community, and similar. Every sentence is made up for the test:
invented names, villages, units and figures; none is taken from a real page.
"""
from __future__ import annotations

from flows.reports.extract import extract_text
from tests.unit.extract_asserts import one as _one


def test_gaicun_points_back_to_the_village_its_own_sentence_names_not_the_story_s_last_village():
    text = ("本报讯 石门县帮扶工作队为青岭镇柳湾村争取资金30万元，修好2公里道路。"
            "该县水利局驻青岭镇杏花村工作队开展卫生整治，使该村获得奖励8万元，争取财政资金12.5万元。\n")
    facts = extract_text(text).facts
    assert _one(facts, 300_000).region == "柳湾村"
    assert _one(facts, 125_000).region == "杏花村"


def test_a_village_written_after_its_community_is_read_even_before_a_noun_like_nei():
    from flows.reports.regions import PlaceFinder
    text = "本报讯 日前，在石桥镇杏林社区杏林村内，工作队栽下树苗。\n"
    assert "杏林村" in {p.name for p in PlaceFinder(text).find()}


def test_a_city_organ_that_sends_its_own_team_or_gives_money_in_a_village_s_story_is_not_the_figures_place():
    text = ("本报讯 日前，在石桥镇杏林社区杏林村内，工作队栽下树苗。这是市委组织部驻村工作组开展的活动。"
            "驻村以来，市委组织部从办公经费中拨出5000元，印制手册。工作组协调村干部，成立了3家养牛合作社。\n")
    facts = extract_text(text).facts
    assert _one(facts, 5000).region == "杏林村"
    assert _one(facts, 3).region == "杏林村"


def test_quanqu_on_a_page_about_a_county_of_an_autonomous_region_is_the_region():
    text = ("本报讯 在日喀则市定日县岗嘎村，驻村工作队帮村民修水渠。"
            "自2015年全区开展驻村活动以来，每年都有一万多名干部进驻4000多个行政村。\n")
    facts = extract_text(text).facts
    assert _one(facts, 4000).region == "西藏自治区"


def test_a_level_s_organs_after_a_time_word_speak_for_the_level():
    text = ("本报讯 日前，温州市召开新一批农村工作指导员座谈会，平阳县有关负责人参加。"
            "今年市级机关、国企等74个单位一共派出农村工作指导员81名。\n")
    assert _one(extract_text(text).facts, 81).region == "温州市"


def test_jizhen_after_li_is_the_distance_to_a_market_town_not_a_township():
    from flows.reports.regions import PlaceFinder
    text = "本报讯 青石村是经济薄弱村，离集镇15公里。\n"
    assert [p.name for p in PlaceFinder(text).find()] == ["青石村"]


def test_a_village_s_title_ending_in_chuangyou_cun_names_no_village():
    from flows.reports.regions import PlaceFinder
    text = "本报讯 柳湾村成为基层党建创优村。\n"
    assert [p.name for p in PlaceFinder(text).find()] == ["柳湾村"]


def test_a_province_opening_the_organ_things_come_from_after_cong_is_not_the_figures_place():
    text = ("本报讯 石门县青岭镇柳湾村是薄弱村。驻村以来，第一书记带领村民修路3公里。"
            "这个村又从湖南省林科院引进茶苗，开发茶园300亩。\n")
    assert _one(extract_text(text).facts, 300).region == "柳湾村"


def test_a_village_named_like_a_common_word_after_zai_is_a_village():
    text = ("本报讯 石门县驻村工作队在青岭镇柳湾村修路2公里。"
            "县林业局在胜利村引进茶苗，扶持30户农户种植茶叶80亩。\n")
    facts = extract_text(text).facts
    assert _one(facts, 80).region == "胜利村"


def test_a_village_described_after_a_demonstrative_and_written_once_is_the_storys_village():
    text = ("本报讯 2019年，驻村工作队来到石门县柳湾村。在大家努力下，这个曾经缺水少路的大石坳村完成9条组级道路建设。\n")
    assert _one(extract_text(text).facts, 9).region == "柳湾村"


def test_a_village_named_again_after_a_demonstrative_is_still_its_own():
    text = ("本报讯 驻村工作队来到石门县柳湾村，又去了杏花村。这个远近闻名的杏花村完成9条组级道路建设。杏花村很美。\n")
    assert _one(extract_text(text).facts, 9).region == "杏花村"
