"""Classes of text read in the ninth session of issue 7, a test or two each: the programme under the name of a
pairing campaign or of the work groups sent; the place a sum of money went, named right after it. Guards check
what must stay as it was. Every sentence is made up for the test (real division names, invented villages and
people); none is taken from a page.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one, roles_and_villages

LEAD = "赣州讯 宁都县黄陂镇杨依村驻村工作队扎实开展帮扶。"


def test_a_pairing_campaign_is_the_programme_by_another_name():
    for text in ("会昌县开展联村联户行动以来，县直单位选派312名干部进村入户。\n",
                 "会昌县双联行动深入推进，县直单位选派312名干部进村入户。\n"):
        assert one(facts_of(text), 312).kind == "dispatch", text


def test_work_groups_sent_by_name_of_the_group_are_the_programme():
    facts = facts_of("会昌县开展后进村整治，全县选派工作组46个，抽调进村的机关干部138名。\n")
    assert one(facts, 46).metric == "teams_dispatched"
    assert one(facts, 138).kind == "dispatch"


def test_guard_an_article_without_any_programme_word_yields_nothing():
    assert facts_of("会昌县开展后进村整治，全县共整治村庄46个，修路138公里。\n") == []


def test_money_is_the_place_s_named_right_after_it_with_a_verb_of_helping_or_building():
    facts = facts_of(LEAD + "市水利局投资210万元实施了杨依村水渠改造工程；落实资金7.5万元帮助"
                     "洋坑村修好了便民桥。\n")
    assert one(facts, 2_100_000).region == "杨依村"
    assert one(facts, 75_000).region == "洋坑村"


def test_guard_money_with_no_place_after_it_keeps_the_clause_s_place():
    facts = facts_of(LEAD + "洋坑村去年争取资金35万元，在村口建成一座桥。\n")
    assert one(facts, 350_000).region == "洋坑村"


def test_a_vague_multitude_is_no_figure():
    for sentence in ("工作队在杨依村和数万名市民之间搭起了销售渠道。", "成千上万名游客来到杨依村。"):
        assert not [f for f in facts_of(LEAD + sentence + "\n") if f.unit == "person"], sentence


def test_a_round_ten_thousand_in_words_that_one_cadre_belongs_to_is_no_count():
    facts = facts_of("赣州讯 钟立新只是全省万名第一书记中的一员，江西省已选派1.2万名第一书记。\n")
    assert [f.value for f in facts if f.unit == "person"] == [12_000]


def test_guard_a_round_ten_thousand_in_words_sent_still_counts():
    facts = facts_of("赣州讯 江西省今年选派万名干部驻村帮扶。\n")
    assert one(facts, 10_000).kind == "dispatch"


def test_money_of_a_supply_agreement_is_goods_sold_not_funds_won():
    fact = one(facts_of(LEAD + "工作队协调市里三家超市与合作社签订了86万元的购销合同。\n"), 860_000)
    assert (fact.kind, fact.metric) == ("outcome", "consumption_purchases")


def test_a_bare_ten_thousand_after_money_advanced_or_approved_is_money():
    facts = facts_of(LEAD + "杨依村道路硬化工程已获批320万；一家光伏企业垫资近90万，为村里改造了线路。\n")
    assert one(facts, 3_200_000).unit == "yuan"
    assert one(facts, 900_000).unit == "yuan"


def test_cadres_who_took_up_their_posts_are_cadres_sent():
    facts = facts_of("赣州讯 会昌县驻村工作队组建完毕，全县326名干部本周已进点。\n")
    assert one(facts, 326).metric == "cadres_dispatched"


def test_the_next_sums_of_a_list_after_a_verb_of_winning_are_won_too():
    facts = facts_of(LEAD + "工作队先后为村里争取了60万元村道硬化项目、25万元饮水改造工程、8万元路灯安装项目。\n")
    assert {(f.value, f.kind) for f in facts if f.unit == "yuan"} == {
        (600_000, "funding"), (250_000, "funding"), (80_000, "funding")}


def test_guard_a_sum_after_a_clause_break_keeps_its_own_keyword():
    facts = facts_of(LEAD + "工作队争取资金60万元，村里投入25万元硬化村道。\n")
    assert one(facts, 250_000).metric != "funds_secured"


def test_teams_named_by_their_help_go_where_the_verb_after_them_sends_them():
    facts = facts_of("赣州讯 赣州市人社局、赣州市医保局等单位的6支乡村振兴帮扶队分别入驻会昌县。\n")
    assert one(facts, 6).region == "会昌县"


def test_firms_counted_with_the_household_classifier_are_no_households():
    for sentence in ("去年以来，14户民营企业结对帮扶黄陂镇。", "14户国有企业帮扶杨依村发展产业。"):
        assert not [f for f in facts_of(LEAD + sentence + "\n") if f.unit == "household"], sentence


def test_guard_households_helped_stay_households():
    assert one(facts_of(LEAD + "工作队帮助23户脱贫户发展产业。\n"), 23).unit == "household"


def test_members_named_right_after_their_work_group_are_team_members():
    people = roles_and_villages("赣州讯 会昌县驻村工作队扎实开展帮扶。在筠门岭镇洋坑村，驻村工作组钟立新、"
                                "赖文华到农户家走访。\n")
    assert people == {"钟立新": ("team_member", "洋坑村"), "赖文华": ("team_member", "洋坑村")}


def test_guard_a_work_group_with_no_name_after_it_names_nobody():
    assert roles_and_villages("赣州讯 会昌县驻村工作队扎实开展帮扶。省委工作组到洋坑村调研。\n") == {}
