"""A division named as where a person comes from (这个某省汉子, 某省籍干部, 某地小伙) is no place the figures are
about: it neither anchors a figure nor carries over to the figures after it (seed kind origin_noun).
Every sentence is made up for the test: invented places and figures; none is taken from a page.
"""
from __future__ import annotations

import pytest

from tests.unit.extract_asserts import facts_of, one

_OPENING = ("赣州讯 市里选派干部来到江西省宁都县，当起了黄陂镇杨依村的第一书记。杨依是贫困村，有贫困户86户。"
            "两年来，")


@pytest.mark.parametrize("origin", ["这个皮肤晒黑的湖南汉子", "这位四川籍干部", "这个广西小伙", "这个山东姑娘"])
def test_figures_after_a_cadres_province_of_origin_stay_with_the_village(origin):
    facts = facts_of(_OPENING + origin + "天天走家串户。到今年年底，已有79户贫困户脱贫，贫困发生率降到0.4%。")
    assert one(facts, 79, "household").region == "杨依村"
    assert one(facts, 0.4, "percent").region == "杨依村"


def test_a_province_that_is_the_subject_still_anchors_its_figures():
    facts = facts_of(_OPENING + "湖南省累计选派驻村第一书记1.2万名。")
    assert one(facts, 12000, "person").region == "湖南省"
