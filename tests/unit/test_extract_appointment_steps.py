"""NAME，某年某月经个人申请，某局党组研究，报请某部批准，被派驻到某村担任第一书记: the steps of an appointment (an
application, a unit's deliberation, a superior's approval) between the name and the posting. Every sentence is
made up for the test: invented places and names.
"""
from __future__ import annotations

from tests.unit.extract_asserts import people_by_name

OPENING = "宁都讯 宁都县洛口镇杨依村驻村工作队扎实开展帮扶。"


def test_application_deliberation_and_approval_before_the_posting():
    text = (OPENING + "现任县中医院药剂科副主任职务的芮远航，2022年3月经个人申请，县卫健局党组研究，报县委组织部批准，"
            "被派驻到洛口镇杨依村担任第一书记一职。芮远航说，村里的事就是自己的事。")
    person = people_by_name(text)["芮远航"]
    assert (person.role, person.village, person.start) == ("first_secretary", "杨依村", "2022-03")


def test_an_application_alone_before_the_posting():
    person = people_by_name(OPENING + "柏志明，2020年9月经本人申请，被派驻到杨依村担任第一书记。")["柏志明"]
    assert (person.role, person.village) == ("first_secretary", "杨依村")
