"""Cadres named in a list after a count of the cadres a unit sent out and a colon (N名某单位派出干部：NAME、NAME…),
an item of such a list the analyser reads as a common word (黄金, between list marks), and names opening with a
surname the built-in list lacks (习, 税). Sentences written here."""
from __future__ import annotations

from tests.unit.extract_asserts import people_by_name, roles_and_villages

OPENING = "宁都讯 洛口镇杨依村的帮扶队进村已满三年。"


def test_names_after_a_count_of_a_units_cadres_and_a_colon():
    read = roles_and_villages(OPENING + "县委组织部看望了6名县直单位派出干部：芮远航、芮晓岚、柏志明、柏章福、"
                                        "芮一鸣、柏文涛。他们分别驻洛口镇6个村。")
    assert set(read) == {"芮远航", "芮晓岚", "柏志明", "柏章福", "芮一鸣", "柏文涛"}, read
    assert {role for role, _ in read.values()} == {"team_member"}


def test_a_listed_item_read_as_a_common_word_is_a_name_between_list_marks():
    read = people_by_name(OPENING + "驻村工作队员芮远航、黄金、芮晓岚和王宇走访农户。")
    assert set(read) == {"芮远航", "黄金", "芮晓岚", "王宇"}, list(read)


def test_a_list_ends_where_its_item_is_a_place_or_post():
    read = people_by_name(OPENING + "驻村工作队员芮远航、村主任和会计走访农户。")
    assert set(read) == {"芮远航"}, list(read)


def test_a_name_opening_with_a_rarer_surname_after_a_common_noun_post():
    assert roles_and_villages(OPENING + "驻村干部习远帆在杨依社区蹲点半年了。") == {
        "习远帆": ("team_member", "杨依社区")}
    assert "税海生" in people_by_name(OPENING + "驻村第一书记税海生带领村民修路。")


def test_a_count_of_cadres_sent_is_no_list_of_names():
    assert people_by_name(OPENING + "县里共派出干部120人，分赴各村。") == {}


def test_a_dotted_name_closing_a_list_of_members():
    read = roles_and_villages(OPENING + "第一书记芮远航带领队员芮晓岚、柏志明、帕提古丽·托合提等参加了调研。")
    assert read.get("帕提古丽·托合提") == ("team_member", "杨依村"), read


def test_names_counted_with_their_title_and_made_members_with_wei():
    read = roles_and_villages(OPENING + "2023年6月，县林业局推荐芮远航、芮晓岚、柏志明3名干部为本轮帮扶工作队队员，"
                                        "芮远航任队长。")
    assert read == {"芮远航": ("team_leader", "杨依村"), "芮晓岚": ("team_member", "杨依村"),
                    "柏志明": ("team_member", "杨依村")}, read


def test_a_narrator_who_gives_his_name_and_the_post_taken_up_in_the_village():
    read = people_by_name(OPENING + "我叫芮远航，是农行宁都县支行的职员，2015年起担任杨依村驻村“第一书记”。")
    assert (read["芮远航"].role, read["芮远航"].village, read["芮远航"].start) == ("first_secretary", "杨依村", "2015")


def test_a_narrator_naming_someone_else_as_the_post_holder_is_not_the_cadre():
    read = people_by_name(OPENING + "我是芮晓岚的同事，那年到杨依村看望过第一书记。")
    assert "芮晓岚" not in read or read["芮晓岚"].role != "first_secretary", list(read)


def test_one_of_the_post_holders_counted_as_sent():
    read = roles_and_villages(OPENING + "今年春天，市里抽选20名“乡村振兴指导员”下沉到村，46岁的芮远航是其中之一。")
    assert read == {"芮远航": ("team_member", "杨依村")}, read
    assert people_by_name(OPENING + "全县派出20名第一书记，杨依村是其中之一。") == {}
