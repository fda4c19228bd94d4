"""The dbt project's SQL keeps the house style (DESIGN.md, Conventions): sqlfluff with
dbt_project/.sqlfluff reports nothing on models/, snapshots/ and tests/.

sqlfluff's jinja templater renders the models without a dbt parse: the project's macros plus the
lint-only stand-ins for dbt's context in dbt_project/lint_macros/. To see or fix violations:

    cd dbt_project && ../.venv/bin/sqlfluff lint models snapshots tests
    cd dbt_project && ../.venv/bin/sqlfluff fix models snapshots tests   # then review the diff
"""
from __future__ import annotations

import ast
import configparser
import json
import subprocess
import sys
from pathlib import Path

import yaml

DBT_PROJECT = Path(__file__).resolve().parents[2] / "dbt_project"
LINTED_FOLDERS = ["models", "snapshots", "tests"]
SQLFLUFF = Path(sys.executable).with_name("sqlfluff")


def _lint() -> list[dict]:
    result = subprocess.run(
        [str(SQLFLUFF), "lint", *LINTED_FOLDERS, "--format", "json", "--disable-progress-bar"],
        cwd=DBT_PROJECT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode in (0, 1), f"sqlfluff failed (exit {result.returncode}):\n{result.stderr}"
    return json.loads(result.stdout)


def test_sql_has_no_style_violations() -> None:
    files = _lint()

    expected = sorted(
        path.relative_to(DBT_PROJECT).as_posix()
        for folder in LINTED_FOLDERS
        for path in (DBT_PROJECT / folder).rglob("*.sql")
    )
    assert sorted(Path(file["filepath"]).as_posix() for file in files) == expected

    # sqlfluff skips a file it cannot trace through its templater with only a warning, and reports
    # no violation for it: a file with no segments was never linted.
    problems = [
        f"{file['filepath']}: not linted: sqlfluff could not template it (run sqlfluff on it to see why)"
        for file in files
        if not file["statistics"]["segments"]
    ]
    problems += [
        f"{file['filepath']}:{violation['start_line_no']}:{violation['start_line_pos']}: "
        f"{violation['code']} {violation['description']}"
        for file in files
        for violation in file["violations"]
    ]
    assert not problems, (
        f"{len(problems)} sqlfluff problem(s); fix them "
        "(cd dbt_project && ../.venv/bin/sqlfluff fix models snapshots tests, then review the diff):\n"
        + "\n".join(problems)
    )


def test_lint_context_matches_dbt_project() -> None:
    project = yaml.safe_load((DBT_PROJECT / "dbt_project.yml").read_text(encoding="utf-8"))
    config = configparser.ConfigParser(interpolation=None)
    config.read(DBT_PROJECT / ".sqlfluff", encoding="utf-8")

    # var() renders the project's own vars.
    lint_vars = ast.literal_eval(config["sqlfluff:templater:jinja:context"]["dbt_vars"])
    assert lint_vars == project["vars"]

    # dbt never loads the lint-only stand-ins (they would replace its ref() and source()).
    lint_paths = config["sqlfluff:templater:jinja"]["load_macros_from_path"].split(",")
    assert "lint_macros" in [path.strip() for path in lint_paths]
    assert "lint_macros" not in project["macro-paths"]
