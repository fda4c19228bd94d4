"""The size each team is sent with (每个驻村工作队4名成员, 每个扶贫工作队3至5人) is a count of team members, a range two
facts; a bound (不少于3人) stays a norm and a make-up post by post (由1名队长、1名…组成) no count. A sector's output
in the region's statistics (农业总产值, 农产品加工业…产值) is no figure of the programme (seed kind economy_statistic).
Every sentence is made up for the test: invented places and figures; none is taken from a page.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one

_OPENING = "赣州讯 宁都县黄陂镇杨依村驻村工作队扎实开展帮扶。"


def test_the_size_of_each_team_is_its_members():
    fact = one(facts_of(_OPENING + "按全县统一部署，每个驻村工作队4名成员。"), 4, "person")
    assert (fact.kind, fact.metric, fact.qualifier) == ("dispatch", "team_members_dispatched", "exact")


def test_a_range_of_team_sizes_is_two_bounds():
    facts = [f for f in facts_of(_OPENING + "全县派出扶贫工作队86个，每个扶贫工作队3至6人。") if f.unit == "person"]
    assert sorted((f.value, f.qualifier, f.metric) for f in facts) == [
        (3, "at_least", "team_members_dispatched"), (6, "at_most", "team_members_dispatched")]


def test_a_bound_on_team_size_or_its_make_up_is_no_count():
    facts = facts_of(_OPENING + "每个驻村队不能少于3人。每个工作队由1名队长、2名队员组成。")
    assert not [f for f in facts if f.unit == "person"]


def test_a_sectors_output_in_the_regions_statistics_is_no_figure():
    facts = facts_of(_OPENING + "今年以来，全县完成农业总产值6.2亿元。招来企业12家，农产品加工业全年产值57亿元。")
    assert not [f for f in facts if f.unit == "yuan"]
