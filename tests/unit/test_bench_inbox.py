"""The benchmark's inbox generator (bench/inbox.py) writes rows our own load accepts, as many as asked."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bench.inbox import ROSTER_COLUMNS, ROSTER_LAYOUTS, generate
from flows.ingest.readers import read_grids
from flows.rosters.headers import ROSTER_PART_RULES, find_header, load_aliases
from flows.rosters.id_numbers import check_id
from flows.rosters.prepare import prepare_roster

TODAY = dt.date(2026, 12, 1)
ROWS, PER_FILE = 50, 12  # five files: every header layout, and a shorter last file


@pytest.fixture(scope="module")
def inbox(tmp_path_factory: pytest.TempPathFactory):
    return generate(tmp_path_factory.mktemp("bench") / "inbox", ROWS, rows_per_file=PER_FILE, monthly_rows=48)


def test_row_count_is_exact_and_files_are_per_county(inbox) -> None:
    grids = [read_grids(path)[0] for path in inbox.roster_files]
    assert len(inbox.roster_files) == 5
    assert sum(len(grid.rows) - 1 for grid in grids) == ROWS  # less each file's header row
    counties = {grid.rows[1][ROSTER_COLUMNS.index("county")] for grid in grids}
    assert len(counties) == 5
    # numbered from 1 in order, as a county's file is
    assert all([int(row[0]) for row in grid.rows[1:]] == list(range(1, len(grid.rows))) for grid in grids)


def test_every_header_layout_is_recognised(inbox) -> None:
    aliases = load_aliases()
    wanted = set(ROSTER_COLUMNS) - {"ignored"}
    for path in inbox.roster_files[:len(ROSTER_LAYOUTS)]:
        header = find_header(read_grids(path)[0], aliases, part_rules=ROSTER_PART_RULES)
        assert header is not None, path.name
        assert wanted <= set(header.columns), (path.name, wanted - set(header.columns))


def test_id_numbers_are_valid_unique_and_agree_with_sex_and_birth(inbox) -> None:
    seen = set()
    for path in inbox.roster_files:
        for row in read_grids(path)[0].rows[1:]:
            number = row[ROSTER_COLUMNS.index("id_number")]
            check = check_id(number, TODAY)
            assert check.ok, (number, check.reason)
            assert check.sex == row[ROSTER_COLUMNS.index("sex")]
            assert check.birth_date.strftime("%Y.%m") == row[ROSTER_COLUMNS.index("birth_date")]
            seen.add(number)
    assert len(seen) == ROWS


def test_the_load_quarantines_nothing(inbox) -> None:
    accepted = 0
    for path in inbox.roster_files:
        prepared = prepare_roster(path, pii_key="test-key", today=TODAY)
        assert prepared.quarantine.empty, prepared.quarantine[["row_number", "reason_code"]].to_dict("records")
        accepted += len(prepared.rows)
    assert accepted == inbox.assignment_rows  # 第一书记兼工作队长 rows are two assignments
    assert inbox.assignment_rows > ROWS


def test_monthly_rows_are_written(inbox) -> None:
    assert sum(len(read_grids(path)[0].rows) - 1 for path in inbox.monthly_files) == 48


def test_paths_stay_under_the_root(inbox) -> None:
    assert all(Path(path).is_relative_to(inbox.root) for path in inbox.files)
