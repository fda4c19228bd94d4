"""Classes of text that name a stationed cadre (the selection that sent them, authors, rosters): one test per class, with a
negative test where the rule could take a word that is no name.
Every sentence is made up for the test: invented names, villages, units and dates; none is taken from a page.
"""
from __future__ import annotations

import pytest

from tests.unit.extract_asserts import people_by_name as _people


# --- a cadre named by the selection that sent them (选派人员NAME, 选派干部NAME) -------------------------------

@pytest.mark.parametrize("text, name", [
    ("作为驻村工作队的一员，市水利局选派人员庞立恒说，修好水渠是头等大事。", "庞立恒"),
    ("县农科所选派干部鄢明禾带着种子来到枫木村。", "鄢明禾"),
])
def test_a_cadre_named_after_the_selection_that_sent_them(text, name):
    people = _people(text)
    assert name in people
    assert people[name].role == "team_member"


@pytest.mark.parametrize("text", [
    "全县27名选派干部参加了集中培训，选派干部到村后要尽快熟悉村情。",
    "选派人员要在村里住满规定天数。",
])
def test_selected_cadres_written_as_a_common_noun_name_no_one(text):
    assert _people(text) == {}


# --- a bylined author is the cadre only when the author says 我 outside quotation marks ------------------------

def test_a_quoted_first_person_slogan_makes_no_author_a_cadre():
    text = ("县审计局驻村工作队简报\n作者：庞立恒\n"
            "结合“我为群众办实事”活动，驻村工作队走访了枫木村的农户。")
    assert _people(text) == {}


def test_an_author_telling_of_their_own_posting_is_still_the_cadre():
    text = "文/鄢明禾\n2021年3月，我被选派到枫木村担任第一书记，一干就是三年。"
    people = _people(text)
    assert "鄢明禾" in people
    assert people["鄢明禾"].role == "first_secretary"


# --- a team roster written over sentences: the team named first, then 队长NAME是…，队员NAME是… -----------------

def test_a_roster_after_the_sentence_naming_the_team():
    text = ("市档案馆选派三名干部组成驻村工作队，进驻枫木村。"
            "队长庞立恒是馆里的科长，队员鄢明禾是办公室干事，另一名队员岑德茂是新入职的年轻人。")
    people = _people(text)
    assert {n: people[n].role for n in ("庞立恒", "鄢明禾", "岑德茂") if n in people} == {
        "庞立恒": "team_leader", "鄢明禾": "team_member", "岑德茂": "team_member"}
    assert people["庞立恒"].village == "枫木村"


def test_a_team_leader_speaking_two_sentences_after_the_team():
    text = "他们来自县水利局，是驻村工作队的队员。枫木村地处山区，缺水严重。队长庞立恒说，今年要修好两条水渠。"
    people = _people(text)
    assert "庞立恒" in people and people["庞立恒"].role == "team_leader"


@pytest.mark.parametrize("text", [
    # another team's leader: the post is part of that team's name
    "驻村工作队进驻枫木村。村里的生产队长庞立恒是种粮能手。",
    # no work team named before
    "枫木村有一支龙舟队。队长庞立恒是村里的老船工，队员鄢明禾是他的徒弟。",
])
def test_a_bare_post_of_another_team_names_no_cadre(text):
    assert "庞立恒" not in _people(text)


# --- a one-character adverb right after the name (刚, 常, 早): no part of the name, and not cutting it short ------

@pytest.mark.parametrize("text, name", [
    ("枫木村第一书记王刚常说，要把村民当亲人。", "王刚"),      # 常说 read as one word: 常 is no name's
    ("枫木村第一书记李军早到了村部。", "李军"),               # 早到
    ("枫木村第一书记庞立恒刚到村里时，村里一穷二白。", "庞立恒"),  # 恒刚 joined by the analyser: 恒 is the name's
    ("枫木村第一书记刘海波常去农户家里。", "刘海波"),          # 波常去
    ("枫木村第一书记王建刚到村里时，村里一穷二白。", "王建刚"),  # a given name ending in 刚 stays whole
    ("枫木村第一书记李志刚说，要把村民当亲人。", "李志刚"),
])
def test_an_adverb_after_the_name_is_read_as_the_adverb(text, name):
    assert set(_people(text)) == {name}


# --- a profile that names the cadre first and points back with 这位…第一书记 later --------------------------------

def test_a_demonstrative_post_points_back_to_the_cadre_named_before():
    text = ("天刚亮，枫木村的雾还没散，庞立恒已经蹲在茶园里查看新芽。“庞书记比我们起得还早。”村民岑德茂笑着说。"
            "这位“80后”驻村第一书记，来自县林业局，到村两年多了。庞立恒说，茶叶要打出自己的牌子。")
    people = _people(text)
    assert set(people) == {"庞立恒"}
    assert (people["庞立恒"].role, people["庞立恒"].village) == ("first_secretary", "枫木村")


def test_a_demonstrative_post_with_its_name_after_it_points_nowhere_back():
    text = "庞立恒是枫木村的村民，庞立恒种了十亩茶。这位第一书记鄢明禾常来他家。"
    assert set(_people(text)) == {"鄢明禾"}


def test_a_demonstrative_post_names_no_one_written_once():
    text = "枫木村的雾还没散，庞立恒已经蹲在茶园里。这位驻村第一书记，来自县林业局。"
    assert _people(text) == {}


# --- a profile that closes by counting its subject among the cadres (NAME只是…众多驻村干部之一) ---------------------

def test_a_cadre_counted_as_one_of_many_stationed_cadres():
    text = ("庞立恒是县审计局的一名科员，2019年3月，他到枫木村驻村，一住就是三年。"
            "庞立恒只是全县众多驻村干部之一。")
    people = _people(text)
    assert "庞立恒" in people and people["庞立恒"].role == "team_member"


def test_one_of_many_who_is_no_cadre_names_no_one():
    assert _people("庞立恒只是枫木村众多种茶户之一。") == {}


# --- a profile sentence: age or descriptor, the name, the unit left, the village reached, the post last ----------

@pytest.mark.parametrize("text", [
    "今年45岁的庞立恒离开县财政局，来到枫木村，担任第一书记。",
    "2019年，38岁的庞立恒告别妻儿，从县财政局来到枫木村任第一书记。",
    "年轻的庞立恒从市直机关来到大山深处的枫木村，成为村里的第一书记。",
    "出生于1985年的庞立恒，离开省城的办公室，扎根枫木村当起了驻村第一书记。",
    "县财政局副局长庞立恒主动请缨到枫木村担任第一书记。",
    "2018年3月1日，刚满30岁的庞立恒离开县财政局，来到河阳县白沙镇枫木村担任驻村第一书记兼驻村工作队队长。",
])
def test_a_profile_sentence_names_its_subject_posted_in_the_village_reached(text):
    people = _people(text)
    assert "庞立恒" in people
    assert (people["庞立恒"].role, people["庞立恒"].village) == ("first_secretary", "枫木村")


@pytest.mark.parametrize("text", [
    "今年45岁的庞立恒是枫木村的村民，他的儿子到外地打工。",
    "年轻的村民庞立恒来到村委会，找第一书记反映情况。",
])
def test_a_profile_of_a_villager_names_no_cadre(text):
    assert "庞立恒" not in _people(text)


# --- a pronoun opening the sentence that states the post points back to the cadre named just before -------------

@pytest.mark.parametrize("text", [
    "清晨六点，庞立恒已经在茶园里忙开了。他是县林业局派驻枫木村的第一书记。庞立恒说，茶叶是村里的宝。",
    "走进枫木村，庞立恒正在给村民讲解种茶技术。2020年，她被县林业局选派到枫木村担任第一书记。庞立恒说，茶叶是村里的宝。",
])
def test_a_pronoun_stating_the_post_points_back_to_the_cadre(text):
    people = _people(text)
    assert set(people) == {"庞立恒"}
    assert (people["庞立恒"].role, people["庞立恒"].village) == ("first_secretary", "枫木村")


@pytest.mark.parametrize("text", [
    "庞立恒在茶园里忙开了。他找到驻村第一书记反映情况。庞立恒说，茶叶是村里的宝。",
    "庞立恒在茶园里忙开了。他是第一书记的好帮手。庞立恒说，茶叶是村里的宝。",
    "庞立恒在茶园里忙开了。他们是县林业局派驻枫木村的工作队队员。庞立恒说，茶叶是村里的宝。",
])
def test_a_pronoun_whose_clause_holds_someone_elses_post_names_no_cadre(text):
    assert "庞立恒" not in _people(text)


# --- an author's note stating the post: the bylined author is the cadre -------------------------------------

@pytest.mark.parametrize("text", [
    "茶香里的新生活\n庞立恒\n村里的茶园今年又丰收了，乡亲们的笑容多了。\n（作者系县林业局驻枫木村第一书记）",
    "文/庞立恒\n村里的茶园今年又丰收了。\n（作者为县林业局派驻枫木村第一书记）",
])
def test_an_authors_note_stating_the_post_makes_the_author_the_cadre(text):
    people = _people(text)
    assert set(people) == {"庞立恒"}
    assert (people["庞立恒"].role, people["庞立恒"].village) == ("first_secretary", "枫木村")


def test_an_authors_note_stating_no_post_makes_no_cadre():
    assert _people("茶香里的新生活\n庞立恒\n村里的茶园今年又丰收了。\n（作者系县林业局干部）") == {}


# --- a cadre named by the posting and a title (县某局派驻某村的干部NAME) --------------------------------------

@pytest.mark.parametrize("text", [
    "驻村工作队进驻枫木村两年。县财政局派驻枫木村的干部庞立恒说，今年茶叶卖得好。",
    "驻村工作队进驻枫木村两年。驻枫木村的扶贫队员庞立恒告诉记者，路修好了。",
])
def test_a_cadre_named_after_the_posting_and_a_title(text):
    people = _people(text)
    assert "庞立恒" in people
    assert (people["庞立恒"].role, people["庞立恒"].village) == ("team_member", "枫木村")


@pytest.mark.parametrize("text", [
    "驻村工作队进驻枫木村两年。派驻枫木村的干部要吃住在村。",
    "驻村工作队进驻枫木村两年。县财政局派驻枫木村的干部群众一起修路。",
])
def test_the_posted_cadres_as_a_common_noun_name_no_one(text):
    assert _people(text) == {}


def test_a_names_last_character_joined_to_a_one_character_verb_is_the_names():
    # 庞立/恒带/着: the analyser reads the last character of the name with the verb after it
    assert set(_people("枫木村第一书记庞立恒带着村民修路。")) == {"庞立恒"}
    assert set(_people("枫木村第一书记张伟看了看地图。")) == {"张伟"}
