"""Classes of text that name stationed cadres in counted lists (names and a count, team sizes): one test per
rule of flows/reports/people.py, and a negative test where the rule could take a villager or an official.
Every sentence is made up for the test: invented names, villages, units and dates; none is taken from a page.
"""
from __future__ import annotations

from tests.unit.extract_asserts import people_by_name as _people


# --- names counted, then sent to a village -------------------------------------------------------------

def test_names_counted_after_the_dispatch_verb_are_the_cadres_sent_to_the_village():
    people = _people("2016年以来，县供销合作联社先后选派田广耀、贺明珠两人到青柳村驻村扶贫，担任第一书记。\n")
    assert set(people) == {"田广耀", "贺明珠"}
    for person in people.values():
        assert (person.role, person.village) == ("first_secretary", "青柳村")
        assert person.dispatch_unit == "县供销合作联社"


def test_names_counted_and_sent_each_to_a_village_of_a_list_take_them_in_order():
    people = _people("县交通运输局先后选派田广耀、贺明珠2名干部分别到青柳村、石门村驻村扶贫，担任第一书记。\n")
    assert (people["田广耀"].village, people["贺明珠"].village) == ("青柳村", "石门村")


def test_names_the_count_does_not_agree_with_are_not_read_as_the_cadres_sent():
    # three counted, two written: the names are not the whole list (and no post is named for them)
    text = "县供销合作联社选派田广耀、贺明珠{}人到青柳村驻村扶贫。\n"
    assert not {"田广耀", "贺明珠"} & set(_people(text.format("三")))
    assert {"田广耀", "贺明珠"} <= set(_people(text.format("两")))


# --- members listed after the team's size --------------------------------------------------------------

def test_members_listed_after_the_teams_size_are_team_members():
    people = _people("青柳村驻村工作队共有3名成员，冉志刚、蒲晓燕和鲁长青，他们都来自省地质调查院。\n")
    assert set(people) == {"冉志刚", "蒲晓燕", "鲁长青"}
    assert {(p.role, p.village) for p in people.values()} == {("team_member", "青柳村")}
    people = _people("青柳村驻村工作组共3人，分别是冉志刚、蒲晓燕和鲁长青。全县选派驻村干部300名。\n")
    assert set(people) == {"冉志刚", "蒲晓燕", "鲁长青"}


def test_members_listed_after_the_teams_size_on_a_traditional_page():
    # the page is read in simplified characters with its offsets kept; the rule runs on that reading
    people = _people("青柳村駐村工作隊共有3名成員，冉志剛、蒲曉燕和魯長青，他們都來自省地質調查院。"
                     "工作隊隊長冉志剛說，村裡的路今年要修好。\n")
    assert set(people) == {"冉志刚", "蒲晓燕", "鲁长青"}
    assert people["冉志刚"].role == "team_leader"  # named as the leader elsewhere: the post stays his
    assert people["蒲晓燕"].role == "team_member" and people["蒲晓燕"].village == "青柳村"


def test_a_list_shorter_than_the_teams_size_is_not_taken_for_its_members():
    text = "青柳村驻村工作队共有{}名成员，冉志刚、蒲晓燕，他们都来自省地质调查院。\n"
    assert not {"冉志刚", "蒲晓燕"} & set(_people(text.format(4)))
    assert {"冉志刚", "蒲晓燕"} <= set(_people(text.format(2)))


# --- unit and title, the posting later in the sentence -------------------------------------------------

def test_a_titled_cadre_whose_sentence_ends_in_a_passive_posting_is_the_one_posted():
    people = _people("“我会把村里当成自己家。”省水文局干部郁成林与6名年轻干部竞争2个名额，"
                     "最终如愿被派到永登县白沙乡青柳村担任驻村第一书记。\n")
    person = people["郁成林"]
    assert (person.role, person.village, person.township) == ("first_secretary", "青柳村", "白沙乡")
    assert person.dispatch_unit == "省水文局"
    people = _people("省水文局干部郁成林与6名年轻干部竞争2个名额，2020年5月被派到永登县白沙乡青柳村任第一书记。\n")
    assert (people["郁成林"].village, people["郁成林"].start) == ("青柳村", "2020-05")


def test_a_titled_official_who_speaks_of_someone_elses_posting_stays_out():
    text = "省水文局局长郁成林{}，最终被派到青柳村担任驻村第一书记。\n"
    assert "郁成林" not in _people(text.format("介绍，担任这个职务的年轻干部龚雪"))
    assert "郁成林" not in _people(text.format("介绍"))  # a speaker, not the subject of the posting
    assert "郁成林" in _people(text.format("主动请缨"))


# --- unit and title, a stay in a village counted in days -----------------------------------------------

def test_a_titled_cadre_stationed_in_a_village_for_a_counted_stay():
    people = _people("调研报告的作者是县委统战部干部欧阳青，已“泡”在青柳村扶贫47天。全县选派驻村干部300名。\n")
    person = people["欧阳青"]
    assert (person.role, person.village, person.dispatch_unit) == ("team_member", "青柳村", "县委统战部")
    people = _people("调研报告的作者是县委统战部干部欧阳青，已在青柳村驻村扶贫47天。\n")
    assert people["欧阳青"].village == "青柳村"


def test_a_titled_official_on_a_short_visit_to_a_village_stays_out():
    text = "县民政局局长欧阳青，在青柳村{}2天，召开了座谈会。全县选派驻村干部300名。\n"
    assert "欧阳青" not in _people(text.format("调研"))
    assert "欧阳青" in _people(text.format("驻村"))  # the same sentence with a stay: the rule reads it


# --- a form of address explained as a sent cadre -------------------------------------------------------

def test_a_form_of_address_explained_as_a_sent_cadre_who_arrives_in_the_next_sentence():
    people = _people("乡亲们常挂在嘴边的邝书记，就是永登县农业农村局下派干部邝永达。"
                     "2021年4月他来到白沙乡青柳村，担任第一书记。一到村上，邝永达便走访了全村农户。\n")
    person = people["邝永达"]
    assert (person.role, person.village, person.dispatch_unit) == ("first_secretary", "青柳村", "永登县农业农村局")
    assert person.start == "2021-04"


def test_the_post_is_read_from_the_form_of_address_when_the_next_sentence_names_none():
    people = _people("村民口中的邝队长，就是永登县农业农村局下派干部邝永达。2021年4月他来到青柳村。\n")
    assert people["邝永达"].role == "team_leader"


def test_a_form_of_address_of_another_surname_keeps_the_named_cadre_out():
    text = "村民口中的{}书记，就是永登县农业农村局下派干部邝永达。2021年4月他来到青柳村。\n"
    assert "邝永达" not in _people(text.format("韩"))
    assert "邝永达" in _people(text.format("邝"))


def test_a_sent_cadre_named_with_the_unit_after_from_and_de():
    people = _people("村民口中的邝书记，就是从永登县农业农村局下派的干部邝永达。2021年4月他来到青柳村驻村。\n")
    assert people["邝永达"].village == "青柳村" and people["邝永达"].role == "first_secretary"


def test_a_sent_cadre_named_before_the_unit_arrives_later_in_the_sentence():
    people = _people("邝永达是永登县农业农村局下派干部，2018年7月来到白沙乡青柳村。全县选派驻村干部300名。\n")
    person = people["邝永达"]
    assert (person.village, person.dispatch_unit, person.start) == ("青柳村", "永登县农业农村局", "2018-07")
    people = _people("村民邝永达是永登县农业农村局下派干部，2018年7月来到白沙乡青柳村。全县选派驻村干部300名。\n")
    assert "邝永达" not in people  # a villager: the name does not open its clause


def test_a_titled_cadre_whose_sentence_ends_in_an_arrival_to_take_the_post():
    people = _people("省水文局干部郁成林放弃了城里的工作，主动来到永登县白沙乡青柳村担任驻村第一书记。\n")
    assert (people["郁成林"].role, people["郁成林"].village) == ("first_secretary", "青柳村")
    people = _people("省水文局干部郁成林陪同记者，来到青柳村第一书记龚雪家中。全县选派驻村干部300名。\n")
    assert "郁成林" not in people and people["龚雪"].role == "first_secretary"  # the post is the next name's


def test_a_stay_counted_after_the_village_with_yi():
    people = _people("县民政局干部欧阳青在青柳村驻村已经两年多。\n")
    assert people["欧阳青"].village == "青柳村" and people["欧阳青"].dispatch_unit == "县民政局"
