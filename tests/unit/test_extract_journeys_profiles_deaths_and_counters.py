"""Numbers that are no figure of the work, or another figure than they seem: a journey along a road (驱车…经过约40公里
的公路), the poor of a village a sentence describes by its distance and altitude (平均海拔3444米的某村距县城18公里，有
14户贫困户), a web page's counter of views (查看:149次), and cadres counted who died at the work (全国有770多名扶贫干部
牺牲: an outcome, not cadres sent). Sentences are invented in the style of county news pages."""
from flows.reports.extract import extract_text

OPENING = "宁都县杨依村驻村工作队。"


def _facts(text: str) -> set[tuple[str, str, float]]:
    return {(f.kind, f.metric, f.value) for f in extract_text(OPENING + text).facts}


def test_a_journey_along_a_road_is_no_road_built() -> None:
    assert _facts("驱车从宁都县出发，沿G549线，经过约40公里蜿蜒曲折的公路，会看到一座大门。") == set()


def test_the_poor_of_a_village_described_by_its_distance_and_altitude() -> None:
    assert _facts("平均海拔3444米的杨依村距县城18公里，有14户贫困户，由省公安厅等单位组成工作队。") == set()


def test_a_road_built_in_a_sentence_that_gives_the_distance_is_still_read() -> None:
    assert _facts("杨依村距县城18公里，工作队修建道路3公里。") == {("outcome", "road_km_built", 3.0)}


def test_a_page_counter_of_views_is_no_figure() -> None:
    assert _facts("发布时间:2017-09-30 18:39|来源:工人日报|查看:149次 宁都县扶贫干部在工作中。") == set()


def test_cadres_who_died_at_the_work_are_no_cadres_sent() -> None:
    assert _facts("截至2019年6月底，在脱贫攻坚战场上，全国有770多名扶贫干部牺牲。") == {("outcome", "other", 770.0)}
    assert _facts("全省选派770名扶贫干部驻村。") == {("dispatch", "cadres_dispatched", 770.0)}
