"""Classes of scope and counted-village text (programme terms, city lists, captions, jobs, press tours), one test per class.
Every sentence is made up for the test: invented villages, organs and figures; none is taken from a real page.
"""
from __future__ import annotations

import pytest

from flows.reports.extract import extract_text


def _facts(text: str):
    return extract_text(text).facts


def _one(facts, value, unit=None):
    found = [f for f in facts if f.value == pytest.approx(value) and (unit is None or f.unit == unit)]
    assert len(found) == 1, [(f.metric, f.value, f.unit, f.region) for f in facts]
    return found[0]


def test_the_programmes_terms_for_its_cadres_are_the_provinces_not_the_story_villages():
    text = ("驻村干部的待遇\n"
            "对于驻村干部来说，每月800元的饭费补贴；每年6000元的工作经费。在江西省，不少干部都这样说。\n"
            "柳岸村第一书记王明远说，柳岸村的路修好了。柳岸村的茶叶也卖出去了。\n")
    facts = _facts(text)
    meal, funds = _one(facts, 800), _one(facts, 6000)
    assert (meal.metric, meal.region) == ("living_subsidy", "江西省")
    assert (funds.metric, funds.region) == ("work_funds", "江西省")


def test_a_city_papers_list_of_villages_in_several_counties_keeps_the_citys_own_figures_the_citys():
    text = ("本报讯 日前，我市确定今年15个市级扶贫开发重点村。\n"
            "这15个重点村分别是：瑞金市叶坪乡柳岸村、沙洲坝镇石桥村，于都县罗坳镇青竹村、银坑镇桃溪村，"
            "兴国县高兴镇梅岭村。\n"
            "市级扶贫开发重点村由市直机关单位挂钩联系，选派15名科级干部驻村任第一书记；"
            "由市财政局筹措扶持资金750万元，每个重点村安排50万元。\n"
            "另有瑞金市日东乡杏田村、于都县段屋乡上东村列为后备村。\n")
    facts = _facts(text)
    assert _one(facts, 15, "person").region == "赣州市"
    assert _one(facts, 7500000).region == "赣州市"


def test_villages_counted_as_where_the_cadres_hold_their_posts_are_villages_covered():
    fact = _one(_facts("柳岸村讯 6名年轻人都是省水文局选派的驻村干部，分别在石桥乡的6个村担任第一书记兼工作队长。\n"),
                6, "village")
    assert (fact.metric, fact.region) == ("villages_covered", "石桥乡")


def test_a_photo_caption_that_reports_in_its_own_sentences_is_read():
    text = ("柳岸村讯 驻村工作队进村三年，修路引水，发展茶叶产业。\n"
            "在工作队的帮扶下，石桥村的集体收入明显提高。石桥村去年成功脱贫27户。图为青山镇石桥村。 本报记者 李小明 摄\n")
    fact = _one(_facts(text), 27, "household")
    assert (fact.metric, fact.region) == ("people_lifted_from_poverty", "石桥村")


def test_villagers_a_project_draws_into_work_at_home_are_jobs():
    fact = _one(_facts("柳岸村讯 驻村工作队引进服装厂，吸引34名困难群众在家门口稳定就业。\n"), 34, "person")
    assert (fact.kind, fact.metric) == ("outcome", "jobs_created")


def test_villages_a_press_tour_visits_are_not_villages_covered():
    facts = _facts("柳岸村讯 采访团从省城出发，兵分两路，途经6个地级市，深入12个贫困村挖掘报道，讲述驻村扶贫干部的故事。\n")
    assert not [f for f in facts if f.unit == "village"], [(f.metric, f.value) for f in facts]
    assert _one(_facts("柳岸村讯 驻村工作队深入12个贫困村开展帮扶。\n"), 12).metric == "villages_covered"


def test_cadres_whose_going_into_the_villages_opens_the_next_clause_are_dispatched():
    fact = _one(_facts("柳岸村讯 县委组织部每期确定3名年轻干部，入村配合驻村工作队开展帮扶工作。\n"), 3, "person")
    assert (fact.kind, fact.metric) == ("dispatch", "cadres_dispatched")


def test_the_poor_households_left_after_the_work_are_an_outcome_count():
    fact = _one(_facts("柳岸村讯 驻村工作队进村4年过去，75户贫困户只剩12户。\n"), 12, "household")
    assert (fact.kind, fact.metric) == ("outcome", "other")


def test_aiding_units_counted_after_their_noun_are_no_villages_covered():
    facts = extract_text("全县落实驻村帮扶单位120个，选派第一书记65名。\n").facts
    assert not [f for f in facts if f.unit == "village"]
    assert [f.value for f in facts if f.metric == "first_secretaries_dispatched"] == [65]


def test_a_figure_about_one_village_named_for_several_is_the_townships():
    facts = extract_text("柳河乡石桥村等四个村先后签订了帮扶协议，累计投入帮扶资金800万元。驻村工作队开展帮扶。\n").facts
    # (the villages that signed, counted after 帮扶 since 帮扶 is a villages-covered keyword, are the township's too)
    assert [(f.value, f.region) for f in facts] == [(4, "柳河乡"), (8000000, "柳河乡")]


def test_the_whole_one_cadre_belongs_to_is_a_dispatch_count():
    facts = extract_text("他是驻守在全区各地农村的52000名机关干部中的一员。驻村工作队开展帮扶。\n").facts
    assert [(f.metric, f.value) for f in facts] == [("cadres_dispatched", 52000)]


def test_instructors_for_the_new_countryside_are_cadres_dispatched():
    facts = extract_text("全省每年计划选派新农村建设指导员8000人，实施干部驻村帮扶。\n").facts
    assert [(f.metric, f.value) for f in facts] == [("cadres_dispatched", 8000)]
