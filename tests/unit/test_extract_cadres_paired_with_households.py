"""Cadres paired with households (N名干部与M户脱贫户实行结对帮扶) are a pairing, not households out of poverty.
Sentences are invented in the style of county news pages."""
from flows.reports.extract import extract_text

OPENING = "宁都县洛口镇杨依村驻村工作队。"


def _facts(text: str) -> set[tuple[str, str, float, str, str | None]]:
    return {(f.kind, f.metric, f.value, f.unit, f.region) for f in extract_text(OPENING + text).facts}


def test_cadres_paired_with_households_named_after_them() -> None:
    facts = _facts("县农行另安排27名职工与54户脱贫户实行结对帮扶。")
    assert {(kind, metric, value, unit) for kind, metric, value, unit, _ in facts} == {
        ("dispatch", "cadres_paired", 27.0, "person"), ("dispatch", "other", 54.0, "household")}


def test_households_that_pair_by_a_bond_written_out() -> None:
    facts = _facts("全局45名干部与120户贫困户结成帮扶对子。")
    assert ("dispatch", "other", 120.0, "household", "杨依村") in facts


def test_households_lifted_out_of_poverty_are_still_an_outcome() -> None:
    facts = _facts("工作队帮助120户贫困户脱贫，与村两委一起走访。")
    assert ("outcome", "households_helped", 120.0, "household", "杨依村") in facts
