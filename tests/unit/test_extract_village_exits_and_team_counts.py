"""Counts of villages and teams the earlier rules misread: villages that met the standard and left poverty
(N个村均达标出列) are a result, not villages covered; teams named by the campaign (N个乡村振兴工作队) are teams,
the 村 of 乡村振兴 counting no villages; cadres counted right before the teams they make up (N名干部M个工作队)
are those sent. Sentences written here."""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one

OPENING = "宁都讯 洛口镇杨依村驻村工作队扎根基层。"


def test_villages_that_met_the_standard_and_left_poverty_are_a_result():
    fact = one(facts_of(OPENING + "到去年底，石城县17个重点村已达标出列。"), 17)
    assert (fact.kind, fact.metric, fact.unit) == ("outcome", "other", "village")


def test_teams_named_by_the_campaign_are_counted_as_teams():
    fact = one(facts_of(OPENING + "石城县完善包村机制，组建了96个乡村振兴工作队。"), 96)
    assert (fact.metric, fact.unit) == ("teams_dispatched", "team")


def test_cadres_counted_before_the_teams_they_make_up_are_those_sent():
    facts = facts_of(OPENING + "石城县完善包村机制，415名干部、96个乡村振兴工作队分驻各村。")
    cadres, teams = one(facts, 415), one(facts, 96)
    assert (cadres.metric, cadres.unit) == ("cadres_dispatched", "person")
    assert (teams.metric, teams.unit) == ("teams_dispatched", "team")


def test_villages_built_up_to_a_class_counted_after_it_are_a_result_of_no_place_named_by_the_class():
    facts = facts_of("石城讯 石城县驻村工作队扎根基层。全县开展环境整治，建成生态宜居村41个、精品特色村9个。")
    for value in (41, 9):
        fact = one(facts, value)
        assert (fact.kind, fact.metric, fact.unit) == ("outcome", "other", "village")
        assert fact.region == "石城县"


def test_the_whole_a_share_is_taken_of_is_not_the_figures_scope():
    text = "赣州讯 赣州市驻村工作队扎根基层。至2015年，全市贫困人口约占全省的1/5；贫困村936个，占全省贫困村的12.4%。"
    assert one(facts_of(text), 936).region in ("全市", "赣州市")


def test_households_bounding_the_size_of_villages_are_no_households_reached():
    facts = facts_of(OPENING + "目前，全镇公厕覆盖率、30户以上自然村通自来水率均达100%。")
    assert [f for f in facts if f.unit == "household"] == []


def test_documents_counted_by_their_titles_are_no_villages():
    facts = facts_of(OPENING + "洛口镇出台行政村事务和村干部考勤两个《办法》，规范履职。")
    assert [f for f in facts if f.value == 2] == []


def test_villages_counted_after_the_bound_their_income_passed():
    facts = facts_of("赣州讯 赣州市驻村工作队扎根基层。工作队帮助村集体经济收入超过10万元的村达到172个。")
    fact = one(facts, 172)
    assert (fact.metric, fact.unit) == ("villages_income_over_50k", "village")
    assert [f for f in facts if f.value == 100000] == []


def test_villages_party_bodies_counted_then_improved_passive_are_a_result():
    text = "福州讯 福建省驻村工作队扎根基层。2019年，年内排查出的643个后进村党组织得到加强。"
    fact = one(facts_of(text), 643)
    assert (fact.kind, fact.metric) == ("outcome", "other")


def test_the_poor_villages_a_place_has_in_its_poverty_profile_are_no_villages_covered():
    text = OPENING + "石城县曾有贫困村54个，贫困人口9万余人，贫困发生率18%。"
    assert [f for f in facts_of(text) if f.value == 54] == []


def test_poor_villages_counted_where_cadres_are_sent_stay_covered():
    fact = one(facts_of(OPENING + "石城县共有贫困村129个，每村都派驻了工作队。"), 129)
    assert fact.metric == "villages_covered"


def test_a_task_group_of_the_leadership_is_no_stationed_team():
    facts = facts_of(OPENING + "县里成立指挥部，组建16个专项工作组。")
    assert [f for f in facts if f.value == 16] == []
