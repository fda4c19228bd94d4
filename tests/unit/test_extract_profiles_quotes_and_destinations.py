"""Figures the earlier rules put on the wrong kind or place, or read where nothing was done: a sum named as a fund
whose name holds a result word (“产业增收资金”), money a villager quotes as granted to himself (给我补贴), a
place's land and a site's ground (土地N亩, 占地N亩), the households of a village and those among them
(N户农户中有脱贫户M户), cadres counted by the place they are posted to (N名派驻某县的干部), a sum used in a
village (款项全部用于某村…), and a village named after a time word (年底某村). Sentences written here."""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one

OPENING = "宁都讯 洛口镇杨依村驻村工作队扎根基层。"


def test_a_sum_named_as_a_fund_is_money_put_in_not_a_result():
    fact = one(facts_of(OPENING + "每个村都安排了20万元的“产业增收资金”。"), 200000)
    assert (fact.kind, fact.metric) == ("funding", "matching_funds")


def test_money_a_villager_quotes_as_granted_to_himself_is_no_programme_money():
    facts = facts_of(OPENING + "贫困户柏章福说：“去年住院花了6000多元。我是低保户，乡里给我补助了1500元。”")
    assert [f for f in facts if f.kind == "funding"] == []


def test_money_a_cadre_quotes_for_his_village_stays():
    fact = one(facts_of(OPENING + "芮远航说：“单位给我们村争取了60万元。”"), 600000)
    assert fact.kind == "funding"


def test_a_places_land_and_a_sites_ground_are_no_area_worked():
    text = OPENING + "杨依村由5个自然村组成，人口2860人，土地3700亩。今年将建设占地15亩的文化广场。"
    assert [f for f in facts_of(text) if f.unit == "mu"] == []


def test_land_worked_after_its_noun_stays():
    fact = one(facts_of(OPENING + "工作队流转土地260亩，种植油茶。"), 260)
    assert fact.metric == "planting_area"


def test_the_households_of_a_village_and_the_poor_among_them_are_its_profile():
    facts = facts_of(OPENING + "杨依村186户农户中有脱贫户41户。")
    assert [f for f in facts if f.value == 41] == []


def test_cadres_counted_by_the_place_they_are_posted_to_are_that_places():
    text = "赣州讯 章贡区驻村工作队扎根基层。章贡区46家单位同帮扶村结成对子，28名派驻石城县的干部吃住在村。"
    assert one(facts_of(text), 28).region == "石城县"


def test_a_sum_used_in_a_village_is_that_villages():
    text = ("赣州讯 章贡区驻村工作队扎根基层。据统计，章贡区共筹措帮扶资金38.6万元，"
            "款项全部用于石城县杨依村村部修缮。")
    assert one(facts_of(text), 386000).region == "杨依村"


def test_a_village_named_after_the_end_of_a_year_keeps_its_name():
    fact = one(facts_of(OPENING + "2016年底杨依村人均年收入涨到5600元。"), 5600)
    assert fact.region == "杨依村"


def test_a_rise_written_with_wei_keeps_its_end_value():
    facts = facts_of(OPENING + "杨依村集体收入由2017年的2.8万元提升为11.2万元。")
    assert [f.value for f in facts if f.unit == "yuan"] == [112000]


def test_works_done_for_two_villages_named_before_are_their_townships():
    text = ("赣州讯 市司法局驻洛口镇杨依村和北辛庄村帮扶组扎根基层。市司法局增加投入，"
            "为两村栽下4200余棵果苗、新修4座公厕，各装62盏路灯。")
    for value in (4200, 4, 62):
        assert one(facts_of(text), value).region == "洛口镇"


def test_a_provinces_scope_word_on_a_page_that_never_names_it_is_kept_as_written_with_the_provinces_parts():
    facts = facts_of("合肥讯 肥西县驻村工作队扎根基层。2021年夏天，我省新一轮选派8650名干部进驻2917个村任第一书记。")
    fact = one(facts, 8650)
    assert (fact.region, fact.region_level) == ("我省", "province")
    assert (fact.place.province, fact.place.adcode, fact.place.level) == ("安徽省", "340000", "province")


def test_a_provinces_scope_word_on_a_page_that_names_it_takes_its_name():
    facts = facts_of("合肥讯 安徽省肥西县驻村工作队扎根基层。2021年夏天，我省新一轮选派8650名干部进驻2917个村。")
    assert one(facts, 8650).region == "安徽省"


def test_the_households_of_a_village_and_how_many_of_them_are_poor_are_its_profile():
    facts = facts_of(OPENING + "全村186户人家就有142户属于贫困户。")
    assert [f for f in facts if f.value == 142] == []


def test_the_verb_of_going_opens_no_village_name():
    # 赴某村考察: a trip to learn, the place no part of the figure's; 赴 no part of the name
    facts = facts_of(OPENING + "村两委赴北辛庄村考察后，新建文化广场2个。")
    assert one(facts, 2).region == "杨依村"


def test_rural_construction_written_with_xiang_names_no_township():
    facts = facts_of("宁都讯 石城县驻村工作队扎根基层。石城县大力推动文旅乡建，选派8名干部到重点村任第一书记。")
    assert one(facts, 8).region == "石城县"


def test_visits_counted_in_households_are_households():
    fact = one(facts_of(OPENING + "今年以来，工作队入户走访312户次。"), 312)
    assert (fact.metric, fact.unit) == ("households_visited", "household")


def test_works_built_in_a_later_clause_of_a_sentence_that_describes_the_place_stay():
    facts = facts_of(OPENING + "这里过去主要以种玉米为主，工作队先抓基础设施，新修农机路9.5公里，新打水窖31眼。")
    assert one(facts, 9.5).metric == "road_km_built" and one(facts, 31).metric == "facilities_built"


def test_households_registered_as_poor_in_a_profile_are_no_work():
    # 建档立卡 builds nothing: the profile word later in the sentence still makes the figure the place's own
    facts = facts_of(OPENING + "杨依村总户数520户，识别建档立卡贫困户172户，是个贫困村。")
    assert [f for f in facts if f.value == 172] == []


def test_a_villagers_herd_named_with_de_is_his_own():
    facts = facts_of(OPENING + "2019年4月，村民柏章福养的40头牛到了出栏的时候，却找不到买家。")
    assert [f for f in facts if f.value == 40] == []
