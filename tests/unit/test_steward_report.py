"""The steward report, gathered from a small real warehouse that the project's own code loads.

Sample files go through discovery, preparation and the raw loader; the run log is written by the
nightly flow's own functions. No dbt here (the marts are absent, as on a night dbt did not run);
the integration test covers a full night in a browser.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import re
import shutil
from pathlib import Path

import duckdb
import pytest

from flows.ingest.discovery import discover
from flows.ingest.readers import read_grids
from flows.nightly import _finish_run_log, _start_run_log, _write_steward_report, steward_report_task
from flows.quality.pii_scan import clear_numbers_in_text
from flows.quality.reasons import REASONS, what_to_do
from flows.reports.prepare import prepare_monthly_report, prepare_narrative_report
from flows.rosters.prepare import prepare_roster
from flows.run_summary import FileOutcome, RunSummary
from flows.settings import Settings
from flows.steward.report_html import render_report, write_report
from flows.steward.report_page import (
    decision_id,
    gather_quarantine,
    gather_report,
    gather_review,
    highlight,
    review_threshold,
)
from flows.warehouse.connection import warehouse
from flows.warehouse.loader import load_report, load_roster, reject_file

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples" / "inbox"
TODAY = dt.date(2026, 12, 1)
CLEAR_PHONE, CLEAR_ID = "13987654321", "11010119900307123X"
HOSTILE_REPORT = (
    "\n光山县槐店乡晏岗村第一书记张三（电话13912345678）协调资金150万元修建道路。\n"
)


@dataclasses.dataclass
class Night:
    con: duckdb.DuckDBPyConnection
    path: Path
    run_id: str
    summary: RunSummary


def _inbox(root: Path) -> Path:
    inbox = root / "inbox"
    (inbox / "rosters").mkdir(parents=True)
    (inbox / "monthly").mkdir()
    (inbox / "reports").mkdir()
    shutil.copy(SAMPLES / "rosters" / "渭源县驻村干部花名册.csv", inbox / "rosters")
    shutil.copy(SAMPLES / "monthly" / "渭源县驻村工作队2025年9月工作月报.csv", inbox / "monthly")
    text = (SAMPLES / "reports" / "云冈区驻村工作.txt").read_text("utf-8") + HOSTILE_REPORT
    (inbox / "reports" / "云冈区驻村工作.txt").write_text(text, "utf-8")
    (inbox / "rosters" / "坏表<i>&.csv").write_text("甲,乙\n1,2\n", "utf-8")
    return inbox


def _load(con: duckdb.DuckDBPyConnection, inbox: Path, run_id: str, pii_key: str) -> list[FileOutcome]:
    outcomes = []
    for file in discover(inbox, pii_key):
        if "坏表" in file.name:
            reject_file(con, file, "no roster header found", run_id)
            outcomes.append(FileOutcome(file.name, "roster", "rejected", error="no roster header found",
                                        notes=[f"the sender's phone {CLEAR_PHONE}, ID {CLEAR_ID}"]))
            continue
        if file.name.startswith("rosters/"):
            prepared = prepare_roster(file.path, pii_key=pii_key, today=TODAY)
            result = load_roster(con, file, prepared.rows, prepared.quarantine, run_id,
                                 header_mappings=prepared.header_mappings)
            kind = "roster"
        elif file.name.startswith("monthly/"):
            prepared = prepare_monthly_report(file.path, grids=read_grids(file.path), today=TODAY)
            result = load_report(con, file, prepared.document, prepared.facts, prepared.people,
                                 prepared.item_quarantine, run_id, row_quarantine=prepared.row_quarantine)
            kind = "report"
        else:
            prepared = prepare_narrative_report(file.path)
            result = load_report(con, file, prepared.document, prepared.facts, prepared.people,
                                 prepared.item_quarantine, run_id)
            kind = "report"
        outcomes.append(FileOutcome(file.name, kind, "loaded", result.rows_loaded, result.rows_quarantined))
    return outcomes


@pytest.fixture(scope="module")
def night(tmp_path_factory) -> Night:
    root = tmp_path_factory.mktemp("steward")
    path = root / "warehouse.duckdb"
    pii_key = "test-key-not-secret"
    summary = RunSummary(run_id="run-one", inbox=str(root / "inbox"), warehouse=str(path), run_date=str(TODAY))
    _start_run_log(path, summary, TODAY)
    with warehouse(path) as con:
        summary.files = _load(con, _inbox(root), summary.run_id, pii_key)
    summary.batch_checks = [
        {"suite": "raw__roster__assignments", "table": "raw.roster__assignments", "success": True,
         "evaluated": 19, "failed": []},
        {"suite": "raw__report__facts", "table": "raw.report__facts", "success": False, "evaluated": 9,
         "failed": ["expect_column_values_to_not_be_null(evidence)"]},
    ]
    summary.status = "failed"
    _finish_run_log(path, summary)
    con = duckdb.connect(str(path))
    yield Night(con, path, summary.run_id, summary)
    con.close()


def test_the_run_section_lists_every_file_with_its_outcome_and_the_totals(night) -> None:
    page = gather_report(night.con, night.run_id, 0.6)
    assert page.run.status == "failed"
    assert {f.name for f in page.run.files} == {f.name for f in night.summary.files}
    assert page.run.totals["files_loaded"] == 3 and page.run.totals["files_rejected"] == 1
    rejected = next(f for f in page.run.files if f.status == "rejected")
    assert rejected.error == "no roster header found"
    html = render_report(page)
    for outcome in night.summary.files:
        assert f"<td>{_escaped(outcome.name)}</td>" in html
    assert f'id="rows-loaded">{night.summary.rows_loaded}<' in html
    assert f'id="rows-quarantined">{night.summary.rows_quarantined}<' in html
    assert f'id="files-rejected">1<' in html


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def test_quarantined_rows_are_grouped_by_reason_with_where_and_what_to_do(night) -> None:
    page = gather_report(night.con, night.run_id, 0.6)
    stored = dict(night.con.execute("""
        select reason_code, count(*) from (
            select reason_code from quarantine.roster_rows where run_id = $run
            union all select reason_code from quarantine.monthly_rows where run_id = $run
            union all select reason_code from quarantine.report_items where run_id = $run)
        group by 1
    """, {"run": night.run_id}).fetchall())
    assert stored, "the sample files should quarantine something"
    shown: dict[str, int] = {}
    for group in page.quarantine:
        shown[group.reason_code] = shown.get(group.reason_code, 0) + group.count
        assert group.todo_zh and group.todo_en and len(group.lines) == group.count
        assert all(line.source_file and line.row for line in group.lines)
    assert shown == stored
    counts = [group.count for group in page.quarantine]
    assert counts == sorted(counts, reverse=True)
    # The ID number stored in scientific notation is shown masked, with the remedy for it.
    html = render_report(page)
    assert "id_scientific" in html and what_to_do("id_scientific", "roster_rows")[0] in html


def test_every_reason_has_something_to_do_in_every_quarantine_table() -> None:
    for code in REASONS:
        for table in ("roster_rows", "monthly_rows", "report_items"):
            zh, en = what_to_do(code, table)
            assert zh and en
    assert what_to_do("value_negative", "monthly_rows") != what_to_do("value_negative", "report_items")
    with pytest.raises(KeyError):
        what_to_do("no_such_reason", "roster_rows")


def test_check_results_carry_severity_and_a_failed_check_shows_as_failed(night) -> None:
    page = gather_report(night.con, night.run_id, 0.6)
    by_name = {check.name: check for check in page.checks}
    assert by_name["raw__roster__assignments"].passed
    failed = by_name["raw__report__facts"]
    assert not failed.passed and failed.severity == "blocking" and "evidence" in failed.detail
    html = render_report(page)
    row = re.search(r"<tr><td>expectation</td><td>raw__report__facts</td>.*?</tr>", html, re.S).group(0)
    assert "阻断 blocking" in row and "未通过 failed" in row
    # the to-do box counts blocking failures and warnings apart
    blocking = sum(1 for c in page.checks if not c.passed and c.severity == "blocking")
    warnings = sum(1 for c in page.checks if not c.passed and c.severity == "warning")
    assert blocking >= 1
    assert re.search(rf'id="todo-blocking">{blocking}<', html) and re.search(rf'id="todo-warnings">{warnings}<', html)


def test_review_queue_is_below_the_threshold_money_first_largest_first_with_stable_ids(night) -> None:
    threshold = 0.9
    page = gather_report(night.con, night.run_id, threshold)
    (below,) = night.con.execute("""
        select (select count(*) from raw.report__facts where confidence < 0.9)
             + (select count(*) from raw.report__people where confidence < 0.9)
    """).fetchone()
    assert len(page.review) == below > 0
    assert all(item.confidence < threshold for item in page.review)
    facts = [item for item in page.review if item.item_type == "fact"]
    money = [float(item.value.split()[0].replace(",", "")) for item in facts if item.value.endswith("yuan")]
    assert money == sorted(money, reverse=True) and money
    assert facts[: len(money)] == [item for item in facts if item.value.endswith("yuan")]  # money first
    ids = [item.decision_id for item in page.review]
    assert len(set(ids)) == len(ids) and all(re.fullmatch(r"[0-9a-f]{10}", i) for i in ids)
    again = gather_report(night.con, night.run_id, threshold)
    assert [item.decision_id for item in again.review] == ids
    (file_id, index) = night.con.execute(
        "select file_id, fact_index from raw.report__facts where value = 5000000 and period is null").fetchone()
    assert decision_id(file_id, "fact", index) in ids
    # Each figure is marked in its evidence sentence.
    html = render_report(page)
    assert "<mark>500万元</mark>" in html
    assert all(item.evidence.figure for item in facts)


def test_the_default_threshold_is_dbt_s_review_var() -> None:
    assert review_threshold(Settings().dbt_project_dir) == 0.6


def test_highlight_marks_the_figure_that_states_the_value_and_nothing_when_absent() -> None:
    sentence = "他协调资金150万元修建通组道路3.2公里，带领村民种植油茶1200亩。"
    assert highlight(sentence, 1_500_000, 5).figure == "150万元"
    assert highlight(sentence, 3.2, 5).figure == "3.2公里"
    cut = highlight(sentence, 1200, 5)
    assert cut.before + cut.figure + cut.after == sentence and cut.figure == "1200亩"
    assert highlight(sentence, 999, 3).figure == ""


def test_no_clear_id_number_or_phone_reaches_the_page(night) -> None:
    html = render_report(gather_report(night.con, night.run_id, 0.95))
    assert CLEAR_PHONE not in html and CLEAR_ID not in html and "13912345678" not in html
    assert "139****4321" in html  # the note is there, masked
    assert "139****5678" in html  # the report's sentence is in the review queue, masked
    assert clear_numbers_in_text(html) == {}


def test_the_scanner_finds_clear_numbers_valid_or_not() -> None:
    found = clear_numbers_in_text(f"a {CLEAR_ID} b 123456789012345678 c {CLEAR_PHONE} d 139 8765 4321")
    assert found == {"id_number": 2, "mobile": 2}
    assert clear_numbers_in_text("hash 0a13987654321f, 2024-05-01, 1,500,000 yuan, 139****4321") == {}


def test_page_is_escaped_self_contained_and_deterministic(night) -> None:
    page = gather_report(night.con, night.run_id, 0.6)
    page.generated_at = dt.datetime(2026, 12, 1, 6, 0)
    html = render_report(page)
    assert "坏表<i>" not in html and "坏表&lt;i&gt;&amp;.csv" in html
    assert "<svg" in html
    lowered = html.lower()
    for forbidden in ("<script", "<link", "<iframe", "<img", "@import", "http://", "https://", "@font-face"):
        assert forbidden not in lowered, forbidden
    assert not re.search(r"""url\(\s*["']?(?!#)""", lowered)  # only the SVG's own fragments (clip paths)
    for target in re.findall(r"""(?:src|href)\s*=\s*["']([^"']*)""", lowered):
        assert target.startswith("#") or re.fullmatch(r"[\w.-]+\.html", target), target
    assert render_report(page) == html  # the same night renders the same bytes (charts included)
    # The marts are absent here (no dbt): the page says so instead of failing.
    assert page.reconciliation is None and "the marts are not built yet" in html


def test_pages_latest_and_index_are_written_for_each_run(night, tmp_path) -> None:
    reports = tmp_path / "reports"
    first = write_report(night.con, night.run_id, reports, 0.6)
    second_run = RunSummary(run_id="run-two", inbox="", warehouse=str(night.path), run_date=str(TODAY),
                            status="succeeded")
    night.con.execute("insert into meta.run_log (run_id, started_at, finished_at, status, summary) "
                      "values ('run-two', now(), now(), 'succeeded', ?)", [json.dumps(second_run.to_dict())])
    second = write_report(night.con, "run-two", reports, 0.6)
    assert first.name == "run-one.html" and second.name == "run-two.html"
    assert (reports / "latest.html").read_text("utf-8") == second.read_text("utf-8")
    index = (reports / "index.html").read_text("utf-8")
    assert 'href="run-one.html"' in index and 'href="run-two.html"' in index
    assert index.index("run-two") < index.index("run-one")  # newest first
    assert "本次运行没有隔离行" in second.read_text("utf-8")  # run two quarantined nothing


def test_long_lists_are_cut_in_the_database_and_what_is_left_is_counted(night) -> None:
    full, _ = gather_quarantine(night.con, night.run_id)
    cut, _ = gather_quarantine(night.con, night.run_id, per_reason=1)
    assert [(g.reason_code, g.count) for g in cut] == [(g.reason_code, g.count) for g in full]
    assert all(len(g.lines) == 1 and g.lines[0] == f.lines[0] for g, f in zip(cut, full))
    assert any(g.not_listed for g in cut)
    everything, none_left = gather_review(night.con, night.run_id, 0.95)
    assert none_left == 0 and len(everything) > 3
    first_three, left = gather_review(night.con, night.run_id, 0.95, limit=3)
    assert first_three == everything[:3] and left == len(everything) - 3


def test_a_page_that_cannot_be_written_is_a_problem_of_the_run_never_a_lost_run(night, tmp_path) -> None:
    blocked = tmp_path / "reports"
    blocked.write_text("a file where the reports folder should be", "utf-8")
    settings = Settings(home=tmp_path, warehouse=night.path, reports=blocked)
    summary = RunSummary(run_id="run-blocked", inbox="", warehouse=str(night.path), run_date=str(TODAY))
    night.con.execute("insert into meta.run_log (run_id, started_at, status) values ('run-blocked', now(), 'running')")
    summary.status = "succeeded"
    _finish_run_log(night.path, summary)
    _write_steward_report(settings, summary, logging.getLogger("test"), write=steward_report_task.fn)
    assert summary.report is None and summary.status == "failed"
    assert [p for p in summary.problems if p.startswith("steward report not written")]
    status, stored = night.con.execute(
        "select status, summary from meta.run_log where run_id = 'run-blocked'").fetchone()
    assert status == "failed" and "steward report not written" in stored
    # The same call with somewhere to write: the page is written and named in the summary.
    settings = Settings(home=tmp_path, warehouse=night.path, reports=tmp_path / "pages")
    summary.problems.clear()
    _write_steward_report(settings, summary, logging.getLogger("test"), write=steward_report_task.fn)
    assert summary.report == str(tmp_path / "pages" / "run-blocked.html") and not summary.problems
    assert f"report     {summary.report}" in summary.render_text()


def test_an_unchanged_night_says_which_suites_had_nothing_new_and_that_the_build_was_skipped() -> None:
    from flows.quality.batch_checks import CheckOutcome, SuiteResult
    from flows.quality.check_results import record_expectations
    from flows.steward.report_page import gather_checks
    from flows.warehouse.connection import ensure_schema

    con = duckdb.connect()
    ensure_schema(con)
    aggregate = SuiteResult("aggregate__night_sizes", "aggregate night_sizes", True, 1, [], rows=4, checks=(
        CheckOutcome("expect_column_values_to_be_between", "night_ratio", "warning", True, "0 of 4", 0, "size"),))
    record_expectations(con, "run-2", [aggregate])
    summary = {
        "batch_checks": [
            {"suite": "aggregate__night_sizes", "table": "aggregate night_sizes", "success": True, "evaluated": 1},
            {"suite": "raw__roster__assignments", "table": "raw.roster__assignments", "success": True, "evaluated": 0},
        ],
        "build_skipped": "nothing dbt reads has changed since run run-1, whose marts are served",
    }
    by_name = {(check.kind, check.name): check for check in gather_checks(con, "run-2", summary)}
    assert by_name["expectation", "aggregate__night_sizes"].detail.startswith("1 expectations passed")
    assert by_name["expectation", "raw__roster__assignments"].detail == "no new rows to check"
    assert by_name["dbt", "dbt build"].detail.startswith("skipped: nothing dbt reads has changed since run run-1")
    assert len(by_name) == 3


def test_the_extractors_review_line_is_dbts():
    from flows.reports.confidence import REVIEW_BELOW
    assert REVIEW_BELOW == review_threshold(Settings().dbt_project_dir)
