"""People named in reports: names read with the lexical analyser (flows/reports/names.py) and the rules of
flows/reports/people.py for each class of sentence. Every sentence here is made up for the test (invented
names, villages and units); none is taken from a real page.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from flows.reports import names
from flows.reports.extract import extract_text
from tests.unit.extract_asserts import people_by_name as _people
from flows.reports.people import CUES_SEED, PeopleExtractor, load_cues

REPO = Path(__file__).resolve().parents[2]


# --- the analyser -------------------------------------------------------------------------------------

def test_the_analyser_is_made_once_and_only_when_first_asked():
    assert names.tagger() is names.tagger()
    code = "import sys, flows.reports.extract, flows.reports.people; print('rjieba' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"  # importing the extractor loads no dictionary


def test_a_verb_after_the_name_is_cut_at_the_word_boundary():
    text = "队长尹晓岚介绍说"
    reading = names.read_after(text, 2)
    assert reading.name == "尹晓岚" and reading.vouched
    text = "队长雷鸣介绍说"
    assert names.read_after(text, 2).name == "雷鸣"


def test_an_ordinary_word_where_a_name_may_stand_is_vetoed():
    for text in ("书记连续三年考核优秀", "书记曾经是一名教师", "书记高度重视产业", "队长明确表示整改"):
        reading = names.read_after(text, 2)
        assert reading.veto and reading.name is None, text
    assert names.read_before("全县连续", 4).veto


def test_a_name_ending_before_a_posting_is_read_backwards():
    reading = names.read_before("县水利局派出党员钱思远", 11)
    assert reading.name == "钱思远" and reading.vouched


def test_the_analyser_is_asked_only_about_candidate_sentences(monkeypatch):
    calls = []

    class Counting:
        def tag(self, text):
            calls.append(text)
            return [(text, "n")]

        def known(self, word):
            return True

    monkeypatch.setattr(names, "tagger", lambda: Counting())
    extract_text("本报讯 王大爷家的苹果今年丰收，李婶家的梨也卖了好价钱。张老师说，学校新建了操场。")
    assert calls == []  # no post and no posting in the page: nothing to ask
    extract_text("本报讯 青禾村驻村第一书记宋启明带领村民修路。")
    assert calls and all(len(c) <= 10 for c in calls)  # a short window, not the page


# --- rules for each class of sentence --------------------------------------------------------------------

def test_name_after_unit_and_de_with_a_date_before_the_posting():
    people = _people("本报讯 县财政局的钱思远，于2022年3月下派到青禾村任第一书记，带领村民发展茶叶。")
    p = people["钱思远"]
    assert (p.role, p.village, p.dispatch_unit, p.start) == ("first_secretary", "青禾村", "县财政局", "2022-03")


def test_name_after_a_team_leader_post_with_unit_and_village_before_it():
    people = _people("本报讯 省交通厅驻青禾村乡村振兴工作队队长曹文斌介绍，村里新建了蔬菜基地。")
    assert set(people) == {"曹文斌"}  # not 曹文斌介
    p = people["曹文斌"]
    assert (p.role, p.village, p.dispatch_unit) == ("team_leader", "青禾村", "省交通厅")


def test_team_leader_named_once_without_a_village_in_the_clause():
    people = _people("正如县林业局工作队队长龚晓霞所说，产业要长远。")
    assert people["龚晓霞"].role == "team_leader" and people["龚晓霞"].dispatch_unit == "县林业局"


def test_title_name_tongzhi_before_the_post():
    people = _people("本报讯 县农业局干部罗晓东同志任青禾镇白石村第一书记。")
    p = people["罗晓东"]
    assert (p.role, p.village, p.township, p.dispatch_unit) == ("first_secretary", "白石村", "青禾镇", "县农业局")


def test_post_stated_as_who_the_person_is():
    people = _people("本报讯 如今，宁浩然有另一个身份，临水县白石乡青禾村的第一书记。")
    assert people["宁浩然"].role == "first_secretary" and people["宁浩然"].village == "青禾村"


def test_profile_between_name_and_posting():
    people = _people("本报讯 王建国，男，汉族，2021年5月由县交通局选派到青禾村担任第一书记。")
    p = people["王建国"]
    assert (p.village, p.dispatch_unit, p.start) == ("青禾村", "县交通局", "2021-05")


def test_post_then_unit_and_title_then_name():
    people = _people("本报讯 派驻青禾村第一书记、县审计局干部罗志远说，村里的路修好了。")
    assert people["罗志远"].dispatch_unit == "县审计局" and people["罗志远"].village == "青禾村"


def test_post_de_name():
    people = _people("本报讯 选派到青禾村任第一书记的孔明亮，来自县水利局。")
    assert "孔明亮" in people and people["孔明亮"].dispatch_unit == "县水利局"


def test_post_then_unit_and_rank_then_name_read_past_an_adverb_like_given_name():
    people = _people("本报讯 驻村工作队队长、县人社局副局长冯立新说，今年要把路修通。")
    assert people["冯立新"].role == "team_leader" and people["冯立新"].dispatch_unit == "县人社局"


def test_posted_by_a_unit_with_bei():
    people = _people("本报讯 2019年，石磊被县农业局选派到白石村任第一书记。")
    assert set(people) == {"石磊"}  # the unit is not read as a name
    assert (people["石磊"].village, people["石磊"].dispatch_unit, people["石磊"].start) == ("白石村", "县农业局", "2019")


def test_a_list_of_posts_with_colons():
    people = _people("白石村驻村工作队名单：第一书记：孔繁星，队员：于洋、石静。")
    assert {k: v.role for k, v in people.items()} == {
        "孔繁星": "first_secretary", "于洋": "team_member", "石静": "team_member"}
    assert extract_text("本报讯 驻村第一书记：从门外汉到行家。").people == []


def test_name_before_zuowei_or_shi_with_an_age_before_it():
    assert _people("本报讯 邵明远作为白石村第一书记，带领村民种茶。")["邵明远"].village == "白石村"
    p = _people("本报讯 今年35岁的邵明远是县交通局派驻白石村的第一书记。")["邵明远"]
    assert (p.role, p.village, p.dispatch_unit) == ("first_secretary", "白石村", "县交通局")


def test_a_numeral_in_the_given_name():
    assert "王五" in _people("本报讯 第一书记王五告诉记者，路修好了。")


def test_members_after_the_leader_and_a_transliterated_name():
    people = _people("本报讯 工作队队长冯涛、队员于洋和石静一起入户。驻村工作队队员艾尔肯·吐尔逊说，羊养得不错。")
    assert {k: v.role for k, v in people.items()} == {
        "冯涛": "team_leader", "于洋": "team_member", "石静": "team_member", "艾尔肯·吐尔逊": "team_member"}


def test_a_list_of_names_right_before_a_count_of_cadres_with_their_villages_in_order():
    text = ("本报讯 由市财政局选派到青禾镇白石村、红岭社区、柳塘村的方志远、韩晓梅、邵德省3名第一书记已全部到岗。")
    people = _people(text)
    assert {k: (v.role, v.village, v.township, v.dispatch_unit) for k, v in people.items()} == {
        "方志远": ("first_secretary", "白石村", "青禾镇", "市财政局"),
        "韩晓梅": ("first_secretary", "红岭社区", "青禾镇", "市财政局"),
        "邵德省": ("first_secretary", "柳塘村", "青禾镇", "市财政局")}  # the list bounds the last name, 省 and all
    # without 等 every item must be a name: villages before a count are no list of cadres
    assert _people("本报讯 白石村、柳塘村2名第一书记到岗。") == {}


def test_a_name_the_page_writes_whole_elsewhere_keeps_its_last_character():
    # the analyser joins the name's last character to the next word here (坚持); the page writes the whole
    # name before other words, and never the shorter form
    text = "本报讯 白石村第一书记许志坚持每天入户走访。许志坚说，路修好了，许志坚的心也就踏实了。"
    assert set(_people(text)) == {"许志坚"}
    # an adverb after a two-character name each time it is written (正在, 正忙) is no part of it
    assert set(_people("本报讯 白石村第一书记尹桂正在地里查看墒情。尹桂正忙着联系收购商。")) == {"尹桂"}
    # an adverb-like last character counts once the page writes the name before a punctuation mark
    text = "驻村第一书记陶然正：把路修到家门口\n本报讯 白石村第一书记陶然正坐在村委会里核对账目。"
    assert set(_people(text)) == {"陶然正"}  # not 陶然 as well


def test_a_given_name_ending_in_a_function_character_the_page_writes_every_time():
    text = "本报讯 白石村第一书记韦福来告诉记者，村里种了300亩茶。提起韦福来，村民都竖起大拇指。"
    assert set(_people(text)) == {"韦福来"}
    # 和 after a name each time, never before a punctuation mark: the conjunction
    assert set(_people("本报讯 白石村第一书记韦建和村民一起修路。韦建和大家商量种茶。")) == {"韦建"}


def test_a_name_found_whole_and_cut_short_is_one_cadre_when_the_short_form_never_stands_alone():
    text = "本报讯 白石村第一书记陶然正坐在村委会里核对账目。2021年，陶然正被县水务局选派到白石村任第一书记。"
    people = _people(text)
    assert set(people) == {"陶然正"}
    assert people["陶然正"].dispatch_unit == "县水务局"


def test_an_adverb_and_dang_le_between_the_name_and_the_post_with_a_quoted_post():
    p = _people("本报讯 村民说，祁永安已经当了5年青禾村“第一书记”，路修通了，茶也种上了。")["祁永安"]
    assert (p.role, p.village) == ("first_secretary", "青禾村")  # the village read before the quoted post
    assert _people("本报讯 祁永安一直是白石村的第一书记。")["祁永安"].village == "白石村"


def test_a_cadre_named_by_unit_and_title_arriving_in_a_village_with_the_post_in_the_next_sentence():
    text = "本报讯 县林业局干部欧阳帆刚到青禾镇白石村时，村里只有一条土路。他当了三年驻村第一书记。"
    p = _people(text)["欧阳帆"]
    assert (p.role, p.village, p.township, p.dispatch_unit) == ("first_secretary", "白石村", "青禾镇", "县林业局")
    # the village written without 村 where the cadre arrives, in full where the post is
    text = "本报讯 县林业局干部欧阳帆刚到白石时，路还是土路。欧阳帆连续当了3年白石村第一书记。"
    assert _people(text)["欧阳帆"].dispatch_unit == "县林业局"
    # no post in the sentence or the next: a visitor, not a stationed cadre
    assert _people("本报讯 县林业局干部欧阳帆来到白石村调研。村里新修了水渠。") == {}


def test_where_the_named_cadre_is_stationed_in_a_later_sentence():
    text = ("本报讯 说起驻村第一书记祁永安，村民们都竖起大拇指。祁永安在平遥县青禾镇白石村驻村已有两年，"
            "村里办起了合作社。")
    p = _people(text)["祁永安"]
    assert (p.village, p.township, p.county) == ("白石村", "青禾镇", "平遥县")
    # a visit is no posting
    text = "本报讯 说起驻村第一书记祁永安，村民们都竖起大拇指。祁永安到白石村看了两回。"
    assert _people(text)["祁永安"].village is None


def test_a_name_written_once_with_two_characters_swapped_is_one_cadre():
    text = ("邵德明：把心留在白石村\n本报讯 在平遥县青禾镇白石村，驻村工作队长邵明德带着村干部备足了"
            "冬季饲草。邵德明来自县农牧局。")
    people = _people(text)
    assert set(people) == {"邵德明"}  # the form the page writes more often
    assert (people["邵德明"].village, people["邵德明"].township) == ("白石村", "青禾镇")


def test_a_residents_committee_after_the_township_is_the_cadres_place():
    text = "本报讯 在平遥县青禾镇东关居委会，驻村工作队队长祁永安带着居民修路。"
    p = _people(text)["祁永安"]
    assert (p.role, p.village, p.township) == ("team_leader", "东关居委会", "青禾镇")


def test_a_quoted_post_and_a_village_party_branch_before_the_post():
    p = _people("本报讯 白石村“第一书记”邬志强带领村民修渠。")["邬志强"]
    assert (p.role, p.village) == ("first_secretary", "白石村")
    p = _people("本报讯 白石村党支部第一书记邬志强带领村民修渠。")["邬志强"]
    assert (p.village, p.dispatch_unit) == ("白石村", None)  # the village's own branch sends no one
    assert _people("本报讯 邬志强任白石村党支部第一书记以来，村里变了样。")["邬志强"].village == "白石村"


def test_the_post_in_apposition_after_the_name_that_opens_the_sentence():
    p = _people("本报讯 邬志强，县水务局派驻白石村第一书记，今年41岁。")["邬志强"]
    assert (p.role, p.village, p.dispatch_unit) == ("first_secretary", "白石村", "县水务局")
    assert _people("本报讯 据了解，这里就是白石村第一书记的住处。") == {}


def test_names_listed_before_the_post_in_apposition_share_it():
    people = _people("本报讯 白石村先后来过两任第一书记。邬志强、上官明远，县水务局先后派驻的第一书记，都是工程师。")
    assert {n: p.role for n, p in people.items()} == {"邬志强": "first_secretary", "上官明远": "first_secretary"}
    # a list that does not open its sentence is the object of something else
    assert _people("本报讯 村民请来了邬志强、韩晓梅，县水务局派驻的第一书记。") == {}


def test_a_start_or_the_unit_between_the_name_and_the_posting():
    p = _people("本报讯 邬志强同志自2020年起担任白石村第一书记。")["邬志强"]
    assert (p.village, p.start) == ("白石村", "2020")
    p = _people("本报讯 2020年，邬志强从县水务局来到白石村担任第一书记。")["邬志强"]
    assert (p.village, p.dispatch_unit) == ("白石村", "县水务局")


def test_names_listed_before_a_posting_take_the_villages_listed_after_it_in_order():
    people = _people("本报讯 县水务局的邬志强、韩晓梅和柏文涛分别被派驻到白石村、柳塘村和青禾村担任第一书记。")
    assert {k: v.village for k, v in people.items()} == {"邬志强": "白石村", "韩晓梅": "柳塘村", "柏文涛": "青禾村"}
    people = _people("本报讯 邬志强和韩晓梅被选派到白石村任第一书记。")
    assert {k: v.village for k, v in people.items()} == {"邬志强": "白石村", "韩晓梅": "白石村"}  # 和 is no surname here


def test_a_deputy_team_leader_and_a_stationed_team_member_are_team_members():
    assert _people("本报讯 白石村驻村队员邬志强每天走访农户。")["邬志强"].role == "team_member"
    assert _people("本报讯 白石村驻村工作队副队长邬志强每天走访农户。")["邬志强"].role == "team_member"


def test_the_post_is_the_name_after_it_and_a_short_profile():
    p = _people("本报讯 白石村第一书记是县水务局的邬志强。")["邬志强"]
    assert (p.village, p.dispatch_unit) == ("白石村", "县水务局")
    assert _people("本报讯 邬志强，男，1986年生，现任白石村第一书记。")["邬志强"].village == "白石村"
    assert _people("本报讯 白石村第一书记是全村的主心骨。") == {}


def test_a_clause_bringing_the_cadre_to_the_village_before_the_post():
    p = _people("本报讯 今年3月，县水务局的邬志强来到白石村，成为村里的第一书记。")["邬志强"]
    assert (p.role, p.village, p.dispatch_unit) == ("first_secretary", "白石村", "县水务局")
    # the post qualifying another noun is nobody's post
    assert _people("本报讯 今年3月，柏二牛来到白石村，成为第一书记的好帮手。") == {}


def test_a_headline_naming_the_cadre_before_a_colon():
    text = "邬志强：扎根山乡的“第一书记”\n本报讯 初春的白石村，邬志强正带着村民修渠。"
    assert _people(text)["邬志强"].role == "first_secretary"


def test_the_speaker_who_claims_the_post_in_a_quotation():
    assert "邬志强" in _people("本报讯 邬志强说：“作为第一书记，我要把路修到每家门口。”")
    assert _people("本报讯 “作为白石村第一书记，就要把群众的事放在心上。”邬志强告诉记者。")["邬志强"].village == "白石村"
    assert _people("本报讯 柏二牛说：“作为第一书记，他把路修好了。”") == {}  # speaks of someone else


@pytest.mark.parametrize("text", [
    "临水县融媒体中心讯白石村驻村第一书记祁永安带领村民修渠。",
    "新华社临水3月5日电 白石村第一书记祁永安带领村民修渠。",
    "市疾控中心驻白石村第一书记祁永安带领村民修渠。",
])
def test_a_dateline_or_a_unit_before_the_village_is_no_part_of_its_name(text):
    assert _people(text)["祁永安"].village == "白石村"


def test_a_name_right_after_a_dateline():
    assert _people("本报讯 祁永安一直是白石村的第一书记。")["祁永安"].village == "白石村"


@pytest.mark.parametrize("text", [
    "本报讯 全县驻村干部中，连续担任第一书记的有12名。",
    "本报讯 白石村第一书记连续三年考核优秀。",
    "本报讯 白石村第一书记曾经是一名教师。",
    "本报讯 白石村第一书记高度重视产业发展。",
    "本报讯 青禾村驻村工作队队长明确表示要整改。",
    "本报讯 驻村第一书记常年住在村里，驻村工作队队员白天走访农户。",
    "本报讯 白石村第一书记任务清单已下发，青禾村第一书记计划明年扩建茶园。",
    "本报讯 白石村第一书记党建引领有力，青禾村第一书记周末也不休息。",
])
def test_phrases_next_to_a_post_are_not_names(text):
    assert extract_text(text).people == []


def test_reporters_villagers_and_officials_are_not_cadres():
    text = ("本报讯（记者 孟凡星 通讯员 柳青青）村民石大勇是青禾村第一书记的老邻居。县委书记严正宏是白石村第一书记的"
            "联系领导。村委会副主任钟山林是白石村第一书记的好帮手。青禾村驻村第一书记冯晓光带领群众种茶。")
    assert set(_people(text)) == {"冯晓光"}


def test_a_form_of_address_after_a_surname_is_no_name():
    assert set(_people("本报讯 白石村第一书记邬志强和柏大爷坐在炕头拉家常。")) == {"邬志强"}
    assert _people("本报讯 柏书记是白石村第一书记。") == {}


def test_a_post_written_before_another_name_is_that_names():
    assert set(_people("本报讯 柏二牛是白石村第一书记邬志强的帮扶对象。")) == {"邬志强"}


def test_a_name_written_after_a_villager_cue_elsewhere_is_not_a_cadre():
    text = "本报讯 村民石大勇说，路修好了。石大勇是青禾村第一书记的帮扶对象。"
    assert "石大勇" not in _people(text)


# --- the seed ---------------------------------------------------------------------------------------------

def test_person_cues_seed_names_known_roles_and_kinds():
    cues = load_cues()
    assert load_cues() is cues  # read once
    roles = {line.split(",")[0] for line in (REPO / "seeds" / "roles.csv").read_text(encoding="utf-8").splitlines()[1:]}
    assert {code for _, code in cues.roles} <= roles
    assert [len(s) for s, _ in cues.roles] == sorted((len(s) for s, _ in cues.roles), reverse=True)
    assert "记者" in cues.not_cadre and "身份" in cues.posts and "同志" in cues.honorifics


def test_a_steward_adds_a_spelling_of_a_post_in_the_seed(tmp_path):
    seed = tmp_path / "person_cues.csv"
    seed.write_text(CUES_SEED.read_text(encoding="utf-8") + "role,帮扶书记,first_secretary,a test spelling\n",
                    encoding="utf-8")
    text = "青禾村帮扶书记冯晓光带领群众种茶。"
    assert PeopleExtractor(text, []).mentions(0, len(text)) == []
    found = PeopleExtractor(text, [], cues=seed).mentions(0, len(text))
    assert [(m.name, m.role) for m in found] == [("冯晓光", "first_secretary")]


def test_an_unknown_kind_in_the_seed_is_refused(tmp_path):
    seed = tmp_path / "person_cues.csv"
    seed.write_text("kind,cue,role_code,note\nrank,处长,,\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown kind"):
        load_cues(seed)


def test_a_research_title_between_the_unit_and_the_name_after_a_quoted_post():
    text = "石桥村“第一书记”、省林业研究院研究员陈立民这两年带着村民种下了核桃。"
    people = _people(text)
    assert "陈立民" in people and people["陈立民"].role == "first_secretary"


def test_zuowei_with_the_sending_unit_and_the_whole_place_before_the_post():
    text = ("去年春天,作为某市东方能源建设投资集团有限公司派驻某县南坪乡石桥村的第一书记,"
            "陈睿的第一件事是理账。")
    people = _people(text)
    assert "陈睿" in people and people["陈睿"].role == "first_secretary"


def test_the_adverb_zheng_before_a_verb_in_progress_is_no_part_of_a_name_written_once():
    text = "某乡石桥村第一书记、驻村工作队队长陈立正坐在院子里和村民算账。"
    assert set(_people(text)) == {"陈立"}
    text = "某乡石桥村第一书记、驻村工作队队长陈立正忙着派单。"
    assert set(_people(text)) == {"陈立"}


def test_a_lone_verb_character_before_another_verb_ends_a_three_character_name_written_once():
    assert set(_people("石桥村第一书记周全发带领队员走访。")) == {"周全发"}
    # a modal verb before the verb, or a verb with its object, is no part of the name
    assert set(_people("石桥村第一书记张强要走访农户。")) == {"张强"}
    assert set(_people("石桥村第一书记李明抓产业。")) == {"李明"}


@pytest.mark.parametrize("title", ["副研究员", "讲师", "四级调研员", "一级主任科员", "副总经理"])
def test_a_rank_or_a_professional_title_between_the_unit_and_the_name_after_the_post(title):
    text = f"石桥村第一书记、省某研究院{title}邵明远上任第一周就去看了水渠。"
    assert set(_people(text)) == {"邵明远"}


def test_the_unit_and_title_in_apposition_between_the_name_and_the_posting():
    people = _people("邵明远，省某厅干部，2019年到石桥村任第一书记。")
    assert set(people) == {"邵明远"} and people["邵明远"].village == "石桥村"


def test_dang_as_the_verb_of_a_posting_to_a_village():
    people = _people("今年45岁的邵明远，2019年被派到石桥村当第一书记。")
    assert set(people) == {"邵明远"} and people["邵明远"].village == "石桥村"


@pytest.mark.parametrize("text", ["2018年，省某厅干部邵明远被选派为石桥村第一书记。", "石桥村的第一书记叫邵明远。",
                                  "石桥村第一书记名叫邵明远，今年45岁。"])
def test_a_posting_stated_with_wei_and_the_post_naming_its_holder_with_jiao(text):
    people = _people(text)
    assert set(people) == {"邵明远"} and people["邵明远"].village == "石桥村"


def test_jiao_after_the_post_before_an_ordinary_word_names_no_one():
    assert _people("石桥村第一书记叫苦不迭。") == {}


def test_the_adverb_zheng_before_a_verb_of_two_characters_is_no_part_of_a_name_written_once():
    assert set(_people("石桥村第一书记王海正带领村民修路。")) == {"王海"}
    # a name whose last character is no adverb is left whole
    assert set(_people("石桥村第一书记罗建国正坐在院里。")) == {"罗建国"}


def test_a_name_last_character_the_analyser_joins_to_a_function_word_after_it():
    assert set(_people("石桥村第一书记唐明保在村里走访。")) == {"唐明保"}
    assert set(_people("石桥村第一书记王强在村里走访。")) == {"王强"}


@pytest.mark.parametrize("text", ["石桥村第一书记李军常在村里走访。", "石桥村第一书记李军仍坚持走访。",
                                  "石桥村第一书记李军便带领村民修路。"])
def test_an_adverb_read_into_a_name_written_once_before_a_verb_is_cut(text):
    assert set(_people(text)) == {"李军"}


def test_a_name_the_analyser_made_outside_its_dictionary_and_tagged_x_is_read_after_a_quoted_post():
    # x is the analyser's tag for punctuation and also for a word its HMM made that the dictionary lacks
    text = "西柳村“第一书记”蒋博韬骑电动车下乡。"
    assert ("蒋博韬", "x") in names.tagger().tag(text)
    reading = names.read_after(text, text.index("蒋"))
    assert reading.name == "蒋博韬" and reading.vouched
    got = _people("河阳县白沙镇" + text)
    assert got["蒋博韬"].role == "first_secretary" and got["蒋博韬"].village == "西柳村"
    assert names.read_after("第一书记。”他说", 5).name is None  # punctuation stays no name


@pytest.mark.parametrize("text", [
    "他媳妇就是我即将任职“第一书记”冯家河村的驻村干部。",
    "他媳妇就是我即将任职第一书记的冯家河村的驻村干部。",
])
def test_a_village_name_after_the_post_is_no_name(text):
    # the village the post is held in, written after it, starts with a surname and a character (冯家河村)
    assert "冯家" not in _people(text)


def test_a_name_after_the_post_joined_by_he_to_a_name_the_analyser_vouches_for():
    # 于/p 军波/n: the surname read as a preposition; the pair of names after the post vouches for it
    got = _people("“第一书记”于军波和蒋博韬去鸡场购买鸡苗。")
    assert set(got) == {"于军波", "蒋博韬"} and got["于军波"].role == "first_secretary"
    # a preposition before a time or a place, then 和 and a name, is no name
    assert "于明天" not in _people("第一书记于明天和冯博远一起到村。")
    assert "于村部" not in _people("第一书记于村部和冯博远一起干活。")


def test_a_tibetan_name_with_the_part_written_dongzhu_or_dongzhou():
    # 顿珠 written 东珠 or 东周: still a part of a Tibetan name
    assert _people("尼玛东周是拉康村的驻村干部，近期忙于搬迁的事情。")["尼玛东周"].role == "team_member"
    assert "次旺东珠" in _people("次旺东珠是拉康村的驻村干部。")


def test_sent_to_a_township_then_the_village_post_after_ren():
    # 被选派到某乡任某村第一书记: the village of the post after 任
    assert _people("孟立军被选派到阿克乡任拉岗村第一书记。")["孟立军"].role == "first_secretary"
    assert not _people("孟立军被选派到阿克乡任副乡长。")


def test_a_quoted_form_of_address_before_a_pointing_post_is_no_name():
    # “阿布”在当地话中意为“哥哥”: a word quoted alone, glossed, then 这位…第一书记 points back past it
    text = ("今天村里的“阿布”第一书记要来家里回访。\n“阿布”在当地话中意为“哥哥”，也用于牧民对他者的尊称。"
            "这位即将到来的第一书记在老乡心中的地位很高。")
    assert "阿布" not in _people(text)


def test_a_demonstrative_said_to_be_the_post_then_named_at_the_close():
    # 这位干部就是…第一书记，今年N岁，…，名叫NAME。: the name told last, by 名叫
    got = _people("记者询问得知，这位年轻干部就是老乡口中的“阿哥”第一书记，今年34岁，是果洛州财政局选派的干部，名叫冯立军。")
    assert got["冯立军"].role == "first_secretary"
    assert not _people("这位老人就是村里的老党员，今年80岁，名叫冯立军。")


def test_a_dotted_name_the_post_left_then_sent_to_a_township_and_a_second_post():
    # NAME，从某厅副厅长的岗位上，被选派到某乡任“访惠聚”工作队总领队兼某村第一书记
    got = _people("今年52岁的维吾尔族干部买买提·阿不都热合曼，从自治区林业厅副厅长的岗位上，被选派到皮山县阿克乡"
                  "任“访惠聚”工作队总领队兼3村第一书记，已经2年了。")
    # the long part after the dot (阿不都热合曼), read only at its end by the analyser, is the name's whole
    assert got["买买提·阿不都热合曼"].role == "first_secretary"
    assert "孟立军" in _people("孟立军从县林业局副局长的岗位上，被选派到阿克乡任拉岗村第一书记。")
    assert "孟立军" in _people("孟立军被选派到阿克乡任工作队总领队兼5村第一书记。")


def test_a_tibetan_name_of_seed_parts_after_the_common_noun_post():
    # 驻村干部扎西次仁也没闲着: no surname after 驻村干部, but a name of two seed parts
    assert _people("端午节期间，驻村干部尼玛次仁也没闲着，他一大早来到村民家。")["尼玛次仁"].role == "team_member"
    assert not _people("端午节期间，驻村干部也没闲着，他们一大早来到村民家。")


def test_a_volunteering_and_the_appointment_between_the_name_and_the_post():
    # NAME主动请缨，经某部任命，担任驻某村工作队队长
    got = _people("2020年底，某能源公司党群部主任周雨明主动请缨，经自治区党委组织部任命，担任驻拉康村工作队队长。")
    assert got["周雨明"].role == "team_leader" and got["周雨明"].village == "拉康村"
