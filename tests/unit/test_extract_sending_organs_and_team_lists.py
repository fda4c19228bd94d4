"""Classes of text read in the seventh session of issue 7, a test or two each: a dispatch total broken down by the
organs of each sending level with no verb of sending; … Guards check what must stay as it was. Every sentence is made
up for the test (real division names, invented villages and people); none is taken from a page.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one, roles_and_villages


def test_a_total_broken_down_by_the_organs_of_each_sending_level_gives_each_part():
    facts = facts_of("太原讯 今年青海省向贫困村派出驻村干部3210名。这批干部多数是各单位的业务骨干。"
                     "其中，省直部门单位240人，市直单位810人，国有企业、事业单位160人；"
                     "少数民族干部515人，女干部622人。\n")
    parts = {f.value: f.region for f in facts if f.kind == "dispatch"}
    assert {240, 810, 160} <= set(parts) and all(parts[v] == "青海省" for v in (240, 810, 160))
    assert not {515, 622} & set(parts)  # who the cadres are (minorities, women) is no part sent by an organ


def test_a_sum_after_ji_is_what_the_rate_before_it_comes_to_over_its_holders():
    facts = facts_of("宁德讯 县里为驻村干部兜牢保障。市里给35名第一书记每人每年拨付4000元的交通补贴计14万元。\n")
    assert one(facts, 4000).basis == "per_person_year"
    assert one(facts, 140000).basis == "total"


def test_guard_an_expected_rate_stays_a_rate():
    facts = facts_of("宁德讯 县里为驻村干部兜牢保障。市里给第一书记每人每月预计发放伙食补贴600元。\n")
    assert one(facts, 600).basis != "total"


def test_teams_sent_to_villages_of_two_townships_of_a_county_are_the_countys():
    facts = facts_of("南充讯 市中医院今年3月选派5名骨干组成2支工作队，进驻营山县骆市镇青杠村和小桥街道柏林村蹲点帮扶。\n")
    assert one(facts, 5).region == one(facts, 2).region == "营山县"


def test_guard_teams_sent_to_one_village_stay_the_villages():
    facts = facts_of("南充讯 市中医院今年3月选派5名骨干组成2支工作队，进驻营山县骆市镇青杠村蹲点帮扶。\n")
    assert one(facts, 5).region == "青杠村"


def test_members_named_right_after_their_team_with_no_post_between_are_its_members():
    people = roles_and_villages("恩施讯 咸丰县活龙坪乡青岩村驻村工作队扎实开展帮扶。座谈时，乡长点名表扬了驻村工作队"
                                "郑海波和田进同志。交接以后，工作队郑海波、田进、刘永刚逐户走访。\n")
    assert people == {name: ("team_member", "青岩村") for name in ("郑海波", "田进", "刘永刚")}


def test_guard_a_team_word_that_runs_into_a_longer_word_names_no_one():
    # 工作队伍: the ranks of the teams; the character after the team word opens a word with its last one
    people = roles_and_villages("恩施讯 咸丰县活龙坪乡青岩村驻村工作队扎实开展帮扶。为让各驻村工作队伍早日熟悉村情，"
                                "乡里组织了培训。\n")
    assert people == {}


def test_a_year_written_with_niandu_dates_a_sum_and_sets_no_yearly_rate():
    facts = facts_of("福州讯 省里下达驻村经费。2023年度驻村干部工作经费350万元近日拨付到位。\n")
    assert one(facts, 3_500_000).basis == "total"


def test_a_yearly_amount_of_a_team_listed_after_a_yearly_amount_per_head_is_per_year():
    facts = facts_of("商洛讯 市里按每年每位第一书记8000元、每支驻村工作队1.5万元的标准下拨工作经费。\n")
    assert one(facts, 8000).basis == "per_person_year"
    assert one(facts, 15000).basis == "per_year"


def test_people_counted_in_a_round_hundred_thousand_or_ten_thousand_with_ming_are_a_rough_figure():
    from flows.reports.numbers import find_quantities

    read = {text: [(q.value, q.unit, q.qualifier) for q in find_quantities(text)]
            for text in ("动员千名驻村队员进村", "选派百名第一书记", "万名干部下基层", "干部20余万名", "走进千家万户")}
    assert read == {"动员千名驻村队员进村": [(1000, "person", "approx")],
                    "选派百名第一书记": [(100, "person", "approx")],
                    "万名干部下基层": [(10000, "person", "approx")],
                    "干部20余万名": [(200000, "person", "approx")],  # the 万 of the figure before, not a round one
                    "走进千家万户": []}
    facts = facts_of("濮阳讯 元宵节前，清丰县动员千名驻村队员入户看望困难群众。\n")
    assert (one(facts, 1000).region, one(facts, 1000).qualifier) == ("清丰县", "approx")


def test_a_count_then_when_and_who_arranged_it_then_the_verb_of_stationing_is_the_villages():
    facts = facts_of("阿克苏讯 各单位驻村工作队扎实开展工作。某电力公司驻村工作队8名队员是今年3月5日经地区统一安排进驻"
                     "托万克村的。\n")
    assert one(facts, 8).region == "托万克村"


def test_a_transliterated_village_name_ending_in_qi_written_twice_is_a_village():
    from flows.reports.regions import PlaceFinder

    found = [p.name for p in PlaceFinder("工作队进驻阿热其村后，走访了阿热其村的农户。").find()]
    assert found == ["阿热其村", "阿热其村"]
    assert PlaceFinder("驻村工作队及其村干部一起入户。").find() == []  # 其, the pronoun: its village's cadres


def test_villages_counted_before_a_visit_to_console_are_villages_covered():
    facts = facts_of("湘西讯 春节前，驻村帮扶的各后盾单位筹措物资，走进该县24个扶贫村入户慰问。\n")
    assert (one(facts, 24).metric, one(facts, 24).unit) == ("villages_covered", "village")


def test_guard_villages_a_reporter_goes_to_for_a_story_are_no_figure():
    facts = facts_of("湘西讯 驻村帮扶有了起色。本报记者分赴5个扶贫村专访第一书记。\n")
    assert not [f for f in facts if f.value == 5 and f.unit == "village"]


def test_people_counted_after_shouxun_are_people_trained():
    facts = facts_of("永顺讯 驻村工作队开办农民讲习所，一年来累计受训2600余人次。\n")
    assert (one(facts, 2600).metric, one(facts, 2600).unit) == ("people_trained", "person_time")


def test_stationed_cadres_counted_before_helping_people_out_of_poverty_are_cadres_sent():
    # 驻村干部 holds 村干部 (a village's own cadres, people a post may work for): the stationed cadres are the count
    facts = facts_of("兰州讯 近年来全省累计选派2300名驻村干部助力脱贫。\n")
    assert (one(facts, 2300).kind, one(facts, 2300).metric) == ("dispatch", "cadres_dispatched")
    assert one(facts, 2300).confidence >= 0.8  # the keyword right after the count, not one further away


def test_a_count_right_after_a_word_of_likeness_is_a_figure_of_speech():
    facts = facts_of("济宁讯 驻村第一书记帮村里建起6个草莓大棚，村民说这些大棚就像三台致富的发动机。\n")
    assert [f.value for f in facts if f.kind == "outcome"] == [6]


def test_figures_of_a_page_about_a_zone_no_gazetteer_holds_are_the_zones():
    facts = facts_of("本报讯 结对帮扶开展以来，高新区各结对帮扶队伍和第一书记沉到一线，已入户看望群众2600余人次，"
                     "落实帮扶资金150余万元。\n")
    assert one(facts, 2600).region == one(facts, 1_500_000).region == "高新区"


def test_households_counted_by_their_noun_with_no_classifier_are_households():
    from flows.reports.numbers import find_quantities

    read = {text: [(q.value, q.unit) for q in find_quantities(text)] for text in ("给60余贫困户发放种苗", "2021贫困户名单")}
    assert read == {"给60余贫困户发放种苗": [(60, "household")], "2021贫困户名单": []}


def test_a_figure_of_several_villages_on_a_page_naming_one_township_and_no_county_is_the_townships():
    facts = facts_of("本报讯 工作队员们开车赶赴青山乡石门、白岩、柳溪村运送春耕物资。"
                     "“谢谢你们！”白岩村的老党员拉着驻白岩村第一书记的手说。"
                     "据了解，工作队给石门、白岩、柳溪三个村90余贫困户发放了种苗。\n")
    assert one(facts, 90).region == "青山乡"


def test_culverts_laid_are_facilities_built():
    facts = facts_of("宜昌讯 驻村第一书记协调资金，为村里三组铺设涵洞4个。\n")
    assert (one(facts, 4).metric, one(facts, 4).unit) == ("facilities_built", "item")


def test_an_income_raised_from_a_level_to_a_round_sum_in_words_is_that_sum():
    from flows.reports.numbers import find_quantities

    assert [(q.value, q.qualifier) for q in find_quantities("收入突破千万")] == [(10_000_000, "at_least")]
    assert find_quantities("百万雄师过大江") == []  # a round figure in words with no verb of reaching: a phrase
    for sentence, value in (("村集体收入从零提高到百万。", 1_000_000), ("村集体收入由3万元提高到12万。", 120_000)):
        facts = facts_of("丽江讯 驻村第一书记在石鼓镇新村待了三年，" + sentence + "\n")
        assert (one(facts, value).unit, one(facts, value).region) == ("yuan", "石鼓镇")


def test_names_then_their_count_and_noun_forming_a_team_that_first_arrives_are_its_members():
    people = roles_and_villages("黔东南讯 2003年3月，由省交通厅、省林业厅的韦建明、潘红、龙宏远3名骨干组成的扶贫工作队，"
                                "首次来到锦屏县河口乡瑶光村蹲点。\n")
    assert people == {name: ("team_member", "瑶光村") for name in ("韦建明", "潘红", "龙宏远")}


def test_villages_and_a_few_cadres_the_reporter_visits_are_the_storys_not_figures():
    facts = facts_of("长治讯 全县选派驻村第一书记120名。春节前，记者来到壶关县，先后走访了5个村庄和那里的3位驻村第一书记。\n")
    assert [f.value for f in facts if f.kind == "dispatch"] == [120]


def test_a_places_villages_counted_with_no_verb_before_a_clause_counting_some_of_them_are_its_make_up():
    facts = facts_of("长治讯 壶关县选派驻村第一书记。全县380多个村庄，有126个贫困村派驻了第一书记。\n")
    assert [f.value for f in facts if f.unit == "village"] == [126]
    guard = facts_of("长治讯 壶关县选派驻村第一书记。全县38个村，都派驻了第一书记。\n")
    assert [f.value for f in guard if f.unit == "village"] == [38]  # no part counted after it: the figure stays
