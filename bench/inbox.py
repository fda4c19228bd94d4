"""A clean inbox at any size, written by DuckDB in seconds: county roster CSVs, monthly reports, report pages.

Every value is computed in SQL from `range(N)` (no Python loop over rows), so a million roster rows take
seconds. Rows are valid by construction: an 18-digit ID per row (the county's adcode, a birth date,
a sequence number, the GB 11643 check digit), unique across the whole inbox so no two rows are one
person; sex and 出生年月 agree with the ID; mobile phones 13x-19x; start dates 2021-2024 and ends two
years later or blank; a team of three per village (第一书记 or 第一书记兼工作队长, 工作队长 or 队员, 队员).
Counties are real (seeds/regions.csv, names that are unique nationally so the county alone places
the row); townships, villages, names and units are invented from fixed syllables.
"""
from __future__ import annotations

import csv
import importlib.util
import math
import sys
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parents[1]
REGIONS = REPO / "seeds" / "regions.csv"

# Provinces whose ID region codes flows/rosters/id_numbers accepts and whose counties are mainland.
_MAINLAND = ("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42",
             "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65")

# Three header wordings counties use for the same sixteen columns (all in seeds/roster_header_aliases.csv),
# in one column order, so the baseline can read every file positionally.
ROSTER_LAYOUTS: tuple[tuple[str, ...], ...] = (
    ("序号", "姓名", "性别", "出生年月", "公民身份号码", "政治面貌", "选派单位", "职务", "驻村职务",
     "县（市、区）", "乡镇", "所驻村", "派驻时间", "结束时间", "联系电话", "备注"),
    ("序号", "姓名", "性别", "出生年月", "身份证号码", "政治面貌", "派出单位", "单位职务", "驻村职务",
     "县区", "乡镇", "派驻村", "任职时间", "结束时间", "手机号码", "备注"),
    ("编号", "干部姓名", "性别", "出生日期", "身份证号", "政治面貌", "选派单位", "现任职务", "驻村身份",
     "区县", "所在乡镇", "村名", "驻村时间", "离村时间", "联系电话", "备注"),
)
# The same sixteen columns by their canonical names (flows/rosters/headers.CANONICAL_COLUMNS).
ROSTER_COLUMNS = ("ignored", "name", "sex", "birth_date", "id_number", "political_status", "dispatch_unit",
                  "unit_post", "role", "county", "township", "village", "start_date", "end_date", "phone", "note")

# The roster table's columns in that order.
ROSTER_CELLS = ("seq", "name", "sex", "birth_month", "id_number", "political_status", "dispatch_unit", "unit_post",
                "role", "county", "township", "village", "start_date", "end_date", "phone", "note")

MONTHLY_HEADER = ("县（市、区）", "乡镇", "驻村名称", "队名", "填报月份", "驻村天数", "走访农户", "解决问题",
                  "争取资金（元）", "培训人数", "带动就业", "备注")
MONTHS = 24  # monthly rows cycle over 2024-01 .. 2025-12


@dataclass(frozen=True)
class County:
    adcode: str
    province: str
    city: str
    name: str


@dataclass
class GeneratedInbox:
    root: Path
    roster_files: list[Path] = field(default_factory=list)
    roster_rows: int = 0
    assignment_rows: int = 0  # a 第一书记兼工作队长 row is two assignments
    monthly_files: list[Path] = field(default_factory=list)
    monthly_rows: int = 0
    report_files: list[Path] = field(default_factory=list)

    @property
    def files(self) -> list[Path]:
        return [*self.roster_files, *self.monthly_files, *self.report_files]

    @property
    def megabytes(self) -> float:
        return sum(path.stat().st_size for path in self.files) / 2**20


def counties(seed: Path = REGIONS) -> list[County]:
    """Mainland counties whose name is unique in China (so complete_regions finds province and city)."""
    with seed.open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row["level"] == "county"]
    names: dict[str, int] = {}
    for row in rows:
        names[row["name"]] = names.get(row["name"], 0) + 1
    return [County(row["adcode"], row["province_name"], row["city_name"] or row["province_name"], row["name"])
            for row in rows
            if names[row["name"]] == 1 and row["adcode"][:2] in _MAINLAND and row["city_name"]]


def _spread(items: list[County], count: int) -> list[County]:
    """`count` counties spread over the whole list (many provinces, not the first few), repeating past its end."""
    if count <= len(items):
        step = len(items) / count
        return [items[int(i * step)] for i in range(count)]
    return [items[i % len(items)] for i in range(count)]


def _sql_list(values: tuple[str, ...] | list[str]) -> str:
    return "[" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + "]"


_SURNAMES = tuple("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢")
_GIVEN = tuple("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国红玉梅海波宁鹏飞春晓雪峰志文斌")
_SYLLABLES = tuple("东西南北上下前后新老大小高石河山坪沟岭桥湾庄堡寨岔营坝塘溪坡岗口园林泉")
_BUREAUS = ("财政局", "农业农村局", "教育局", "卫生健康局", "交通运输局", "水利局", "自然资源局", "林业局",
            "人力资源和社会保障局", "住房和城乡建设局", "民政局", "司法局", "委组织部", "委宣传部", "发展和改革局",
            "市场监督管理局", "乡村振兴局", "统计局", "商务局", "文化和旅游局")
_POSTS = ("副局长", "一级科员", "二级科员", "四级主任科员", "三级主任科员", "干部", "办公室主任", "副科长", "科长")
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _weighted_sum(column: str) -> str:
    """GB 11643's weighted digit sum as one SQL expression (17 terms; a list lambda is ten times slower)."""
    return " + ".join(f"cast(substr({column}, {p + 1}, 1) as integer) * {w}" for p, w in enumerate(_WEIGHTS))


def _char(chars: tuple[str, ...], index: str) -> str:
    """One character of `chars` picked by an SQL integer expression (substr of a constant: no list per row)."""
    return f"substr('{''.join(chars)}', 1 + cast(({index}) % {len(chars)} as integer), 1)"


def _place_names() -> tuple[str, str]:
    """SQL of a township (12 village teams each) and a village name (without 村) from file k and team v:
    three syllables, one-to-one for the first 35² = 1,225 teams of a file (3,675 rows)."""
    n = len(_SYLLABLES)
    township = (f"{_char(_SYLLABLES, 'v // 12 + k')} || {_char(_SYLLABLES, 'v // 12 * 7 + 3')} || '镇'")
    village = (f"{_char(_SYLLABLES, 'v * 13 + k')} || {_char(_SYLLABLES, f'v // {n}')} || {_char(_SYLLABLES, 'v')}")
    return township, village


def _roster_sql(rows: int, rows_per_file: int) -> str:
    """One row per roster row: file number k, row in file r, and every cell as text (NULL = empty cell).

    The ID is unique per row i for i < 10.95 million: sequence i mod 1000 (its last digit, the sex,
    alternates), birth day (q * 4271 + 13 * sequence) mod 10950 days after 1965-01-01 with q = i div 1000
    (4271 is prime to 10950, so q → day is one-to-one for each sequence); the county (adcode) differs
    between files anyway.
    """
    township, village = _place_names()
    return f"""
    with numbered as (
        select
            i,
            i // {rows_per_file} as k,
            i % {rows_per_file} as r,
            (i % {rows_per_file}) // 3 as v,
            hash(i) as h
        from range({rows}) as t(i)
    ),
    with_county as (
        select numbered.*, county.adcode, county.county, county.short
        from numbered
        inner join county on county.k = numbered.k
    ),
    with_born as (
        select
            *,
            date '1965-01-01' + cast(((i // 1000) * 4271 + (i % 1000) * 13) % 10950 as integer) as born,
            lpad(cast(i % 1000 as varchar), 3, '0') as sequence
        from with_county
    ),
    with_id17 as (
        select *, adcode || strftime(born, '%Y%m%d') || sequence as id17 from with_born
    ),
    with_id as (
        select
            *,
            id17 || substr('10X98765432', 1 + cast(({_weighted_sum('id17')}) % 11 as integer), 1) as id_number,
            -- the start is one per village team: the team arrived together
            date '2021-03-01' + cast((v * 37 + k * 11) % 1300 as integer) as start_date
        from with_id17
    )
    select
        k,
        r + 1 as seq,
        {_char(_SURNAMES, "h")} || {_char(_GIVEN, "h // 100")}
            || case when (h // 10000) % 3 = 0 then '' else {_char(_GIVEN, "h // 1000000")} end as name,
        case when cast(substr(id17, 17, 1) as integer) % 2 = 1 then '男' else '女' end as sex,
        strftime(born, '%Y.%m') as birth_month,
        id_number,
        case when h % 10 = 0 then '中共预备党员' else '中共党员' end as political_status,
        short || {_sql_list(_BUREAUS)}[1 + cast((h // 7) % {len(_BUREAUS)} as integer)] as dispatch_unit,
        {_sql_list(_POSTS)}[1 + cast((h // 11) % {len(_POSTS)} as integer)] as unit_post,
        case r % 3
            when 0 then case when v % 2 = 0 then '第一书记兼工作队长' else '第一书记' end
            when 1 then case when v % 2 = 0 then '队员' else '工作队长' end
            else '队员'
        end as role,
        county,
        {township} as township,
        {village} || '村' as village,
        strftime(start_date, '%Y-%m-%d') as start_date,
        case when v % 5 = 4 then null else strftime(start_date + interval 2 year, '%Y-%m-%d') end as end_date,
        '1' || cast(3 + h % 7 as varchar) || lpad(cast((h // 7) % 1000000000 as varchar), 9, '0') as phone,
        cast(null as varchar) as note
    from with_id
    order by k, r
    """


def _county_table(con: duckdb.DuckDBPyConnection, places: list[County], short: list[str]) -> None:
    """Temp table `county` (k, adcode, county, short) in one statement (executemany is a statement per row)."""
    con.execute(
        "create or replace temp table county as select unnest(?) as k, unnest(?) as adcode, unnest(?) as county,"
        " unnest(?) as short",
        [list(range(len(places))), [c.adcode for c in places], [c.name for c in places], short],
    )


def roster_table(con: duckdb.DuckDBPyConnection, places: list[County], rows: int, rows_per_file: int) -> None:
    """Temp table `roster`: file k's rows placed in places[k]."""
    # short: the county name without its last character (渭源县 → 渭源), as unit names write it.
    _county_table(con, places, [c.name[:-1] if len(c.name) > 2 else c.name for c in places])
    con.execute(f"create or replace temp table roster as {_roster_sql(rows, rows_per_file)}")


def write_rosters(con: duckdb.DuckDBPyConnection, out: Path, rows: int, rows_per_file: int) -> list[Path]:
    """One CSV per county (UTF-8, one header row), `rows_per_file` rows each, the last file shorter."""
    out.mkdir(parents=True, exist_ok=True)
    files = math.ceil(rows / rows_per_file)
    known = counties()
    places = _spread(known, files)
    roster_table(con, places, rows, rows_per_file)
    # One COPY per county file: the table is ordered by k, so each reads only its own row groups. (A
    # partitioned COPY is faster but writes a partition's rows out of order, in pieces, when parallel.)
    written: list[Path] = []
    for k, place in enumerate(places):
        layout = ROSTER_LAYOUTS[k % len(ROSTER_LAYOUTS)]
        select = ", ".join(f'{cell} as "{title}"' for cell, title in zip(ROSTER_CELLS, layout))
        repeat = f"_{k:04d}" if files > len(known) else ""
        path = out / f"{place.city}{place.name}驻村第一书记和工作队员花名册{repeat}.csv"
        con.execute(f"copy (select {select} from roster where k = {k} order by seq) to '{path}' (header)")
        written.append(path)
    return written


def _monthly_sql(rows: int, rows_per_file: int) -> str:
    """One row per team and month: teams of a county, each over MONTHS months (2024-01 ...)."""
    township, village = _place_names()
    teams_per_file = max(1, rows_per_file // MONTHS)
    return f"""
    with numbered as (
        select i, i // {rows_per_file} as k, i % {rows_per_file} as r, hash(i) as h from range({rows}) as t(i)
    ),
    placed as (
        select numbered.*, county.county, (r % {teams_per_file}) as v, r // {teams_per_file} as m
        from numbered inner join county on county.k = numbered.k
    ),
    named as (
        select
            *,
            {village}
                || case when m < {MONTHS} then '' else cast(m // {MONTHS} + 1 as varchar) end || '村' as village
        from placed
    )
    select
        k,
        county,
        {township} as township,
        village,
        village || '驻村工作队' as team,
        strftime(date '2024-01-01' + to_months(cast(m % {MONTHS} as integer)), '%Y-%m') as month,
        15 + h % 12 as days,
        20 + (h // 12) % 200 as visits,
        (h // 2400) % 15 as problems,
        ((h // 36000) % 5) * 50000 as funds,
        (h // 180000) % 80 as trained,
        (h // 14400000) % 12 as jobs,
        cast(null as varchar) as note
    from named
    order by k, r
    """


def write_monthly(con: duckdb.DuckDBPyConnection, out: Path, rows: int, rows_per_file: int) -> list[Path]:
    """County summaries of monthly work reports (工作月报汇总), `rows_per_file` team-months each."""
    out.mkdir(parents=True, exist_ok=True)
    files = math.ceil(rows / rows_per_file)
    places = _spread(counties(), files)
    _county_table(con, places, [c.name for c in places])
    con.execute(f"create or replace temp table monthly as {_monthly_sql(rows, rows_per_file)}")
    cells = ("county", "township", "village", "team", "month", "days", "visits", "problems", "funds", "trained",
             "jobs", "note")
    select = ", ".join(f'{cell} as "{title}"' for cell, title in zip(cells, MONTHLY_HEADER))
    written: list[Path] = []
    for k, place in enumerate(places):
        path = out / f"{place.city}{place.name}驻村工作队工作月报汇总_{k:04d}.csv"
        con.execute(f"copy (select {select} from monthly where k = {k}) to '{path}' (header, delimiter ',')")
        written.append(path)
    return written


def write_reports(out: Path, count: int, seed: int = 11) -> list[Path]:
    """Narrative pages from bench/extract_bench.py's corpus (OCR-style text, UTF-8)."""
    spec = importlib.util.spec_from_file_location("extract_bench", REPO / "bench" / "extract_bench.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["extract_bench"] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for number, page in enumerate(module.build_corpus(count, seed=seed)):
        path = out / f"page_{number:05d}.txt"
        path.write_text(page, encoding="utf-8")
        written.append(path)
    return written


def generate(root: Path, roster_rows: int, rows_per_file: int = 2000, monthly_rows: int = 0,
             monthly_rows_per_file: int = 2400, reports: int = 0) -> GeneratedInbox:
    """Write the inbox under `root` (rosters/, monthly/, reports/) and say what it holds."""
    if roster_rows < 1 or rows_per_file < 3:
        raise ValueError("--roster-rows must be at least 1 and rows per file at least 3 (one village team)")
    inbox = GeneratedInbox(root)
    con = duckdb.connect()
    con.execute("set enable_progress_bar = false")  # the bench prints its own progress
    try:
        inbox.roster_files = write_rosters(con, root / "rosters", roster_rows, rows_per_file)
        inbox.roster_rows = roster_rows
        (double,) = con.execute("select count(*) from roster where role = '第一书记兼工作队长'").fetchone()
        inbox.assignment_rows = roster_rows + int(double)
        if monthly_rows:
            inbox.monthly_files = write_monthly(con, root / "monthly", monthly_rows, monthly_rows_per_file)
            inbox.monthly_rows = monthly_rows
    finally:
        con.close()
    if reports:
        inbox.report_files = write_reports(root / "reports", reports)
    return inbox
