"""NAME去年8月刚参加工作，便被派到某村驻村: a clause of the person's own, opening with when, then 便/就 and the
posting in the passive: the person named is the one sent (named again on the page). Every sentence is made up
for the test: invented places and names.
"""
from __future__ import annotations

from tests.unit.extract_asserts import roles_and_villages

OPENING = "宁都讯 宁都县洛口镇杨依村驻村工作队扎实开展帮扶。"


def test_sent_after_a_clause_of_the_persons_own():
    text = OPENING + "洛口镇政府的干部芮晓岚前年9月刚入职，便被派到了杨依村驻村扶贫。“一开始两眼一抹黑。”芮晓岚说。"
    assert roles_and_villages(text).get("芮晓岚") == ("team_member", "杨依村")


def test_sent_with_jiu_after_a_dated_clause():
    text = OPENING + "县林业局干部柏志明2020年刚调来，就被派到杨依村驻村。柏志明说，村里人很热情。"
    assert roles_and_villages(text).get("柏志明") == ("team_member", "杨依村")


def test_a_clause_without_a_time_ties_nothing():
    text = OPENING + "村民柏章福家里养了十头牛，便被请到杨依村驻村工作队的会上介绍经验。柏章福说，养牛不难。"
    assert "柏章福" not in roles_and_villages(text)
