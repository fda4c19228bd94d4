"""Numbers that are no figure of the work, or another figure than they seem: a journey along a road (开车…经过约35公里
的山路), the poor of a village a sentence describes by its distance and altitude (平均海拔3100米的某村距县城22公里，
有9户贫困户), a web page's counter of views (查看:N次), and cadres counted who died at the work (全省有N名帮扶干部
牺牲在岗位上: an outcome, not cadres sent). Sentences are invented in the style of county news pages."""
from flows.reports.extract import extract_text

OPENING = "宁都县杨依村驻村工作队。"


def _facts(text: str) -> set[tuple[str, str, float]]:
    return {(f.kind, f.metric, f.value) for f in extract_text(OPENING + text).facts}


def test_a_journey_along_a_road_is_no_road_built() -> None:
    assert _facts("开车从宁都县城出发，沿着省道往南，经过约35公里弯弯绕绕的山路，才看到村口的牌坊。") == set()


def test_the_poor_of_a_village_described_by_its_distance_and_altitude() -> None:
    assert _facts("平均海拔3100米的杨依村距县城22公里，有9户贫困户，省里几个单位在这里派了工作队。") == set()


def test_a_road_built_in_a_sentence_that_gives_the_distance_is_still_read() -> None:
    assert _facts("杨依村距县城18公里，工作队修建道路3公里。") == {("outcome", "road_km_built", 3.0)}


def test_a_page_counter_of_views_is_no_figure() -> None:
    assert _facts("发布时间:2018-04-12 09:20|来源:宁都新闻|查看:356次 宁都县帮扶干部入户走访。") == set()


def test_cadres_who_died_at_the_work_are_no_cadres_sent() -> None:
    assert _facts("据统计，近几年全省有520多名帮扶干部牺牲在岗位上。") == {("outcome", "other", 520.0)}
    assert _facts("全省选派520名帮扶干部驻村。") == {("dispatch", "cadres_dispatched", 520.0)}
