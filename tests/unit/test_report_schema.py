"""Checks on extracted facts and people: vocabulary, plausibility, and quarantine with evidence."""
from __future__ import annotations

import pandas as pd

from flows.quality.report_schema import check_report_items

METRICS = {"work_funds", "cadres_dispatched", "households_visited"}


def _fact(index: int, **overrides) -> dict:
    fact = {
        "fact_index": index, "kind": "funding", "metric": "work_funds", "value": 40000.0, "unit": "yuan",
        "basis": "per_person_year", "qualifier": "exact", "region": "文水县", "year": 2021,
        "evidence": "专项经费40000元/人/年", "confidence": 0.9,
    }
    return fact | overrides


def _person(index: int, **overrides) -> dict:
    person = {"person_index": index, "cadre_name": "王建国", "role_code": "first_secretary",
              "evidence": "第一书记王建国", "confidence": 0.8}
    return person | overrides


def test_good_items_pass_untouched() -> None:
    facts = pd.DataFrame([_fact(0), _fact(1, kind="dispatch", metric="cadres_dispatched", value=344,
                                               unit="person", basis=None)])
    people = pd.DataFrame([_person(0)])
    facts_ok, people_ok, quarantine = check_report_items(facts, people, METRICS)
    assert len(facts_ok) == 2 and len(people_ok) == 1 and quarantine.empty


def test_each_bad_fact_is_quarantined_with_reason_and_evidence() -> None:
    facts = pd.DataFrame([
        _fact(0),
        _fact(1, unit="bananas", basis=None),
        _fact(2, value=-5.0),
        _fact(3, unit="percent", basis=None, value=130.0),
        _fact(4, metric="weather"),
        _fact(5, kind="dispatch", unit="person", basis="per_person_year"),
        _fact(6, year=1980),
        _fact(7, qualifier="maybe"),
    ])
    facts_ok, _, quarantine = check_report_items(facts, pd.DataFrame(), METRICS)
    assert list(facts_ok["fact_index"]) == [0]
    found = set(zip(quarantine["item_index"], quarantine["reason_code"]))
    assert found == {(1, "unit_unknown"), (2, "value_negative"), (3, "value_implausible"),
                     (4, "metric_unknown"), (5, "basis_on_non_money"), (6, "year_implausible"),
                     (7, "qualifier_unknown")}
    assert set(quarantine["evidence"]) == {"专项经费40000元/人/年"}
    assert quarantine["reason_zh"].str.len().gt(0).all()


def test_person_without_a_known_role_is_quarantined() -> None:
    people = pd.DataFrame([_person(0), _person(1, role_code="mayor"), _person(2, cadre_name="")])
    _, people_ok, quarantine = check_report_items(pd.DataFrame(), people, METRICS)
    assert list(people_ok["person_index"]) == [0]
    assert set(zip(quarantine["item_index"], quarantine["reason_code"])) == {
        (1, "person_role_unknown"), (2, "person_name_missing")}
