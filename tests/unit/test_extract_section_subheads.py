"""A long programme article split into sections, each under its own subhead (a four-character kicker and a
title line), goes on under them: a section with no programme word of its own is still the article's, and a
paragraph about the whole province after a village's story moves the figures up to the province."""
from __future__ import annotations

from extract_asserts import facts_of, one

from flows.reports.segment import classify, segment

_ARTICLE = (
    "江西省驻村第一书记工作会议在南昌举行\n"
    "本报记者 芮远航\n"
    "去年以来，芮晓岚被派驻石城县洛口镇杨依村任第一书记，村里的路灯亮了起来。\n"
    "这样的故事还有很多。全省驻村帮扶工作会议日前召开，部署新一轮帮扶任务。\n"
    "部门联动\n"
    "两年投入帮扶资金十多亿元\n"
    "两年来，126个省直单位投入帮扶资金12.5亿元，新上项目1860个，培训农民8.6万人次。\n"
)


def test_a_four_character_phrase_without_a_surname_is_a_subhead_not_a_name() -> None:
    assert classify("部门联动") == "headline"
    assert classify("柏志明") == "byline"
    assert classify("柏章福林") == "byline"  # four characters opening with a surname: still a name's line


def test_a_section_under_a_kicker_and_title_stays_in_its_article() -> None:
    articles = segment(_ARTICLE)
    assert len(articles) == 1 and articles[0].kept


def test_the_section_s_figures_are_read_and_placed_on_the_province() -> None:
    facts = facts_of(_ARTICLE)
    money = one(facts, 1_250_000_000, "yuan")
    assert money.kind == "funding" and money.region == "江西省"
    assert one(facts, 86_000, "person_time").region == "江西省"
    assert one(facts, 1860, "item").region == "江西省"


def test_a_section_with_a_byline_of_its_own_is_still_a_new_article() -> None:
    page = _ARTICLE + "农贸市场改造完成\n本报记者 柏文涛\n今年全市新建农贸市场12个，投入资金3000万元。\n"
    articles = segment(page)
    assert articles[-1].title == "农贸市场改造完成" and not articles[-1].kept
    assert all(f.value != 30_000_000 for f in facts_of(page))
