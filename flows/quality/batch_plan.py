"""How each expectation of a table suite is validated, so that memory does not grow with the batch.

A night's batch may hold a million rows; a pandas frame of it, and GX's copies of that frame, do not
fit the night's memory. So an expectation is validated by one of four routes:

- `rows`: each row passes or fails on its own (not null, in set, between, regex...). Validated on
  chunks of a fixed number of rows, reading only the columns the suite's row checks use; the counts
  of the chunks are summed and `mostly` is applied to the sums, as GX applies it to one frame.
- `schema`: about the table's columns only. Validated on a frame with every column and no rows.
- `sql`: uniqueness, which is about the whole batch (a duplicate may sit in another chunk). Counted
  in DuckDB, as GX counts it in pandas: every row whose value (or key) occurs more than once.
- `whole`: any other expectation (e.g. a mean, or a check with a row condition SQL cannot read):
  validated on the whole batch, with only the column(s) it names.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import duckdb

if TYPE_CHECKING:
    from great_expectations.core import ExpectationValidationResult
    from great_expectations.expectations.expectation_configuration import ExpectationConfiguration

ROUTES = ("rows", "schema", "sql", "whole")

# Column map expectations: a row's outcome depends on that row alone, so chunks add up.
ROW_WISE = frozenset({
    "expect_column_values_to_not_be_null", "expect_column_values_to_be_null",
    "expect_column_values_to_be_in_set", "expect_column_values_to_not_be_in_set",
    "expect_column_values_to_be_between", "expect_column_values_to_match_regex",
    "expect_column_values_to_not_match_regex", "expect_column_values_to_match_regex_list",
    "expect_column_values_to_not_match_regex_list", "expect_column_values_to_match_like_pattern",
    "expect_column_values_to_not_match_like_pattern", "expect_column_values_to_match_strftime_format",
    "expect_column_value_lengths_to_be_between", "expect_column_value_lengths_to_equal",
    "expect_column_values_to_be_dateutil_parseable", "expect_column_values_to_be_json_parseable",
    "expect_column_pair_values_to_be_equal", "expect_column_pair_values_a_to_be_greater_than_b",
    "expect_column_pair_values_to_be_in_set", "expect_multicolumn_sum_to_equal",
    "expect_select_column_values_to_be_unique_within_record",
})
SCHEMA_ONLY = frozenset({
    "expect_table_columns_to_match_set", "expect_table_columns_to_match_ordered_list",
    "expect_table_column_count_to_equal", "expect_table_column_count_to_be_between", "expect_column_to_exist",
})
IN_SQL = frozenset({"expect_column_values_to_be_unique", "expect_compound_columns_to_be_unique"})

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_QUOTED = re.compile(r'"[^"]*"|\'[^\']*\'')


def columns_named(expectation: dict[str, Any], table_columns: Sequence[str]) -> list[str]:
    """The table's columns an expectation reads (its row condition's too), in table order.

    A column the table lacks is left out: GX then reports the check could not run, as it did before."""
    kwargs = expectation.get("kwargs") or {}
    names = {kwargs.get("column"), kwargs.get("column_A"), kwargs.get("column_B"), *(kwargs.get("column_list") or ())}
    condition = kwargs.get("row_condition")
    if isinstance(condition, str):
        names.update(_NAME.findall(_QUOTED.sub(" ", condition)))  # names outside string literals
    elif condition is not None:
        return list(table_columns)  # a condition we cannot read: give it every column
    return [column for column in table_columns if column in names]


def route_of(expectation: dict[str, Any], table_columns: Sequence[str]) -> str:
    kind = expectation["type"]
    if kind in ROW_WISE:
        return "rows"
    if kind in SCHEMA_ONLY:
        return "schema"
    kwargs = expectation.get("kwargs") or {}
    named = [kwargs["column"]] if "column" in kwargs else list(kwargs.get("column_list") or ())
    if (kind in IN_SQL and not kwargs.get("row_condition") and named
            and all(column in table_columns for column in named)):
        return "sql"
    return "whole"  # includes a unique check on a missing column: GX says it could not run


def combine(chunks: Sequence[ExpectationValidationResult]) -> ExpectationValidationResult:
    """One row-wise expectation over the whole batch from its results on each chunk."""
    if len(chunks) == 1:
        return chunks[0]
    for chunk in chunks:
        if "unexpected_count" not in (chunk.result or {}):
            return chunk  # the check could not run on a chunk: that result speaks for the batch
    results = [chunk.result for chunk in chunks]
    missing = (sum(int(result.get("missing_count") or 0) for result in results)
               if any("missing_count" in result for result in results) else None)
    return counted_result(chunks[0].expectation_config,
                          element_count=sum(int(result.get("element_count") or 0) for result in results),
                          missing_count=missing,
                          unexpected_count=sum(int(result.get("unexpected_count") or 0) for result in results))


def counted_result(config: ExpectationConfiguration, element_count: int, missing_count: int | None,
                   unexpected_count: int) -> ExpectationValidationResult:
    """A map expectation's result from its counts, as GX forms it (BASIC format, no values).

    `missing_count` None: the expectation counts every row (not_be_null), not only non-missing ones."""
    from great_expectations.core import ExpectationValidationResult

    considered = element_count - (missing_count or 0)
    mostly = config.kwargs.get("mostly")
    mostly = 1.0 if mostly is None else float(mostly)
    success = element_count == 0 or considered == 0 or (considered - unexpected_count) / considered >= mostly
    percent_total = unexpected_count / element_count * 100 if element_count else None
    percent = unexpected_count / considered * 100 if considered else None
    result: dict[str, Any] = {"element_count": element_count, "unexpected_count": unexpected_count,
                              "unexpected_percent": percent if missing_count is not None else percent_total,
                              "partial_unexpected_list": []}
    if missing_count is not None:
        result.update(missing_count=missing_count,
                      missing_percent=missing_count / element_count * 100 if element_count else None,
                      unexpected_percent_total=percent_total, unexpected_percent_nonmissing=percent)
    return ExpectationValidationResult(success=bool(success), expectation_config=config, result=result,
                                       exception_info={"raised_exception": False, "exception_traceback": None,
                                                       "exception_message": None})


def quoted(column: str) -> str:
    return '"' + column.replace('"', '""') + '"'


def uniqueness_in_sql(con: duckdb.DuckDBPyConnection, batch_sql: str,
                      config: ExpectationConfiguration) -> ExpectationValidationResult:
    """expect_column_values_to_be_unique / expect_compound_columns_to_be_unique counted in DuckDB.

    GX counts as unexpected every row whose value occurs more than once (pandas duplicated(keep=False)),
    among the rows it considers: a single column's non-null values; for a compound key, rows not
    ignored by ignore_row_if (default: all its columns missing). NULLs group together, as in pandas."""
    kwargs = config.kwargs
    compound = config.type == "expect_compound_columns_to_be_unique"
    columns = [quoted(column) for column in (kwargs["column_list"] if compound else [kwargs["column"]])]
    ignore = kwargs.get("ignore_row_if") or "all_values_are_missing"
    if not compound or ignore == "any_value_is_missing":
        considered = " and ".join(f"{column} is not null" for column in columns)
    elif ignore == "all_values_are_missing":
        considered = "not (" + " and ".join(f"{column} is null" for column in columns) + ")"
    elif ignore == "never":
        considered = "true"
    else:
        raise ValueError(f"{config.type} on {', '.join(columns)}: ignore_row_if {ignore!r} is not one of "
                         "all_values_are_missing, any_value_is_missing, never; fix the suite")
    key = ", ".join(columns)
    # Two passes keep DuckDB's memory small: 8-byte hashes of every key first, then the real keys of
    # only those rows whose hash repeats, so a hash collision cannot count as a duplicate. Subqueries,
    # not a CTE: a CTE read twice is materialized whole.
    element_count, considered_count, unexpected_count = con.execute(f"""
        select count(*), count(*) filter (where {considered}),
               (select coalesce(sum(n), 0) from (
                    select count(*) as n from ({batch_sql}) as batch
                    where {considered} and hash({key}) in (
                        select hash({key}) from ({batch_sql}) as batch where {considered}
                        group by hash({key}) having count(*) > 1)
                    group by {key}) where n > 1)
        from ({batch_sql}) as batch
    """).fetchone()
    return counted_result(config, int(element_count), int(element_count) - int(considered_count), int(unexpected_count))
