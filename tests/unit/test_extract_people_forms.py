"""People named in reports: the common written forms of the stationed posts and of names without a Han
surname (Tibetan, Uyghur with and without the middle dot, Yi, Mongolian). Every sentence here is made up for
the test (invented names, villages and units); none is taken from a real page.
"""
from __future__ import annotations

import pytest

from flows.reports.extract import extract_text
from tests.unit.extract_asserts import roles_and_villages as _people


@pytest.mark.parametrize("post, role", [
    ("驻村帮扶干部", "team_member"),
    ("驻村扶贫干部", "team_member"),
    ("乡村振兴指导员", "team_member"),
    ("驻村指导员", "team_member"),
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


@pytest.mark.parametrize("text, village", [
    ("长宁县西岭镇岜独村第一书记周致远主动取消了休假。", "岜独村"),  # the analyser reads 独 as an adverb
    ("长宁县西岭镇三撮村驻村工作队队长周致远主动取消了休假。", "三撮村"),  # 撮 read as a verb
    ("县农业局派驻大岭镇青禾社区第一书记周致远指导村民采挖魔芋。", "青禾社区"),  # a community, not a 村
])
def test_the_village_between_its_township_and_the_post_whatever_the_analyser_reads_in_it(text, village):
    assert _people(text)["周致远"][1] == village


def test_no_village_is_read_from_a_kind_of_village_after_a_township():
    assert _people("西岭镇帮扶村第一书记周致远主动取消了休假。")["周致远"][1] is None


def test_figures_beside_first_secretaries_counted_in_many_are_not_the_story_village():
    text = ("长宁县西岭镇岜独村第一书记周致远又没休息。他在直播间卖出面粉3000袋。"
            "先后有65位党员干部直播带货，其中包括40名驻村第一书记，销售农产品15万件。")
    facts = {(f.metric, f.value): f.region for f in extract_text(text).facts}
    # (produce sold counted in items: purchases, in the catalogue's other unit of consumption_purchases)
    assert facts[("consumption_purchases", 150000.0)] != "岜独村"
    assert facts[("first_secretaries_dispatched", 40.0)] != "岜独村"


@pytest.mark.parametrize("text", [
    "省农科院“第一书记”周明、李强、王刚分别帮扶青禾县石门乡东岭村、西岭村和南岭村。",
    "省农科院第一书记周明、李强、王刚分别驻青禾县石门乡东岭村、西岭村和南岭村。",
])
def test_names_listed_after_the_post_then_villages_respectively_are_paired_in_order(text):
    assert _people(text) == {"周明": ("first_secretary", "东岭村"), "李强": ("first_secretary", "西岭村"),
                             "王刚": ("first_secretary", "南岭村")}


def test_respective_villages_not_as_many_as_the_names_pair_none():
    people = _people("第一书记周明、李强分别帮扶东岭村、西岭村和南岭村。")
    assert people["李强"][1] == people["周明"][1]


def test_a_sentence_opened_by_the_time_since_the_stationing_and_a_pronoun_speaks_of_the_person_named_before():
    text = ("全市选派第一书记300名。“这条路是当年红军走过的……”周明远一边走一边向党员讲解。"
            "驻村以来，他借助选派单位县委宣传部的优势，推动西岭乡石门村发展乡村旅游。周明远说，还要接着干。")
    assert _people(text) == {"周明远": ("first_secretary", "石门村")}


def test_the_time_since_the_stationing_points_back_to_no_villager():
    text = ("村民周明远一边走一边向我们讲解。驻村以来，他借助选派单位的优势，推动西岭乡石门村发展乡村旅游。"
            "村民周明远说，日子好过了。")
    assert "周明远" not in _people(text)


def test_the_village_before_its_party_organisation_and_the_post_is_the_cadre_s():
    assert _people("青岚村党组织第一书记周致远带领群众修通了村道。") == {"周致远": ("first_secretary", "青岚村")}


@pytest.mark.parametrize("text, name", [
    ("乌兰嘎查第一书记其木格说，牧民的日子越过越好。", "其木格"),
    ("乌兰嘎查第一书记苏和带领牧民修通了砂石路。", "苏和"),
    ("乌兰嘎查驻村工作队队员敖日格乐，走遍了全嘎查的草场。", "敖日格乐"),
])
def test_a_name_of_one_seed_part_bounded_by_a_verb_of_saying_or_leading_or_a_mark(text, name):
    assert name in _people(text)


def test_a_period_between_two_parts_is_no_middle_dot():
    assert "买买提.吐尔洪" not in _people("石门村第一书记买买提.吐尔洪带领群众修通了村道。")


def test_a_person_who_volunteers_right_after_a_posting_is_announced_takes_that_post_and_village():
    text = ("去年10月，市农业局即将选派新一轮农村工作指导员赴青禾县西岭镇石门村。听到这一消息后，周致远毛遂自荐，"
            "“我对农村很熟悉”。周致远到村后先修了路。")
    assert _people(text) == {"周致远": ("team_member", "石门村")}


def test_a_villager_who_volunteers_is_no_cadre():
    assert "周致远" not in _people("县里选派第一书记到石门村。村民周致远主动报名参加了培训。")


def test_a_narrating_cadre_with_no_byline_is_the_one_person_the_photo_captions_name():
    text = ("全省选派第一书记5000名。\n图为周晓妮在加夜班\n"
            "“什么？集体辞职？”要知道，这才是我担任石门村第一书记的第四天呀。")
    assert _people(text) == {"周晓妮": ("first_secretary", "石门村")}


def test_captions_naming_two_people_name_no_narrator():
    text = ("全省选派第一书记5000名。\n图为周晓妮在加夜班\n图为王大山在地里干活\n"
            "“什么？集体辞职？”要知道，这才是我担任石门村第一书记的第四天呀。")
    assert _people(text) == {}


def test_a_cadre_with_no_village_stated_on_a_page_about_one_village_only_is_that_village_s():
    text = ("“抓好党建就是为村民办实事。”第一书记周致远经常这样说。\n在支部建设上，一手抓组织，一手抓制度。\n"
            "如今，石门村的路修通了。\n石门村的产业也发展起来了。")
    assert _people(text)["周致远"] == ("first_secretary", "石门村")


def test_a_township_team_leader_on_a_page_about_one_village_gets_no_village():
    text = ("石门村地处山区，过去是有名的穷村。\n如今，石门村的路修通了。\n"
            "市委办驻西岭乡工作队队长周致远介绍，工作队现有36名队员。")
    assert _people(text)["周致远"][1] is None


def test_a_second_post_in_brackets_after_the_first_is_no_bar_to_the_name():
    assert _people("青岚村第一书记（驻村工作队队长）周致远带领群众修通了村道。") == {"周致远": ("first_secretary", "青岚村")}


@pytest.mark.parametrize("text, name, role", [
    ("吉克阿牛现任石门村第一书记。", "吉克阿牛", "first_secretary"),
    ("额尔敦巴雅尔担任乌兰嘎查驻村工作队队长。", "额尔敦巴雅尔", "team_leader"),
    ("2021年，沙马阿呷被选派到石门村担任第一书记。", "沙马阿呷", "first_secretary"),
    ("买买提吐尔洪是自治区财政厅派驻石门村的第一书记。", "买买提吐尔洪", "first_secretary"),
])
def test_a_name_of_seed_parts_written_before_the_post_is_read_whole(text, name, role):
    assert _people(text)[name][0] == role


def test_instructors_a_page_says_serve_as_first_secretaries_are_first_secretaries():
    text = ("省市县选派的党员农村工作指导员全部兼任村里的第一书记。"
            "石门村农村工作指导员周致远带领群众修通了村道。")
    assert _people(text) == {"周致远": ("first_secretary", "石门村")}
    assert _people("石门村农村工作指导员周致远带领群众修通了村道。") == {"周致远": ("team_member", "石门村")}


@pytest.mark.parametrize("post, role", [("“访惠聚”工作队队长", "team_leader"), ("“访惠聚”驻村工作队队员", "team_member")])
def test_the_village_before_a_team_named_in_quotation_marks_is_the_cadre_s(post, role):
    assert _people(f"阿克村{post}周致远带领群众修通了村道。") == {"周致远": (role, "阿克村")}


@pytest.mark.parametrize("text", [
    "周致远被选派到白沙镇青岚村担任村第一书记。",
    "周致远是县水利局主任科员，2019年3月起任白沙镇青岚村村第一书记。",
])
def test_the_post_written_with_cun_before_it_after_the_posting_verb(text):
    # 担任村第一书记: the village's first secretary, 村 without the party branch after it
    assert _people(text) == {"周致远": ("first_secretary", "青岚村")}


@pytest.mark.parametrize("text", [
    "周致远自从被选派到白沙镇青岚村担任第一书记以来，走遍了全村。",
    "常与青山作伴的周致远，自从被河阳县委组织部选派到白沙镇青岚村担任村第一书记以来，俨然就是一村民。",
])
def test_since_before_the_passive_posting_of_the_name(text):
    assert _people(text) == {"周致远": ("first_secretary", "青岚村")}


@pytest.mark.parametrize("text", [
    "作为白沙镇青岚村“第一书记”，周致远每天走访贫困户。",
    "作为县水利局派驻的第一批“第一书记”，周致远参加完培训后入驻白沙镇青岚村。",
])
def test_as_the_quoted_post_then_the_name_after_the_comma(text):
    # 作为…“第一书记”，NAME: the closing quotation mark between the post and the comma
    assert _people(text) == {"周致远": ("first_secretary", "青岚村")}


def test_the_name_before_jieren_taking_the_post_over():
    assert _people("2017年，冯博远接任白沙镇青岚村第一书记。") == {"冯博远": ("first_secretary", "青岚村")}
    assert "冯博远" in _people("2017年，30岁的冯博远接任扶贫工作队队长，她和工作队一起吃住在村。")
    assert _people("村民冯博远接任村委会主任。") == {}


def test_the_team_leader_who_also_takes_on_the_first_secretary_post_is_a_first_secretary():
    assert _people("冯博远担任白沙镇青岚村扶贫工作队队长并兼任村第一书记。") == {"冯博远": ("first_secretary", "青岚村")}
    assert _people("冯博远担任白沙镇青岚村扶贫工作队队长。") == {"冯博远": ("team_leader", "青岚村")}


def test_the_name_then_jiu_cheng_le_the_stationed_post():
    # 就成了某村的驻村干部: an adverb and 成了 (became) before the post
    assert _people("那一天起，员工冯博远就成了青岚村的驻村干部。") == {"冯博远": ("team_member", "青岚村")}
    assert _people("那一天起，員工馮博遠就成了青嵐村的駐村干部。") == {"冯博远": ("team_member", "青岚村")}
    assert "冯博远" not in _people("村民冯博远就成了驻村干部的好帮手。")
