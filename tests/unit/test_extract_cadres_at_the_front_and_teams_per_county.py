"""Classes from the K tuned folds, on sentences written here: poverty cadres counted at work on the front line
(N名扶贫干部战斗在…一线) are cadres dispatched, a roadbed laid (长N公里的路基) is a road built, and divisions
counted, each sent a team (向N个贫困县分别派驻工作队), count the teams."""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one

OPENING = "宁都讯 洛口镇杨依村驻村工作队进村三年。"


def test_poverty_cadres_counted_at_work_are_cadres_dispatched():
    fact = one(facts_of(OPENING + "全县5600多名扶贫干部常年战斗在村里。"), 5600)
    assert (fact.kind, fact.metric) == ("dispatch", "cadres_dispatched")


def test_a_roadbed_laid_is_a_road_built():
    fact = one(facts_of(OPENING + "不到两个月，一段宽4.5米、长1.5公里的路基修好了。"), 1.5)
    assert fact.metric == "road_km_built"


def test_divisions_each_sent_a_team_count_the_teams():
    fact = one(facts_of("宁都讯 全区今年向57个贫困县分别派驻一支驻村工作队。"), 57)
    assert (fact.metric, fact.unit) == ("teams_dispatched", "team")
