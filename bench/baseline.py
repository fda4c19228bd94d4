"""The baseline a night is compared with, measured in the same run: DuckDB alone on the same roster files.

1. read: `read_csv` of every roster CSV into a table as a new user would call it (header = true,
   all_varchar, DuckDB sniffing each file's dialect; columns named by position: the generated files
   share one column order under three header wordings), in a DuckDB file like the warehouse. The
   same read with the columns declared (auto_detect = false) is printed beside it: sniffing is
   most of the read at these sizes (1.8 s of one 2,000-row file, against 0.04 s for ten declared).
2. marts: the marts' core SQL run directly on that table —
   - assignments: one row per roster row and role (第一书记兼工作队长 unnested into two), dates cast,
     de-duplicated on (ID, role, county, township, village, unit, start, end), as
     int_assignments_deduplicated does;
   - dim_cadre (one row per ID, md5 key), dim_region (one row per county/township/village, md5 key),
     dim_dispatch_unit (md5 key);
   - fct_assignment: the assignments joined to the three dimensions (left joins on the natural keys,
     md5 assignment key), as fct_assignment does for roster rows;
   - distinct assignments per county and role (fct_dispatch_summary's grain).
What it leaves out, and the real load does: header finding, per-cell checks and quarantine, keyed
hashing of IDs and phones, the snapshot, report and monthly models, dbt tests and expectations, and
publishing. The ratio says what those cost at this size.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import duckdb

from bench.inbox import ROSTER_COLUMNS

_MARTS = (
    """
    create or replace table assignments as
    with roles as (
        select
            *,
            unnest(case role
                when '第一书记兼工作队长' then ['first_secretary', 'team_leader']
                when '第一书记' then ['first_secretary']
                when '工作队长' then ['team_leader']
                else ['team_member']
            end) as role_code
        from roster
    )
    select distinct
        id_number, role_code, county, township, village, dispatch_unit,
        try_cast(start_date as date) as start_date, try_cast(end_date as date) as end_date,
        name, sex, phone
    from roles
    """,
    """
    create or replace table dim_cadre as
    select md5(id_number) as cadre_key, id_number, any_value(name) as cadre_name, any_value(sex) as sex
    from assignments group by id_number
    """,
    """
    create or replace table dim_region as
    select md5(concat_ws('|', county, township, village)) as region_key, county, township, village
    from (select distinct county, township, village from assignments)
    """,
    """
    create or replace table dim_dispatch_unit as
    select md5(dispatch_unit) as dispatch_unit_key, dispatch_unit
    from (select distinct dispatch_unit from assignments)
    """,
    """
    create or replace table fct_assignment as
    select
        md5(concat_ws('|', assignments.id_number, assignments.role_code, assignments.village,
                      assignments.start_date)) as assignment_key,
        dim_cadre.cadre_key,
        dim_region.region_key,
        dim_dispatch_unit.dispatch_unit_key,
        assignments.role_code,
        assignments.start_date,
        assignments.end_date
    from assignments
    left join dim_cadre on assignments.id_number = dim_cadre.id_number
    left join dim_region
        on assignments.county = dim_region.county
        and assignments.township = dim_region.township
        and assignments.village = dim_region.village
    left join dim_dispatch_unit on assignments.dispatch_unit = dim_dispatch_unit.dispatch_unit
    """,
    """
    create or replace table dispatch_summary as
    select dim_region.county, fct_assignment.role_code, count(distinct fct_assignment.assignment_key) as assignments
    from fct_assignment
    inner join dim_region on fct_assignment.region_key = dim_region.region_key
    group by all
    """,
)


@dataclass(frozen=True)
class Baseline:
    read_seconds: float
    marts_seconds: float
    cpu_seconds: float  # CPU time of this process (DuckDB's threads included) over read and marts
    declared_read_seconds: float  # the same read with the columns declared: no dialect/type sniffing per file
    rows_read: int
    assignments: int  # rows of fct_assignment

    @property
    def seconds(self) -> float:
        return self.read_seconds + self.marts_seconds


def measure(files: list[Path], database: Path) -> Baseline:
    """Read `files` and build the marts in a fresh DuckDB file at `database` (deleted first)."""
    database.unlink(missing_ok=True)
    con = duckdb.connect(str(database))
    try:
        cpu = time.process_time()
        started = time.perf_counter()
        con.execute(
            "create table roster as select * from read_csv(?, header = true, all_varchar = true, names = ?)",
            [[str(path) for path in files], list(ROSTER_COLUMNS)],
        )
        read = time.perf_counter() - started
        started = time.perf_counter()
        for statement in _MARTS:
            con.execute(statement)
        marts = time.perf_counter() - started
        cpu = time.process_time() - cpu
        started = time.perf_counter()
        con.execute(
            "create table roster_declared as select * from read_csv(?, header = true, auto_detect = false, columns = ?)",
            [[str(path) for path in files], {column: "VARCHAR" for column in ROSTER_COLUMNS}],
        )
        declared = time.perf_counter() - started
        (rows,) = con.execute("select count(*) from roster").fetchone()
        (assignments,) = con.execute("select count(*) from fct_assignment").fetchone()
    finally:
        con.close()
    return Baseline(round(read, 2), round(marts, 2), round(cpu, 2), round(declared, 2), int(rows), int(assignments))
