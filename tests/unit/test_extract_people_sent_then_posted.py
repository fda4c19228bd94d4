"""A cadre sent to a village, then given the post in the next clause: the stay written after the village
(驻村扶贫), the month the post began (同年5月起), or the village named again with the post. The post's
village is the cadre's. Sentences and names made up for the test."""
from __future__ import annotations

import pytest

from tests.unit.extract_asserts import people_by_name, roles_and_villages


@pytest.mark.parametrize("sentence", [
    "芮远航被派往杨依村驻村扶贫，担任驻村第一书记。",
    "芮远航被派往杨依村，担任杨依村驻村第一书记。",
    "芮远航被派往杨依村，同年5月起担任驻村第一书记。",
    "赣州市林业科学研究所助理芮远航2020年3月被市林业局派往杨依村驻村帮扶，同年6月起担任杨依村驻村第一书记。",
])
def test_sent_to_a_village_then_posted(sentence: str) -> None:
    assert roles_and_villages("宁都讯 " + sentence)["芮远航"] == ("first_secretary", "杨依村")


def test_the_village_named_with_the_post_is_the_cadres() -> None:
    people = roles_and_villages("宁都讯 芮远航被派往杨依村，担任高田村驻村第一书记。")
    assert people["芮远航"] == ("first_secretary", "高田村")


def test_a_villager_after_the_post_is_no_village_of_it() -> None:
    # 村民 after the village noun is the villagers, not a village named with the post
    people = roles_and_villages("宁都讯 芮远航被派往杨依村，担任村民理事会顾问。")
    assert "芮远航" not in people


def test_the_stay_word_before_the_post_is_no_village() -> None:
    # 担任驻村第一书记: 驻村 is how the post is held, the village is the one the cadre went to
    people = people_by_name("宁都讯 芮远航到石城县洛口镇杨依村担任驻村第一书记。")
    assert (people["芮远航"].village, people["芮远航"].county) == ("杨依村", "石城县")
