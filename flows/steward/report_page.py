"""What the steward's report shows, gathered from the warehouse after a run.

Everything comes from the working warehouse: the run's summary as meta.run_log keeps it, the
quarantine tables, meta.header_mappings, the raw report facts and people, and the marts when dbt
built them. Free text passes through mask_personal_numbers here, once, so no page can show a clear
ID number or phone whatever a source file held.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import duckdb
import yaml

from flows.quality.check_results import run_checks
from flows.quality.reasons import reason, what_to_do
from flows.rosters.id_numbers import mask_personal_numbers
from flows.warehouse.schema import table_exists

TREND_RUNS = 30  # runs shown in the trend chart
ROWS_PER_REASON = 100  # quarantined rows listed under one reason; the rest are counted
REVIEW_ITEMS = 200  # review-queue items listed; the rest are counted


def _clean(value: object) -> str:
    """Text fit for a page: personal numbers masked, None as empty."""
    return "" if value is None else mask_personal_numbers(str(value))


def decision_id(file_id: str, item_type: str, index: int) -> str:
    """A stable short id for a steward's decision on one extracted fact or person of one report file.

    The file_id is the content hash, so the id holds as long as the report's bytes do.
    """
    return hashlib.sha256(f"{file_id}:{item_type}:{index}".encode()).hexdigest()[:10]


def review_threshold(dbt_project_dir: Path) -> float:
    """Confidence below which a fact needs review: dbt's var review_confidence_threshold, its one home."""
    project = yaml.safe_load((dbt_project_dir / "dbt_project.yml").read_text(encoding="utf-8"))
    return float(project["vars"]["review_confidence_threshold"])


@dataclass(frozen=True)
class FileLine:
    name: str
    kind: str
    status: str  # loaded / skipped / duplicate / rejected / set aside
    rows_loaded: int
    rows_quarantined: int
    error: str
    notes: tuple[str, ...]


@dataclass(frozen=True)
class UnusedColumn:
    source_file: str
    sheet: str
    column_letter: str
    header_label: str
    note: str


@dataclass(frozen=True)
class RunFacts:
    run_id: str
    status: str
    run_date: str
    started_at: dt.datetime | None
    finished_at: dt.datetime | None
    stage_seconds: dict[str, float]
    totals: dict[str, int]
    files: tuple[FileLine, ...]
    unused_columns: tuple[UnusedColumn, ...]  # header cells no alias or wording rule recognised
    ignored_columns: int  # header cells a seed marks as ignored
    problems: tuple[str, ...]
    problems_fixed: tuple[str, ...]
    published: bool

    @property
    def seconds(self) -> float | None:
        if self.started_at and self.finished_at:
            return round((self.finished_at - self.started_at).total_seconds(), 1)
        return None


@dataclass(frozen=True)
class QuarantineLine:
    source_file: str
    sheet: str
    row: str  # the spreadsheet row, or "fact 3" / "person 1" for an item of a report
    column: str
    value: str  # masked
    who: str  # the cadre or team on the row, so the steward finds it


@dataclass(frozen=True)
class QuarantineGroup:
    reason_code: str
    reason_zh: str
    reason_en: str
    todo_zh: str
    todo_en: str
    count: int
    lines: tuple[QuarantineLine, ...]

    @property
    def not_listed(self) -> int:
        return self.count - len(self.lines)


@dataclass(frozen=True)
class CheckResult:
    kind: str  # expectation / dbt test
    name: str
    target: str
    passed: bool
    detail: str
    severity: str = "blocking"  # blocking: a failure fails the run and keeps the served marts; warning: reported


@dataclass(frozen=True)
class Evidence:
    """An evidence sentence cut around the figure, so a template can wrap the figure in <mark>."""

    before: str
    figure: str
    after: str


@dataclass(frozen=True)
class ReviewItem:
    decision_id: str
    item_type: str  # fact / person
    source_file: str
    index: int
    what: str  # metric, or the person's role
    value: str  # the amount with its unit, or the person's name
    place: str
    confidence: float
    evidence: Evidence
    new_tonight: bool


@dataclass(frozen=True)
class ReconciliationLine:
    county: str
    source_file: str
    report_date: str
    pairs: tuple[tuple[str, float | None, int | None], ...]  # (measure, stated, in rosters)
    needs_review: bool

    @property
    def differs(self) -> bool:
        """A count the report states that the rosters do not bear out (or have no count for)."""
        return any(roster is None or stated != roster for _, stated, roster in self.pairs)


@dataclass(frozen=True)
class TrendPoint:
    run_id: str
    started_at: dt.datetime
    status: str
    rows_loaded: int
    rows_quarantined: int
    duplicates: int


@dataclass
class ReportPage:
    run: RunFacts
    quarantine: list[QuarantineGroup]
    quarantine_earlier: int  # rows still in quarantine from files loaded by earlier runs
    checks: list[CheckResult]
    review: list[ReviewItem]
    review_not_listed: int
    review_threshold: float
    reconciliation: list[ReconciliationLine] | None  # None: the marts are not built
    trend: list[TrendPoint]
    facts_by_metric_county: list[tuple[str, str, int]] | None  # (county, metric, facts); None: no marts
    # Steward decisions about items a newer version of their report no longer has (from the run's summary).
    review_vanished: tuple[str, ...] = ()
    generated_at: dt.datetime = field(default_factory=lambda: dt.datetime.now().replace(microsecond=0))


# ---------------------------------------------------------------------------- the run


def _files(summary: dict) -> tuple[FileLine, ...]:
    return tuple(
        FileLine(
            name=_clean(item["name"]), kind=item.get("kind") or "", status=item["status"],
            rows_loaded=int(item.get("rows_loaded") or 0), rows_quarantined=int(item.get("rows_quarantined") or 0),
            error=_clean(item.get("error")), notes=tuple(_clean(note) for note in item.get("notes") or ()),
        )
        for item in summary.get("files") or ()
    )


def _unused_columns(con: duckdb.DuckDBPyConnection, run_id: str) -> tuple[UnusedColumn, ...]:
    rows = con.execute(
        """
        select source_file, coalesce(sheet, ''), column_letter, coalesce(header_label, ''), coalesce(note, '')
        from meta.header_mappings
        where run_id = ? and mapped_to is null and matched_by is null
        order by source_file, sheet, column_index
        """,
        [run_id],
    ).fetchall()
    return tuple(UnusedColumn(*(_clean(value) for value in row)) for row in rows)


def _ignored_columns(con: duckdb.DuckDBPyConnection, run_id: str) -> int:
    """Header cells a seed row marks as not wanted (序号 and the like): counted, not listed."""
    (count,) = con.execute(
        "select count(*) from meta.header_mappings where run_id = ? and mapped_to is null and matched_by is not null",
        [run_id],
    ).fetchone()
    return int(count)


def gather_run(con: duckdb.DuckDBPyConnection, run_id: str) -> tuple[RunFacts, dict]:
    """The run as meta.run_log holds it, and its summary (RunSummary.to_dict) for the other sections."""
    row = con.execute(
        "select status, started_at, finished_at, summary, run_date from meta.run_log where run_id = ?", [run_id]
    ).fetchone()
    if row is None:
        raise KeyError(f"run {run_id} is not in meta.run_log")
    status, started_at, finished_at, summary_json, run_date = row
    summary = json.loads(summary_json) if summary_json else {}
    return RunFacts(
        run_id=run_id, status=status, run_date=str(run_date or summary.get("run_date") or ""),
        started_at=started_at, finished_at=finished_at,
        stage_seconds=dict(summary.get("stage_seconds") or {}),
        totals={key: int(value) for key, value in (summary.get("totals") or {}).items()},
        files=_files(summary), unused_columns=_unused_columns(con, run_id),
        ignored_columns=_ignored_columns(con, run_id),
        problems=tuple(_clean(problem) for problem in summary.get("problems") or ()),
        problems_fixed=tuple(_clean(fixed) for fixed in summary.get("problems_fixed") or ()),
        published=bool(summary.get("published")),
    ), summary


# ---------------------------------------------------------------------------- quarantine

# The three quarantine tables in one shape: (table, file, sheet, row, column, reason, value, who).
_QUARANTINE_SQL = """
    select 'roster_rows' as tbl, source_file, sheet, cast(row_number as varchar) as row_label, column_name,
           reason_code, value_masked as value_text, cadre_name as who, run_id
    from quarantine.roster_rows
    union all
    select 'monthly_rows', source_file, sheet, cast(row_number as varchar), column_name,
           reason_code, value_masked, team_name, run_id
    from quarantine.monthly_rows
    union all
    select 'report_items', source_file, null, item_type || ' ' || cast(item_index as varchar), column_name,
           reason_code, value_shown, null, run_id
    from quarantine.report_items
    union all
    select 'decision_rows', source_file, null, cast(row_number as varchar), column_name,
           reason_code, value_masked, decision_id, run_id
    from quarantine.decision_rows
"""


def gather_quarantine(con: duckdb.DuckDBPyConnection, run_id: str,
                      per_reason: int = ROWS_PER_REASON) -> tuple[list[QuarantineGroup], int]:
    """This run's quarantined rows by reason (most frequent first), at most `per_reason` listed under
    each, and how many rows of earlier runs remain. The database counts and cuts, so a night that
    quarantines a million rows costs no more to report than one that quarantines a hundred."""
    rows = con.execute(
        f"""
        with tonight as (
            select *,
                   count(*) over (partition by tbl, reason_code) as reason_count,
                   row_number() over (
                       partition by tbl, reason_code
                       order by source_file, sheet, try_cast(row_label as integer), row_label, column_name
                   ) as position
            from ({_QUARANTINE_SQL})
            where run_id = ?
        )
        select tbl, reason_code, reason_count, source_file, coalesce(sheet, ''), coalesce(row_label, ''),
               coalesce(column_name, ''), coalesce(value_text, ''), coalesce(who, '')
        from tonight
        where position <= ?
        order by reason_count desc, reason_code, tbl, position
        """,
        [run_id, per_reason],
    ).fetchall()
    groups: dict[tuple[str, str], QuarantineGroup] = {}
    for tbl, code, count, file, sheet, row_label, column, value, who in rows:
        if (tbl, code) not in groups:
            known = reason(code)
            groups[tbl, code] = QuarantineGroup(code, known.zh, known.en, *what_to_do(code, tbl), int(count), ())
        line = QuarantineLine(source_file=_clean(file), sheet=_clean(sheet), row=row_label, column=_clean(column),
                              value=_clean(value), who=_clean(who))
        group = groups[tbl, code]
        groups[tbl, code] = replace(group, lines=(*group.lines, line))
    (earlier,) = con.execute(f"select count(*) from ({_QUARANTINE_SQL}) where run_id <> ?", [run_id]).fetchone()
    return list(groups.values()), int(earlier)


# ---------------------------------------------------------------------------- checks


def gather_checks(con: duckdb.DuckDBPyConnection, run_id: str, summary: dict) -> list[CheckResult]:
    """The run's expectations and dbt tests from meta.check_results: each failed check on its own line
    (blocking first, then warnings), and one line per suite (and for dbt) counting those that passed.
    A run recorded before that table existed shows what its summary kept."""
    lines = run_checks(con, run_id) if table_exists(con, "meta", "check_results") else []
    if not lines:
        return _checks_from_summary(summary)
    checks = [
        CheckResult(
            kind="expectation" if line.source == "expectation" else "dbt test",
            name=_clean(line.suite if line.source == "expectation" else line.check_name),
            target=_clean(" · ".join(part for part in (line.target, line.column_name) if part)),
            passed=False, detail=_clean(f"{line.description} — {line.observed}" if line.description else line.observed),
            severity=line.severity,
        )
        for line in lines if not line.success
    ]
    passed: dict[tuple[str, str, str], list[str]] = {}
    for line in lines:
        if line.success:
            key = (line.source, line.suite if line.source == "expectation" else "dbt build",
                   line.target if line.source == "expectation" else "staging, intermediate, marts")
            passed.setdefault(key, []).append(line.severity)
    for (source, name, target), severities in passed.items():
        blocking, warning = severities.count("blocking"), severities.count("warning")
        what = "expectations" if source == "expectation" else "tests"
        checks.append(CheckResult(
            kind="expectation" if source == "expectation" else "dbt test", name=_clean(name), target=_clean(target),
            passed=True, detail=f"{len(severities)} {what} passed ({blocking} blocking, {warning} warning)",
            severity="blocking" if blocking else "warning",
        ))
    # What the night did not need to check is said too: a suite with no new rows, a build skipped.
    recorded = {line.suite for line in lines if line.source == "expectation"}
    checks.extend(check for check in _suites_not_run(summary) if check.name not in recorded)
    return checks + _build_skipped(summary)


def _suites_not_run(summary: dict) -> list[CheckResult]:
    return [
        CheckResult(kind="expectation", name=_clean(check["suite"]), target=_clean(check.get("table") or ""),
                    passed=True, detail="no new rows to check")
        for check in summary.get("batch_checks") or ()
        if check.get("success") and not check.get("evaluated")
    ]


def _build_skipped(summary: dict) -> list[CheckResult]:
    if not summary.get("build_skipped"):
        return []
    return [CheckResult(kind="dbt", name="dbt build", target="staging, intermediate, marts", passed=True,
                        detail=_clean(f"skipped: {summary['build_skipped']}"))]


def _checks_from_summary(summary: dict) -> list[CheckResult]:
    """Batch expectation suites and dbt tests of the run, as its summary recorded them."""
    checks = [
        CheckResult(
            kind="expectation", name=check["suite"], target=check.get("table") or "", passed=bool(check["success"]),
            detail=_clean("; ".join(check.get("failed") or ())
                          or (f"{check['evaluated']} expectations met" if check.get("evaluated") else "no new rows to check")),
        )
        for check in summary.get("batch_checks") or ()
    ]
    counts = summary.get("dbt_counts") or {}
    checks.extend(_build_skipped(summary))
    if counts:
        passed = counts.get("test:pass", 0)
        checks.append(CheckResult(kind="dbt test", name="dbt build", target="staging, intermediate, marts",
                                  passed=not summary.get("dbt_failures"),
                                  detail=f"{passed} tests passed"))
    for failure in summary.get("dbt_failures") or ():
        node, _, message = failure.partition(": ")
        checks.append(CheckResult(kind="dbt test" if node.startswith("test.") else "dbt",
                                  name=_clean(node), target="", passed=False, detail=_clean(message)))
    if counts.get("test:warn"):
        checks.append(CheckResult(kind="dbt test", name="dbt tests with severity warn", target="", passed=False,
                                  detail=f"{counts['test:warn']} test(s) warned", severity="warning"))
    return checks


# ---------------------------------------------------------------------------- review queue


def highlight(evidence: str, value: float, span: int | None) -> Evidence:
    """Cut the evidence around the figure that states `value`; span is the figure's length as extracted.

    The figure is found with the extractor's own number reader; a figure it cannot find is left
    unmarked rather than guessed.
    """
    from flows.reports.numbers import find_quantities  # the extractor's number reader (cn2an: ~0.4 s to import)

    text = evidence or ""
    matches = [q for q in find_quantities(text) if abs(q.value - value) <= 1e-6 * max(1.0, abs(value))]
    if not matches:
        return Evidence(_clean(text), "", "")
    best = next((q for q in matches if span and q.end - q.start == span), matches[0])
    return Evidence(_clean(text[: best.start]), _clean(text[best.start: best.end]), _clean(text[best.end:]))


def _amount(value: float, unit: str) -> str:
    number = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{number} {unit}"


def gather_review(con: duckdb.DuckDBPyConnection, run_id: str, threshold: float,
                  limit: int = REVIEW_ITEMS) -> tuple[list[ReviewItem], int]:
    """Facts and people below the threshold, at most `limit`: money first, largest amounts first, then
    people, least confident first; and how many more wait."""
    (waiting,) = con.execute(
        "select (select count(*) from raw.report__facts where confidence < $t)"
        " + (select count(*) from raw.report__people where confidence < $t)",
        {"t": threshold},
    ).fetchone()
    facts = con.execute(
        """
        select file_id, source_file, fact_index, kind || ' · ' || metric, value, unit, coalesce(region, ''),
               confidence, evidence, char_end - char_start, run_id
        from raw.report__facts
        where confidence < ?
        order by unit = 'yuan' desc, value desc, source_file, fact_index
        limit ?
        """,
        [threshold, limit],
    ).fetchall()
    people = con.execute(
        """
        select file_id, source_file, person_index, coalesce(role_code, 'role unknown'), cadre_name,
               concat_ws(' ', county, township, village), confidence, evidence, run_id
        from raw.report__people
        where confidence < ?
        order by confidence, source_file, person_index
        limit ?
        """,
        [threshold, max(0, limit - len(facts))],
    ).fetchall()
    items = [
        ReviewItem(decision_id(file_id, "fact", index), "fact", _clean(file), index, what, _amount(value, unit),
                   _clean(place), round(confidence, 3), highlight(evidence, value, span), loaded_by == run_id)
        for file_id, file, index, what, value, unit, place, confidence, evidence, span, loaded_by in facts
    ] + [
        ReviewItem(decision_id(file_id, "person", index), "person", _clean(file), index, role, _clean(name),
                   _clean(place), round(confidence, 3), _person_evidence(evidence, name), loaded_by == run_id)
        for file_id, file, index, role, name, place, confidence, evidence, loaded_by in people
    ]
    return items, int(waiting) - len(items)


def _person_evidence(evidence: str, name: str) -> Evidence:
    before, found, after = (evidence or "").partition(name)
    if not found:
        return Evidence(_clean(evidence), "", "")
    return Evidence(_clean(before), _clean(found), _clean(after))


# ---------------------------------------------------------------------------- marts


_RECONCILED = (
    ("驻村干部 cadres", "cadres_stated", "roster_cadres"),
    ("第一书记 first secretaries", "first_secretaries_stated", "roster_first_secretaries"),
    ("工作队员 team members", "team_members_stated", "roster_team_members"),
    ("工作队 teams", "teams_stated", "roster_teams"),
    ("村 villages", "villages_stated", "roster_villages"),
)


def gather_reconciliation(con: duckdb.DuckDBPyConnection) -> list[ReconciliationLine] | None:
    """Counts that reports state beside the roster counts, per county; None before dbt built the mart."""
    if not table_exists(con, "marts", "fct_dispatch_reconciliation"):
        return None
    measures = ", ".join(f"recon.{stated}, recon.{roster}" for _, stated, roster in _RECONCILED)
    rows = con.execute(
        f"""
        select coalesce(region.county_name, region.region_name, '—'), report.source_file,
               coalesce(cast(report.report_date as varchar), ''), recon.needs_review, {measures}
        from marts.fct_dispatch_reconciliation as recon
        left join marts.dim_region as region on recon.region_key = region.region_key
        left join marts.dim_report as report on recon.report_key = report.report_key
        order by 1, 2
        """
    ).fetchall()
    lines = []
    for county, source_file, report_date, needs_review, *values in rows:
        pairs = tuple(
            (label, values[2 * position], values[2 * position + 1])
            for position, (label, _, _) in enumerate(_RECONCILED)
            if values[2 * position] is not None
        )
        lines.append(ReconciliationLine(_clean(county), _clean(source_file), report_date, pairs, bool(needs_review)))
    return lines


def gather_facts_by_metric_county(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str, int]] | None:
    if not all(table_exists(con, "marts", table) for table in
               ("fct_funding", "fct_outcome", "fct_dispatch_summary", "dim_region")):
        return None
    rows = con.execute(
        """
        with facts as (
            select metric_code, region_key from marts.fct_funding
            union all
            select metric_code, region_key from marts.fct_outcome
            union all
            select metric_code, region_key from marts.fct_dispatch_summary
        )
        select coalesce(region.county_name, region.city_name, region.province_name, '未知 unknown'),
               facts.metric_code, count(*)
        from facts
        left join marts.dim_region as region on facts.region_key = region.region_key
        group by all
        order by 1, 2
        """
    ).fetchall()
    return [(_clean(county), metric, int(count)) for county, metric, count in rows]


def gather_trend(con: duckdb.DuckDBPyConnection, runs: int = TREND_RUNS) -> list[TrendPoint]:
    """Rows by status over the last `runs` runs that left a summary, oldest first."""
    rows = con.execute(
        """
        select run_id, started_at, status, summary from meta.run_log
        where summary is not null order by started_at desc limit ?
        """,
        [runs],
    ).fetchall()
    points = []
    for run_id, started_at, status, summary_json in reversed(rows):
        summary = json.loads(summary_json)
        totals = summary.get("totals") or {}
        duplicates = sum(int(item.get("duplicates_dropped") or 0) for item in summary.get("files") or ())
        points.append(TrendPoint(run_id, started_at, status, int(totals.get("rows_loaded", 0)),
                                 int(totals.get("rows_quarantined", 0)), duplicates))
    return points


def gather_report(con: duckdb.DuckDBPyConnection, run_id: str, threshold: float) -> ReportPage:
    """Everything the page for `run_id` shows (the run must have finished its meta.run_log row)."""
    run, summary = gather_run(con, run_id)
    quarantine, earlier = gather_quarantine(con, run_id)
    review, not_listed = gather_review(con, run_id, threshold)
    return ReportPage(
        run=run, quarantine=quarantine, quarantine_earlier=earlier, checks=gather_checks(con, run_id, summary),
        review=review, review_not_listed=not_listed, review_threshold=threshold,
        reconciliation=gather_reconciliation(con), trend=gather_trend(con),
        facts_by_metric_county=gather_facts_by_metric_county(con),
        review_vanished=tuple(_clean(line) for line in summary.get("decisions_vanished") or ()),
    )


@dataclass(frozen=True)
class IndexLine:
    run_id: str
    started_at: dt.datetime | None
    finished_at: dt.datetime | None
    status: str
    files_loaded: int
    rows_loaded: int
    rows_quarantined: int
    has_page: bool


def gather_index(con: duckdb.DuckDBPyConnection, pages: Iterable[str]) -> list[IndexLine]:
    """Every run in meta.run_log, newest first; `pages` are the run ids that have a page."""
    with_page = set(pages)
    rows = con.execute(
        "select run_id, started_at, finished_at, status, summary from meta.run_log order by started_at desc"
    ).fetchall()
    lines = []
    for run_id, started_at, finished_at, status, summary_json in rows:
        totals = (json.loads(summary_json) if summary_json else {}).get("totals") or {}
        lines.append(IndexLine(run_id, started_at, finished_at, status, int(totals.get("files_loaded", 0)),
                               int(totals.get("rows_loaded", 0)), int(totals.get("rows_quarantined", 0)),
                               run_id in with_page))
    return lines
