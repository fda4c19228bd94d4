"""Villages a unit is charged with, written 包保村 (a pairing word of the north-east), are counted like 包联村: seed
rows of the villages-covered metric and of the village nouns. Sentences are invented in the style of county news pages."""
from flows.reports.extract import extract_text


def _facts(text: str) -> set[tuple[str, str, float, str]]:
    return {(f.kind, f.metric, f.value, f.unit) for f in extract_text("宁都县驻村工作队。" + text).facts}


def test_charged_villages_counted_after_a_qualifier() -> None:
    assert _facts("县委把全县286个包保村统一纳入管理。") == {("dispatch", "villages_covered", 286.0, "village")}


def test_charged_villages_counted_after_their_noun() -> None:
    assert _facts("全县共有包保村56个。") == {("dispatch", "villages_covered", 56.0, "village")}


def test_villages_counted_after_the_verb_of_aid() -> None:
    assert _facts("全省组织农技人员上门帮扶2.6万多个村。") == {("dispatch", "villages_covered", 26000.0, "village")}


def test_households_counted_after_the_verb_of_aid_stay_households_helped() -> None:
    assert _facts("工作队帮扶120户贫困户。") == {("outcome", "households_helped", 120.0, "household")}
