"""Given names that open with a character the analyser reads as a function word (和, 为, 从, 以 …): the name is
read whole where it is closed right after (a mark, 的, 在, a verb of saying), and never where the characters
are an adverb or run into a village word (names.read_after).
Every sentence is made up for the test: invented names, villages and figures; none is taken from a page.
"""
from __future__ import annotations

import pytest

from tests.unit.extract_asserts import roles_and_villages

_OPENING = "宁都县黄陂镇杨依村驻村第一书记"


# --- the analyser reads the given name as one word after a lone surname (尹/nr 和平/nz, 蒋/nr 为民/v) ----------

@pytest.mark.parametrize("name", ["尹和平", "蒋为民", "祁从军"])
@pytest.mark.parametrize("after", ["说，今年村里种了三百亩脐橙。", "的办公室里堆满了台账。", "带领队员走访农户。",
                                   "在村里一住就是两年。"])
def test_a_given_name_read_as_one_word_after_the_surname_is_the_cadres(name, after):
    assert roles_and_villages(_OPENING + name + after) == {name: ("first_secretary", "杨依村")}


# --- the analyser joins the surname to the function character as a preposition (黎以/p 恒说/v) ---------------

@pytest.mark.parametrize("name", ["黎以恒", "覃以达", "温从发"])
def test_a_surname_joined_to_the_function_character_is_still_the_names(name):
    assert roles_and_villages(_OPENING + name + "说，今年村里种了三百亩脐橙。") == {name: ("first_secretary", "杨依村")}


# --- guards: an adverb, or a village word, after the surname is no given name ---------------------------------

@pytest.mark.parametrize("words", ["陈从不说空话。", "孙从严说起。", "马为此说了很久。", "王和村民说起路的事。",
                                   "刘与队员们说好了。"])
def test_an_adverb_or_a_village_word_after_a_surname_is_no_name(words):
    assert roles_and_villages(_OPENING + words) == {}
