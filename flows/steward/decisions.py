"""Steward decisions: accept, reject or correct an extracted fact or person, or map a header cell.

Decisions come from `zhucun review` (source `cli`) or from a decisions file dropped into the inbox
(source `file`, a CSV that Excel writes, UTF-8 with or without BOM, or GBK). Each one is kept in
meta.review_decisions, never updated or deleted: the latest decision on an item is in effect, and
dbt applies it on the next build (int_report_facts_reviewed, int_report_people_reviewed,
macros/review_status.sql). A bad row of a decisions file goes to quarantine.decision_rows with its
reason; the other rows are recorded.

Ids: a fact or person goes by the review queue's decision id (report_page.decision_id: a hash of
the report file's bytes, the item type and its index); a quarantined roster row by
quarantine_row_id (file, sheet, row; `zhucun review list` shows it); a header cell by
`header:<the cell's text>`. A corrected roster row is loaded by the next run, which reads its file
again with the correction in the cell.
No decision may hold a clear ID number or phone: such a row is refused, never stored.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
import unicodedata
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import yaml

from flows.quality.reasons import reason
from flows.reports.catalog import UNITS, load_catalog
from flows.rosters.headers import CANONICAL_COLUMNS, IGNORED, normalise_header
from flows.rosters.id_numbers import has_personal_numbers, mask_personal_numbers
from flows.warehouse.place_backfill import corrected_place

ACTIONS = ("accept", "reject", "correct")
# What a steward may correct on each kind of target.
FIELDS = {
    "fact": ("value", "unit", "region", "metric"),
    "person": ("name", "role", "village"),
    "header": ("column",),
    # a quarantined roster row: the cells a steward may put right (never an ID number or phone)
    "row": ("name", "role", "village", "township", "county", "dispatch_unit", "unit_post", "start_date", "end_date"),
}
ROLES = {"first_secretary": "第一书记", "team_leader": "工作队长", "team_member": "队员"}
HEADER_PREFIX = "header:"

# The file's columns, and the Chinese headings a steward may write instead.
COLUMNS = ("decision_id", "action", "field", "new_value", "reviewer", "reason")
REQUIRED_COLUMNS = ("decision_id", "action", "reviewer")
_COLUMN_ALIASES = {
    "决定编号": "decision_id", "编号": "decision_id", "id": "decision_id",
    "操作": "action", "决定": "action",
    "字段": "field",
    "新值": "new_value", "更正值": "new_value", "value": "new_value",
    "复核人": "reviewer", "审核人": "reviewer",
    "理由": "reason", "原因": "reason", "说明": "reason",
}
_ACTION_ALIASES = {"接受": "accept", "确认": "accept", "拒绝": "reject", "驳回": "reject", "更正": "correct",
                   "修改": "correct"}
_FIELD_ALIASES = {"数值": "value", "单位": "unit", "地区": "region", "指标": "metric", "姓名": "name",
                  "职务": "role", "村": "village", "列": "column"}
_NAME = re.compile(r"^(decisions?|复核决定|决定)[^/]*\.csv$", re.IGNORECASE)
_PERSON_NAME = re.compile(r"^[\u3400-\u9fff·]{2,8}$")


class DecisionError(ValueError):
    """A decision that cannot be recorded; `code` is its quarantine reason."""

    def __init__(self, code: str, message: str, column: str | None = None):
        super().__init__(message)
        self.code = code
        self.column = column


@dataclass(frozen=True)
class Decision:
    decision_id: str
    action: str
    reviewer: str
    field: str | None = None
    new_value: str | None = None
    reason: str | None = None
    line: int | None = None  # the decisions file's line (header = 1)


@dataclass(frozen=True)
class Target:
    kind: str  # fact / person / row / header
    decision_id: str
    file_id: str | None = None
    source_file: str | None = None
    index: int | None = None
    values: dict[str, object] = field(default_factory=dict)  # the item as extracted
    sheet: str | None = None  # a quarantined row's sheet

    def describe(self) -> str:
        if self.kind == "header":
            return f"header cell {self.decision_id[len(HEADER_PREFIX):]}"
        return " ".join(f"{key}={value}" for key, value in self.values.items() if value not in (None, ""))


@dataclass(frozen=True)
class RowProblem:
    line: int
    column: str | None
    code: str
    message: str
    value: str | None
    decision_id: str | None


@dataclass
class FileResult:
    recorded: list[Decision] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)


# ---------------------------------------------------------------------------- reading a file


def decode(data: bytes) -> str:
    """UTF-8 (with or without the BOM Excel writes) or GBK/GB18030, as Excel saves a CSV in China."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise DecisionError("decision_unreadable", "the file is neither UTF-8 nor GBK: save it as CSV UTF-8 from Excel")


def _column(cell: str) -> str:
    key = unicodedata.normalize("NFKC", cell or "").strip().lower().replace(" ", "_")
    return _COLUMN_ALIASES.get(key, key)


def looks_like_decisions(name: str, head: bytes) -> bool:
    """A decisions file: named decisions*.csv / 复核决定*.csv, or a CSV whose header names decision_id and action."""
    if not name.lower().endswith(".csv"):
        return False
    if _NAME.match(Path(name).name):
        return True
    try:
        first = decode(head.split(b"\n", 1)[0]).strip()
    except DecisionError:
        return False
    columns = {_column(cell) for cell in next(csv.reader([first]), [])}
    return {"decision_id", "action"} <= columns


def parse_decisions(data: bytes) -> tuple[list[Decision], list[RowProblem]]:
    """The rows of a decisions file, and a problem for each row that cannot be a decision."""
    text = decode(data)
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        raise DecisionError("decision_header", "the file is empty: its first line names the columns "
                                                + ", ".join(COLUMNS))
    header = [_column(cell) for cell in rows[0]]
    missing = [column for column in REQUIRED_COLUMNS if column not in header]
    if missing:
        raise DecisionError("decision_header", f"the first line lacks the column(s) {', '.join(missing)}; "
                                                f"write {', '.join(COLUMNS)}")
    decisions, problems = [], []
    for line, cells in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue
        record = {name: (cells[position].strip() if position < len(cells) else "")
                  for position, name in enumerate(header) if name in COLUMNS}
        try:
            decisions.append(check_decision(Decision(
                decision_id=record.get("decision_id", ""), action=record.get("action", ""),
                reviewer=record.get("reviewer", ""), field=record.get("field") or None,
                new_value=record.get("new_value") or None, reason=record.get("reason") or None, line=line,
            )))
        except DecisionError as exc:
            value = record.get(exc.column or "", "") if exc.column else None
            problems.append(RowProblem(line, exc.column, exc.code, str(exc), mask_personal_numbers(value or ""),
                                       mask_personal_numbers(record.get("decision_id", "")) or None))
    return decisions, problems


def check_decision(decision: Decision) -> Decision:
    """A decision's own shape (no warehouse needed), normalised: Chinese words for actions and fields."""
    for column in ("decision_id", "reviewer", "new_value", "reason"):
        if has_personal_numbers(getattr(decision, column) or ""):
            raise DecisionError("decision_personal_number",
                                f"{column} holds what looks like an ID number or phone: refused, never stored",
                                column)
    if not decision.decision_id:
        raise DecisionError("decision_id_missing", "decision_id is empty", "decision_id")
    action = _ACTION_ALIASES.get(decision.action, decision.action.lower())
    if action not in ACTIONS:
        raise DecisionError("decision_action_unknown",
                            f"action {decision.action!r} is not accept, reject or correct", "action")
    if not decision.reviewer:
        raise DecisionError("decision_reviewer_missing", "reviewer is empty: say who decided", "reviewer")
    field_name = _FIELD_ALIASES.get(decision.field or "", (decision.field or "").lower()) or None
    if action == "correct" and not (field_name and decision.new_value):
        raise DecisionError("decision_correction_incomplete",
                            "a correction needs field and new_value", "field" if not field_name else "new_value")
    if action != "correct":
        field_name = None
    return Decision(decision.decision_id.strip(), action, decision.reviewer, field_name,
                    decision.new_value if action == "correct" else None, decision.reason, decision.line)


# ---------------------------------------------------------------------------- the warehouse side

_ITEM_SQL = {
    "fact": """
        select file_id, source_file, fact_index, metric, value, unit, region, kind
        from raw.report__facts
        where substr(sha256(file_id || ':fact:' || cast(fact_index as varchar)), 1, 10) = ?
    """,
    "person": """
        select file_id, source_file, person_index, cadre_name, role_code, village
        from raw.report__people
        where substr(sha256(file_id || ':person:' || cast(person_index as varchar)), 1, 10) = ?
    """,
}
_ITEM_VALUES = {"fact": ("metric", "value", "unit", "region", "kind"), "person": ("name", "role", "village")}


def find_target(con: duckdb.DuckDBPyConnection, decision_id: str) -> Target:
    """What a decision id names: a header cell, or a fact or person of a report loaded now."""
    if decision_id.startswith(HEADER_PREFIX):
        label = decision_id[len(HEADER_PREFIX):].strip()
        if not normalise_header(label):
            raise DecisionError("decision_target_unknown", "header: needs the header cell's text after it",
                                "decision_id")
        return Target("header", HEADER_PREFIX + label)
    for kind, sql in _ITEM_SQL.items():
        row = con.execute(sql, [decision_id]).fetchone()
        if row:
            file_id, source_file, index, *values = row
            return Target(kind, decision_id, file_id, source_file, int(index), dict(zip(_ITEM_VALUES[kind], values)))
    row = con.execute(f"select * from ({_QUARANTINED_ROWS_SQL}) where row_id = ?", [decision_id]).fetchone()
    if row:
        row_id, file_id, source_file, sheet, row_number, cadre, reasons, columns = row
        return Target("row", row_id, file_id, source_file, int(row_number), {"cadre": cadre, "reasons": reasons,
                                                                             "columns": columns}, sheet)
    raise DecisionError("decision_target_unknown",
                        f"no fact or person of a loaded report has decision id {decision_id}"
                        " (ids come from the review queue; a re-sent report has new ids)", "decision_id")


def check_correction(target: Target, field_name: str, new_value: str) -> str:
    """The corrected value as it will be stored, or DecisionError saying why it cannot be."""
    if field_name not in FIELDS[target.kind]:
        raise DecisionError("decision_field_unknown",
                            f"a {target.kind} has no field {field_name!r}: one of {', '.join(FIELDS[target.kind])}",
                            "field")
    value = unicodedata.normalize("NFKC", new_value).strip()
    if field_name == "value":
        try:
            number = float(value.replace(",", ""))
        except ValueError:
            raise DecisionError("decision_value_invalid", f"{value!r} is not a number", "new_value") from None
        if number < 0:
            raise DecisionError("decision_value_invalid", "a value cannot be negative", "new_value")
        return repr(number) if not number.is_integer() else str(int(number))
    if field_name == "unit" and value not in UNITS:
        raise DecisionError("decision_value_invalid", f"unit {value!r} is not one of {', '.join(UNITS)}", "new_value")
    if field_name == "metric":
        codes = {metric.code for metric in load_catalog().metrics}
        if value not in codes:
            raise DecisionError("decision_value_invalid",
                                f"metric {value!r} is not in seeds/metric_catalog.csv", "new_value")
    if field_name == "role":
        by_name = {name: code for code, name in ROLES.items()}
        value = by_name.get(value, value)
        if value in ROLES and target.kind == "row":
            value = ROLES[value]  # a roster cell: written as the rosters write it, read by the roster load
        elif value not in ROLES:
            raise DecisionError("decision_value_invalid",
                                f"role {new_value!r} is not 第一书记, 工作队长, 队员 (or their codes)", "new_value")
    if field_name == "name" and not _PERSON_NAME.match(value):
        raise DecisionError("decision_value_invalid", f"{value!r} is not a name in Chinese characters", "new_value")
    if field_name == "column" and value not in (*CANONICAL_COLUMNS, IGNORED):
        raise DecisionError("decision_value_invalid",
                            f"column {value!r} is not one of {', '.join((*CANONICAL_COLUMNS, IGNORED))}", "new_value")
    if not value:
        raise DecisionError("decision_value_invalid", "new_value is empty", "new_value")
    return value


def _value_before(target: Target, field_name: str | None) -> str | None:
    if target.kind == "header":
        return None
    if target.kind == "row":
        return f"{target.values.get('columns')}: {target.values.get('reasons')}"
    if field_name:
        return "" if target.values.get(field_name) is None else str(target.values[field_name])
    return target.describe()


def record_decision(con: duckdb.DuckDBPyConnection, decision: Decision, source: str,
                    source_detail: str | None = None, run_id: str | None = None,
                    now: dt.datetime | None = None) -> Target:
    """Check a decision against the warehouse and keep it in meta.review_decisions (DecisionError if it cannot be)."""
    decision = check_decision(decision)
    target = find_target(con, decision.decision_id)
    if target.kind == "header" and decision.action != "correct":
        raise DecisionError("decision_field_unknown",
                            "a header cell is mapped with action correct, field column, new_value the column", "action")
    if target.kind == "row" and decision.action != "correct":
        raise DecisionError("decision_field_unknown",
                            "a quarantined row is put right with action correct, a field and its new value", "action")
    value_after = check_correction(target, decision.field, decision.new_value) if decision.action == "correct" else None
    # A corrected place is resolved now, once, by the extractor's resolver in the report's context: dbt uses the parts.
    place = (corrected_place(con, target.kind, target.file_id, target.index, value_after)
             if value_after and (target.kind, decision.field) in (("fact", "region"), ("person", "village")) else None)
    con.execute(
        """
        insert into meta.review_decisions (record_id, decision_id, target_kind, file_id, source_file, item_index,
            sheet, action, field, value_before, value_after, reviewer, reason, source, source_detail, decided_at,
            run_id, place_province, place_city, place_county, place_township, place_village, place_adcode, place_level)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        [uuid.uuid4().hex, target.decision_id, target.kind, target.file_id, target.source_file, target.index,
         target.sheet,
         decision.action, decision.field, _masked(_value_before(target, decision.field)), value_after,
         decision.reviewer, decision.reason, source, source_detail, now or dt.datetime.now(), run_id,
         *(place.columns().values() if place else [None] * 7)],
    )
    return target


def _masked(value: str | None) -> str | None:
    return None if value is None else mask_personal_numbers(value)


def apply_decisions_file(con: duckdb.DuckDBPyConnection, data: bytes, file_id: str, name: str,
                         run_id: str) -> FileResult:
    """Record every good row of a decisions file and quarantine the others, in one transaction."""
    result = FileResult()
    try:
        decisions, result.problems = parse_decisions(data)
    except DecisionError as exc:
        decisions, result.problems = [], [RowProblem(1, None, exc.code, str(exc), None, None)]
    con.execute("begin")
    try:
        con.execute("delete from quarantine.decision_rows where file_id = ?", [file_id])
        for decision in decisions:
            try:
                record_decision(con, decision, "file", f"{name}:{decision.line}", run_id)
                result.recorded.append(decision)
            except DecisionError as exc:
                value = {"decision_id": decision.decision_id, "action": decision.action, "field": decision.field,
                         "new_value": decision.new_value}.get(exc.column or "")
                result.problems.append(RowProblem(decision.line or 0, exc.column, exc.code, str(exc),
                                                  _masked(value), decision.decision_id))
        now = dt.datetime.now()
        for problem in result.problems:
            known = reason(problem.code)
            con.execute(
                "insert into quarantine.decision_rows values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [run_id, file_id, name, problem.line, problem.column, problem.code, known.zh,
                 f"{known.en}: {mask_personal_numbers(problem.message)}", problem.value, problem.decision_id, now],
            )
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
    return result


# ---------------------------------------------------------------------------- quarantined roster rows


def quarantine_row_id(file_id: str, sheet: str | None, row_number: int) -> str:
    """The decision id of a quarantined roster row: stable while the roster file's bytes are."""
    return hashlib.sha256(f"{file_id}:row:{sheet or ''}:{row_number}".encode()).hexdigest()[:10]


_QUARANTINED_ROWS_SQL = """
    select substr(sha256(file_id || ':row:' || coalesce(sheet, '') || ':' || cast(row_number as varchar)), 1, 10)
               as row_id,
           file_id, source_file, sheet, row_number, max(cadre_name) as cadre,
           string_agg(distinct reason_code, ', ' order by reason_code) as reasons,
           string_agg(distinct column_name, ', ' order by column_name) as columns
    from quarantine.roster_rows
    where row_number is not null
    group by file_id, source_file, sheet, row_number
"""


def quarantined_rows(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    """(row id, file, sheet, row, cadre, reasons, columns) of every quarantined roster row, for `zhucun review list`."""
    return con.execute(
        f"select row_id, source_file, sheet, row_number, cadre, reasons, columns from ({_QUARANTINED_ROWS_SQL})"
        " order by source_file, sheet, row_number"
    ).fetchall()


@dataclass(frozen=True)
class StewardInput:
    """What a night's roster reads take from the stewards: header mappings, and per file the cells of
    quarantined rows they corrected ((sheet, row) → {column: value})."""

    aliases: dict[str, str] = field(default_factory=dict)
    corrections: dict[str, dict[tuple[str | None, int], dict[str, str]]] = field(default_factory=dict)
    pending_files: frozenset[str] = frozenset()  # loaded files with a correction newer than their load


def row_corrections(con: duckdb.DuckDBPyConnection) -> tuple[dict, frozenset[str]]:
    """Every roster row correction in effect (latest per file, sheet, row and field), and the loaded files
    with a correction decided after they were loaded: those the next run reads again."""
    rows = con.execute(
        """
        select file_id, sheet, item_index, field, value_after,
               decided_at > coalesce((select max(manifest.loaded_at) from meta.file_manifest as manifest
                                      where manifest.file_id = decisions.file_id and manifest.status = 'loaded'),
                                     timestamp '9999-12-31') as pending
        from meta.review_decisions as decisions
        where target_kind = 'row' and action = 'correct'
        qualify row_number() over (partition by file_id, sheet, item_index, field
                                   order by decided_at desc, record_id desc) = 1
        """
    ).fetchall()
    corrections: dict[str, dict[tuple[str | None, int], dict[str, str]]] = {}
    pending = set()
    for file_id, sheet, row_number, field_name, value, is_pending in rows:
        corrections.setdefault(file_id, {}).setdefault((sheet, int(row_number)), {})[field_name] = value
        if is_pending:
            pending.add(file_id)
    return corrections, frozenset(pending)


def steward_input(con: duckdb.DuckDBPyConnection) -> StewardInput:
    corrections, pending = row_corrections(con)
    return StewardInput(header_aliases(con), corrections, pending)


# ---------------------------------------------------------------------------- reading decisions back

_LATEST_SQL = """
    select *
    from meta.review_decisions
    qualify row_number() over (partition by decision_id order by decided_at desc, record_id desc) = 1
"""


def header_aliases(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """Header cells stewards mapped (normalised cell text → canonical column or 'ignored'), latest wins."""
    rows = con.execute(
        f"select decision_id, value_after from ({_LATEST_SQL}) where target_kind = 'header' and action = 'correct'"
    ).fetchall()
    return {normalise_header(decision_id[len(HEADER_PREFIX):]): column for decision_id, column in rows}


@dataclass(frozen=True)
class VanishedDecision:
    decision_id: str
    target_kind: str
    source_file: str
    item_index: int
    action: str
    reviewer: str
    decided_at: dt.datetime

    def describe(self) -> str:
        return (f"decision {self.decision_id} ({self.action} by {self.reviewer}, {self.decided_at:%Y-%m-%d}) on "
                f"{self.target_kind} {self.item_index} of {self.source_file}: a newer version of the report no "
                "longer has it; decide again on the new version's item")


def vanished_decisions(con: duckdb.DuckDBPyConnection) -> list[VanishedDecision]:
    """Decisions in effect whose fact or person is no longer loaded (its report was replaced or removed)."""
    rows = con.execute(
        f"""
        select latest.decision_id, latest.target_kind, latest.source_file, latest.item_index, latest.action,
               latest.reviewer, latest.decided_at
        from ({_LATEST_SQL}) as latest
        where (latest.target_kind = 'fact' and not exists (
                  select 1 from raw.report__facts as facts
                  where facts.file_id = latest.file_id and facts.fact_index = latest.item_index))
           or (latest.target_kind = 'person' and not exists (
                  select 1 from raw.report__people as people
                  where people.file_id = latest.file_id and people.person_index = latest.item_index))
        order by latest.source_file, latest.target_kind, latest.item_index
        """
    ).fetchall()
    return [VanishedDecision(decision_id, kind, mask_personal_numbers(source_file or ""), int(index), action,
                             mask_personal_numbers(reviewer), decided_at)
            for decision_id, kind, source_file, index, action, reviewer, decided_at in rows]


def decision_history(con: duckdb.DuckDBPyConnection, decision_id: str) -> list[tuple]:
    return con.execute(
        """
        select decided_at, action, field, value_before, value_after, reviewer, reason, source, source_detail
        from meta.review_decisions where decision_id = ? order by decided_at, record_id
        """,
        [decision_id],
    ).fetchall()


def review_queue(con: duckdb.DuckDBPyConnection, threshold: float, everything: bool = False) -> list[tuple]:
    """(decision id, kind, file, index, what, value, place, confidence, latest action) of items below the
    threshold, or of every item with `everything`; undecided ones first."""
    return con.execute(
        f"""
        with items as (
            select substr(sha256(file_id || ':fact:' || cast(fact_index as varchar)), 1, 10) as decision_id,
                   'fact' as kind, source_file, fact_index as item_index, metric as what,
                   cast(value as varchar) || ' ' || unit as shown, coalesce(region, '') as place, confidence
            from raw.report__facts
            union all
            select substr(sha256(file_id || ':person:' || cast(person_index as varchar)), 1, 10), 'person',
                   source_file, person_index, coalesce(role_code, 'role unknown'), cadre_name,
                   concat_ws(' ', county, township, village), confidence
            from raw.report__people
        ),
        latest as ({_LATEST_SQL})
        select items.*, latest.action
        from items
        left join latest on items.decision_id = latest.decision_id
        where $everything or items.confidence < $threshold
        order by latest.action is not null, items.source_file, items.kind, items.item_index
        """,
        {"everything": everything, "threshold": threshold},
    ).fetchall()


# ---------------------------------------------------------------------------- gold export

_GOLD_FACTS = """
    select source_file, kind, metric_code, value, unit, basis, qualifier, region_name, stated_year, evidence,
           review_status
    from intermediate.int_report_facts_reviewed
    where file_id = ? and review_status <> 'rejected'
    order by fact_index
"""
_GOLD_PEOPLE = """
    select cadre_name, role_code, village_name, township_name, county_name, dispatch_unit_name, start_month,
           review_status
    from intermediate.int_report_people_reviewed
    where file_id = ? and review_status <> 'rejected'
    order by person_index
"""


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else float(value)


def export_gold(con: duckdb.DuckDBPyConnection, out_dir: Path) -> list[Path]:
    """One YAML per reviewed report (one with a decision on a fact or person still loaded), in the gold
    format: its facts and people as the stewards left them (rejected ones out, corrections in).
    An item a steward accepted or corrected is `required`; one nobody reviewed is not."""
    reports = con.execute(
        """
        select distinct decisions.file_id, documents.source_file
        from meta.review_decisions as decisions
        inner join raw.report__documents as documents on decisions.file_id = documents.file_id
        order by documents.source_file
        """
    ).fetchall()
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for file_id, source_file in reports:
        facts = []
        for _, kind, metric, value, unit, basis, qualifier, region, year, evidence, status in con.execute(
                _GOLD_FACTS, [file_id]).fetchall():
            fact = {"kind": kind, "metric": metric, "value": _number(value), "unit": unit}
            fact.update({key: item for key, item in (("basis", basis), ("qualifier", qualifier), ("region", region),
                                                      ("year", year)) if item is not None})
            fact.update(required=status in ("accepted", "corrected"), evidence=evidence, review_status=status)
            facts.append(fact)
        people = []
        for name, role, village, township, county, unit, start, status in con.execute(
                _GOLD_PEOPLE, [file_id]).fetchall():
            person = {"name": name, "role": role, "village": village, "township": township, "county": county}
            person.update({key: item for key, item in (("dispatch_unit", unit), ("start", start)) if item})
            person.update(required=status in ("accepted", "corrected"), review_status=status)
            people.append(person)
        document = {"report": Path(source_file).name, "about": "exported from steward decisions (zhucun review)",
                    "facts": facts, "people": people}
        text = mask_personal_numbers(yaml.safe_dump(document, allow_unicode=True, sort_keys=False))
        path = out_dir / f"{Path(source_file).stem}.yaml"
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
