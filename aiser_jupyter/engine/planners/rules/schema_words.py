"""Schema vocabulary shared by the rule planners: which column labels a table, which
column is money, where the nearest date lives, default aggregates and time units.

Generic words only — nothing here names a table or column of any particular database.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlglot import exp

from ...catalog.model import Catalog, Column, Table
from ..lexicon import lemma, split_name

__all__ = [
    "LABEL_NAMES",
    "MEAN_BY_DEFAULT",
    "MONEY",
    "chart_title",
    "date_literal",
    "default_aggregate",
    "default_unit",
    "fact_guess",
    "label_column",
    "money_column",
    "relative_start",
    "singular",
    "table_named",
    "temporal_near",
]

MONEY = ("revenue", "sales", "amount", "total", "value", "price", "cost", "income", "profit")
MEAN_BY_DEFAULT = (
    "price",
    "rate",
    "age",
    "score",
    "rating",
    "percent",
    "ratio",
    "avg",
    "average",
    "temperature",
    "height",
    "weight",
    "grade",
    "speed",
    "duration",
    "year",
)
LABEL_NAMES = ("name", "title", "label", "description", "code")


def chart_title(question: str) -> str:
    """The question as a title: trimmed, first letter upper case, at most 120 characters."""
    text = question.strip().rstrip("?.! ")[:120]
    return text[:1].upper() + text[1:]


def default_aggregate(column: Column) -> str:
    words = split_name(column.name)
    return "mean" if any(w in MEAN_BY_DEFAULT for w in words) else "sum"


def default_unit(column: Column) -> str:
    lo, hi = str(column.min or ""), str(column.max or "")
    try:
        span = (date.fromisoformat(hi[:10]) - date.fromisoformat(lo[:10])).days
    except ValueError:
        return "yearmonth"
    return "year" if span > 6 * 365 else "yearmonth" if span > 120 else "day"


def singular(name: str) -> str:
    return "_".join(split_name(name)) or name


def table_named(catalog: Catalog, word: str) -> Table | None:
    target = lemma(word)
    return next((t for t in catalog.tables if "_".join(split_name(t.name)) == target), None)


def label_column(table: Table) -> Column | None:
    for wanted in LABEL_NAMES:
        for column in table.columns:
            if split_name(column.name)[-1:] == [wanted] and column.semantic in ("nominal", "geo"):
                return column
    return next(
        (c for c in table.columns if c.semantic in ("nominal", "geo") and not c.primary_key), None
    )


def money_column(catalog: Catalog, entity: Table) -> tuple[Table, Column] | None:
    """The main money column in ``entity`` or a table that references it."""
    candidates = [entity] + [
        catalog.table(j.table) for j in catalog.joins if j.ref_table.lower() == entity.name.lower()
    ]
    for word in MONEY:
        for table in candidates:
            if table is None:
                continue
            for column in table.columns:
                if column.semantic == "quantitative" and word in split_name(column.name):
                    return table, column
    return None


def fact_guess(catalog: Catalog) -> Table:
    """The table most other tables hang off (most outgoing foreign keys, then most rows)."""
    return max(
        catalog.tables,
        key=lambda t: (
            sum(1 for j in catalog.joins if j.table.lower() == t.name.lower()),
            t.row_count or 0,
        ),
    )


def temporal_near(catalog: Catalog, fact: Table) -> tuple[Table, Column] | None:
    """The closest date/time column to ``fact`` following many-to-one joins first."""
    order = [fact] + [t for t in catalog.tables if t is not fact]

    def distance(table: Table) -> int:
        path = catalog.join_path(fact.name, table.name)
        return 99 if path is None else len(path)

    order.sort(key=distance)
    for table in order:
        temporal = [c for c in table.columns if c.semantic == "temporal"]
        if temporal:
            temporal.sort(key=lambda c: (0 if "date" in c.name.lower() else 1, c.name))
            return table, temporal[0]
    return None


def relative_start(column: Column, count: int, unit: str) -> str | None:
    try:
        latest = date.fromisoformat(str(column.max)[:10])
    except ValueError:
        return None
    days = {"day": 1, "week": 7, "month": 30, "quarter": 91, "year": 365}[unit] * count
    return (latest - timedelta(days=days - 1)).isoformat()


def date_literal(value: str, column: Column, dialect: str) -> exp.Expression:
    if dialect in ("duckdb", "postgres") and "timestamp" in column.type.lower():
        return exp.cast(exp.Literal.string(value), exp.DataType.build("TIMESTAMP"))
    if dialect in ("duckdb", "postgres") and "date" in column.type.lower():
        return exp.cast(exp.Literal.string(value), exp.DataType.build("DATE"))
    return exp.Literal.string(value)
