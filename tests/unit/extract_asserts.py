"""What the extraction class tests share: the facts read from a sentence made up for a test, the one fact
of a given value among them (its metric, region and basis then asserted by the test), and the people read,
by name."""
from __future__ import annotations

import pytest

from flows.reports.extract import extract_text


def facts_of(text: str) -> list:
    return extract_text(text).facts


def one(facts: list, value: float, unit: str | None = None):
    """The only fact of `value` (and `unit`, when given): a second one, or none, fails with what was read."""
    found = [f for f in facts if f.value == pytest.approx(value) and (unit is None or f.unit == unit)]
    assert len(found) == 1, [(f.metric, f.value, f.unit, f.region) for f in facts]
    return found[0]


def people_by_name(text: str) -> dict:
    """The cadres read from `text`, by name."""
    return {p.name: p for p in extract_text(text).people}


def roles_and_villages(text: str) -> dict:
    """The cadres read from `text`, by name: their role and village."""
    return {p.name: (p.role, p.village) for p in extract_text(text).people}
