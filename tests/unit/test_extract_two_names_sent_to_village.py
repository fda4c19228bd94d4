"""Two names joined by 和 (或 、) as the object of the posting verb, then where both were sent (选派NAME和NAME到某村
任第一书记): both are cadres of that village with the post that follows. Every sentence is made up for the test:
invented places and names.
"""
from __future__ import annotations

from tests.unit.extract_asserts import roles_and_villages

OPENING = "宁都讯 宁都县洛口镇杨依村驻村工作队扎实开展帮扶。"


def test_two_names_sent_to_one_village():
    people = roles_and_villages(OPENING + "去年4月，石城县委组织部选派芮远航和柏章福到洋坑村任“第一书记”。")
    assert people.get("芮远航") == ("first_secretary", "洋坑村")
    assert people.get("柏章福") == ("first_secretary", "洋坑村")


def test_two_names_with_pinyin_residue_and_traditional_script():
    people = roles_and_villages(OPENING + "去年4月，石城縣委組織部選派芮(ruì)遠航和柏章福到洋坑村任“第一書(shū)記”。")
    assert people.get("芮远航") == ("first_secretary", "洋坑村")
    assert people.get("柏章福") == ("first_secretary", "洋坑村")


def test_one_name_sent_is_still_read_alone():
    people = roles_and_villages(OPENING + "石城县委组织部选派芮远航到洋坑村任第一书记。")
    assert people == {"芮远航": ("first_secretary", "洋坑村")}
