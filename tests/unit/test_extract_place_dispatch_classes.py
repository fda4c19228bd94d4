"""Places that are not places and dispatch counts that are not dispatches, each class on sentences written
for these tests (places, names and figures made up).

Streets worked on (硬化街道) read as a subdistrict; a neighbour place (紧邻某镇) read as the place talked
about or into its name; a village dropped when 后 closes a time clause after it (到某村后，); cadres
counted as trained read as sent; a newspaper's count of the people it reports on; a team's size read as
the count of its members; the villages reporters visit read as villages covered.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of as _facts
from flows.reports.regions import PlaceFinder


def _places(text: str):
    return [(p.name, p.level) for p in PlaceFinder(text).find()]


# --- places ------------------------------------------------------------------------------------

def test_streets_worked_on_are_no_subdistrict():
    for verb in ("硬化", "清扫", "绿化"):
        text = f"槐树县驻村工作队今年共{verb}街道2400米，新修水渠800米。"
        assert all(level != "township" for _, level in _places(text)), verb
    assert ("东城街道", "township") in _places("槐树县东城街道柳河村")


def test_a_road_length_on_streets_worked_on_stays_with_the_county():
    facts = _facts("本报讯 文水县驻村工作队今年共硬化街道2400米。\n")
    assert [(f.value, f.unit, f.region) for f in facts] == [(2.4, "km", "文水县")]


def test_a_neighbour_cue_is_no_part_of_the_name():
    assert _places("白沙村地处山区，紧邻石门镇。") == [("白沙村", "village"), ("石门镇", "township")]
    assert ("石门镇", "township") in _places("白沙村东邻石门镇，西邻柳河村。")


def test_a_neighbour_place_is_not_the_place_a_figure_is_about():
    text = ("驻村第一书记李明介绍，白沙村地处山区，紧邻石门镇，今年争取资金20万元修建文化广场。\n")
    facts = _facts(text)
    assert [(f.value, f.region) for f in facts] == [(200000, "白沙村")]


def test_a_village_stays_when_a_time_clause_closes_after_it():
    text = "去年3月，驻村第一书记李明来到向阳村后，争取资金30万元修建了村文化广场。\n"
    assert ("向阳村", "village") in _places(text)
    facts = _facts(text)
    assert [(f.value, f.region) for f in facts] == [(300000, "向阳村")]
    # the back of a village (村后山) is still no place of its own
    assert _places("驻村干部在村后山上种下核桃树。") == []


# --- dispatch counts ---------------------------------------------------------------------------

def test_cadres_counted_as_trained_are_not_cadres_sent():
    facts = _facts("本报讯 今年以来，槐树县已对45名选派干部进行了集中培训。\n")
    assert [(f.metric, f.value) for f in facts] == [("cadres_trained", 45)]
    # a posting before the training keeps the count as cadres sent
    facts = _facts("本报讯 槐树县选派120名干部驻村帮扶并进行培训。\n")
    assert [(f.metric, f.value) for f in facts] == [("cadres_dispatched", 120)]


def test_a_newspapers_count_of_the_people_it_reports_on_is_no_dispatch():
    facts = _facts("本报今天刊发6名第一书记扎根基层的故事。\n驻村第一书记李明在向阳村争取资金30万元。\n")
    assert all(f.kind != "dispatch" for f in facts)


def test_a_teams_size_is_no_count_of_members():
    facts = _facts("本报讯 槐树县共组建5人工作队12支，选派驻村队员60名。\n")
    assert sorted((f.metric, f.value) for f in facts) == [("team_members_dispatched", 60), ("teams_dispatched", 12)]


def test_villages_reporters_visit_are_not_villages_covered():
    facts = _facts("本报讯 槐树县组织30名记者，分赴全县50个贫困村采访驻村第一书记。\n")
    assert all(f.metric != "villages_covered" for f in facts)


# --- scope words on a provincial paper's page ----------------------------------------------------

def test_a_provincial_papers_province_is_what_its_whole_province_speaks_for():
    text = "5月8日讯（河北日报记者 王某）记者从省农业农村厅获悉，全省各级共选派1200名党员干部驻村任职。\n"
    facts = _facts(text)
    assert [(f.value, f.region) for f in facts] == [(1200, "河北省")]
    # a national paper names no province: the scope word stays as written
    facts = _facts("本报讯（人民日报记者 王某）全省各级共选派1200名党员干部驻村任职。\n")
    assert [(f.value, f.region) for f in facts] == [(1200, "全省")]
    # the papers of two provinces: none is taken
    facts = _facts("（河北日报记者 王某 山西日报记者 李某）全省各级共选派1200名党员干部驻村任职。\n")
    assert [(f.value, f.region) for f in facts] == [(1200, "全省")]


def test_a_city_papers_city_is_what_its_we_the_city_speaks_for():
    text = "近日，我市选派90名机关干部驻村任第一书记。图为南阳日报社驻某村第一书记看望困难群众。\n"
    assert [(f.value, f.region) for f in _facts(text)] == [(90, "南阳市")]


def test_a_division_in_a_quoted_title_a_village_holds_is_not_the_place():
    text = ("驻村第一书记李明来到白沙村后，走访了解到，白沙村作为长沙市“菜篮子”基地，工作队带领村民新发展蔬菜种植800余亩。\n")
    assert [(f.value, f.region) for f in _facts(text)] == [(800, "白沙村")]


def test_villages_the_work_brought_to_a_result_are_not_villages_covered():
    text = "本报讯 文水县新选派的驻村干部已帮助12个软弱涣散村党组织完成整顿。\n"
    assert [(f.kind, f.metric, f.value) for f in _facts(text)] == [("outcome", "other", 12)]
    # villages helped with no result reached are still the villages the dispatch covers
    text = "本报讯 文水县选派驻村干部300名，帮助120个贫困村开展结对帮扶。\n"
    assert ("villages_covered", 120) in [(f.metric, f.value) for f in _facts(text)]


def test_a_background_sentence_of_the_country_does_not_carry_onto_the_village_story():
    for background in ("来到白沙村后，全国脱贫攻坚进入决战阶段。", "来到白沙村。全省脱贫攻坚进入决战阶段。"):
        text = f"本报讯 驻村第一书记李明{background}他带领村民新建大棚20个，增收30万元。\n"
        assert {f.region for f in _facts(text)} == {"白沙村"}, background
    # a province's own figure does carry onto the sentence after it
    text = "本报讯 驻村第一书记李明来到白沙村。全省共选派驻村干部1200名。累计投入资金3亿元。\n"
    assert {f.region for f in _facts(text)} == {"全省"}


def test_a_verb_before_a_place_named_alone_elsewhere_is_no_part_of_its_name():
    text = ("驻村第一书记来到寿昌镇白沙村。中秋节前夕，工会福利采购寿昌镇小香薯2000斤。"
            "我们开始关注起白沙村的发展。")
    assert {name for name, _ in _places(text)} == {"寿昌镇", "白沙村"}


def test_a_variant_form_the_dictionaries_leave_is_read_as_its_simplified_form():
    from flows.reports.normalise import normalise

    raw = "本報訊 去年中央單位幫扶陜西成效顯著，全省選派駐村幹部1200名。"
    text = normalise(raw).text
    assert "陕西" in text
    assert [(f.value, f.region) for f in _facts(raw + "\n")] == [(1200, "陕西省")]
