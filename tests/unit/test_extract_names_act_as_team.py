"""Names listed, then the team they form and the verb of hurrying there (组成工作组奔赴某县), or the team they act
as, named at more length (NAME、NAME两人作为某局新一批驻村工作组，到某县…驻村), are that team's members; villages
counted there (三个贫困村) are no village's name. Every sentence is made up for the test: invented places and names.
"""
from __future__ import annotations

from tests.unit.extract_asserts import roles_and_villages

OPENING = "宁都讯 宁都县洛口镇杨依村驻村工作队扎实开展帮扶。"


def test_names_forming_a_group_that_hurries_to_a_township():
    found = roles_and_villages(OPENING + "2016年3月，省林业厅芮远航、柏志明、芮晓岚、柏章福组成工作组奔赴石城县洛口镇，开始两年的帮扶。")
    assert {"芮远航", "柏志明", "芮晓岚", "柏章福"} <= set(found)


def test_names_acting_as_a_team_named_at_length():
    found = roles_and_villages(OPENING + "2017年2月，学校选派副校长芮远航、柏志明、芮晓岚三人作为本单位新一批驻村第一书记工作组，"
                                         "到石城县三个贫困村驻村。")
    assert {"柏志明", "芮晓岚"} <= set(found)
    assert all(village != "三个贫困村" for _, village in found.values())


def test_a_count_that_disagrees_with_the_names_reads_none():
    found = roles_and_villages(OPENING + "学校选派芮晓岚、柏章福四人作为第一书记工作组，到石城县挂职。")
    assert "柏章福" not in found
