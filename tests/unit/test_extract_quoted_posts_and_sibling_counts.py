"""Classes of text read in the sixth session of issue 7, a test or two each: a post in quotation marks that holds
驻村 inside them, a name before a chain of titles that ends in 也是 and the post, a cadre sent by a generic agent
(受组织委派) who has no unit from it; counts sent by several senders to sibling counties, destinations after a comma,
a list of townships, breakdowns by sending level. Guards check what must stay as it was. Every sentence is made up for
the test (real division names, invented villages and people); none is taken from a page.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one, people_by_name, roles_and_villages


def test_a_post_quoted_with_its_stationed_word_inside_the_marks_names_the_cadre_after_it():
    # read as the post right before the name (confidence 0.9), not only from the village named earlier (0.7)
    people = people_by_name("漳州讯 平和县崎岭乡白鹭村，“驻村第一书记”韩志远趁着周末回到村里和茶农商量修剪茶树。\n")
    assert (people["韩志远"].role, people["韩志远"].village) == ("first_secretary", "白鹭村")
    assert people["韩志远"].confidence >= 0.9


def test_a_quoted_post_taken_up_after_the_arrival_is_a_posting():
    people = people_by_name("漳州讯 前年8月，韩志远从财务岗位来到崎岭乡白鹭村担任“驻村第一书记”。他先走访了每一户。\n")
    assert (people["韩志远"].role, people["韩志远"].village) == ("first_secretary", "白鹭村")


def test_a_name_before_a_chain_of_titles_then_also_the_post_is_the_posts():
    people = roles_and_villages("本报讯 韩志远是平和县政协常委、科教文卫体委员会办公室副主任、也是青松村的第一书记。\n")
    assert people == {"韩志远": ("first_secretary", "青松村")}


def test_a_cadre_sent_by_the_organisation_in_general_has_no_dispatch_unit_from_it():
    people = people_by_name("漳州讯 韩志远是平和县崎岭乡白鹭村的第一书记。自从韩志远受组织委派来到白鹭村，"
                            "他带领村民种下了三百亩茶叶。\n")
    assert people["韩志远"].village == "白鹭村"
    assert people["韩志远"].dispatch_unit is None


def test_guard_a_unit_that_sends_the_cadre_stays_his_dispatch_unit():
    people = people_by_name("漳州讯 韩志远是平和县崎岭乡白鹭村的第一书记。韩志远受县林业局委派来到白鹭村，"
                            "他带领村民种下了三百亩茶叶。\n")
    assert people["韩志远"].dispatch_unit == "县林业局"
