"""People named in reports: the common written forms of the stationed posts and of names without a Han
surname (Tibetan, Uyghur with and without the middle dot, Yi, Mongolian). Every sentence here is made up for
the test (invented names, villages and units); none is taken from a real page.
"""
from __future__ import annotations

import pytest

from flows.reports.extract import extract_text


def _people(text: str) -> dict:
    return {p.name: (p.role, p.village) for p in extract_text(text).people}


@pytest.mark.parametrize("post, role", [
    ("驻村帮扶干部", "team_member"),
    ("驻村扶贫干部", "team_member"),
    ("乡村振兴指导员", "team_member"),
])
def test_a_stationed_cadre_named_for_the_aid_work_or_as_rural_revitalisation_instructor(post, role):
    assert _people(f"青岚村{post}周致远带领群众修通了村道。") == {"周致远": (role, "青岚村")}
    assert _people(f"县水利局派驻青岚村的{post}周致远带领群众修通了村道。") == {"周致远": (role, "青岚村")}


def test_the_aid_cadres_as_a_common_noun_name_no_one():
    assert _people("驻村帮扶干部深入农户家中宣讲政策，驻村扶贫干部们逐户走访。") == {}


@pytest.mark.parametrize("name", [
    "吉克阿牛", "沙马阿呷", "海来木呷", "曲比阿果", "马海木呷",  # Yi: a clan name, then a given name
    "额尔敦巴雅尔", "斯琴高娃", "孟和朝鲁", "哈斯巴根", "图门吉日嘎拉",  # Mongolian, no surname
    "买买提吐尔洪", "热孜万古丽",  # Uyghur written without the middle dot
])
def test_a_name_without_a_han_surname_made_of_the_parts_such_names_are_made_of(name):
    assert _people(f"石门村第一书记{name}带领群众修通了村道。") == {name: ("first_secretary", "石门村")}


@pytest.mark.parametrize("name", ["艾尔肯·阿不都热依木", "努尔兰·哈力木拉提", "买买提‧吐尔洪", "买买提・吐尔洪"])
def test_a_dotted_name_whose_second_part_runs_longer_than_a_han_given_name_or_with_another_dot(name):
    assert _people(f"石门村驻村工作队队长{name}带领群众修通了村道。") == {name: ("team_leader", "石门村")}
