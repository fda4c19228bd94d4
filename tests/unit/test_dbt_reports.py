"""The report marts, built by the real dbt project on a small warehouse: funding, outcomes, dispatch
counts, their reconciliation with the rosters, report-sourced assignments and the review rule.

One dbt build for the module (about ten seconds); every test reads the result.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pytest

from flows.warehouse.connection import ensure_schema
from flows.warehouse.dbt_runner import run_dbt
from flows.warehouse.place_backfill import backfill_places

REPO = Path(__file__).resolve().parents[2]
LOADED_AT = dt.datetime(2024, 6, 1, 2, 0, 0)

# name, id hash, role, county, township, village
ROSTER = [
    ("张三", "h1", "first_secretary", "文水县", "开栅镇", "东街村"),
    ("张三", "h1", "team_leader", "文水县", "开栅镇", "东街村"),
    ("李四", "h2", "team_member", "文水县", "开栅镇", "东街村"),
    ("王五", "h3", "first_secretary", "文水县", "南庄镇", "西村"),
    ("赵六", "h4", "team_member", "文水县", "南庄镇", "西村"),
    ("王五", "h5", "first_secretary", "文水县", "孝义镇", "东街村"),
    ("王五", "h9", "team_member", "临县", "城庄镇", "东街村"),
    ("钱七", "h6", "first_secretary", "云冈区", "西韩岭乡", "谢店村"),
    ("孙八", "h7", "team_leader", "云冈区", "西韩岭乡", "谢店村"),
]

DOCUMENTS = [
    ("d1", "文水县报道.txt", "narrative", "文水县选派驻村干部", dt.date(2024, 3, 5), "文水县"),
    ("d2", "月报.xlsx", "monthly", "驻村工作队2024年3月工作月报", dt.date(2024, 3, 1), "文水县开栅镇东街村"),
    ("d3", "大同市报道.txt", "narrative", "大同市驻村工作", None, "大同市"),
]

# file, index, kind, metric, value, unit, basis, qualifier, region, year, period, confidence
FACTS = [
    ("d1", 0, "dispatch", "cadres_dispatched", 344, "person", None, "exact", "文水县", None, None, 0.9),
    ("d1", 1, "dispatch", "first_secretaries_dispatched", 59, "person", None, "exact", "文水县", None, None, 0.9),
    ("d1", 2, "dispatch", "first_secretaries_dispatched", 34, "person", None, "exact", "临县", None, None, 0.8),
    ("d1", 3, "funding", "work_funds", 40000, "yuan", "per_person_year", "exact", "文水县", 2024, None, 0.95),
    ("d1", 4, "funding", "work_funds", 5000, "yuan", "per_person_year", "at_least", "文水县", None, None, 0.6),
    ("d1", 5, "funding", "living_subsidy", 50, "yuan", "per_person_day", "exact", None, None, None, 0.4),
    ("d1", 6, "funding", "matching_funds", 24500000, "yuan", "total", "approx", "文水县开栅镇", None, None, 0.9),
    ("d1", 7, "funding", "donation", 8000, "yuan", "per_person", "exact", "文水县", None, None, 0.9),
    ("d2", 0, "outcome", "households_visited", 120, "household", None, "exact", "东街村", None, "2024-03", 1.0),
    ("d2", 1, "funding", "transport_subsidy", 200, "yuan", "per_person_week", "exact", None, None, "2024-03", 1.0),
    ("d3", 0, "outcome", "road_km_built", 12.5, "km", None, "exact", "西韩岭乡谢店村", None, None, 0.9),
    ("d3", 1, "outcome", "people_trained", 30, "person", None, "exact", "西韩岭乡某某村", None, None, 0.9),
    ("d3", 2, "dispatch", "teams_dispatched", 1, "team", None, "exact", "云冈区", None, None, 0.9),
    ("d3", 3, "outcome", "not_in_the_catalogue", 3, "item", None, "exact", "火星县", None, None, 0.9),
    ("d3", 4, "outcome", "problems_solved", 7, "item", None, "exact", "大同", None, None, 0.9),
    ("d3", 5, "outcome", "facilities_built", 2, "item", None, "exact", "山西文水县城", None, None, 0.9),
]

# file, index, name, role, village, township, county, start month, confidence
PEOPLE = [
    ("d1", 0, "张三", "first_secretary", "东街村", "开栅镇", "文水县", "2023-08", 0.9),
    ("d1", 1, "张三", "first_secretary", "东街村", "开栅镇", "文水县", "2023-08", 0.95),
    ("d1", 2, "王五", "first_secretary", "东街村", None, None, None, 0.8),
    ("d3", 0, "钱七", None, "谢店村", "西韩岭乡", None, "2021-08", 0.3),
]


def _fill(con: duckdb.DuckDBPyConnection) -> None:
    for row_number, (name, id_hash, role, county, township, village) in enumerate(ROSTER, start=2):
        city = "大同市" if county == "云冈区" else "吕梁市"
        con.execute(
            """
            insert into raw.roster__assignments (file_id, source_file, sheet, row_number, cadre_name, id_hash,
                id_masked, role_code, role_label, province, city, county, township, village, start_date,
                dispatch_unit, run_id, loaded_at)
            values ('r1', 'roster.xlsx', 'Sheet1', ?, ?, ?, '140202***********3', ?, ?, '山西省', ?, ?, ?, ?,
                date '2023-08-01', '文水县财政局', 'run1', ?)
            """,
            [row_number, name, id_hash, role, role, city, county, township, village, LOADED_AT],
        )
    for file_id, source_file, report_type, title, report_date, region in DOCUMENTS:
        con.execute(
            "insert into raw.report__documents (file_id, source_file, report_type, title, report_date, region,"
            " text_chars, articles, articles_kept, run_id, loaded_at) values (?, ?, ?, ?, ?, ?, 100, 2, 1, 'run2', ?)",
            [file_id, source_file, report_type, title, report_date, region, LOADED_AT],
        )
    for file_id, index, kind, metric, value, unit, basis, qualifier, region, year, period, confidence in FACTS:
        con.execute(
            """
            insert into raw.report__facts (file_id, source_file, fact_index, kind, metric, value, unit, basis,
                qualifier, region, year, period, evidence, confidence, run_id, loaded_at)
            values (?, 'report', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'run2', ?)
            """,
            [file_id, index, kind, metric, value, unit, basis, qualifier, region, year, period,
             f"{metric} {value}", confidence, LOADED_AT],
        )
    for file_id, index, name, role, village, township, county, start_month, confidence in PEOPLE:
        con.execute(
            """
            insert into raw.report__people (file_id, source_file, person_index, cadre_name, role_code, village,
                township, county, start_month, evidence, confidence, run_id, loaded_at)
            values (?, 'report', ?, ?, ?, ?, ?, ?, ?, ?, ?, 'run2', ?)
            """,
            [file_id, index, name, role, village, township, county, start_month, f"{name}驻村", confidence,
             LOADED_AT],
        )


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("dbt_reports")
    path = home / "warehouse.duckdb"
    con = duckdb.connect(str(path))
    try:
        ensure_schema(con)
        _fill(con)
        # rows written without place parts (as an older warehouse holds them) are resolved once, in Python
        assert backfill_places(con) == len(DOCUMENTS) + len(FACTS) + len(PEOPLE)
    finally:
        con.close()
    result = run_dbt(["build"], REPO / "dbt_project", path, home / "dbt")
    assert result.ok, (result.failures, result.log_tail)
    return path


def query(path: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_funding_is_annualised_per_person_only_where_the_basis_allows(warehouse: Path) -> None:
    rows = dict(
        query(
            warehouse,
            "select metric_code || ':' || basis || ':' || amount_yuan, annualised_per_person_yuan "
            "from marts.fct_funding",
        )
    )
    assert rows == {
        "work_funds:per_person_year:40000.0": 40000.0,
        "work_funds:per_person_year:5000.0": 5000.0,
        "living_subsidy:per_person_day:50.0": 50.0 * 365,
        "transport_subsidy:per_person_week:200.0": 200.0 * 52,
        "matching_funds:total:24500000.0": None,
        "donation:per_person:8000.0": None,
    }


def test_facts_below_the_threshold_wait_for_a_steward(warehouse: Path) -> None:
    rows = dict(query(warehouse, "select confidence, review_status from marts.fct_funding"))
    assert rows[0.4] == "pending"
    assert rows[0.6] == "auto_accepted"  # the rule is confidence < 0.6
    assert rows[0.95] == "auto_accepted"
    assert query(warehouse, "select count(*) from marts.fct_funding where needs_review <> (confidence < 0.6)") == [
        (0,)
    ]


def test_report_places_resolve_to_the_deepest_member_they_name(warehouse: Path) -> None:
    rows = dict(
        query(
            warehouse,
            """
            select fact.region_name, region.level || ':' || region.full_name
            from (
                select region_name, region_key from marts.fct_funding
                union all select region_name, region_key from marts.fct_outcome
                union all select region_name, region_key from marts.fct_dispatch_summary
            ) as fact
            inner join marts.dim_region as region on fact.region_key = region.region_key
            """,
        )
    )
    assert rows["文水县"] == "county:山西省吕梁市文水县"
    assert rows["临县"] == "county:山西省吕梁市临县"
    assert rows["云冈区"] == "county:山西省大同市云冈区"
    assert rows["文水县开栅镇"] == "township:山西省吕梁市文水县开栅镇"
    assert rows["西韩岭乡谢店村"] == "village:山西省大同市云冈区西韩岭乡谢店村"
    assert rows["西韩岭乡某某村"] == "township:山西省大同市云冈区西韩岭乡"  # village unknown: its township
    assert rows["火星县"] == "unknown:未知"
    assert rows["大同"] == "city:山西省大同市"  # short form; the report is about 大同市, not 大庆市大同区
    assert rows["山西文水县城"] == "county:山西省吕梁市文水县"
    # 东街村 exists three times, but the monthly report's own region says which one
    assert rows["东街村"] == "village:山西省吕梁市文水县开栅镇东街村"


def test_outcome_keeps_period_metric_and_unknown_codes(warehouse: Path) -> None:
    rows = {
        row[0]: row[1:]
        for row in query(
            warehouse,
            """
            select fact.metric_code, metric.metric_code, fact.value, fact.unit, fact.period,
                fact.period_start_date_key, fact.fact_year
            from marts.fct_outcome as fact
            inner join marts.dim_metric as metric on fact.metric_key = metric.metric_key
            """,
        )
    }
    assert rows["households_visited"] == ("households_visited", 120.0, "household", "2024-03", 20240301, 2024)
    assert rows["not_in_the_catalogue"][0] == "unknown"


def test_reconciliation_sets_stated_counts_beside_the_rosters(warehouse: Path) -> None:
    rows = {
        row[0]: row[1:]
        for row in query(
            warehouse,
            """
            select region.region_name, rec.cadres_stated, rec.roster_cadres, rec.cadres_difference,
                rec.first_secretaries_stated, rec.roster_first_secretaries, rec.roster_team_members,
                rec.roster_teams, rec.roster_villages
            from marts.fct_dispatch_reconciliation as rec
            inner join marts.dim_region as region on rec.region_key = region.region_key
            """,
        )
    }
    # 文水县: h1 (first secretary and team leader), h2, h3, h4, h5; one team (东街村 of 开栅镇 has a leader)
    assert rows["文水县"] == (344.0, 5, 339.0, 59.0, 3, 3, 1, 3)
    # 临县: only 王五 (h9), a team member
    assert rows["临县"] == (None, 1, None, 34.0, 0, 1, 0, 1)
    # 云冈区 (report without a date: the current rosters)
    assert rows["云冈区"][5:] == (1, 1, 1)


def test_report_assignments_match_a_roster_cadre_only_when_one_fits(warehouse: Path) -> None:
    rows = query(
        warehouse,
        """
        select fact.source, cadre.cadre_id, role.role_code, region.full_name, fact.confidence,
            fact.review_status, fact.is_current
        from marts.fct_assignment as fact
        inner join marts.dim_cadre as cadre on fact.cadre_key = cadre.cadre_key
        inner join marts.dim_role as role on fact.role_key = role.role_key
        inner join marts.dim_region as region on fact.region_key = region.region_key
        where fact.source = 'report'
        order by fact.confidence desc
        """,
    )
    assert rows == [
        # 张三 named twice in one report: one assignment, the more confident mention
        ("report", "h1", "first_secretary", "山西省吕梁市文水县开栅镇东街村", 0.95, "auto_accepted", False),
        # two roster cadres called 王五 were stationed in a 东街村: no guess; the report (about 文水县) puts
        # its 东街村 in 文水县, where two townships have one: the county, not a guess between them
        ("report", "-1", "first_secretary", "山西省吕梁市文水县", 0.8, "auto_accepted", False),
        ("report", "h6", "unknown", "山西省大同市云冈区西韩岭乡谢店村", 0.3, "pending", False),
    ]
    assert query(warehouse, "select count(*) from marts.fct_assignment where source = 'roster'") == [(len(ROSTER),)]
