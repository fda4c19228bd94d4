"""The real nightly flow, run as operators run it (`zhucun run`), on a copy of the demo inbox.

One module-scoped warehouse goes through three nights: the first load, an unchanged re-run, and a
night where one county re-sends its roster without one cadre (recalled). The first night's steward
report is opened in Debian's headless Chromium with the network off.
"""
from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import duckdb
import pytest

from flows.ingest.readers import read_grids
from flows.quality.pii_scan import clear_numbers_in_text, scan_for_clear_pii
from flows.steward.report_page import decision_id
from flows.warehouse.dbt_runner import run_dbt
from sample_edits import roster_without_one_cadre

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
EXPECTED = json.loads((REPO / "samples" / "expected_rosters.json").read_text("utf-8"))
MONTHLY = json.loads((REPO / "samples" / "expected_monthly.json").read_text("utf-8"))
NARRATIVE_REPORTS = sorted((REPO / "samples" / "inbox" / "reports").iterdir())
FILES_LOADED = EXPECTED["totals"]["files"] + MONTHLY["totals"]["files"] + len(NARRATIVE_REPORTS)
ZHUCUN = Path(sys.executable).with_name("zhucun")


def run_zhucun(home: Path, inbox: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "ZHUCUN_HOME": str(home), "ZHUCUN_PII_KEY": "integration-test-key"}
    return subprocess.run(
        [str(ZHUCUN), "run", "--keep-files", "--inbox", str(inbox)], env=env, capture_output=True, text=True, timeout=600
    )


# `zhucun run` as the console script runs it, saying at exit which heavy packages the run imported
# (not pandas: DuckDB imports it to bind any query parameter).
_RUN_REPORTING_IMPORTS = """
import atexit, json, sys
atexit.register(lambda: print("imported: " + json.dumps(sorted(
    name for name in ("great_expectations", "pandera", "cn2an") if name in sys.modules
)), file=sys.stderr))
from flows.cli import main
sys.exit(main(sys.argv[1:]))
"""


def run_zhucun_reporting_imports(home: Path, inbox: Path) -> tuple[subprocess.CompletedProcess, list[str]]:
    env = {**os.environ, "ZHUCUN_HOME": str(home), "ZHUCUN_PII_KEY": "integration-test-key"}
    done = subprocess.run([sys.executable, "-c", _RUN_REPORTING_IMPORTS, "run", "--keep-files", "--inbox", str(inbox)],
                          env=env, capture_output=True, text=True, timeout=600)
    lines = [line for line in done.stderr.splitlines() if line.startswith("imported: ")]
    return done, json.loads(lines[-1].removeprefix("imported: ")) if lines else ["(no report: the run did not exit)"]


def query(path: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(path), read_only=True)  # fails if a run left the file locked
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def table_digests(path: Path, schemas: tuple[str, ...]) -> dict[str, str]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        tables = con.execute(
            "select table_schema || '.' || table_name from information_schema.tables "
            f"where table_type = 'BASE TABLE' and table_schema in {schemas!r} order by 1"
        ).fetchall()
        return {
            name: con.execute(
                f"select count(*) || ':' || coalesce(md5(string_agg(cast(t as varchar), '|' order by cast(t as varchar))), '') "
                f"from {name} as t"
            ).fetchone()[0]
            for (name,) in tables
        }
    finally:
        con.close()


@pytest.fixture(scope="module")
def night(tmp_path_factory):
    """State shared by the three nights: home, inbox, and the output of each run."""
    root = tmp_path_factory.mktemp("nightly")
    inbox = root / "inbox"
    shutil.copytree(REPO / "samples" / "inbox", inbox)
    home = root / "home"
    first = run_zhucun(home, inbox)
    assert first.returncode == 0, first.stdout + first.stderr
    return {"home": home, "inbox": inbox, "warehouse": home / "warehouse.duckdb", "first": first}


def test_first_night_summary_shows_loaded_skipped_rejected_and_quarantined(night) -> None:
    out = night["first"].stdout
    totals, monthly = EXPECTED["totals"], MONTHLY["totals"]
    assert "SUCCEEDED" in out
    assert f"files      seen {FILES_LOADED + 2}, loaded {FILES_LOADED}, skipped as already loaded 0, rejected 2" in out
    (extracted,) = query(night["warehouse"], """
        select (select count(*) from raw.report__facts where period is null)
             + (select count(*) from raw.report__people)
    """)[0]
    assert extracted > 0
    rows = totals["raw_assignment_rows"] + monthly["facts"] + extracted
    quarantined = totals["quarantined_source_rows"] + monthly["quarantine_entries"]
    assert f"rows       loaded {rows}, quarantined {quarantined}" in out
    reasons = dict(totals["quarantine_by_reason"])
    for code, count in monthly["quarantine_by_reason"].items():
        reasons[code] = reasons.get(code, 0) + count
    for code, count in reasons.items():
        assert re.search(rf"^\s+{count}\s+{code}$", out, re.M), f"{code} x{count} missing from summary"
    assert re.search(r"tests passed \d+, tests failed 0", out)


def test_marts_hold_every_distinct_assignment(night) -> None:
    totals = EXPECTED["totals"]
    (count,) = query(night["warehouse"], "select count(*) from marts.fct_assignment where source = 'roster'")[0]
    assert count == totals["distinct_assignments"]
    by_role = dict(query(night["warehouse"], """
        select role.role_code, count(*) from marts.fct_assignment as fact
        inner join marts.dim_role as role on fact.role_key = role.role_key
        where fact.source = 'roster' group by 1
    """))
    assert by_role == totals["distinct_assignments_by_role"]
    by_county = dict(query(night["warehouse"], """
        select region.county_name, count(*) from marts.fct_assignment as fact
        inner join marts.dim_region as region on fact.region_key = region.region_key
        where fact.source = 'roster' group by 1
    """))
    assert by_county == totals["distinct_assignments_by_county"]
    (cadres,) = query(night["warehouse"],
                      "select count(distinct cadre_key) from marts.fct_assignment where source = 'roster'")[0]
    assert cadres == totals["distinct_cadres"]
    # dim_cadre keeps names for stewards, sex and birth year from the ID, and never the ID itself.
    columns = {name for (name,) in query(night["warehouse"], """
        select column_name from information_schema.columns where table_schema = 'marts' and table_name = 'dim_cadre'
    """)}
    assert {"cadre_key", "name", "sex", "birth_year", "id_masked"} <= columns
    assert not {"id_number", "phone"} & columns
    # Facts never join to null, and nothing here needed the unknown member.
    assert query(night["warehouse"], """
        select count(*) from marts.fct_assignment
        where source = 'roster' and '-1' in (cadre_key, region_key, dispatch_unit_key, role_key)
    """) == [(0,)]


def test_quarantine_holds_each_broken_row_with_its_reason(night) -> None:
    rows = query(night["warehouse"], """
        select source_file, sheet, row_number, reason_code, reason_zh, reason_en from quarantine.roster_rows
    """)
    found = {(Path(file).name, sheet, row, code) for file, sheet, row, code, _, _ in rows}
    expected = {(q["file"], q["sheet"], q["row_number"], q["reason_code"]) for q in EXPECTED["quarantined"]}
    assert found == expected
    assert all(zh and en for *_, zh, en in rows)


def test_monthly_reports_load_as_full_confidence_facts(night) -> None:
    monthly = MONTHLY["totals"]
    by_metric = dict(query(night["warehouse"], """
        select metric, count(*) from raw.report__facts where confidence = 1.0 and period is not null group by 1
    """))
    assert by_metric == monthly["facts_by_metric"]
    (funds,) = query(night["warehouse"], """
        select sum(value) from raw.report__facts
        where metric = 'funds_secured' and unit = 'yuan' and period is not null
    """)[0]
    assert funds == monthly["funds_secured_yuan"]
    reasons = dict(query(night["warehouse"], "select reason_code, count(*) from quarantine.monthly_rows group by 1"))
    assert reasons == monthly["quarantine_by_reason"]


def test_report_facts_reach_the_funding_and_outcome_marts_with_evidence(night) -> None:
    warehouse = night["warehouse"]
    # Monthly funds secured arrive as funding in yuan, with their cell as evidence and full confidence.
    (monthly_funds,) = query(warehouse, """
        select sum(amount_yuan) from marts.fct_funding
        where metric_code = 'funds_secured' and period is not null and confidence = 1.0
    """)[0]
    assert monthly_funds == MONTHLY["totals"]["funds_secured_yuan"]
    # Narrative reports contribute funding and outcome rows, each with evidence and a confidence.
    for table in ("fct_funding", "fct_outcome"):
        rows = query(warehouse, f"""
            select fact.evidence, fact.confidence, report.report_type
            from marts.{table} as fact
            inner join marts.dim_report as report on fact.report_key = report.report_key
            where report.report_type = 'narrative'
        """)
        assert rows, f"no narrative rows in {table}"
        assert all(evidence and 0 < confidence <= 1 for evidence, confidence, _ in rows)
    # Low confidence means steward review, never silent acceptance.
    assert query(warehouse, """
        select count(*) from marts.fct_outcome
        where (confidence < 0.6) <> needs_review or (needs_review and review_status <> 'pending')
    """) == [(0,)]
    # An annualised per-person amount exists exactly where the basis allows one.
    assert query(warehouse, """
        select count(*) from marts.fct_funding
        where (annualised_per_person_yuan is not null)
            <> (basis in ('per_person_year', 'per_person_day', 'per_person_week'))
    """) == [(0,)]
    # Cadres named in reports join the assignments with source = 'report'.
    (from_reports,) = query(warehouse, "select count(*) from marts.fct_assignment where source = 'report'")[0]
    (people,) = query(warehouse, "select count(*) from raw.report__people")[0]
    assert 0 < from_reports <= people  # a cadre named twice in one report is one assignment
    # Stated counts sit beside roster counts for stewards.
    assert query(warehouse, "select count(*) from marts.fct_dispatch_reconciliation where roster_cadres > 0")[0][0] > 0


def test_broken_files_are_set_aside_with_a_reason(night) -> None:
    manifest = {Path(name).name: (status, error) for name, status, error in query(
        night["warehouse"], "select source_file, status, error from meta.file_manifest")}
    for broken in EXPECTED["broken_files"]:
        status, error = manifest[broken["file"]]
        assert status == "rejected" and error
    assert sum(status == "loaded" for status, _ in manifest.values()) == FILES_LOADED


def test_published_copy_serves_the_marts(night) -> None:
    served = night["home"] / "serve" / "zhucun.duckdb"
    assert query(served, "select count(*) from marts.fct_assignment where source = 'roster'") == [
        (EXPECTED["totals"]["distinct_assignments"],)]
    assert (night["home"] / "serve" / "parquet" / "fct_assignment.parquet").exists()
    # Analysts see each column's description in their BI tool: none is missing in the served copy.
    undocumented = query(served, """
        select table_name || '.' || column_name from duckdb_columns()
        where schema_name = 'marts' and (comment is null or comment = '')
    """)
    assert undocumented == []


CHROMIUM = Path(shutil.which("chromium") or "/usr/bin/chromium")
# Chromium's own background services (updater, clock); anything else in the net log came from the page.
CHROMIUM_SERVICES = {"clients2.google.com", "update.googleapis.com", "redirector.gvt1.com",
                     "optimizationguide-pa.googleapis.com"}
SECTION_HEADINGS = ("本次运行", "The run", "未识别的列", "Columns not recognised", "隔离行", "Quarantined rows",
                    "检查结果", "Check results", "待复核", "Review queue", "报告与花名册核对", "Reconciliation",
                    "趋势", "Trends")


def offline_chromium(page: Path, work: Path, *args: str) -> tuple[subprocess.CompletedProcess, set[str]]:
    """Open `page` in headless Chromium with no network; returns the run and the hosts it asked for."""
    assert CHROMIUM.exists(), "Debian's chromium is not installed: .ci/run installs it (apt-get install chromium)"
    net_log = work / f"net-{len(list(work.glob('net-*.json')))}.json"
    command = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
               "--no-first-run", "--disable-background-networking", "--disable-component-update",
               "--disable-features=OptimizationHints,OptimizationGuideModelDownloading,OptimizationHintsFetching",
               f"--user-data-dir={work / 'profile'}", f"--log-net-log={net_log}", *args, page.as_uri()]
    if subprocess.run(["unshare", "-rn", "true"], capture_output=True).returncode == 0:
        command = ["unshare", "-rn", *command]  # a new network namespace: no host is reachable
    else:
        command[1:1] = ["--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=180)
    hosts = set(re.findall(r'"url":"(?:https?|wss?|ftp)://([^/:"]+)', net_log.read_text("utf-8", "replace")))
    return result, hosts - CHROMIUM_SERVICES


def test_steward_report_opens_offline_in_a_browser_with_the_night_on_screen(night, tmp_path) -> None:
    reports = night["home"] / "reports"
    latest = reports / "latest.html"
    run_id = re.search(r"^zhucun run (\S+): SUCCEEDED", night["first"].stdout, re.M).group(1)
    assert f"report     {reports / (run_id + '.html')}" in night["first"].stdout
    assert latest.read_bytes() == (reports / f"{run_id}.html").read_bytes()
    (summary_json,) = query(night["warehouse"], f"select summary from meta.run_log where run_id = '{run_id}'")[0]
    summary = json.loads(summary_json)

    shown, hosts = offline_chromium(latest, tmp_path, "--dump-dom")
    assert shown.returncode == 0, shown.stderr[-2000:]
    assert hosts == set(), f"the page asked for {hosts}"
    dom = shown.stdout
    for heading in SECTION_HEADINGS:
        assert heading in dom, heading
    assert run_id in dom
    for outcome in summary["files"]:
        assert f"<td>{html.escape(outcome['name'], quote=False)}</td>" in dom, outcome["name"]
    totals = summary["totals"]
    assert f'id="files-loaded">{totals["files_loaded"]}<' in dom and totals["files_loaded"] == FILES_LOADED
    assert f'id="files-rejected">{totals["files_rejected"]}<' in dom and totals["files_rejected"] == 2
    assert f'id="rows-loaded">{totals["rows_loaded"]}<' in dom
    assert f'id="rows-quarantined">{totals["rows_quarantined"]}<' in dom
    for code, count in summary["quarantine_by_reason"].items():
        assert f"<code>{code}</code>" in dom, code
    for check in summary["batch_checks"]:
        assert f"<td>{check['suite']}</td>" in dom
    below = query(night["warehouse"], "select file_id, fact_index from raw.report__facts where confidence < 0.6")
    assert below, "the demo reports should leave something for review"
    for file_id, index in below:
        assert decision_id(file_id, "fact", index) in dom
    assert "<mark>" in dom
    counties = query(night["warehouse"], """
        select distinct region.county_name from marts.fct_dispatch_reconciliation as recon
        inner join marts.dim_region as region on recon.region_key = region.region_key
    """)
    assert counties
    section = dom[dom.index('id="reconciliation-table"'):]
    for (county,) in counties:
        assert county in section
    assert dom.count("<svg") == 2

    shot = tmp_path / "steward-report.png"
    taken, hosts = offline_chromium(latest, tmp_path, f"--screenshot={shot}", "--window-size=1280,2400")
    assert taken.returncode == 0 and hosts == set(), taken.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 50_000


def _clear_personal_values(inbox: Path) -> set[str]:
    """Every ID number and mobile typed in the sample files, as the files hold them."""
    values: set[str] = set()
    for path in (inbox / "rosters").iterdir():
        for grid in read_grids(path):
            for row in grid.rows:
                for cell in row:
                    text = re.sub(r"[\s\-+]", "", unicodedata.normalize("NFKC", str(cell)))
                    values.update(re.findall(r"\d{17}[\dXx]", text))
                    values.update(m[-11:] for m in re.findall(r"(?:86)?1[3-9]\d{9}", text))
    return values


def test_no_clear_id_number_or_phone_is_stored_anywhere(night) -> None:
    clear = _clear_personal_values(night["inbox"])
    assert len(clear) > 150  # the scan below is only meaningful if we found the values to look for
    for database in (night["warehouse"], night["home"] / "serve" / "zhucun.duckdb"):
        con = duckdb.connect(str(database), read_only=True)
        try:
            assert scan_for_clear_pii(con) == []
        finally:
            con.close()
    # Logs, dbt artifacts, Prefect's database, the published files: no clear value in any byte.
    needles = [value.encode() for value in clear] + [value.upper().encode() for value in clear]
    for path in night["home"].rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            leaked = [n.decode() for n in needles if n in data]
            assert not leaked, f"{path} holds {len(leaked)} clear personal values"


def test_second_night_on_the_same_inbox_changes_nothing(night) -> None:
    schemas = ("raw", "quarantine", "snapshots", "marts")  # meta changes: a new run_log row
    before = table_digests(night["warehouse"], schemas)
    served = _served_bytes(night["home"])
    second, imported = run_zhucun_reporting_imports(night["home"], night["inbox"])
    assert second.returncode == 0, second.stdout + second.stderr
    assert f"loaded 0, skipped as already loaded {FILES_LOADED}, rejected 2" in second.stdout
    assert table_digests(night["warehouse"], schemas) == before
    # Work in proportion to what changed: nothing dbt reads changed, so no build and no publish; nothing
    # wrote to a source since the first night's build, so the sources were not hashed again either.
    assert "build skipped: nothing dbt reads has changed since run" in second.stdout, second.stdout
    assert "they were not read again" in second.stdout, second.stdout
    # No new row to validate: Great Expectations is not imported (~3 s of a night's fixed cost). The
    # readers are: the two rejected files are read again, as every night they stay in the inbox.
    assert "great_expectations" not in imported, imported
    assert "stage: dbt build" not in second.stdout + second.stderr and "published" not in second.stdout
    assert _served_bytes(night["home"]) == served


def test_changed_file_replaces_its_rows_and_history_keeps_the_recalled_cadre(night) -> None:
    target = night["inbox"] / "rosters" / "渭源县驻村干部花名册.csv"
    target.write_bytes(roster_without_one_cadre(target.read_bytes(), target.name))
    third = run_zhucun(night["home"], night["inbox"])
    assert third.returncode == 0, third.stdout + third.stderr
    assert f"loaded 1, skipped as already loaded {FILES_LOADED - 1}" in third.stdout

    statuses = query(night["warehouse"], f"""
        select status, count(*) from meta.file_manifest where source_file like '%{target.name}' group by 1
    """)
    assert dict(statuses) == {"loaded": 1, "replaced": 1}
    totals = EXPECTED["totals"]
    assert query(night["warehouse"], "select count(*) from marts.fct_assignment where source = 'roster'") == [
        (totals["distinct_assignments"],)]
    ended = query(night["warehouse"], """
        select is_current, end_date is not null, valid_to is not null
        from marts.fct_assignment where source = 'roster' and not is_current
    """)
    assert ended == [(False, True, True)]


def _full_rebuild_digests(home: Path, work: Path) -> tuple[dict[str, str], dict[str, str]]:
    """Digests of the marts, snapshots and incremental intermediates of `home`'s warehouse, and of a
    copy rebuilt with `dbt build --full-refresh` for the same run date (its snapshots see nothing new)."""
    copy, state = work / "full.duckdb", work / "dbt"
    shutil.copy(home / "warehouse.duckdb", copy)
    shutil.copytree(home / "dbt", state)
    ((run_date,),) = query(copy, "select run_date from meta.run_log order by started_at desc limit 1")
    result = run_dbt(["build", "--full-refresh"], REPO / "dbt_project", copy, state,
                     extra_env={"ZHUCUN_RUN_DATE": run_date.isoformat()})
    assert result.ok, result.log_tail
    schemas = ("marts", "snapshots", "intermediate")

    def digests(path: Path) -> dict[str, str]:
        # the bookkeeping of the incremental models says when they were built, which differs by nature
        return {name: digest for name, digest in table_digests(path, schemas).items()
                if name != "intermediate.incremental_build_marks"}

    return digests(home / "warehouse.duckdb"), digests(copy)


def _roster_sent_again_by_another_office(source: Path) -> str:
    """The county's roster sent again under another name, one cadre fewer (sample_edits), the first
    listed with a new post, and the third posted by another unit to another village: a conflict with
    the county's own file, so the conflict pass takes a row out of that file too."""
    lines = roster_without_one_cadre(source.read_bytes(), source.name).decode("utf-8-sig").splitlines(keepends=True)
    header = lines[0].rstrip("\r\n").split(",")
    post, unit, village = header.index("单位职务"), header.index("派出单位"), header.index("派驻村")

    def edited(line: str, changes: dict[int, str]) -> str:
        cells = line.rstrip("\r\n").split(",")
        for index, value in changes.items():
            cells[index] = value
        return ",".join(cells) + line[len(line.rstrip("\r\n")):]

    lines[1] = edited(lines[1], {post: "局长"})
    lines[3] = edited(lines[3], {unit: "威宁县教育局", village: "新试点村"})
    return "".join(lines)


def _move_out_a_row_of_someone_in_two_files(warehouse: Path) -> None:
    """What the conflict pass does to an older file when a person also has a row in another file: the
    row the marts took leaves raw (flows/warehouse/conflicts.py deletes it the same way, and corrects
    the manifest count), and the other file's row speaks for the person. The demo holds no conflict
    of that shape, so the test makes the move itself."""
    con = duckdb.connect(str(warehouse))
    try:
        file_id, sheet, row_number = con.execute("""
            select raw_rows.file_id, raw_rows.sheet, raw_rows.row_number
            from raw.roster__assignments as raw_rows
            inner join intermediate.int_assignments_deduplicated as latest
                on latest.cadre_id = raw_rows.id_hash and latest.file_id = raw_rows.file_id
                and latest.source_row_number = raw_rows.row_number
            where raw_rows.id_hash in (select id_hash from raw.roster__assignments
                                       group by id_hash having count(distinct source_file) > 1)
            order by all limit 1
        """).fetchone()
        con.execute("delete from raw.roster__assignments where file_id = ? and sheet is not distinct from ?"
                    " and row_number = ?", [file_id, sheet, row_number])
        con.execute("update meta.file_manifest set rows_loaded = rows_loaded - 1 where file_id = ?", [file_id])
    finally:
        con.close()


def test_incremental_nights_build_the_marts_a_full_rebuild_builds(night, tmp_path) -> None:
    """Issue 10: after the first night, builds are incremental (the re-sent file above, and here one
    new file repeating a county's cadres: a new post, a conflict that takes a row out of the county's
    own file; and a row moved out of an older file from someone with a row in another). A full
    rebuild of the same warehouse gives every mart, snapshot and incremental table row for row."""
    started = query(night["warehouse"], "select full_refresh from meta.dbt_builds_started order by started_at")
    assert started[0] == (True,) and started[-1] == (False,), started
    # On a copy: the module's warehouse stays as the later tests expect it.
    home, inbox = tmp_path / "home", tmp_path / "inbox"
    shutil.copytree(night["home"], home)
    (inbox / "rosters").mkdir(parents=True)
    source = night["inbox"] / "rosters" / "威宁县驻村工作队员信息表.csv"
    (inbox / "rosters" / "威宁县驻村工作队员信息表（补报）.csv").write_text(
        _roster_sent_again_by_another_office(source), encoding="utf-8-sig")
    conflicts = "select count(*) from quarantine.roster_rows where reason_code = 'assignment_conflict'"
    (conflicts_before,) = query(home / "warehouse.duckdb", conflicts)[0]
    _move_out_a_row_of_someone_in_two_files(home / "warehouse.duckdb")

    fourth = run_zhucun(home, inbox)
    assert fourth.returncode == 0, fourth.stdout + fourth.stderr
    assert "loaded 1," in fourth.stdout, fourth.stdout
    assert query(home / "warehouse.duckdb",
                 "select full_refresh from meta.dbt_builds_started order by started_at desc limit 1") == [(False,)]
    assert query(home / "warehouse.duckdb", conflicts)[0][0] >= conflicts_before + 2  # both sides moved
    # the new post is the cadre's current version, and the assignment points at it
    assert query(home / "warehouse.duckdb", """
        select count(*) from marts.fct_assignment as fact
        inner join marts.dim_cadre as cadre on fact.cadre_key = cadre.cadre_key
        where fact.is_current and cadre.is_current and cadre.unit_post = '局长'
    """)[0][0] >= 1

    incremental, full = _full_rebuild_digests(home, tmp_path)
    assert incremental.keys() == full.keys() and "marts.fct_assignment" in full
    assert {name for name in full if incremental[name] != full[name]} == set()


def test_a_run_that_cannot_open_the_warehouse_fails_loudly(tmp_path, monkeypatch) -> None:
    """A BI tool holding the working file open: the run must fail with a non-zero exit and say why."""
    monkeypatch.setenv("ZHUCUN_WAREHOUSE_BUSY_SECONDS", "1")  # it would wait 30 s for the holder first
    inbox = tmp_path / "inbox"
    shutil.copytree(REPO / "samples" / "inbox" / "rosters", inbox)
    home = tmp_path / "home"
    home.mkdir()
    holder = duckdb.connect(str(home / "warehouse.duckdb"))  # keeps the write lock
    try:
        result = run_zhucun(home, inbox)
    finally:
        holder.close()
    assert result.returncode != 0
    assert "cannot open warehouse" in result.stdout + result.stderr


def test_no_steward_page_shows_a_clear_id_number_or_phone(night) -> None:
    """Every page the nights wrote (one per run, latest, index): no 18-digit ID number, valid or not, and no mobile."""
    pages = sorted((night["home"] / "reports").glob("*.html"))
    runs = query(night["warehouse"], "select run_id from meta.run_log")
    assert len(pages) == len(runs) + 2 >= 3  # one page per run, latest.html and index.html
    index = (night["home"] / "reports" / "index.html").read_text("utf-8")
    for (run_id,) in runs:
        assert f'href="{run_id}.html"' in index
    clear = _clear_personal_values(night["inbox"])
    for page in pages:
        text = page.read_text("utf-8")
        assert clear_numbers_in_text(text) == {}, page.name
        assert not [value for value in clear if value in text], page.name


def _served_bytes(home: Path) -> dict[str, str]:
    """sha256 of every file BI readers are served: the DuckDB copy and the Parquet files."""
    import hashlib

    serve = home / "serve"
    files = [serve / "zhucun.duckdb", *sorted((serve / "parquet").glob("*.parquet"))]
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in files}


def _suites_with_funds_secured_range(target: Path, max_value: int, severity: str) -> Path:
    """A steward's copy of expectations/ where the range of funds secured (total) is narrowed and given a severity."""
    shutil.copytree(REPO / "expectations", target)
    path = target / "raw__report__facts.json"
    suite = json.loads(path.read_text("utf-8"))
    (expectation,) = [e for e in suite["expectations"]
                      if "funds_secured" in str(e["kwargs"].get("row_condition", ""))]
    expectation["kwargs"]["max_value"] = max_value
    expectation["meta"]["severity"] = severity
    path.write_text(json.dumps(suite, ensure_ascii=False), "utf-8")
    return target


def test_a_blocking_check_keeps_the_served_marts_and_a_warning_publishes_and_reports(night, tmp_path) -> None:
    """Night 4: a county's monthly report says one village secured 5,432,100 yuan in a month, and the
    steward's suites make that range (at most 1,000,000) blocking: the run fails and BI readers keep
    the same bytes. Night 5: the same range as a warning: the rows of the blocked night are checked
    again, reported as a warning, and the marts are built and published."""
    source = night["inbox"] / "monthly" / "渭源县驻村工作队2025年9月工作月报.csv"
    text = source.read_text("utf-8-sig")
    text = re.sub(r"2025(-|\.)0?9\b", r"2025\g<1>10", text).replace("2025年9月", "2025年10月")
    text = text.replace('"12,000"', "5432100", 1)
    assert "5432100" in text
    (night["inbox"] / "monthly" / "渭源县驻村工作队2025年10月工作月报.csv").write_text(text, "utf-8-sig")

    env = {**os.environ, "ZHUCUN_HOME": str(night["home"]), "ZHUCUN_PII_KEY": "integration-test-key"}
    served = _served_bytes(night["home"])
    blocking = _suites_with_funds_secured_range(tmp_path / "blocking", 1_000_000, "blocking")
    fourth = subprocess.run([str(ZHUCUN), "run", "--keep-files", "--inbox", str(night["inbox"])], capture_output=True, text=True,
                            timeout=600, env={**env, "ZHUCUN_EXPECTATIONS_DIR": str(blocking)})
    assert fourth.returncode != 0, fourth.stdout + fourth.stderr
    assert "FAILED" in fourth.stdout and "batch check raw__report__facts failed" in fourth.stdout
    assert re.search(r"^  CHECK      BLOCKING expectation raw__report__facts: .*1 of \d+ rows fail", fourth.stdout, re.M)
    assert "published" not in fourth.stdout
    assert _served_bytes(night["home"]) == served  # byte for byte what BI readers had
    run_id = re.search(r"^zhucun run (\S+): FAILED", fourth.stdout, re.M).group(1)
    assert query(night["warehouse"], f"""
        select severity, success, failed_count from meta.check_results
        where run_id = '{run_id}' and not success and source = 'expectation'
    """) == [("blocking", False, 1)]
    assert query(night["warehouse"], f"select count(*) from meta.check_results where run_id = '{run_id}' and source = 'dbt'") == [(0,)]
    page = (night["home"] / "reports" / "latest.html").read_text("utf-8")
    row = re.search(r"<tr><td>expectation</td><td>raw__report__facts</td><td>raw.report__facts · value</td>.*?</tr>", page, re.S)
    assert row and "阻断 blocking" in row.group(0) and "未通过 failed" in row.group(0)

    warning = _suites_with_funds_secured_range(tmp_path / "warning", 1_000_000, "warning")
    fifth = subprocess.run([str(ZHUCUN), "run", "--keep-files", "--inbox", str(night["inbox"])], capture_output=True, text=True,
                           timeout=600, env={**env, "ZHUCUN_EXPECTATIONS_DIR": str(warning)})
    assert fifth.returncode == 0, fifth.stdout + fifth.stderr
    assert "SUCCEEDED" in fifth.stdout and "loaded 0" in fifth.stdout  # nothing new: the blocked rows are re-checked
    assert re.search(r"^  CHECK      WARNING expectation raw__report__facts: .*1 of \d+ rows fail", fifth.stdout, re.M)
    assert _served_bytes(night["home"]) != served
    assert query(night["home"] / "serve" / "zhucun.duckdb",
                 "select count(*) from marts.fct_funding where amount_yuan = 5432100") == [(1,)]
    run_id = re.search(r"^zhucun run (\S+): SUCCEEDED", fifth.stdout, re.M).group(1)
    by_source = dict(query(night["warehouse"], f"""
        select source || ' ' || severity || ' ' || success, count(*) from meta.check_results
        where run_id = '{run_id}' group by 1
    """))
    assert by_source["expectation warning false"] == 1 and by_source["dbt blocking true"] > 100
    assert "expectation blocking false" not in by_source and "dbt blocking false" not in by_source
    page = (night["home"] / "reports" / "latest.html").read_text("utf-8")
    row = re.search(r"<tr><td>expectation</td><td>raw__report__facts</td><td>raw.report__facts · value</td>.*?</tr>", page, re.S)
    assert row and "警告 warning" in row.group(0) and "未通过 failed" in row.group(0)


def _fact_id(warehouse: Path, source_file: str, metric: str) -> tuple[str, int]:
    (row,) = query(warehouse, f"""
        select file_id, fact_index from raw.report__facts
        where source_file like '%{source_file}' and metric = '{metric}' order by fact_index limit 1""")
    return row


def test_a_decisions_file_changes_the_marts_on_the_next_night_and_a_vanished_decision_is_reported(night) -> None:
    """Night 6: a steward drops a decisions file (GBK, as Excel saves it) into the inbox and corrects a
    person with `zhucun review`; 光山县 re-sends its page without the road it reported. The marts
    carry accepted / rejected / corrected with the corrected values, fct_review_decision keeps every
    decision, a bad row is quarantined, and the decision on the road the new page no longer has is
    reported in the summary and on the page."""
    from flows.cli import main
    from flows.steward.decisions import quarantine_row_id

    warehouse = night["warehouse"]
    ids = {}
    for name, source, metric in (("subsidy", "云冈区驻村工作.txt", "living_subsidy"),
                                 ("problems", "云冈区驻村工作.txt", "problems_solved"),
                                 ("secretaries", "云冈区驻村工作.txt", "first_secretaries_dispatched"),
                                 ("road", "光山县驻村帮扶.txt", "road_km_built")):
        file_id, index = _fact_id(warehouse, source, metric)
        ids[name] = (decision_id(file_id, "fact", index), file_id, index)
    (person_file, person_index), = query(warehouse, """
        select file_id, person_index from raw.report__people where cadre_name = '刘晓峰'""")
    person = decision_id(person_file, "person", person_index)
    (roster_file, sheet, row_number), = query(warehouse, """
        select file_id, sheet, row_number from quarantine.roster_rows where reason_code = 'role_unknown'""")
    row = quarantine_row_id(roster_file, sheet, row_number)  # 联络员: no role the rosters know
    rows = [
        "决定编号,操作,字段,新值,复核人,理由",
        f"{ids['subsidy'][0]},接受,,,王丽,与原文一致",
        f"{ids['problems'][0]},拒绝,,,王丽,数字属于另一篇报道",
        f"{ids['secretaries'][0]},更正,数值,46,王丽,原文为46名",
        f"{ids['road'][0]},accept,,,王丽,",
        f"{ids['road'][0]},approve,,,王丽,",
        f"{row},更正,职务,队员,王丽,联络员即工作队员",
    ]
    (night["inbox"] / "decisions_2025-10-03.csv").write_bytes(("\r\n".join(rows) + "\r\n").encode("gbk"))
    assert main(["review", "--warehouse", str(warehouse), "correct", person, "--field", "role",
                 "--value", "工作队长", "--reviewer", "李强", "--reason", "原文称工作队长"]) == 0
    page_path = night["inbox"] / "reports" / "光山县驻村帮扶.txt"
    text = page_path.read_bytes().decode("gb18030")
    shorter = re.sub(r"修建通组道路\s*3\.\s*2\s*公里，", "", text)
    assert shorter != text
    page_path.write_bytes(shorter.encode("gb18030"))

    sixth = run_zhucun(night["home"], night["inbox"])
    assert sixth.returncode == 0, sixth.stdout + sixth.stderr
    assert "decisions  recorded 5, about items no longer in their report 1" in sixth.stdout
    assert "read again: a steward corrected quarantined rows" in sixth.stdout
    assert re.search(rf"^  VANISHED   decision {ids['road'][0]} \(accept by 王丽", sixth.stdout, re.M)

    def fact(name: str) -> tuple:
        _, file_id, index = ids[name]
        return query(warehouse, f"""
            select review_status, value from (
                select fact_id, review_status, amount_yuan as value from marts.fct_funding
                union all select fact_id, review_status, value from marts.fct_outcome
                union all select fact_id, review_status, value from marts.fct_dispatch_summary
            ) where fact_id = md5('{file_id}' || '|' || '{index}')""")

    assert fact("subsidy") == [("accepted", 80.0)]
    assert fact("problems") == [("rejected", 360.0)]
    assert fact("secretaries") == [("corrected", 46.0)]
    assert query(warehouse, f"""
        select role.role_code, assignment.review_status from marts.fct_assignment as assignment
        inner join marts.dim_role as role on assignment.role_key = role.role_key
        where assignment.file_id = '{person_file}' and assignment.source = 'report'""") == [
        ("team_leader", "corrected")]
    history = query(night["home"] / "serve" / "zhucun.duckdb", """
        select decision_source, decision_action, reviewer, is_in_effect, is_item_loaded
        from marts.fct_review_decision order by decided_at""")
    assert history[0] == ("cli", "correct", "李强", True, True)
    assert sorted(history[1:]) == sorted([("file", "accept", "王丽", True, True), ("file", "reject", "王丽", True, True),
                                          ("file", "correct", "王丽", True, True),
                                          ("file", "correct", "王丽", True, True),
                                          ("file", "accept", "王丽", True, False)])
    # the corrected quarantined row loaded with the role the steward gave it
    assert query(warehouse, "select count(*) from quarantine.roster_rows where reason_code = 'role_unknown'") == [(0,)]
    assert query(warehouse, f"""
        select role_code from raw.roster__assignments
        where file_id = '{roster_file}' and sheet = '{sheet}' and row_number = {row_number}""") == [("team_member",)]
    assert query(warehouse, "select row_number, reason_code from quarantine.decision_rows") == [
        (6, "decision_action_unknown")]
    page = (night["home"] / "reports" / "latest.html").read_text("utf-8")
    vanished = page[page.index('id="review-vanished"'):]
    assert ids["road"][0] in vanished.split("</ul>")[0]
    assert "decision_action_unknown" in page or "操作不是接受、拒绝或更正" in page
