"""A village whose name is one character and 村 twice (某村村, a natural village's name made the village's) is read
whole after a copula or a preposition (是某村村比较偏远…), when the page writes it so before a word that 村 cannot open;
a village of a longer name before 村民 keeps its own name. Every sentence is made up for the test: invented places
and names.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one, roles_and_villages

OPENING = "宁都讯 宁都县洛口镇杨依村驻村工作队扎实开展帮扶。"
STORY = ("“引水是坪村村群众最盼的事。”第一书记芮远航说。两年来，坪村村在工作队带领下，新修水渠3.5公里。"
         "上寨是坪村村最远的自然村，硬化道路4.2公里。")


def test_the_village_after_a_copula_is_read_whole():
    fact = one(facts_of(OPENING + STORY), 4.2)
    assert fact.region == "坪村村"


def test_the_cadre_is_placed_in_the_whole_village():
    assert roles_and_villages(OPENING + STORY)["芮远航"] == ("first_secretary", "坪村村")


def test_a_longer_name_before_villagers_keeps_its_name():
    fact = one(facts_of(OPENING + "工作队带领杨依村村民硬化道路2.7公里。"), 2.7)
    assert fact.region == "杨依村"
