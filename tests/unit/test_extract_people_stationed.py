"""Classes of text that name a stationed cadre, met on the tuning pool of the 2026-12 round: one test per rule of
flows/reports/people.py or seed class, and a negative test where the rule could take a villager or an official.
Every sentence is made up for the test: invented names, villages, units and dates; none is taken from a page.
"""
from __future__ import annotations

from tests.unit.extract_asserts import people_by_name as _people


# --- Tibetan names with no dot: two common name parts after a post --------------------------------------

def test_two_common_tibetan_name_parts_after_a_team_leader_post_are_a_name():
    people = _people("“水渠修好了，庄稼不愁了。”某县青石村第十二批驻村工作队队长欧珠朗杰说。\n")
    assert set(people) == {"欧珠朗杰"}
    assert (people["欧珠朗杰"].role, people["欧珠朗杰"].village) == ("team_leader", "青石村")


def test_two_common_tibetan_name_parts_after_a_first_secretary_post_before_jieshao():
    people = _people("青石村第一书记次珠央宗介绍，今年村里新建了两座温室。\n")
    assert set(people) == {"次珠央宗"}


# --- role spellings: a poverty-relief team or a help group without 工作, the village work instructor ---------

_OPENING = "县林业局选派驻村工作队进驻柳溪村开展帮扶。"


def test_leader_of_a_poverty_relief_team_written_without_gongzuo_is_the_team_leader():
    people = _people(_OPENING + "“今年重点修渠。”柳溪村扶贫队队长韩立伟介绍说。\n")
    assert (people["韩立伟"].role, people["韩立伟"].village) == ("team_leader", "柳溪村")


def test_leader_of_a_help_group_is_the_team_leader():
    people = _people(_OPENING + "柳溪村帮扶组组长韩立伟说，今年村里修了路。\n")
    assert people["韩立伟"].role == "team_leader"


def test_village_work_instructor_is_a_stationed_team_member():
    people = _people(_OPENING + "派驻柳溪村的农指员韩立伟说，今年村里修了路。\n")
    assert (people["韩立伟"].role, people["韩立伟"].village) == ("team_member", "柳溪村")


# --- a name after a post, bounded by a conjunction and another title -------------------------------------

def test_name_after_a_post_closed_by_a_conjunction_and_another_title_is_read_with_the_storys_village():
    people = _people("2023年8月，周明接过青石村第一书记的接力棒。前任第一书记郝涓和时任村党委书记刘大成都告诉他：修路是大事。\n")
    assert (people["郝涓"].role, people["郝涓"].village) == ("first_secretary", "青石村")
    assert "刘大成" not in people  # the village's own party secretary


# --- profile copula: the name the subject of 是 and a post, or of a profile sentence before a posting -------

def test_name_subject_of_shi_and_a_team_member_post_then_posted_to_a_village_written_without_cun():
    people = _people("吴合三是驻村工作队员，2019年，他被派驻至双溪，积极工作的同时，也见证了这里的变化。"
                     "这几年，双溪村的路修好了，吴合三说。\n")
    assert (people["吴合三"].role, people["吴合三"].village) == ("team_member", "双溪村")


def test_profile_sentence_then_a_pronoun_posted_to_a_village_as_first_secretary():
    people = _people("周明是市交通集团规划中心副主任。2022年5月，他作为市委组织部第六批选派的驻村干部，到青石村担任第一书记。\n")
    assert (people["周明"].role, people["周明"].village) == ("first_secretary", "青石村")


def test_profile_sentence_followed_by_a_pronoun_sentence_with_no_posting_names_no_cadre():
    people = _people("周明是市交通集团规划中心副主任。2022年5月，他到青石村看望了第一书记。\n")
    assert "周明" not in people


# --- names listed before a team is formed -----------------------------------------------------------------

def test_names_listed_before_forming_a_work_group_that_enters_a_village_are_its_members():
    people = _people("2018年3月，市农业局的周明、吴建华、郑红军组成3人驻村工作组进驻青石，开展帮扶工作。"
                     "青石村有120户。周明作为组长，扶贫期限是2年。\n")
    assert set(people) == {"周明", "吴建华", "郑红军"}
    assert {p.village for p in people.values()} == {"青石村"}
    assert people["周明"].role == "team_leader"
    assert (people["吴建华"].role, people["郑红军"].role) == ("team_member", "team_member")


def test_names_listed_before_forming_a_team_the_count_does_not_agree_with_are_not_read():
    people = _people("2018年3月，市农业局的周明、吴建华组成3人驻村工作组进驻青石村，开展帮扶工作。\n")
    assert not {"周明", "吴建华"} & set(people)


# --- a posting to a township with the aid it is for, then one name or several ------------------------------

_BANK = "某银行从全行选派20名干部驻村驻乡开展定点帮扶。"


def test_cadres_posted_to_a_township_for_aid_are_listed_team_members_of_that_township():
    people = _people(_BANK + "5月8日，驻青山县柳河乡扶贫干部韩立伟、邵明轩深入石桥村调研。\n")
    assert set(people) == {"韩立伟", "邵明轩"}
    assert {p.role for p in people.values()} == {"team_member"}
    assert people["韩立伟"].township == "柳河乡"


def test_a_name_the_analyser_doubts_after_a_township_posting_ends_before_a_verb():
    people = _people(_BANK + "驻青山县柳河乡扶贫干部韩立伟、邵建前往石桥村走访。\n")
    assert set(people) == {"韩立伟", "邵建"}


def test_a_township_posting_without_an_aid_word_names_no_cadre():
    # 驻镇干部: a township's own cadres, not stationed by the programme
    assert _people(_BANK + "驻柳河镇干部韩立伟说，今年镇里修了路。\n") == {}


# --- quoted posts with a lead, the team a post qualifies, names the analyser splits or invents -------------

def test_a_post_quoted_with_a_lead_word_is_followed_by_the_name():
    people = _people("由某市农委选派的“乡村振兴第一书记”韩立伟正式进驻青山县柳河镇石桥村。\n")
    assert (people["韩立伟"].role, people["韩立伟"].village) == ("first_secretary", "石桥村")


def test_a_given_name_opening_with_a_function_character_written_twice_is_read_whole():
    people = _people("第一书记韩来松正式进驻青山县柳河镇石桥村。韩来松是农技专家，驻村工作队开展帮扶。\n")
    assert set(people) == {"韩来松"}


def test_the_leader_of_the_team_a_post_qualifies_is_the_team_leader():
    people = _people("我校定点帮扶青山县柳河乡石桥村。学校派出由后勤处干部韩立伟任队长的驻村扶贫工作队。\n")
    assert (people["韩立伟"].role, people["韩立伟"].village) == ("team_leader", "石桥村")


def test_a_post_qualifying_another_noun_still_names_no_one():
    assert _people("王五是队长的好帮手，驻村工作队开展帮扶。\n") == {}


def test_a_verb_and_a_preposition_before_a_noun_the_analyser_calls_a_name_is_no_cadre():
    # 向 is a surname and a preposition; 小康 a noun the analyser tags as a given name
    assert _people("把山村带向小康，是“第一书记”的第一任务。驻村工作队开展帮扶。\n") == {}


# --- names listed before a verb of staying stationed in a village ------------------------------------------

def test_names_listed_with_their_units_before_staying_stationed_in_a_village_are_its_team_members():
    people = _people("驻村工作队重新组合：来自某公司的韩立伟担任第一书记，和某电力公司的邵明轩、某医院的唐志远继续驻守石桥村。\n")
    assert (people["邵明轩"].role, people["邵明轩"].village) == ("team_member", "石桥村")
    assert (people["唐志远"].role, people["唐志远"].village) == ("team_member", "石桥村")
    assert people["韩立伟"].role == "first_secretary"


def test_a_team_staying_stationed_names_no_one():
    assert _people("驻村工作队长期驻守石桥村，开展帮扶。\n") == {}


# --- a posting announced (将到某村任…), names counted before the post they take ------------------------------

def test_a_name_before_an_announced_posting_is_its_cadre():
    people = _people("这批企业家将于9月下旬到岗，其中某制品有限公司董事长韩立伟将到石桥镇石桥村任“第一书记”。\n")
    assert (people["韩立伟"].role, people["韩立伟"].village) == ("first_secretary", "石桥村")


def test_names_counted_before_the_post_they_take_are_its_holders():
    people = _people("经党委把关，王建国同志任石桥村第一书记，韩立伟、邵明轩两位同志担任驻村工作队员。\n")
    assert {n: p.role for n, p in people.items()} == {"王建国": "first_secretary", "韩立伟": "team_member",
                                                       "邵明轩": "team_member"}


def test_names_fewer_than_their_count_before_a_post_name_no_one():
    people = _people("经党委把关，韩立伟、邵明轩三位同志担任驻村工作队员。\n")
    assert people == {}


def test_a_secretary_named_by_the_aid_he_is_stationed_for_is_a_first_secretary():
    people = _people("“路灯终于亮了。”驻村帮扶书记韩立伟走在马路上说。驻村工作队开展帮扶。\n")
    assert people["韩立伟"].role == "first_secretary"
