"""Money and places the earlier rules misread: a sum spent buying goods for a village (为某村购置N万元的某物)
after a clause that built something, money brought to a village with goods (带着N件物品和N万元), a place's
epithet (某某之乡) read as a township, and a sentence saying what a place is known as, whose figures are its
standing, not the work's. Sentences written here."""
from __future__ import annotations

from flows.reports.regions import PlaceFinder
from tests.unit.extract_asserts import facts_of, one

OPENING = "宁都讯 洛口镇杨依村的帮扶队进村已满三年。"


def test_a_sum_spent_buying_goods_for_the_village_is_money_put_in():
    fact = one(facts_of(OPENING + "队员们粉刷了村部，又给杨依村购买2.3万元的电脑桌椅。"), 23000)
    assert (fact.kind, fact.metric) == ("funding", "matching_funds")


def test_a_sum_put_into_building_stays_a_works_figure():
    fact = one(facts_of(OPENING + "工作队投资2.3万元新建村部。"), 23000)
    assert fact.kind in ("outcome", "funding") and fact.metric != "donation"


def test_money_brought_with_goods_is_a_gift():
    fact = one(facts_of(OPENING + "县林业局局长一行带着30盏太阳能路灯和15万元的发展款走进杨依村。"), 150000)
    assert (fact.kind, fact.metric) == ("funding", "donation")


def test_an_epithet_ending_in_xiang_is_no_township():
    text = "宁都讯 杨依村是有名的脐橙之乡，也是茶叶之乡。"
    assert [(p.name, p.level) for p in PlaceFinder(text).find(0, len(text))] == [("宁都县", "county"), ("杨依村", "village")]


def test_what_a_place_is_known_as_gives_its_standing_not_results():
    assert facts_of(OPENING + "杨依村向来是远近闻名的脐橙之乡，脐橙种了1.2万亩，一年卖8000万元。") == []


def test_a_place_made_into_such_a_home_by_the_work_keeps_its_result():
    fact = one(facts_of(OPENING + "工作队把杨依村打造成脐橙之乡，新种脐橙1200亩。"), 1200)
    assert (fact.metric, fact.region) == ("planting_area", "杨依村")


def test_villagers_of_a_production_team_name_no_village():
    text = "宁都讯 洛口镇二队村民芮远航说，三组村民也来了。杨依村村民很高兴。"
    assert [(p.name, p.level) for p in PlaceFinder(text).find(0, len(text))] == [
        ("宁都县", "county"), ("洛口镇", "township"), ("杨依村", "village")]


def test_people_and_households_a_work_reaches():
    facts = facts_of(OPENING + "队员引导村民栽种黄精600亩，这个产业覆盖农户17户51人。")
    assert (one(facts, 17).kind, one(facts, 17).unit) == ("outcome", "household")
    assert (one(facts, 51).kind, one(facts, 51).unit) == ("outcome", "person")
    fact = one(facts_of(OPENING + "帮扶队凑钱打了一口深井，解决了48户203人吃水难的问题。"), 203)
    assert (fact.metric, fact.unit) == ("other", "person")


def test_a_villages_people_counted_with_no_verb_of_reaching_stay_unread():
    assert [f for f in facts_of(OPENING + "杨依村地处山区，全村521户1815人。") if f.unit in ("person", "household")] == []


def test_a_total_with_its_people_in_brackets_then_the_part_out_and_a_rise_from_a_years_value():
    facts = facts_of(OPENING + "去年底，杨依村71户贫困户(230人)现已有70户(227人)稳定脱贫，"
                               "他们每人每年的收入从2015年的2890元达到7150元。")
    assert sorted((f.value, f.unit) for f in facts) == [(70, "household"), (227, "person"), (7150, "yuan")]


def test_a_slogan_counted_in_cards_is_no_figure():
    assert facts_of(OPENING + "工作组把“修路、建房和种果”当作必须打好的三张牌。") == []


def test_what_the_whole_village_did_is_no_profile_and_land_let_out_is_worked():
    facts = facts_of(OPENING + "全村共完成660亩荒山的出租，村集体一年增收79200元。")
    assert sorted((f.value, f.unit) for f in facts) == [(660, "mu"), (79200, "yuan")]
    assert [f for f in facts_of(OPENING + "全村共420户，人均收入3000元。") if f.kind == "outcome"] == []


def test_a_figure_credited_to_the_works_help_after_a_profile_clause():
    fact = one(facts_of(OPENING + "杨依村现有常住人口312户1150人，这几年在帮扶队的带领下，人均收入提高到1.5万元。"), 15000)
    assert (fact.metric, fact.region) == ("income_increase", "杨依村")
    assert [f for f in facts_of(OPENING + "杨依村现有常住人口312户1150人，人均收入6000元。") if f.unit == "yuan"] == []


def test_a_quoted_epithet_after_de_is_no_village():
    text = "宁都讯 杨依村地处两省交界地，是宁都通往大西北的“口子村”。"
    assert [(p.name, p.level) for p in PlaceFinder(text).find(0, len(text))] == [("宁都县", "county"), ("杨依村", "village"),
                                                                                ("宁都县", "county")]


def test_equal_sums_named_apart_in_one_sentence_are_two():
    facts = facts_of(OPENING + "队员给杨依村支部送去1000元办公经费，又给一位老党员送去1000元生活费。")
    assert [f.value for f in facts] == [1000, 1000]
    assert [f.value for f in facts_of(OPENING + "工作队投入10万元，其中10万元用于修路。")] == [100000]


def test_a_thing_given_to_the_villager_quoting_it_is_his_own():
    assert facts_of(OPENING + "“多亏了帮扶队，那年村里为我盖起1栋大棚。”村民柏章福说。") == []
    fact = one(facts_of(OPENING + "“工作队为我们村修了3座桥。”村民柏章福说。"), 3)
    assert fact.metric == "facilities_built"


def test_what_a_village_keeps_listed_with_no_verb_is_no_result():
    assert facts_of(OPENING + "村内肉牛260头、山羊1500只。") == []
    assert one(facts_of(OPENING + "全村养牛380头，比去年多了一倍。"), 380).unit == "item"


def test_a_photo_caption_with_its_credit_inside_a_story_keeps_the_story_whole():
    from flows.reports.segment import segment
    text = ("宁都讯 洛口镇杨依村第一书记芮远航扎根三年。\n"
            "杨依村新修的村道。某某网记者柏文涛摄\n"
            "三年来，村集体收入从4600元涨到15.8万元，脱贫户人均收入也从2900元涨到9600元。\n")
    articles = segment(text)
    assert [a.kept for a in articles] == [True]
    assert sorted(f.value for f in facts_of(text)) == [9600, 158000]


def test_building_new_villages_after_its_verb_names_no_village():
    text = "宁都讯 该村近两年一直进行新村建设，还清理了河道1500米。"
    assert [(p.name, p.level) for p in PlaceFinder(text).find(0, len(text))] == [("宁都县", "county")]
    text = "宁都讯 洛口镇杨依新村建设了文化广场。"
    assert ("杨依新村", "village") in [(p.name, p.level) for p in PlaceFinder(text).find(0, len(text))]


def test_a_villages_migrant_workers_are_no_jobs_created():
    assert facts_of(OPENING + "村里常年在外务工人员200多人。") == []
    fact = one(facts_of(OPENING + "工作队帮助村里200多人外出务工。"), 200)
    assert fact.metric == "jobs_created"


def test_a_hamlet_named_village_the_page_posts_cadres_to():
    text = "宁都讯 那年春天，县文联两名干部派驻西柏庄驻村。西柏庄地处深山。"
    assert [(p.name, p.level) for p in PlaceFinder(text).find(0, len(text))] == [
        ("宁都县", "county"), ("西柏庄", "village"), ("西柏庄", "village")]
    text = "宁都讯 村里的农庄开展采摘活动。"
    assert ("农庄", "village") not in [(p.name, p.level) for p in PlaceFinder(text).find(0, len(text))]
