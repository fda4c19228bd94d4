"""DDL of the tables the flows write: raw sources for dbt, quarantine, and the meta tables.

This is the contract between the Python loaders and the dbt sources (dbt_project/models/staging/
_staging__sources.yml): change both together.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import duckdb

SCHEMAS = ("raw", "quarantine", "meta")

# A place resolved once against the gazetteer (flows/reports/place_parts.py), on every table that names one:
# province, city and county as the gazetteer spells them, township and village as written, null where
# unknown or not applicable; the adcode of the deepest division the gazetteer knows; the level.
PLACE_COLUMNS = ("place_province", "place_city", "place_county", "place_township", "place_village", "place_adcode",
                 "place_level")
PLACE_DDL = ",\n        ".join(f"{column} varchar" for column in PLACE_COLUMNS)

DDL: tuple[str, ...] = (
    # One row per accepted roster row and role (a 第一书记兼工作队长 row becomes two rows).
    # Personal data: only the keyed hash and masked forms of ID number and phone.
    """
    create table if not exists raw.roster__assignments (
        file_id          varchar not null,   -- sha256 of the source file
        source_file      varchar not null,   -- file name as it arrived
        sheet            varchar,            -- sheet name (null for csv)
        row_number       integer not null,   -- 1-based row in the sheet as a spreadsheet shows it
        cadre_name       varchar not null,
        sex              varchar,            -- 男 / 女, from the ID number
        birth_date       date,               -- from the ID number
        id_hash          varchar not null,   -- HMAC-SHA256 of the ID number
        id_masked        varchar not null,   -- e.g. 140202***********3
        phone_hash       varchar,
        phone_masked     varchar,            -- e.g. 138****5678
        political_status varchar,            -- 政治面貌 as written
        dispatch_unit    varchar,            -- 派出单位
        unit_post        varchar,            -- 职务 in the dispatching unit
        role_code        varchar not null,   -- first_secretary / team_leader / team_member
        role_label       varchar not null,   -- as written (第一书记兼工作队长 stays whole)
        province         varchar,
        city             varchar,
        county           varchar,
        township         varchar,
        village          varchar not null,
        start_date       date,
        end_date         date,
        run_id           varchar not null,
        loaded_at        timestamp not null
    )
    """,
    # One row per report file loaded (a newspaper page, a narrative report or a monthly work report).
    f"""
    create table if not exists raw.report__documents (
        file_id      varchar primary key,
        source_file  varchar not null,
        report_type  varchar not null,       -- narrative / monthly
        title        varchar,
        report_date  date,                   -- date printed on the page or the month reported
        region       varchar,                -- the main place the report is about, as written
        text_chars   integer,                -- length of the normalised text (0 for monthly tables)
        articles     integer,                -- articles on the page / kept as about the programme
        articles_kept integer,
        run_id       varchar not null,
        loaded_at    timestamp not null,
        {PLACE_DDL}
    )
    """,
    # One row per fact a report states (the gold/README.md shape, plus provenance and confidence).
    f"""
    create table if not exists raw.report__facts (
        file_id      varchar not null,
        source_file  varchar not null,
        fact_index   integer not null,       -- order within the report
        kind         varchar not null,       -- dispatch / funding / outcome
        metric       varchar not null,       -- code from seeds/metric_catalog.csv
        value        double not null,        -- in the base unit (yuan, person, ...)
        unit         varchar not null,
        basis        varchar,                -- money only: per_person_year / ... / total
        qualifier    varchar not null,       -- exact / at_least / approx / at_most
        region       varchar,                -- most specific place, as written
        year         integer,
        period       varchar,                -- monthly reports: YYYY-MM
        evidence     varchar not null,       -- the sentence (or table cell) that states it
        char_start   integer,                -- offsets into the normalised text
        char_end     integer,
        confidence   double not null,        -- 0..1; monthly tables 1.0
        run_id       varchar not null,
        loaded_at    timestamp not null,
        {PLACE_DDL}
    )
    """,
    # One row per stationed cadre a report names (an assignment mentioned in a report).
    f"""
    create table if not exists raw.report__people (
        file_id       varchar not null,
        source_file   varchar not null,
        person_index  integer not null,
        cadre_name    varchar not null,
        role_code     varchar,               -- first_secretary / team_leader / team_member
        village       varchar,
        township      varchar,
        county        varchar,
        dispatch_unit varchar,
        start_month   varchar,               -- YYYY-MM
        evidence      varchar not null,
        char_start    integer,
        char_end      integer,
        confidence    double not null,
        run_id        varchar not null,
        loaded_at     timestamp not null,
        {PLACE_DDL}
    )
    """,
    # One row per failed check on a roster row: a row failing two checks has two rows here.
    """
    create table if not exists quarantine.roster_rows (
        run_id         varchar not null,
        file_id        varchar not null,
        source_file    varchar not null,
        sheet          varchar,
        row_number     integer,
        column_name    varchar,
        reason_code    varchar not null,
        reason_zh      varchar not null,
        reason_en      varchar not null,
        value_masked   varchar,            -- the offending value, masked when it is personal
        cadre_name     varchar,            -- helps a steward find the row
        quarantined_at timestamp not null
    )
    """,
    # One row per failed check on a fact or person extracted from a report.
    """
    create table if not exists quarantine.report_items (
        run_id         varchar not null,
        file_id        varchar not null,
        source_file    varchar not null,
        item_type      varchar not null,     -- fact / person
        item_index     integer not null,     -- fact_index / person_index in the report
        column_name    varchar,
        reason_code    varchar not null,
        reason_zh      varchar not null,
        reason_en      varchar not null,
        value_shown    varchar,              -- the offending value (reports carry no ID numbers)
        evidence       varchar,              -- the sentence it came from, so a steward can judge
        quarantined_at timestamp not null
    )
    """,
    # One row per failed check on a row (or cell) of a structured monthly work report.
    """
    create table if not exists quarantine.monthly_rows (
        run_id         varchar not null,
        file_id        varchar not null,
        source_file    varchar not null,
        sheet          varchar,
        row_number     integer,
        column_name    varchar,
        reason_code    varchar not null,
        reason_zh      varchar not null,
        reason_en      varchar not null,
        value_masked   varchar,
        team_name      varchar,              -- 驻村工作队 or village, so a steward can find the row
        quarantined_at timestamp not null
    )
    """,
    # One row per failed row of a steward's decisions file (flows/steward/decisions.py).
    """
    create table if not exists quarantine.decision_rows (
        run_id         varchar not null,
        file_id        varchar not null,
        source_file    varchar not null,
        row_number     integer,              -- the line in the file, header = 1
        column_name    varchar,
        reason_code    varchar not null,
        reason_zh      varchar not null,
        reason_en      varchar not null,
        value_masked   varchar,              -- the offending value, personal numbers masked
        decision_id    varchar,
        quarantined_at timestamp not null
    )
    """,
    # One row per steward decision ever recorded (zhucun review, or a decisions file in the inbox):
    # never updated or deleted, so the history stays; the latest decision on an item is in effect.
    f"""
    create table if not exists meta.review_decisions (
        record_id     varchar primary key,   -- uuid of this record
        decision_id   varchar not null,      -- the review queue's id (fact/person), or header:<label>
        target_kind   varchar not null,      -- fact / person / header
        file_id       varchar,               -- the report file the item belongs to (facts and people)
        source_file   varchar,
        item_index    integer,               -- fact_index / person_index in that report; a quarantined row's row number
        sheet         varchar,               -- a quarantined row's sheet (null for csv and for facts and people)
        action        varchar not null,      -- accept / reject / correct
        field         varchar,               -- correct only: value, unit, region, metric / name, role, village / column
        value_before  varchar,               -- what the item held when decided (personal numbers masked)
        value_after   varchar,               -- the corrected value
        reviewer      varchar not null,
        reason        varchar,
        source        varchar not null,      -- cli / file
        source_detail varchar,               -- the decisions file and its line
        decided_at    timestamp not null,
        run_id        varchar,               -- the run that read the decisions file (null from the cli)
        {PLACE_DDL}
    )
    """,
    # One row per file ever seen, by content fingerprint.
    """
    create table if not exists meta.file_manifest (
        file_id          varchar primary key,
        source_file      varchar not null,
        kind             varchar not null,   -- roster / report
        size_bytes       bigint not null,
        status           varchar not null,   -- loaded / rejected / replaced
        rows_loaded      integer not null,
        rows_quarantined integer not null,
        error            varchar,            -- why a rejected file was set aside
        run_id           varchar not null,
        loaded_at        timestamp not null,
        retry            boolean default true, -- false: rejected for its bytes (too large); read again only once it changes
        conflicts_checked boolean default true -- false: roster rows not yet checked against other files for
                                              -- assignment conflicts (flows/warehouse/conflicts.py)
    )
    """,
    # One row per nightly run.
    """
    create table if not exists meta.run_log (
        run_id      varchar primary key,
        started_at  timestamp not null,
        finished_at timestamp,
        status      varchar not null,        -- running / succeeded / failed / interrupted
        summary     json,
        pid         integer,                 -- the process that ran it, so a later run can tell a live run from a killed one
        host        varchar,
        run_date    date                     -- the day the run counted as today
    )
    """,
    # One row per header cell of each sheet read as a table, per file and run: how it was mapped,
    # or that it was not used, so a steward can see and correct the mapping.
    """
    create table if not exists meta.header_mappings (
        run_id       varchar not null,
        file_id      varchar not null,
        source_file  varchar not null,
        sheet        varchar,
        column_index integer not null,       -- 0-based position in the sheet
        column_letter varchar not null,      -- A, B, ... AA as a spreadsheet shows it
        header_label varchar,                -- the header text as read (long digit runs masked)
        mapped_to    varchar,                -- canonical column, or null when the load did not use it
        matched_by   varchar,                -- alias (the seed) / parts (by its wording) / null
        note         varchar,                -- why it was not used, or what a steward should check
        recorded_at  timestamp not null
    )
    """,
    # One row per check of a run: every batch expectation (Great Expectations, on the night's new
    # rows) and every dbt test, each blocking or warning. Counts and descriptions only, never a
    # personal value (flows/quality/check_results.py writes it).
    """
    create table if not exists meta.check_results (
        run_id       varchar not null,
        source       varchar not null,       -- expectation / dbt
        suite        varchar not null,       -- the expectation suite, or the dbt test's unique id
        target       varchar,                -- the table (or aggregate) checked, or the dbt node tested
        check_name   varchar not null,       -- GX expectation type (with its row condition), or dbt test name
        column_name  varchar,
        severity     varchar not null,       -- blocking (a failure fails the run) / warning (reported)
        success      boolean not null,
        observed     varchar,                -- what was seen, as counts: "3 of 120 rows fail"
        failed_count bigint,                 -- rows (or groups) that failed; null when not countable
        description  varchar,                -- what the check means, for a steward
        checked_at   timestamp not null
    )
    """,
    # Roster rows per county as accepted by the last run whose blocking checks passed; tonight's
    # counts are compared with them (a county whose roster shrinks by half is suspect).
    """
    create table if not exists meta.roster_county_counts (
        run_id       varchar not null,
        run_date     date,
        county       varchar not null,
        rows         bigint not null,
        recorded_at  timestamp not null
    )
    """,
    # `zhucun reload FILE`: read this fingerprint again although the manifest knows it. Done when the
    # manifest records the file again (same transaction as its rows).
    """
    create table if not exists meta.reload_requests (
        file_id       varchar not null,
        source_file   varchar not null,      -- its name below the inbox, masked
        requested_by  varchar not null,
        requested_at  timestamp not null,
        done_run_id   varchar                -- the run that read it again; null while pending
    )
    """,
    # One row per build whose marts were published, with what it read summed up
    # (flows/warehouse/build_state.py): a night whose inputs match the last one skips the build.
    """
    create table if not exists meta.builds (
        run_id        varchar not null,
        run_date      date,
        fingerprint   varchar not null,      -- sha256 of `inputs`
        inputs        json not null,         -- per input: a digest, a row count and hash, or a date part
        published_at  timestamp not null,
        postgres_published boolean not null default false  -- the same marts reached ZHUCUN_PG_DSN
    )
    """,
    """
    -- In-place edits of stored rows outside a file's load (masking old names, resolving old places): a
    -- build's change stamp reads this journal, not the tables (flows/warehouse/build_state.py).
    create table if not exists meta.source_edits (
        edited_at     timestamp not null,
        table_name    varchar not null,
        column_name   varchar,
        rows_edited   bigint not null
    )
    """,
    # The dbt project and version each build ran with, recorded as it starts: the incremental models
    # hold what that project made, so a build under another one rebuilds them (--full-refresh).
    """
    create table if not exists meta.dbt_builds_started (
        run_id        varchar not null,
        project       varchar not null,      -- build_state.project_digest
        dbt_version   varchar not null,
        full_refresh  boolean not null,
        started_at    timestamp not null
    )
    """,
    # Warehouses made before these columns existed get them (no-ops afterwards).
    "alter table meta.file_manifest add column if not exists retry boolean default true",
    # A build's change stamp, and the first run date its date part no longer holds on (build_state.py).
    "alter table meta.builds add column if not exists change_stamp varchar",
    "alter table meta.builds add column if not exists date_part_until date",
    # Files loaded before the nightly conflict pass were checked as they loaded.
    "alter table meta.file_manifest add column if not exists conflicts_checked boolean default true",
    "alter table meta.run_log add column if not exists pid integer",
    "alter table meta.run_log add column if not exists host varchar",
    "alter table meta.run_log add column if not exists run_date date",
    "alter table meta.review_decisions add column if not exists sheet varchar",
    # Places resolved once (flows/reports/place_parts.py); rows loaded before stay null until backfilled.
    *(f"alter table {table} add column if not exists {column} varchar"
      for table in ("raw.report__documents", "raw.report__facts", "raw.report__people", "meta.review_decisions")
      for column in PLACE_COLUMNS),
)


# Columns the loader adds (provenance); what a prepare step hands over has every other column.
LOADER_COLUMNS = frozenset({"file_id", "source_file", "run_id", "loaded_at", "quarantined_at"})


def table_columns(table: str) -> tuple[str, ...]:
    """Column names of a table above, in order, so Python frames follow the contract."""
    for statement in DDL:
        match = re.search(rf"create table if not exists {re.escape(table)}\s*\((.*)\)", statement, re.S)
        if match:
            lines = (re.sub(r"--.*", "", line).strip() for line in match.group(1).splitlines())
            return tuple(line.split()[0] for line in lines if line)
    raise KeyError(f"table {table} is not in flows/warehouse/schema.py")


def prepared_columns(table: str) -> tuple[str, ...]:
    """The columns a prepare step fills for `table`: all but the loader's provenance columns."""
    return tuple(column for column in table_columns(table) if column not in LOADER_COLUMNS)


def table_exists(con: duckdb.DuckDBPyConnection, schema: str, table: str) -> bool:
    """Whether `schema.table` is in the warehouse (a fresh one has no snapshots, an old one may lack a table)."""
    (count,) = con.execute(
        "select count(*) from information_schema.tables where table_schema = ? and table_name = ?", [schema, table]
    ).fetchone()
    return count > 0
