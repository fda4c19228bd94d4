"""Lint-only stand-ins for the parts of dbt's Jinja context that are Python objects.

sqlfluff's jinja templater (.sqlfluff: library_path) puts every public name of this package in the
context of the models it lints: `var`, `env_var`, `dbt` (dbt's own macros that the project calls), `adapter`,
`target` and `execute`. Each renders plausible DuckDB SQL. dbt never imports this package.
"""

from types import SimpleNamespace as _Namespace

from jinja2 import pass_context as _pass_context
from jinja2.exceptions import UndefinedError as _UndefinedError
from jinja2.runtime import Undefined as _Undefined


_NO_DEFAULT = object()


@_pass_context
def var(context, name, default=_NO_DEFAULT):
    """var('name'): the project's vars, copied into .sqlfluff as dbt_vars (a test keeps them equal)."""
    project_vars = context.resolve("dbt_vars")
    if not isinstance(project_vars, _Undefined) and name in project_vars:
        return project_vars[name]
    if default is not _NO_DEFAULT:
        return default
    raise _UndefinedError(f"var({name!r}) is not in dbt_vars in .sqlfluff: copy it from dbt_project.yml")


def env_var(name, default=_NO_DEFAULT):
    """env_var('NAME', default): the default, so that lint never depends on the shell it runs in."""
    if default is not _NO_DEFAULT:
        return default
    raise _UndefinedError(f"env_var({name!r}) has no default: lint renders models without the environment")


def _type_string():
    return "varchar"


def _generate_series(upper_bound):
    # dbt's version unions powers of two; the shape (one column, generated_number, 1..n) is the same.
    return f"select range as generated_number from range(1, {int(upper_bound) + 1})"


def _dateadd(datepart, interval, from_date_or_timestamp):
    return f"({from_date_or_timestamp} + interval ({interval}) {datepart})"


def _date_spine(datepart, start_date, end_date):
    # dbt's version builds it from generate_series; the shape (one column, date_day) is the same.
    return f"select range as date_day from range({start_date}, {end_date}, interval 1 {datepart})"


dbt = _Namespace(
    type_string=_type_string,
    type_int=lambda: "integer",
    type_bigint=lambda: "bigint",
    type_float=lambda: "double",
    type_numeric=lambda: "numeric(28, 6)",
    type_timestamp=lambda: "timestamp",
    type_boolean=lambda: "boolean",
    current_timestamp=lambda: "now()",
    generate_series=_generate_series,
    dateadd=_dateadd,
    date_spine=_date_spine,
)


@_pass_context
def _dispatch(context, macro_name, macro_namespace=None):
    """adapter.dispatch: the duckdb__ implementation of a project macro, else its default__."""
    for prefix in ("duckdb__", "default__"):
        candidate = context.resolve(prefix + macro_name)
        if not isinstance(candidate, _Undefined):
            return candidate
    raise _UndefinedError(f"no duckdb__ or default__ implementation of {macro_name}")


class _Column:
    """A text column, as adapter.get_columns_in_relation returns it."""

    def __init__(self, name):
        self.name = name

    def is_string(self):
        return True


def _get_columns_in_relation(relation):
    # One text column per relation: enough for a test that loops over columns to render its loop.
    return [_Column("lint_text_column")]


adapter = _Namespace(dispatch=_dispatch, get_columns_in_relation=_get_columns_in_relation)

target = _Namespace(type="duckdb", name="lint", schema="main", database="warehouse")

# Render what dbt renders at execution time (e.g. a test that introspects the built tables).
execute = True
