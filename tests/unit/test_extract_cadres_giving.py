"""Money given by party members who are cadres (党员干部捐出…) is the programme's gift, not what villagers give of
their own (facts: PEOPLE_GIVING_RE no longer takes 党员 before 干部); aid money written 帮扶款/扶贫款 is money put
in (seed: matching_funds keywords). Villagers and members giving of their own stay unread. Every sentence is made
up for the test: invented places and sums.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one

OPENING = "宁都讯 宁都县洛口镇杨依村驻村工作队扎实开展帮扶。"


def test_party_member_cadres_giving_goods_worth_a_sum():
    fact = one(facts_of(OPENING + "党员干部为困难户捐赠了30000余元的慰问物资。"), 30000)
    assert (fact.kind, fact.metric, fact.qualifier) == ("funding", "donation", "approx")


def test_aid_money_written_as_bangfukuan():
    fact = one(facts_of(OPENING + "工作队还把16000元帮扶款送到农户手中。"), 16000)
    assert (fact.kind, fact.unit) == ("funding", "yuan")


def test_villagers_and_members_giving_of_their_own_stay_unread():
    facts = facts_of(OPENING + "村里党员自愿捐款5000元，村民纷纷捐出3000元。")
    assert not [f for f in facts if f.value in (5000, 3000)]
