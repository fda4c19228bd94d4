"""Classes from the extra tuned folds, on sentences written here: an author's name in a page header whose next field
runs on once the spaces are gone (作者:NAME 来源:…), an ordinary noun the analyser tags as a name (智慧), a cadre
named after a demonstrative post and a verb of naming (这位第一书记名叫NAME), households counted after 对 that visits
are carried out on (对某镇N户脱贫户…开展走访), and firms a division owns (某市属国有企业) that name who helps, not
where the money goes."""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one, people_by_name


def test_the_author_in_a_run_on_page_header():
    text = ("宁都讯 驻村手记\n\n作者:芮远航 来源:宁都县地方志办公室 发布时间:2021-04-06\n\n"
            "2019年，我被派到杨依村当第一书记。")
    assert list(people_by_name(text)) == ["芮远航"]


def test_a_noun_tagged_as_a_name_is_no_cadre_and_the_named_one_is():
    text = "宁都讯 杨依村建起了智慧大棚，智慧灌溉系统也投入运营。大家夸的这位第一书记名叫芮远航。"
    assert list(people_by_name(text)) == ["芮远航"]


def test_households_visits_are_carried_out_on():
    facts = facts_of("宁都讯 工作队入村后，对洛口镇266户脱贫户和9户低保户开展了逐户监测走访。")
    assert (one(facts, 266).metric, one(facts, 9).metric) == ("households_visited", "households_visited")


def test_households_out_of_poverty_stay_an_outcome_without_a_visit():
    fact = one(facts_of("宁都讯 有了工作队帮扶，杨依村今年又有26户脱贫户收入稳住了。"), 26)
    assert fact.metric != "households_visited"


def test_firms_a_city_owns_name_who_helps_in_a_villages_story():
    text = ("宁都讯 洛口镇杨依村驻村工作队进村三年。工作队又请赣州市属国有企业拿出300万元"
            "建光伏电站。")
    assert one(facts_of(text), 3_000_000).region == "杨依村"
