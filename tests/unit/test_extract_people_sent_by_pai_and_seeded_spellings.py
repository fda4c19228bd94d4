"""A cadre sent by the bare verb 派 and then going on to the village by 前往 (某厅派NAME前往某村任…): people.ONE_SENT;
a stationed cadre named with her sex inside the post (驻村女干部NAME) and a surname the built-in list lacks (丘):
seed rows of person_cues.csv, no code. Every sentence is made up for the test: invented names, units and places.
"""
from __future__ import annotations

import pytest

from tests.unit.extract_asserts import people_by_name, roles_and_villages


@pytest.mark.parametrize("text, role", [
    ("赣州讯 2019年5月，省林业厅派芮远航前往宁都县黄陂镇杨依村当驻村第一书记，带领群众种植脐橙。", "first_secretary"),
    ("赣州讯 2019年5月，省林业厅派芮远航前往宁都县黄陂镇杨依村任驻村工作队队长。", "team_leader"),
])
def test_a_cadre_sent_by_pai_to_a_village_by_qianwang_is_read_with_the_sending_unit(text, role):
    person = people_by_name(text)["芮远航"]
    assert (person.role, person.village, person.dispatch_unit) == (role, "杨依村", "省林业厅")


def test_pai_before_a_word_that_is_no_name_reads_no_cadre():
    assert people_by_name("赣州讯 宁都县黄陂镇杨依村驻村工作队派出所有队员前往杨依村开展走访。") == {}


def test_a_stationed_woman_cadre_is_a_team_member_of_her_village():
    text = "赣州讯 在宁都县黄陂镇杨依村，驻村女干部芮晓岚正在核对低保名单。芮晓岚说，驻村以来走访了全村农户。"
    assert roles_and_villages(text) == {"芮晓岚": ("team_member", "杨依村")}


def test_a_first_secretary_of_the_hakka_surname_qiu_is_read():
    text = "赣州讯 2019年，宁都县林业局驻杨依村第一书记丘远航来到村里，村里正忙着修渠。"
    assert roles_and_villages(text) == {"丘远航": ("first_secretary", "杨依村")}
