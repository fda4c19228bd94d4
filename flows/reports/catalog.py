"""The metric vocabulary, read from seeds/metric_catalog.csv (dbt seeds the same file as dim_metric).

One row per metric: `metric_code, kind, unit, other_units, default_basis, name_zh, name_en, keywords`.
`keywords` are `|`-separated Chinese phrases the extractor looks for near a number; `unit` is the
base unit the metric is usually stated in and `other_units` further units it may be stated in
(a loan count in 笔 as well as an amount in 元). `default_basis` is the money basis when the text
states no rate. A steward extends the vocabulary by editing the seed; no code change is needed.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

CATALOG_SEED = Path(__file__).resolve().parents[2] / "seeds" / "metric_catalog.csv"

KINDS = ("dispatch", "funding", "outcome")
# The gold vocabulary's units, plus day (days in the village, monthly reports) and year (ages).
UNITS = ("person", "team", "village", "household", "person_time", "item", "yuan", "km", "mu", "percent", "day", "year")
QUALIFIERS = ("exact", "at_least", "approx", "at_most")
BASES = ("per_person_year", "per_person_day", "per_person_week", "per_person", "per_year", "total")


@dataclass(frozen=True)
class Metric:
    code: str
    kind: str
    unit: str
    other_units: tuple[str, ...]
    default_basis: str | None
    name_zh: str
    name_en: str
    keywords: tuple[str, ...]

    @property
    def units(self) -> tuple[str, ...]:
        return (self.unit, *self.other_units)


@dataclass(frozen=True)
class Catalog:
    metrics: tuple[Metric, ...]

    def by_code(self, code: str) -> Metric:
        for metric in self.metrics:
            if metric.code == code:
                return metric
        raise KeyError(code)

    def keyword_index(self) -> dict[str, tuple[Metric, ...]]:
        """Keyword → the metrics that list it (one phrase may serve several, told apart by unit)."""
        index: dict[str, list[Metric]] = {}
        for metric in self.metrics:
            for keyword in metric.keywords:
                index.setdefault(keyword, []).append(metric)
        return {keyword: tuple(metrics) for keyword, metrics in index.items()}


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (cell or "").split("|") if part.strip())


@lru_cache(maxsize=4)
def load_catalog(path: Path = CATALOG_SEED) -> Catalog:
    metrics = []
    with Path(path).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            kind, unit = row["kind"].strip(), row["unit"].strip()
            if kind not in KINDS:
                raise ValueError(f"{path}: metric {row['metric_code']}: unknown kind {kind!r}")
            other = _split(row.get("other_units"))
            for u in (unit, *other):
                if u not in UNITS:
                    raise ValueError(f"{path}: metric {row['metric_code']}: unknown unit {u!r}")
            basis = (row.get("default_basis") or "").strip() or None
            if basis and basis not in BASES:
                raise ValueError(f"{path}: metric {row['metric_code']}: unknown basis {basis!r}")
            metrics.append(Metric(
                code=row["metric_code"].strip(), kind=kind, unit=unit, other_units=other,
                default_basis=basis, name_zh=row["name_zh"].strip(), name_en=row["name_en"].strip(),
                keywords=_split(row.get("keywords")),
            ))
    return Catalog(tuple(metrics))
