"""People named in reports: names listed right after a dispatch verb and counted, then the post
they take (两位“第一书记”) or the team they form (3名骨干组成工作队); a team's possessive before a word that is no name.
Every sentence here is made up for the test (invented names, villages and units); none is taken from a real page.
"""
from __future__ import annotations

import pytest

from tests.unit.extract_asserts import roles_and_villages as _people


@pytest.mark.parametrize("post", ["两位第一书记", "两位“第一书记”", "两名驻村第一书记"])
def test_names_sent_and_counted_take_the_post_written_after_the_count(post):
    text = f"今年5月，市交通局选派张文海、李春林{post}驻村帮扶，两人很快进入角色。"
    assert _people(text) == {"张文海": ("first_secretary", None), "李春林": ("first_secretary", None)}


def test_names_sent_and_counted_that_form_a_team_are_its_members_in_the_one_village_named():
    text = "今年5月，市医院选派张文海、李春林、王小梅3名骨干组成工作队，进驻青石县柳树镇石门村开展帮扶。"
    assert {n: r for n, (r, _) in _people(text).items()} == dict.fromkeys(["张文海", "李春林", "王小梅"], "team_member")
    assert {v for _, v in _people(text).values()} == {"石门村"}


def test_names_sent_but_not_as_many_as_the_count_name_no_one():
    assert _people("今年5月，市交通局选派张文海、李春林三位第一书记驻村帮扶。") == {}


@pytest.mark.parametrize("text", ["这些变化离不开驻村工作队的辛勤付出。", "石门村驻村工作队的关怀让村民很感动。"])
def test_an_ordinary_word_the_analyser_tags_as_a_person_s_after_a_team_s_possessive_is_no_name(text):
    assert _people(text) == {}


def test_a_name_after_a_team_s_possessive_is_still_its_member():
    assert _people("市交通局驻石门村工作队的张文海每天走访农户。") == {"张文海": ("team_member", "石门村")}


def test_names_each_after_its_age_listed_before_the_post_are_all_the_post_s():
    text = "35岁的张文海和29岁的李春林是石门村的驻村工作队员。"
    assert _people(text) == {"张文海": ("team_member", "石门村"), "李春林": ("team_member", "石门村")}


def test_the_unit_and_title_between_the_post_s_de_and_the_name():
    text = "村民口中的王书记，就是前些年担任石门村党支部第一书记的市交通局干部王文海。"
    assert _people(text) == {"王文海": ("first_secretary", "石门村")}


def test_no_name_after_the_post_s_de_and_a_titled_noun_the_analyser_does_not_vouch_for():
    assert _people("石门村第一书记的工作得到了市交通局领导的肯定。") == {}


@pytest.mark.parametrize("title", ["副局长", "副厅长", "干部"])
def test_a_titled_cadre_qualified_by_a_stay_in_a_village_counted_in_years(title):
    text = f"村民们专程去城里看望曾在石门村驻村四年多的市商务局{title}王文海。"
    assert _people(text) == {"王文海": ("team_member", "石门村")}


def test_a_stay_qualifying_a_pronoun_names_no_one():
    assert _people("在石门村驻村三年的他，常去看望村民王大山。") == {}


_LEAD = "这是驻村工作队入驻以来办的实事之一。"


@pytest.mark.parametrize("first", ["张文海", "市水务局办公室副主任张文海"])
def test_a_name_and_colleagues_listed_and_sent_in_the_passive_to_a_village(first):
    text = f"{_LEAD}去年8月，{first}及同事李春林、王小梅被派驻到柳树镇石门村开展帮扶工作。"
    assert _people(text) == dict.fromkeys(["张文海", "李春林", "王小梅"], ("team_member", "石门村"))


def test_a_village_of_one_character_after_its_township_is_where_the_names_were_sent():
    text = f"{_LEAD}去年8月，张文海及同事李春林被派驻到青石镇杨村开展帮扶工作。"
    assert _people(text) == dict.fromkeys(["张文海", "李春林"], ("team_member", "杨村"))


def test_names_sent_to_every_village_of_a_township_name_no_village_and_no_one():
    assert _people(f"{_LEAD}去年8月，张文海及同事李春林被派驻到青石镇各村开展帮扶工作。") == {}


def test_a_profile_then_a_posting_after_the_arrangement_it_follows_is_the_profiled_cadre_s():
    text = ("张文海，男，汉族，现年51岁，中共党员，市民政局办公室主任。2021年6月，根据全市工作安排，"
            "到青石县柳树镇石门村当驻村工作队员，一干就是三年。")
    assert _people(text) == {"张文海": ("team_member", "石门村")}


def test_a_villager_profiled_before_a_posting_of_someone_else_is_not_taken():
    text = "村民张大山今年51岁。2021年6月，根据村里安排，到石门村担任驻村工作队员的王强来了。"
    assert "张大山" not in _people(text)


@pytest.mark.parametrize("names", [["张文海"], ["张文海", "李春林"]])
def test_names_arriving_in_a_village_right_after_a_batch_posting_is_announced_take_its_post(names):
    text = f"去年3月，随着市里启动第二批第一书记派驻工作，{'、'.join(names)}来到石门村后，每周都住在村里。"
    assert _people(text) == dict.fromkeys(names, ("first_secretary", "石门村"))


@pytest.mark.parametrize("text", ["随着第一书记派驻工作的推进，村民张大山来到村委会。",
                                  "随着第一书记派驻工作，记者王强来到石门村采访。"])
def test_a_villager_or_a_reporter_after_a_batch_posting_is_announced_is_not_taken(text):
    assert _people(text) == {}


@pytest.mark.parametrize("rank", ["中校", "少校", "上尉"])
def test_a_military_rank_right_after_the_name_closes_it_before_the_post(rank):
    assert _people(f"张文海{rank}是市军分区驻石门村工作队队长。") == {"张文海": ("team_leader", "石门村")}
