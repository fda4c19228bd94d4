"""Where a page's photo stood, a placeholder line (文章图片, 图片3.png, 微信图片_20230807.png) is no byline: the
story goes on after it in the same article, and a cadre named after it is read. Text written here."""
from __future__ import annotations

import pytest

from flows.reports.segment import segment
from tests.unit.extract_asserts import people_by_name

STORY = ("宁都讯 驻村工作队进驻洛口镇杨依村已满三年。\n{}\n"
         "队员们在村里打了三晚地铺，背包队员芮远航等三人入驻的柏家组，条件极为艰苦。\n")


@pytest.mark.parametrize("placeholder", ["文章图片", "图片3.png", "微信图片_20230807163006.png"])
def test_a_photo_placeholder_keeps_the_story_whole(placeholder):
    text = STORY.format(placeholder)
    assert [a.kept for a in segment(text)] == [True]
    assert people_by_name(text)["芮远航"].role == "team_member"


def test_a_byline_still_opens_a_new_article():
    text = STORY.format("本报记者 柏文涛")
    assert len(segment(text)) == 2
