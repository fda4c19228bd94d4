"""Classes of text around dispatch counts: totals larger than any province's, a work team named for the aid it
gives counted in people, a destination written with 至, and hazards removed counted by the spot. Every sentence
is made up for the test (real division names, invented units and figures); none is taken from a page.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one


def test_dispatch_totals_larger_than_any_provinces_are_the_countrys():
    facts = facts_of("平山县讯 那几年，21.3万支工作队、280万名驻村干部奔赴各地。平山县选派工作队95支。\n")
    assert one(facts, 213000, "team").region == "全国"
    assert one(facts, 2800000, "person").region == "全国"
    # the county's own count stays the county's
    assert one(facts, 95, "team").region == "平山县"


def test_a_work_team_named_for_its_aid_counted_in_people_is_its_members_and_goes_where_zhi_points():
    fact = one(facts_of("省农商银行派出驻村帮扶工作队9人，至平山县岗南镇开展帮扶。\n"), 9, "person")
    assert (fact.kind, fact.metric, fact.region) == ("dispatch", "team_members_dispatched", "岗南镇")


def test_hazards_removed_counted_by_the_spot_are_an_outcome():
    fact = one(facts_of("石门村讯 驻村工作队带领群众清理垃圾，消除安全隐患7处。\n"), 7, "item")
    assert (fact.kind, fact.metric) == ("outcome", "other")


def test_a_rate_the_work_raised_is_an_outcome_in_percent():
    fact = one(facts_of("石门村讯 第一书记庞世杰帮助脱贫户外出务工，脱贫劳动力就业率提高到92%。\n"), 92, "percent")
    assert (fact.kind, fact.metric) == ("outcome", "other")
