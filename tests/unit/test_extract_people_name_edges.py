"""Classes of text at the edges of a cadre's name (particles, forms of address, titles): one test per class,
with a negative test where the rule could take someone who is no stationed cadre.
Every sentence is made up for the test: invented names, villages, units and dates; none is taken from a page.
"""
from __future__ import annotations

import pytest

from tests.unit.extract_asserts import people_by_name as _people


# --- the analyser runs a one-character verb (and its particle) into the name (names.read_after) -------------

@pytest.mark.parametrize("text", [
    "县里派驻了第一书记。石桥村第一书记韩旭哈着白气走进羊圈。",
    "县里派驻了第一书记。石桥村第一书记韩旭望着远处的山坡。",
    "县里派驻了第一书记。石桥村第一书记韩旭笑着说，羊长得好。",
])
def test_a_verb_and_its_particle_read_into_the_name_are_not_the_names(text):
    people = _people(text)
    assert list(people) == ["韩旭"]
    assert (people["韩旭"].role, people["韩旭"].village) == ("first_secretary", "石桥村")


# --- the cadre's fellow members, counted after 一起驻村的，还有 (SENT_TOGETHER) -------------------------------

def test_fellow_members_counted_after_still_others_are_the_teams():
    people = _people("团市委干部祁明被派往柳河村担任驻村第一书记。和祁明一起驻村的，还有另外两名团干部——"
                     "邝雨和景思远，他们组成了团市委扶贫工作队。")
    assert people["祁明"].role == "first_secretary"
    for name in ("邝雨", "景思远"):
        assert (people[name].role, people[name].village) == ("team_member", "柳河村")


def test_fellow_members_not_as_many_as_the_count_give_no_person():
    people = _people("团市委干部祁明被派往柳河村担任驻村第一书记。和祁明一起驻村的，还有另外三名团干部——"
                     "邝雨和景思远，他们组成了团市委扶贫工作队。")
    assert "邝雨" not in people and "景思远" not in people


# --- a name introduced by 叫 opens the apposed post (APPOSED_ROLE) -------------------------------------------

@pytest.mark.parametrize("text", [
    "村民都念着秦书记。秦书记叫秦立国，省电力公司驻青枫村扶贫工作队队长。2019年3月起，他带队驻村。",
    "他叫秦立国，省电力公司驻青枫村扶贫工作队队长。",
])
def test_a_name_introduced_by_jiao_opens_the_apposed_post(text):
    people = _people(text)
    assert (people["秦立国"].role, people["秦立国"].village) == ("team_leader", "青枫村")


def test_a_form_of_address_of_another_surname_introduces_no_one():
    assert "秦立国" not in _people("何书记叫秦立国，省电力公司驻青枫村扶贫工作队队长。")


# --- a titled cadre, the posting verb right after the name (TITLED_POSTED) ----------------------------------

def test_a_titled_cadre_posted_right_after_the_name():
    people = _people("本次市级下派第一书记共30名。市林业局造林处副处长喻坚本次将派驻溪口县南塘镇竹坑村。"
                     "市职业学院教师栾占林此次将下派南塘镇石门村作为第一书记和农村工作指导员。")
    assert (people["喻坚"].role, people["喻坚"].village) == ("first_secretary", "竹坑村")
    assert (people["栾占林"].role, people["栾占林"].village) == ("first_secretary", "石门村")


# --- a village work instructor named by the posting (posted_title 指导员) ------------------------------------

def test_a_work_instructor_named_after_the_posting_is_a_stationed_cadre():
    people = _people("省里推行农村工作指导员制度。我是市政协派驻溪口县临川镇桐木坪村的指导员黎暨安。我从小在山区长大。")
    assert (people["黎暨安"].role, people["黎暨安"].village) == ("team_member", "桐木坪村")


# --- the members of a village help group (帮扶组成员) -----------------------------------------------------------

def test_members_of_a_help_group_listed_after_the_post():
    people = _people("市委某办帮扶组第一书记邝晓东在群里发言。帮扶组成员邝晓东、甘磊两位同志连夜赶回村里。")
    assert people["邝晓东"].role == "first_secretary"
    assert people["甘磊"].role == "team_member"


# --- names listed and counted, stationed in a village later in the sentence (COUNTED_STATIONED) -------------

def test_names_counted_then_stationed_in_a_village():
    people = _people("市里启动驻村帮扶。市委某办邝晓东、甘磊、蒲夷安三位同志主动请缨参加驻滨河区大柳镇北杏村的帮扶工作。")
    for name in ("邝晓东", "甘磊", "蒲夷安"):
        assert (people[name].role, people[name].village) == ("team_member", "北杏村")


def test_names_counted_wrongly_give_no_person():
    people = _people("市里启动驻村帮扶。市委某办邝晓东、甘磊三位同志参加驻滨河区大柳镇北杏村的帮扶工作。")
    assert "邝晓东" not in people and "甘磊" not in people


# --- a clause of the stay opening the sentence, its subject after it (STAY_CLAUSE) --------------------------

def test_the_subject_after_a_clause_of_the_stay_is_the_cadre():
    people = _people("市里向所有贫困村派驻了第一书记。2016年5月驻村前，45岁的郜宇是某区教委副主任。"
                     "郜宇向记者感慨，驻村半年来，可回味的事太多。")
    assert people["郜宇"].role == "first_secretary"


def test_a_name_written_once_after_a_clause_of_the_stay_is_no_cadre():
    assert not _people("市里向所有贫困村派驻了第一书记。2016年5月驻村前，45岁的郜宇是某区教委副主任。")


# --- the kind of village a programme serves is no village's name (GENERIC_ENDINGS) --------------------------

def test_a_difficult_village_is_no_villages_name():
    people = _people("市里选派干部到全市500个发展相对落后的困难村开展驻村帮扶。某局驻村第一书记邝晓东说，要干好。")
    assert people["邝晓东"].village is None


# --- the village and the post of a cadre found (role and village agreement) ---------------------------------

def test_a_village_name_opening_with_jiang_is_read_whole_where_the_page_always_writes_it_so():
    people = _people("将军岭村的春天。记者走进青山县向阳乡将军岭村，驻村第一书记庞明说，今年要干好。")
    assert people["庞明"].village == "将军岭村"


def test_the_particle_zhe_of_a_traditional_page_is_no_part_of_the_village():
    people = _people("來自師範大學的幫扶隊隊員祝建偉擔任著柳塘村第一書記。他說，村里的情況比想像的更複雜。")
    assert people["祝建伟"].village == "柳塘村"


def test_the_first_secretary_who_also_leads_a_named_team_is_a_first_secretary():
    people = _people("省农业厅派驻青山县南坡乡高岭村第一书记、乡村振兴工作队队长严立兵，2019年5月驻村以来，用心为群众办实事。")
    assert (people["严立兵"].role, people["严立兵"].village) == ("first_secretary", "高岭村")


def test_a_slogan_ending_in_qiang_cun_is_no_village():
    people = _people("“我们把修路作为富民强村的突破口。”省委某部派驻的第一书记邬明远介绍。")
    assert people["邬明远"].village is None


@pytest.mark.parametrize("text, village", [
    ("邬明远是全市30名选派到村工作的“第一书记”中的一员，2016年3月来到青山县松岭乡北镇村。", "北镇村"),
    ("“修路是头等大事。”省委某部驻三会村第一书记邬明远介绍。", "三会村"),
])
def test_a_village_stem_ending_in_a_boundary_character_after_its_township_or_posting(text, village):
    assert _people(text)["邬明远"].village == village


def test_a_village_of_a_county_level_city_lies_in_the_prefecture_the_cadres_unit_names():
    people = _people("2024年3月，海城市东岭镇柳塘村迎来了新的驻村工作队。"
                     "来自鞍山市司法局的驻村第一书记、工作队队长邬明远和队员们热情相迎。")
    assert (people["邬明远"].role, people["邬明远"].village) == ("first_secretary", "柳塘村")


# --- a one-character verb run into a three-character name, its particle outside (names.read_after) ------------

def test_a_verb_run_into_a_three_character_name_before_its_particle_is_not_the_names():
    people = _people("2017年4月，市水利局派驻的第一书记孙立伟进了村，先修水渠。")
    assert list(people) == ["孙立伟"]
    assert people["孙立伟"].role == "first_secretary"


# --- a time word opening the sentence right before the name (time_opener cues) -------------------------------

@pytest.mark.parametrize("opener", ["转眼间", "如今", "后来"])
def test_a_time_word_written_right_before_the_name_does_not_hide_it(opener):
    people = _people(f"{opener}郑海平来到南坪县石槽村担任第一书记已经两年。")
    assert (people["郑海平"].role, people["郑海平"].village) == ("first_secretary", "石槽村")


def test_a_time_word_before_no_name_gives_no_person():
    assert _people("如今村里来到石槽村担任第一书记的干部越来越年轻。") == {}


# --- the post set in quotation marks, the name right after them ------------------------------------------------

def test_a_name_after_a_quoted_post_is_the_cadres():
    people = _people("桌上摆着三本工作笔记，它们的主人是石槽村的“第一书记”赵德明。")
    assert people["赵德明"].role == "first_secretary"


# --- a bracketed note after one listed name does not end the list (_past_note) ---------------------------------

def test_a_list_of_members_goes_on_past_a_note_on_one_of_them():
    people = _people("镇里的驻村工作队成员包括队长吕文海、队员丁一鸣（兼任石槽村第一书记）、卫思成、"
                     "莫子健（金融助理）和柯远。")
    assert people["吕文海"].role == "team_leader"
    assert people["丁一鸣"].role == "first_secretary"
    for name in ("卫思成", "莫子健", "柯远"):
        assert people[name].role == "team_member"


def test_a_note_that_closes_the_sentence_takes_no_further_name():
    people = _people("镇里的驻村工作队队员丁一鸣（兼任石槽村第一书记）。卫思成是村里的会计。")
    assert "卫思成" not in people


# --- a given name opening with a character of titles (长), read short by the analyser ---------------------------

def test_a_name_the_page_always_writes_whole_is_read_whole():
    text = ("驻村日志里的吕长胜\n县供销社派来的“第一书记”吕长胜，在石槽村一住就是三年。"
            "吕长胜的日志写了四大本。")
    assert list(_people(text)) == ["吕长胜"]


def test_a_title_after_a_surname_is_no_given_name():
    assert "连长" not in _people("退伍老兵、驻村第一书记连长青说，连长的担子他还记得。")


# --- a transliterated name with no seed part, cut into words by the analyser (_recurring_name_before) ----------

def test_a_transliterated_name_the_page_repeats_before_different_words_is_read():
    people = _people("一晃两年，如今敖其都仁来到东旗白音苏木查干嘎查担任第一书记。敖其都仁说，牧民的事就是大事。"
                     "敖其都仁的办法是先修路。")
    assert (people["敖其都仁"].role, people["敖其都仁"].village) == ("first_secretary", "查干嘎查")


def test_a_word_the_page_repeats_before_one_word_only_is_no_name():
    people = _people("如今敖其都仁来到查干嘎查担任第一书记。敖其都仁来了以后，敖其都仁来回跑项目。")
    assert people == {}


# --- a plural noun the analyser tags as a person's (顾客们) is no name ---------------------------------------------

def test_a_plural_noun_after_a_cadres_name_is_no_second_cadre():
    people = _people("驻村第一书记郑立新来到集市。郑立新和顾客们一起算账，郑立新说东西卖得好。")
    assert list(people) == ["郑立新"]


# --- a Hui surname the built-in list lacks (surname cues) ----------------------------------------------------------

def test_names_under_a_seeded_surname_are_read_in_a_counted_list():
    people = _people("研究院先后选派纳文斌、侯明远、姚刚三位专业技术人员担任驻村第一书记，扎实推进帮扶。")
    assert {n: p.role for n, p in people.items()} == {
        "纳文斌": "first_secretary", "侯明远": "first_secretary", "姚刚": "first_secretary"}


# --- an adverb and a verb qualifying a noun after a post (队员常走的山路) ----------------------------------------------

def test_an_adverb_and_a_verb_qualifying_a_noun_after_a_post_are_no_name():
    assert _people("石槽村的村民和驻村工作队队员常走的那条山路修好了。") == {}


# --- a profile sentence whose unit is joined to the title by 的 (PROFILE_COPULA) ---------------------------------------

def test_a_profile_with_the_unit_and_title_joined_by_de_names_the_cadre_the_next_sentence_posts():
    people = _people("葛文清是省电力公司的员工。2021年6月，他作为驻村干部来到石门村担任第一书记。")
    assert (people["葛文清"].role, people["葛文清"].village) == ("first_secretary", "石门村")


def test_a_given_name_opening_with_zhang_after_a_surname_that_makes_no_title_is_read_whole():
    assert list(_people("石槽村第一书记吕长健带领村民种茶。")) == ["吕长健"]


# --- a village's name the analyser reads as a person's, before a pronoun's sentence (_stationed_since) ------------

def test_a_villages_name_is_no_person_a_later_pronoun_points_back_to():
    people = _people("“把事办好。”东河镇张岗村驻村第一书记吕文静说。2021年4月，市审计局干部吕文静到张岗村任驻村第一书记。"
                     "驻村以来，她带领队员走访群众，不断推动张岗村发展。")
    assert list(people) == ["吕文静"]


def test_a_name_whose_last_character_the_analyser_joins_to_the_conjunction_after_it_is_read_whole():
    # 文政和工作队: the analyser reads 政和 as a word; the team after it says 和 is the conjunction
    people = _people("2023年1月，驻村第一书记蒋文政和工作队来到石桥村。\n")
    assert set(people) == {"蒋文政"}


def test_a_verb_of_taking_charge_that_opens_with_a_surname_is_no_name():
    assert _people("目前，某乡已经选派首批20名乡村振兴指导员包联20个行政村。\n") == {}
