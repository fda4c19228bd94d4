"""pandera models of roster rows, before (RosterRaw) and after (RosterClean) normalisation.

Every check is named by its quarantine reason code (flows.quality.reasons), so a failure case
turns into a quarantine record without a lookup table. Checks run lazily: a row collects all its
failures. Checks that depend on the run date read it from `frame.attrs["today"]`.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from flows.quality.reasons import REASONS
from flows.rosters.columns import check_series
from flows.rosters.id_columns import check_ids
from flows.rosters.id_numbers import check_id, check_phone
from flows.rosters.normalise import DateUnparseable, map_role, map_sex, parse_date

PROGRAMME_START = dt.date(2015, 1, 1)
# Terms run about two years, three at most: a planned end further than this after the run date is a typo.
MAX_PLANNED_YEARS = 5
TEXT_COLUMNS = (
    "name", "sex", "id_number", "political_status", "dispatch_unit", "unit_post", "role",
    "province", "city", "county", "township", "village", "note",
)
DATE_COLUMNS = ("birth_date", "start_date", "end_date")
_FORMULA_START = ("=", "+", "-", "@")
_PHONE_LIKE = re.compile(r"\+?[\d\s\-()]+")  # +86 138 1234 5678 is a phone, not a formula
# pandera's own null check, by column.
_MISSING = {"name": "name_missing", "id_number": "id_missing", "village": "village_missing", "role": "role_missing"}
# The ID check's failures are named by check_id's own reason code.
_ID_CHECK = "id_number_valid"
# Checks over several columns report the column a steward should correct.
_FRAME_CHECK_COLUMN = {"sex_mismatch": "sex", "birth_mismatch": "birth_date", "end_before_start": "end_date"}


def _today(obj: pd.Series | pd.DataFrame) -> dt.date:
    return obj.attrs.get("today") or dt.date.today()


class RosterRaw(pa.DataFrameModel):
    """One row per data row of a roster sheet, cells tidied (clean_text) but not yet typed."""

    sheet: Series[object] = pa.Field(nullable=True)
    row_number: Series[int] = pa.Field(ge=1)
    name: Series[object] = pa.Field(nullable=False)
    sex: Series[object] = pa.Field(nullable=True)
    birth_date: Series[object] = pa.Field(nullable=True)
    id_number: Series[object] = pa.Field(nullable=False)
    phone: Series[object] = pa.Field(nullable=True)
    political_status: Series[object] = pa.Field(nullable=True)
    dispatch_unit: Series[object] = pa.Field(nullable=True)
    unit_post: Series[object] = pa.Field(nullable=True)
    role: Series[object] = pa.Field(nullable=False)
    province: Series[object] = pa.Field(nullable=True)
    city: Series[object] = pa.Field(nullable=True)
    county: Series[object] = pa.Field(nullable=True)
    township: Series[object] = pa.Field(nullable=True)
    village: Series[object] = pa.Field(nullable=False)
    start_date: Series[object] = pa.Field(nullable=True)
    end_date: Series[object] = pa.Field(nullable=True)
    note: Series[object] = pa.Field(nullable=True)

    class Config:
        strict = True
        coerce = False

    # Checks take the whole column and judge each distinct value once (check_series).
    @pa.check(*TEXT_COLUMNS, *DATE_COLUMNS, name="formula_cell")
    def _formula(cls, series: pd.Series) -> pd.Series:
        return check_series(series, _not_formula)

    @pa.check("phone", name="formula_cell")
    def _phone_formula(cls, series: pd.Series) -> pd.Series:
        return check_series(series, _phone_not_formula)

    @pa.check(*DATE_COLUMNS, name="date_unparseable")
    def _date(cls, series: pd.Series) -> pd.Series:
        return check_series(series, _parses_as_date)

    @pa.check("sex", name="sex_unknown")
    def _sex(cls, series: pd.Series) -> pd.Series:
        return check_series(series, _known_sex)


class RosterClean(pa.DataFrameModel):
    """The same rows typed: canonical ID text, 男/女, parsed dates, phone digits."""

    sheet: Series[object] = pa.Field(nullable=True)
    row_number: Series[int] = pa.Field(ge=1)
    name: Series[object] = pa.Field(nullable=True)  # a missing name is RosterRaw's to report
    sex: Series[object] = pa.Field(nullable=True)  # 男 / 女; unreadable text is RosterRaw's sex_unknown
    birth_date: Series[pd.Timestamp] = pa.Field(nullable=True, coerce=True)
    birth_month_ambiguous: Series[bool]  # a number cell 1985.1 may have been typed 1985.10
    # Canonical ID text; a float ID is rendered as Excel shows it (1.1E+17): see normalise.id_text.
    id_number: Series[object] = pa.Field(nullable=True)
    phone: Series[object] = pa.Field(nullable=True)
    role: Series[object] = pa.Field(nullable=True)
    start_date: Series[pd.Timestamp] = pa.Field(nullable=True, coerce=True)
    end_date: Series[pd.Timestamp] = pa.Field(nullable=True, coerce=True)

    class Config:
        strict = "filter"  # the clean frame also carries columns with nothing to check
        coerce = False

    # One GB 11643 check per row; _to_failures names the exact reason (length, check digit, ...)
    # for the few rows that fail, instead of six checks each re-validating every ID.
    @pa.check("id_number", name=_ID_CHECK)
    def _id_valid(cls, series: pd.Series) -> pd.Series:
        return series.isna() | check_ids(series, _today(series)).ok

    @pa.check("phone", name="phone_format")
    def _phone(cls, series: pd.Series) -> pd.Series:
        return check_series(series, _phone_ok)

    @pa.check("role", name="role_unknown")
    def _role(cls, series: pd.Series) -> pd.Series:
        return check_series(series, _role_known)

    # A start after the run date has not happened: an error. An end after it is the planned end
    # of a serving cadre's term (任期), kept as such; only an end beyond any term is a typo.
    @pa.check("start_date", name="date_future")
    def _future(cls, series: pd.Series) -> pd.Series:
        return series.isna() | (series <= pd.Timestamp(_today(series)))

    @pa.check("end_date", name="end_too_far")
    def _end_too_far(cls, series: pd.Series) -> pd.Series:
        limit = pd.Timestamp(_today(series)) + pd.DateOffset(years=MAX_PLANNED_YEARS)
        return series.isna() | (series <= limit)

    @pa.check("start_date", "end_date", name="date_too_early")
    def _too_early(cls, series: pd.Series) -> pd.Series:
        return series >= pd.Timestamp(PROGRAMME_START)

    @pa.dataframe_check(name="end_before_start")
    def _end_before_start(cls, frame: pd.DataFrame) -> pd.Series:
        return frame["start_date"].isna() | frame["end_date"].isna() | (frame["end_date"] >= frame["start_date"])

    # An absent or invalid ID has no sex or birth date here: its own check reports it.
    @pa.dataframe_check(name="sex_mismatch")
    def _sex_matches_id(cls, frame: pd.DataFrame) -> pd.Series:
        id_sex = check_ids(frame["id_number"], _today(frame)).sex
        return frame["sex"].isna() | id_sex.isna() | (frame["sex"] == id_sex)

    @pa.dataframe_check(name="birth_mismatch")
    def _birth_matches_id(cls, frame: pd.DataFrame) -> pd.Series:
        born = check_ids(frame["id_number"], _today(frame)).birth_date
        given = frame["birth_date"]
        same_year = given.dt.year == born.dt.year
        same = same_year & (given.dt.month == born.dt.month)
        # A number cell 1985.1 read for 1985.10: October agrees too.
        october = same_year & (born.dt.month == 10) & frame["birth_month_ambiguous"].astype(bool)
        return given.isna() | born.isna() | same | october


def _not_formula(value: object) -> bool:
    return not (isinstance(value, str) and value.startswith(_FORMULA_START))


def _phone_not_formula(value: object) -> bool:
    return not isinstance(value, str) or _PHONE_LIKE.fullmatch(value) is not None or _not_formula(value)


def _parses_as_date(value: object) -> bool:
    try:
        parse_date(value)
    except DateUnparseable:
        return False
    return True


def _known_sex(value: object) -> bool:
    try:
        map_sex(value)
    except ValueError:
        return False
    return True


def _phone_ok(value: object) -> bool:
    return check_phone(value).ok


def _role_known(value: object) -> bool:
    return bool(map_role(value))


@dataclass(frozen=True)
class Failure:
    """One failed check on one row: `index` is the frame's index label, `reason` a reason code."""

    index: int
    column: str | None
    reason: str


def failures(frame: pd.DataFrame, model: type[pa.DataFrameModel], today: dt.date) -> list[Failure]:
    """All row-level failures of `frame` against `model`; a frame-shape error is a bug and raises."""
    frame = frame.copy(deep=False)
    frame.attrs["today"] = today
    try:
        model.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as errors:
        cases = errors.failure_cases
    else:
        return []
    # Outside the except block: an error raised here must not chain SchemaErrors, whose text holds cell values.
    return _to_failures(cases, model, today)


def _to_failures(cases: pd.DataFrame, model: type[pa.DataFrameModel], today: dt.date) -> list[Failure]:
    found: list[Failure] = []
    for case in cases.itertuples(index=False):
        check, column = str(case.check), case.column
        if case.index is None or pd.isna(case.index):
            # Wrong columns or dtypes: the frame was built wrongly. No cell values in the message.
            raise RuntimeError(f"{model.__name__}: frame does not fit the model ({check} on {column})")
        if check == _ID_CHECK:
            reason = check_id(case.failure_case, today).reason
        elif check == "not_nullable":
            reason = _MISSING.get(column)
            if reason is None:
                raise RuntimeError(f"{model.__name__}: unexpected null check on {column}")
        else:
            reason = check
        if reason not in REASONS:
            raise RuntimeError(f"{model.__name__}: check {check!r} on {column} has no quarantine reason")
        if case.schema_context == "DataFrameSchema":
            column = _FRAME_CHECK_COLUMN.get(reason)
        found.append(Failure(int(case.index), column, reason))
    # A multi-column frame check can report one row once per column: keep one.
    return list(dict.fromkeys(found))
