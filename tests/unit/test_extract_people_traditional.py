"""Classes of text that name a stationed cadre, met on the tuning half of a fold of traditional-character pages
(issue 7, brief H3): one test per rule of flows/reports/people.py, each on a traditional and a simplified
sentence where the class is about how the page is written, and a negative test where the rule could take a
villager. Every sentence is made up for the test: invented names, villages, units and dates.
"""
from __future__ import annotations

from tests.unit.extract_asserts import people_by_name as _people


# --- a passive posting with who sends it, 派往, a quoted post ------------------------------------------

def test_a_passive_posting_with_the_sender_named_and_a_quoted_post_names_the_titled_cadre():
    for text in ("2016年,省林業調查規劃院副主任柏文濤被組織派往青柳村擔任“第一書記”。開會時,他發現問題不少。\n",
                 "2016年，省林业调查规划院副主任柏文涛被组织派往青柳村担任“第一书记”。\n"):
        people = _people(text)
        assert set(people) == {"柏文涛"}, text
        person = people["柏文涛"]
        assert (person.role, person.village, person.dispatch_unit) == ("first_secretary", "青柳村", "省林业调查规划院")


def test_each_part_of_the_passive_posting_is_read_alone():
    assert "柏文涛" in _people("省林业调查规划院副主任柏文涛被派往青柳村担任第一书记。\n")
    assert "柏文涛" in _people("县水利局干部柏文涛被派到青柳村担任“第一书记”。\n")
    assert "柏文涛" in _people("县水利局干部柏文涛被上级派到青柳村担任第一书记。\n")


def test_a_villager_before_a_passive_posting_is_no_cadre():
    assert "王大勇" not in _people("村民王大勇被组织派往青柳村担任第一书记的消息传开了。\n")


# --- fellow team members named after going along on the posting -----------------------------------------

def test_names_after_going_along_on_a_posting_are_fellow_team_members_with_their_units():
    for text in ("青柳村駐村日記。一大早,我叫醒與我一同派駐的縣水利局的柏文濤和縣醫院的鄔曉紅,一起打掃村部。\n",
                 "青柳村驻村日记。一大早，我叫醒与我一同派驻的县水利局的柏文涛和县医院的邬晓红，一起打扫村部。\n"):
        people = _people(text)
        assert set(people) == {"柏文涛", "邬晓红"}, text
        assert {(p.role, p.village) for p in people.values()} == {("team_member", "青柳村")}
        assert (people["柏文涛"].dispatch_unit, people["邬晓红"].dispatch_unit) == ("县水利局", "县医院")


def test_a_villager_named_after_going_along_is_no_team_member():
    assert not _people("青柳村驻村日记。和我一起驻村的还有村民王大勇。\n")


# --- a profile card, then the posting in a sentence with no subject ---------------------------------------

def test_a_profile_card_names_the_cadre_of_the_posting_that_follows_with_no_subject():
    for text in ("駐村檔案\n柏文濤,1986年3月出生,縣水利局幹部。2020年4月至2022年5月,派駐青柳村,擔任幫扶工作隊隊長、第一書記。\n",
                 "驻村档案\n柏文涛，1986年3月出生，县水利局干部。2020年4月，派驻青柳村，担任第一书记。\n"):
        people = _people(text)
        assert set(people) == {"柏文涛"}, text
        assert (people["柏文涛"].role, people["柏文涛"].village) == ("first_secretary", "青柳村")


def test_a_sentence_before_the_posting_that_is_no_profile_lends_it_no_subject():
    assert not _people("村民王大勇今年六十岁。2020年4月，派驻青柳村担任第一书记。\n")


# --- what the team is named for, between the verb of the post and 工作队 ----------------------------------

def test_a_team_named_for_its_work_before_the_post_is_still_the_post():
    people = _people("县水利局干部柏文涛，2020年4月派驻青柳村担任乡村振兴工作队队长。\n")
    assert (people["柏文涛"].role, people["柏文涛"].village) == ("team_leader", "青柳村")


# --- the unit sends the cadre, named as the object; sent 受…委派 -------------------------------------------

def test_a_unit_that_sends_the_named_cadre_to_a_village_names_the_cadre():
    for text in ("今年4月,縣水利局選派柏文濤到青柳村擔任第一書記。\n", "县水利局选派柏文涛同志到青柳村任“第一书记”。\n"):
        people = _people(text)
        assert set(people) == {"柏文涛"}, text
        person = people["柏文涛"]
        assert (person.role, person.village, person.dispatch_unit) == ("first_secretary", "青柳村", "县水利局")
    assert not _people("县水利局派出干部到青柳村担任第一书记。\n")  # no name after the verb


def test_a_cadre_sent_by_a_sender_before_a_comma_is_the_postings_subject():
    for text in ("柏文濤受組織委派,到青柳村任第一書記。\n", "柏文涛受县水利局委派，到青柳村任第一书记。\n"):
        assert "柏文涛" in _people(text), text
    assert "柏文涛" in _people("柏文涛被单位派往青柳村担任驻村第一书记。\n")
    assert not _people("村民王大勇受组织委派，到青柳村任第一书记。\n")


# --- corner brackets, as Hong Kong and Taiwan pages quote ---------------------------------------------------

def test_a_post_in_corner_brackets_is_a_quoted_post():
    for text in ("青柳村「第一書記」柏文濤告訴記者,今年要建廠。\n", "縣水利局幹部柏文濤被派到青柳村擔任「第一書記」。\n",
                 "青柳村『第一書記』柏文濤說,路修好了。\n", "青柳村駐村工作隊「隊長」柏文濤介紹,村里建了大棚。\n"):
        assert "柏文涛" in _people(text), text
    assert not _people("村民「老王」王大勇說,路修好了。\n")


def test_corner_brackets_are_read_as_quotation_marks_with_offsets_kept():
    from flows.reports.normalise import normalise

    raw = "青柳村「第一書記」柏文濤"
    norm = normalise(raw)
    assert norm.text == "青柳村“第一书记”柏文涛"
    start = norm.text.index("柏")
    assert raw[norm.to_original(start)] == "柏"


# --- rarer surnames, as seed rows ----------------------------------------------------------------------

def test_rarer_single_and_compound_surnames_from_the_seed_start_a_name():
    assert "逄春生" in _people("逄春生是縣水利局派駐青柳村的第一書記。\n")
    assert "司徒敏" in _people("青柳村第一書記司徒敏介紹,今年村里修了路。\n")
    assert "申屠国良" in _people("青柳村第一书记申屠国良说，路修好了。\n")
    assert not _people("青柳村第一书记旷日持久地工作。\n")  # a surname that opens an ordinary word


# --- a transliterated name with the middle dot, before its posting -------------------------------------

def test_a_dotted_name_before_its_posting_is_read_whole():
    for text in ("熱合曼·艾力是縣水利局派駐青柳村的第一書記。\n", "艾尔肯·吐尔逊被派到青柳村担任第一书记。\n",
                 "阿不都·艾尼被派到青柳村担任第一书记。\n"):
        people = _people(text)
        assert len(people) == 1 and "·" in next(iter(people)), (text, people)
    assert "热合曼·艾力" in _people("驻村工作队员热合曼·艾力是县水利局派驻青柳村的队员。\n")
    assert not _people("记者阿不都·艾尼是青柳村人。\n")
