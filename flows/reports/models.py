"""What the extractor returns: facts and people in the gold/README.md shape, plus provenance and confidence."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from flows.reports.place_parts import UNKNOWN, PlaceParts

FACT_FIELDS = ("kind", "metric", "value", "unit", "basis", "qualifier", "region", "year", "evidence",
               "char_start", "char_end", "confidence")
PERSON_FIELDS = ("name", "role", "village", "township", "county", "dispatch_unit", "start",
                 "char_start", "char_end", "confidence")


@dataclass
class Fact:
    kind: str                  # dispatch / funding / outcome
    metric: str                # metric_code from seeds/metric_catalog.csv
    value: float               # in the base unit
    unit: str
    basis: str | None          # money only
    qualifier: str             # exact / at_least / approx / at_most
    region: str | None         # most specific place, as written
    year: int | None
    evidence: str              # the sentence (clipped) that states it
    char_start: int            # offsets of the figure in the normalised text
    char_end: int
    confidence: float          # 0..1; below 0.6 goes to steward review
    # Not part of the JSON shape; for the warehouse loader.
    region_level: str | None = None
    place: PlaceParts = UNKNOWN          # the region's parts, resolved once (flows/reports/place_parts.py)
    article: int | None = None
    keyword: str | None = None
    signals: dict[str, float] | None = field(default=None, repr=False)  # what the confidence was read from
    reading: float | None = field(default=None, repr=False)  # the confidence without the review signals (deduplicate)

    def to_dict(self) -> dict[str, Any]:
        data = {key: getattr(self, key) for key in FACT_FIELDS}
        value = data["value"]
        data["value"] = int(value) if float(value).is_integer() else value
        return data


@dataclass
class Person:
    name: str
    role: str | None           # first_secretary / team_leader / team_member
    village: str | None
    township: str | None
    county: str | None
    dispatch_unit: str | None
    start: str | None          # YYYY-MM or YYYY
    evidence: str
    char_start: int
    char_end: int
    confidence: float
    county_adcode: str | None = None
    place: PlaceParts = UNKNOWN          # county, township and village resolved as one place

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        return {key: data[key] for key in PERSON_FIELDS}


@dataclass
class Document:
    title: str | None
    report_date: str | None    # ISO date printed on the page, when there is one
    region: str | None         # the main place the report is about, as written
    region_adcode: str | None
    articles: int
    articles_kept: int
    place: PlaceParts = UNKNOWN          # `region` resolved (the context every other place of the page had)

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "report_date": self.report_date, "region": self.region,
                "articles": self.articles, "articles_kept": self.articles_kept}


@dataclass
class Extraction:
    document: Document
    facts: list[Fact] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    text: str = ""             # the normalised text the offsets refer to

    def to_dict(self) -> dict[str, Any]:
        return {"document": self.document.to_dict(),
                "facts": [fact.to_dict() for fact in self.facts],
                "people": [person.to_dict() for person in self.people]}

    def to_json(self, indent: int | None = 2) -> str:
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
