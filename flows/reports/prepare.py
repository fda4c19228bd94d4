"""Turn one report file into what the loader writes: a document row, checked facts and people, quarantine.

Two kinds of report arrive: structured monthly work reports (.xlsx/.csv tables, read by
flows.reports.monthly) and narrative reports and newspaper pages (.txt/.docx/.pdf, read by the
extractor). Both go through the same pandera checks (flows.quality.report_schema).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from flows.ingest.limits import ReadLimits
from flows.ingest.readers import SheetGrid
from flows.quality.report_schema import check_report_items
from flows.reports.catalog import load_catalog
from flows.reports.extract import extract_report
from flows.reports.monthly import prepare_monthly
from flows.warehouse.schema import prepared_columns

PERSON_COLUMNS = prepared_columns("raw.report__people")
FACT_COLUMNS = prepared_columns("raw.report__facts")


@dataclass
class PreparedReport:
    document: dict[str, object]
    facts: pd.DataFrame
    people: pd.DataFrame
    item_quarantine: pd.DataFrame  # failed facts and people → quarantine.report_items
    row_quarantine: pd.DataFrame | None = None  # failed monthly table rows → quarantine.monthly_rows
    duplicates_dropped: int = 0
    problems: list[str] = field(default_factory=list)

    def quarantine_reasons(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for frame in (self.item_quarantine, self.row_quarantine):
            if frame is not None and not frame.empty:
                for code, count in frame["reason_code"].value_counts().items():
                    counts[code] = counts.get(code, 0) + int(count)
        return counts


def _metric_codes() -> set[str]:
    return {metric.code for metric in load_catalog().metrics}


def prepare_monthly_report(path: Path, grids: list[SheetGrid] | None = None,
                           today: dt.date | None = None) -> PreparedReport:
    """A monthly work report: every figure is a fact with full confidence, still checked."""
    monthly = prepare_monthly(path, grids=grids, today=today)
    people = pd.DataFrame(columns=list(PERSON_COLUMNS))
    facts, _, item_quarantine = check_report_items(monthly.facts, people, _metric_codes())
    return PreparedReport(
        document=monthly.document,
        facts=facts,
        people=people,
        item_quarantine=item_quarantine,
        row_quarantine=monthly.quarantine.rename(columns={"cadre_name": "team_name"}),
        duplicates_dropped=monthly.duplicates_dropped,
        problems=[str(problem) for problem in monthly.problems],
    )


def prepare_narrative_report(path: Path, limits: ReadLimits | None = None) -> PreparedReport:
    """A narrative report or newspaper page: extracted facts and people, with offsets and confidence.

    Raises flows.reports.text.UnreadableReport for a file that cannot be read.
    """
    extraction = extract_report(path, limits=limits)
    facts = pd.DataFrame(
        [
            {
                "fact_index": index,
                "kind": fact.kind,
                "metric": fact.metric,
                "value": float(fact.value),
                "unit": fact.unit,
                "basis": fact.basis,
                "qualifier": fact.qualifier,
                "region": fact.region,
                "year": fact.year,
                "period": None,
                "evidence": fact.evidence,
                "char_start": fact.char_start,
                "char_end": fact.char_end,
                "confidence": fact.confidence,
                **fact.place.columns(),
            }
            for index, fact in enumerate(extraction.facts)
        ],
        columns=list(FACT_COLUMNS),
    )
    people = pd.DataFrame(
        [
            {
                "person_index": index,
                "cadre_name": person.name,
                "role_code": person.role,
                "village": person.village,
                "township": person.township,
                "county": person.county,
                "dispatch_unit": person.dispatch_unit,
                "start_month": person.start,
                "evidence": person.evidence,
                "char_start": person.char_start,
                "char_end": person.char_end,
                "confidence": person.confidence,
                **person.place.columns(),
            }
            for index, person in enumerate(extraction.people)
        ],
        columns=list(PERSON_COLUMNS),
    )
    facts, people, item_quarantine = check_report_items(facts, people, _metric_codes())
    document = extraction.document
    return PreparedReport(
        document={
            "report_type": "narrative",
            "title": document.title,
            "report_date": document.report_date,
            "region": document.region,
            "text_chars": len(extraction.text),
            "articles": document.articles,
            "articles_kept": document.articles_kept,
            **document.place.columns(),
        },
        facts=facts,
        people=people,
        item_quarantine=item_quarantine,
    )
