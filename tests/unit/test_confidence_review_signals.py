"""The review signals (confidence.REVIEW_SIGNALS): each class of doubtful figure gets a lower confidence than
its plain twin, and the signals change confidences only, never which facts are extracted.

Sentences written for these tests; the villages and villagers are invented.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from flows.reports import facts as facts_module
from flows.reports.confidence import REVIEW_SIGNALS, SIGNALS, load_confidence_model, write_weights
from flows.reports.extract import extract_text
from flows.reports.models import Fact

OPENING = "本报讯 渭源县石桥村驻村工作队扎实开展帮扶。"


def _fact(text: str, value: float) -> Fact:
    facts = [f for f in extract_text(text).facts if f.value == value]
    assert len(facts) == 1, [(f.value, f.unit) for f in extract_text(text).facts]
    return facts[0]


def _doubted(doubtful: str, plain: str, value: float, signal: str) -> tuple[Fact, Fact]:
    """The fact of `value` in both texts: the signal fires on the doubtful one only, and lowers its confidence."""
    doubted, twin = _fact(doubtful, value), _fact(plain, value)
    assert doubted.signals[signal] > 0 and twin.signals[signal] == 0
    assert doubted.confidence < twin.confidence
    return doubted, twin


def test_every_review_signal_is_described_and_weighed_as_a_doubt() -> None:
    weights = dict(load_confidence_model().weights)
    for name in REVIEW_SIGNALS:
        assert name in SIGNALS and weights[name] < 0


def test_a_figure_inside_title_marks_is_a_documents_title_and_goes_to_review() -> None:
    doubted, twin = _doubted("本报讯 渭源县今年选派驻村第一书记120名。县委印发了《关于表扬25名优秀驻村第一书记的通报》。",
                             "本报讯 渭源县今年选派驻村第一书记120名。县委表扬了25名优秀驻村第一书记。",
                             25, "in_title_marks")
    assert doubted.confidence < 0.6


def test_a_result_put_on_a_province_that_only_opens_the_name_of_a_helping_organ_goes_to_review() -> None:
    # in a county's story (no village to hold the figure) the province stays the region, in doubt
    county = "本报讯 渭源县驻村工作队扎实开展帮扶。"
    doubted, twin = _doubted(county + "甘肃省妇联挂钩帮扶后，村集体经济收入达到8万元。",
                             county + "渭源县驻村工作队帮扶后，村集体经济收入达到8万元。",
                             80000, "place_opens_organ")
    assert doubted.confidence < 0.6 and twin.confidence >= 0.8
    # in a village's story the helper is no ground: the figure is the village's
    assert _fact(OPENING + "甘肃省妇联挂钩帮扶后，村集体经济收入达到8万元。", 80000).region == "石桥村"
    # an organ that sends cadres speaks for its division: its dispatch counts are no doubt of this kind
    sent = _fact("本报讯 甘肃省妇联挂钩帮扶渭源县，今年选派驻村第一书记12名。", 12)
    assert sent.signals["place_opens_organ"] == 0


def test_a_place_named_far_before_the_figure_lowers_its_confidence_by_the_distance() -> None:
    story = "队员们走村入户，倾听群众心声，帮助群众解决急难愁盼问题，赢得了群众的信任。"
    figure = "驻村工作队帮助村集体增收8万元。"
    near, far = _fact(OPENING + story * 5 + figure, 80000), _fact(OPENING + story * 20 + figure, 80000)
    plain = _fact(OPENING + figure, 80000)
    assert plain.signals["place_far"] == 0 < near.signals["place_far"] < far.signals["place_far"] == 1.0
    assert far.confidence < near.confidence < plain.confidence
    assert far.region == near.region == plain.region == "石桥村"


def test_a_dispatch_count_in_a_sentence_that_never_names_the_programme_goes_to_review() -> None:
    doubted, twin = _doubted("本报讯 渭源县驻村帮扶工作扎实推进。全县已确定58个示范村，协调土地资源89亩。",
                             "本报讯 渭源县驻村帮扶工作扎实推进。全县已向58个示范村选派驻村工作队，协调土地资源89亩。",
                             58, "dispatch_without_programme")
    assert doubted.confidence < 0.6 and twin.confidence >= 0.8


def test_an_outcome_of_one_named_household_helped_is_his_own_not_the_teams() -> None:
    doubted, twin = _doubted("本报讯 渭源县石桥村驻村工作队帮助贫困户王长顺销售土鸡，收入1.5万元。",
                             "本报讯 渭源县石桥村驻村工作队帮助贫困户销售土鸡，收入1.5万元。",
                             15000, "one_household_named")
    assert twin.confidence >= 0.8


def test_a_figure_too_large_for_the_county_it_was_carried_onto_goes_to_review() -> None:
    doubted = _fact("本报讯 渭源县召开驻村工作推进会。“1300个贫困村全部退出。”", 1300)
    twin = _fact("本报讯 渭源县召开驻村工作推进会。“130个贫困村全部退出。”", 130)
    assert doubted.signals["too_large_for_county"] == 1 and twin.signals["too_large_for_county"] == 0
    assert doubted.region == twin.region == "渭源县"
    # the twin, a bare quoted count, is weak too (it may go to review); the signal alone puts the doubted far below it
    assert doubted.confidence < 0.6 and doubted.confidence < twin.confidence - 0.25



def test_a_small_sum_to_villagers_goes_to_review_and_a_cadres_small_allowance_does_not() -> None:
    doubted = _fact(OPENING + "春节前，驻村工作队给全村每人送去慰问金200元。", 200)
    plain = _fact(OPENING + "春节前，驻村工作队给全村送去慰问金20000元。", 20000)
    assert doubted.signals["small_sum_to_people"] == 1 and plain.signals["small_sum_to_people"] == 0
    assert doubted.confidence < 0.8 <= plain.confidence  # out of the band trusted without review
    allowance = _fact("本报讯 渭源县为驻村干部发放生活补助每人每天80元。", 80)
    assert allowance.metric == "living_subsidy" and allowance.signals["small_sum_to_people"] == 0

def test_digits_right_after_an_encoding_residue_mark_go_to_review() -> None:
    doubted, plain = _doubted("本报讯 渭源县选派驻村干部，全县对?27名选派干部进行了集中培训。",
                              "本报讯 渭源县选派驻村干部，全县对27名选派干部进行了集中培训。", 27, "after_residue")
    assert doubted.confidence < 0.6 <= plain.confidence


TWICE = [
    # one sum stated twice: on the helping organ's province (a review signal), then with no place of its own
    OPENING + "甘肃省妇联挂钩帮扶后，村集体经济收入达到8万元。去年，村集体增收8万元。",
    # one count stated in a document's title and again in the text
    "本报讯 渭源县今年选派驻村第一书记120名。县委印发了《关于表扬25名优秀驻村第一书记的通报》。据统计，表扬的优秀第一书记共25名。",
]


@pytest.mark.parametrize("text", TWICE)
def test_the_review_signals_do_not_choose_which_statement_of_a_figure_is_kept(
        text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with_them = extract_text(text)
    model = load_confidence_model()
    seed = tmp_path / "weights.csv"
    weights = {name: (0.0 if name in REVIEW_SIGNALS else w) for name, w in model.weights}
    write_weights(weights, weights, seed)
    monkeypatch.setattr(facts_module, "load_confidence_model", lambda: load_confidence_model(seed))
    without = extract_text(text)
    strip = lambda extraction: [{k: v for k, v in f.to_dict().items() if k != "confidence"} for f in extraction.facts]  # noqa: E731
    assert with_them.facts and strip(with_them) == strip(without)
    for fact in with_them.facts:
        assert fact.reading == pytest.approx(model.reading_score(fact.signals) if not fact.signals["borrowed"]
                                             else min(model.reading_score(fact.signals), 0.6))


def test_a_metric_borrowed_from_another_clause_goes_to_the_review_queue():
    from flows.reports.confidence import REVIEW_BELOW
    from flows.reports.extract import extract_text
    facts = extract_text("本报讯 桐溪县驻柳塘村工作队为村里建了10亩梨园。\n").facts
    borrowed = [f for f in facts if f.unit == "mu"]
    assert borrowed and all(f.confidence < REVIEW_BELOW for f in borrowed)
