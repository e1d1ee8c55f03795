"""Time units and aggregates as SQL, per dialect.

Each time unit is a template over ``{f}`` (the column's SQL). Units that truncate
(year, yearmonth, day, …) give a date/timestamp; units that extract a part
(month of year, weekday, quarter, …) give a small integer that the figure labels
(``Jan``…, ``Mon``…) and that sorts in calendar order.
"""

from __future__ import annotations

import sqlglot
from sqlglot import exp

from ...errors import error

__all__ = ["EXTRACTED_UNITS", "MONTH_LABELS", "WEEKDAY_LABELS", "aggregate_sql", "time_unit_sql"]

MONTH_LABELS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAY_LABELS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
#: units whose values are parts (integers) rather than points in time
EXTRACTED_UNITS = {"month", "monthofyear", "weekday", "quarter", "dayofmonth", "hour"}

_TRUNC = {
    "year": "year",
    "yearquarter": "quarter",
    "yearmonth": "month",
    "yearweek": "week",
    "week": "week",
    "day": "day",
    "date": "day",
    "yearmonthdate": "day",
    "yearmonthdatehours": "hour",  # each hour in time, as Vega-Lite names it
    "minute": "minute",
}
_TEMPLATES: dict[str, dict[str, str]] = {
    "duckdb": {
        "trunc": "DATE_TRUNC('{unit}', {f})",
        "month": "MONTH({f})",
        "weekday": "ISODOW({f})",
        "quarter": "QUARTER({f})",
        "dayofmonth": "DAYOFMONTH({f})",
        "hour": "HOUR({f})",
    },
    "postgres": {
        "trunc": "DATE_TRUNC('{unit}', {f})",
        "month": "CAST(EXTRACT(MONTH FROM {f}) AS INT)",
        "weekday": "CAST(EXTRACT(ISODOW FROM {f}) AS INT)",
        "quarter": "CAST(EXTRACT(QUARTER FROM {f}) AS INT)",
        "dayofmonth": "CAST(EXTRACT(DAY FROM {f}) AS INT)",
        "hour": "CAST(EXTRACT(HOUR FROM {f}) AS INT)",
    },
    "sqlite": {
        "year": "DATE({f}, 'start of year')",
        "quarter_trunc": "DATE({f}, 'start of month', '-' || ((CAST(STRFTIME('%m', {f}) AS INTEGER) - 1) % 3) || ' months')",
        "month_trunc": "DATE({f}, 'start of month')",
        "week": "DATE({f}, '-' || ((CAST(STRFTIME('%w', {f}) AS INTEGER) + 6) % 7) || ' days')",
        "day": "DATE({f})",
        "hour_trunc": "STRFTIME('%Y-%m-%d %H:00:00', {f})",
        "minute": "STRFTIME('%Y-%m-%d %H:%M:00', {f})",
        "month": "CAST(STRFTIME('%m', {f}) AS INTEGER)",
        "weekday": "((CAST(STRFTIME('%w', {f}) AS INTEGER) + 6) % 7 + 1)",
        "quarter": "((CAST(STRFTIME('%m', {f}) AS INTEGER) + 2) / 3)",
        "dayofmonth": "CAST(STRFTIME('%d', {f}) AS INTEGER)",
        "hour": "CAST(STRFTIME('%H', {f}) AS INTEGER)",
    },
    "spark": {  # WEEKDAY is 0 on Monday; DATE_TRUNC gives a TIMESTAMP, also for a DATE
        "trunc": "DATE_TRUNC('{unit}', {f})",
        "month": "MONTH({f})",
        "weekday": "(WEEKDAY({f}) + 1)",
        "quarter": "QUARTER({f})",
        "dayofmonth": "DAYOFMONTH({f})",
        "hour": "HOUR({f})",
    },
    "mysql": {
        "year": "MAKEDATE(YEAR({f}), 1)",
        "month_trunc": "DATE_FORMAT({f}, '%Y-%m-01')",
        "quarter_trunc": "MAKEDATE(YEAR({f}), 1) + INTERVAL (QUARTER({f}) - 1) QUARTER",
        "week": "DATE(DATE_SUB({f}, INTERVAL WEEKDAY({f}) DAY))",
        "day": "DATE({f})",
        "hour_trunc": "DATE_FORMAT({f}, '%Y-%m-%d %H:00:00')",
        "minute": "DATE_FORMAT({f}, '%Y-%m-%d %H:%i:00')",
        "month": "MONTH({f})",
        "weekday": "(WEEKDAY({f}) + 1)",
        "quarter": "QUARTER({f})",
        "dayofmonth": "DAYOFMONTH({f})",
        "hour": "HOUR({f})",
    },
}


#: SQLite keeps dates as text, often not ISO: 'YYYY-M-D' and 'M/D/YYYY' are made ISO first.
_SQLITE_ISO = (
    "(CASE WHEN {f} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN {f} "
    "WHEN {f} LIKE '%/%/%' THEN printf('%04d-%02d-%02d', "
    "CAST(substr(substr({f}, instr({f}, '/') + 1), instr(substr({f}, instr({f}, '/') + 1), '/') + 1, 4) AS INTEGER), "
    "CAST(substr({f}, 1, instr({f}, '/') - 1) AS INTEGER), "
    "CAST(substr(substr({f}, instr({f}, '/') + 1), 1, instr(substr({f}, instr({f}, '/') + 1), '/') - 1) AS INTEGER)) "
    "WHEN {f} LIKE '%-%-%' THEN printf('%04d-%02d-%02d', CAST(substr({f}, 1, instr({f}, '-') - 1) AS INTEGER), "
    "CAST(substr(substr({f}, instr({f}, '-') + 1), 1, instr(substr({f}, instr({f}, '-') + 1), '-') - 1) AS INTEGER), "
    "CAST(substr(substr({f}, instr({f}, '-') + 1), instr(substr({f}, instr({f}, '-') + 1), '-') + 1, 2) AS INTEGER)) "
    "ELSE {f} END)"
)
#: a year column may hold plain numbers (2017) or 4-character text
_SQLITE_YEAR = (
    "(CASE WHEN typeof({f}) IN ('integer', 'real') THEN CAST(CAST({f} AS INTEGER) AS TEXT) || '-01-01' "
    "WHEN length(trim({f})) = 4 THEN trim({f}) || '-01-01' ELSE DATE({iso}, 'start of year') END)"
)


def time_unit_sql(unit: str, column: exp.Expression, dialect: str) -> exp.Expression:
    """The SQL expression of ``column`` at time ``unit`` in ``dialect``."""
    unit = {"monthofyear": "month"}.get(unit, unit)
    table = _TEMPLATES.get(dialect)
    read = dialect
    if table is None:  # other dialects: write it the DuckDB way and let sqlglot transpile
        table, read = _TEMPLATES["duckdb"], "duckdb"
    f = column.sql(dialect=read)
    if dialect == "sqlite":
        iso = _SQLITE_ISO.replace("{f}", f)
        if unit == "year":
            return sqlglot.parse_one(
                _SQLITE_YEAR.replace("{iso}", iso).replace("{f}", f), read=read
            )
        f = iso
    if unit in EXTRACTED_UNITS:
        template = table[unit]
    elif unit in _TRUNC:
        trunc = _TRUNC[unit]
        if "trunc" in table:
            template = table["trunc"].replace("{unit}", trunc)
        else:
            template = table.get(f"{trunc}_trunc") or table[trunc]
    else:
        msg = f"The time unit {unit!r} is not supported"
        raise error("AISER-PLAN-INVALID", msg)
    return sqlglot.parse_one(template.replace("{f}", f), read=read)


def aggregate_sql(aggregate: str, column: exp.Expression | None, dialect: str) -> exp.Expression:
    """``aggregate`` applied to ``column`` (``None`` means ``COUNT(*)``)."""
    if column is None:
        return exp.Count(this=exp.Star())
    if aggregate == "count":
        return exp.Count(this=column)
    if aggregate == "distinct":
        return exp.Count(this=exp.Distinct(expressions=[column]))
    if aggregate == "sum":
        return exp.Sum(this=column)
    if aggregate == "mean":
        return exp.Avg(this=column)
    if aggregate == "min":
        return exp.Min(this=column)
    if aggregate == "max":
        return exp.Max(this=column)
    if aggregate == "median":
        if dialect in ("sqlite", "mysql"):
            msg = f"{dialect} has no median"
            raise error("AISER-SQL-UNSUPPORTED", msg)
        if dialect == "clickhouse":  # exact and interpolated, as PERCENTILE_CONT (median() samples)
            return sqlglot.parse_one(
                f"quantileExactInclusive(0.5)(toFloat64({column.sql(dialect)}))", read=dialect
            )
        return (
            exp.Median(
                this=column
            )  # Spark's MEDIAN is exact; sqlglot writes its PERCENTILE_CONT approximate
            if dialect in ("duckdb", "spark")
            else exp.PercentileCont(this=column, expression=exp.Literal.number(0.5))
        )
    msg = f"Unknown aggregate {aggregate!r}"
    raise error("AISER-PLAN-INVALID", msg)
