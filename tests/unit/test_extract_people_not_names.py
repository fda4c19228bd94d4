"""Words in a name's place that are no name: a page's label before a headline, a medicinal herb the village grows,
a headline's particle run into the page's date line by a bullet; and a given name that closes on a character
kept out of names elsewhere. Sentences written here."""
from __future__ import annotations

from flows.reports import names
from tests.unit.extract_asserts import people_by_name


def test_the_label_before_an_articles_original_headline_is_no_name():
    assert names.read_after("原题:“咱们的柏书记”——记杨依村第一书记柏章福", 0).name is None


def test_a_herb_named_beside_the_cadre_is_no_second_cadre():
    text = "宁都讯 洛口镇北辛庄村第一书记柏文涛和连翘种植大户芮一鸣一起到山上除草。"
    assert set(people_by_name(text)) == {"柏文涛"}


def test_a_headline_ending_on_a_particle_and_the_date_line_after_a_bullet_are_no_name():
    text = ("第一书记的扶贫日记•发布时间：2024-03-02 10:00\n"
            "杨依村驻村第一书记柏志明是个热心人。柏志明每天走村入户。")
    assert set(people_by_name(text)) == {"柏志明"}


def test_a_given_name_closing_on_the_character_of_party_words_is_read_whole():
    text = "宁都讯 2月10日下午，记者跟着第一书记黄振党来到石城县洛口镇杨依村。"
    assert set(people_by_name(text)) == {"黄振党"}
