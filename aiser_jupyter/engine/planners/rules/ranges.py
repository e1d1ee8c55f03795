"""The step that keeps rows by time: "in 2007", "since 1995", "in July 1990", "in the 1990s",
"in the last 3 months", on a date column or on integer calendar columns — the date of the
event the words name ("shipped in July")."""

from __future__ import annotations

from datetime import date, timedelta

from sqlglot import exp

from ...catalog.model import Column, Table
from ...sql.timeunits import time_unit_sql
from ..calendar_parts import month_labels, weekday_labels
from ..lexicon import split_name
from ..roles import CENTURY, two_digit_year
from ..units import UNIT_WORDS
from .draft import Dim, Draft, calendar_part, column_ref
from .link import Mention
from .month_day_terms import month_day_terms
from .reading import TimeRange
from .which_year import one_named

__all__ = ["date_literal", "relative_start", "time_ranges"]


def time_ranges(d: Draft) -> None:
    """ "in 2007", "since 1995", "in July 1990", "in the 1990s", "from 6 pm on"."""
    for tr in d.r.ranges:
        target = _range_column(d, tr)
        if target is None:
            continue
        table, column = target
        for m in d.free():  # "built" of "houses built before 1950": the column kept, no axis
            if m.hi == tr.span[0] == m.lo + 1 and m.column is column and _dating_verb(d, m):
                d.take(m, "time range")
        for cond in _range_conditions(tr, table, column, d):
            d.where.append((table, cond))
        if tr.year_list and len(d.dims) < 2 and calendar_part(column) == "year":
            d.dims.append(Dim(table, column))  # "1952 compared with 2007": one series per year
        elif tr.year_list and len(d.dims) < 2 and column.semantic == "temporal" and not d.r.unit:
            d.dims.append(Dim(table, column, unit="year"))  # "by channel in 2023 vs 2024"


def _holds_years(column: Column, tr: TimeRange) -> bool:
    """Whether a year column's values meet the years asked for: "in 1971" is no bound on a
    year of death that runs 1983 … 1992 (a column the question does not name)."""
    low, high = column.min, column.max
    if tr.years is None or not isinstance(low, int) or not isinstance(high, int):
        return True
    offset = CENTURY if two_digit_year(column) else 0
    first, last = tr.years
    return (last is None or last >= low + offset) and (first is None or first <= high + offset)


def _range_column(d: Draft, tr: TimeRange) -> tuple[Table, Column] | None:
    from .near_tables import nearest_tables

    home = [dim.table for dim in d.dims] + [
        t for t in nearest_tables(d) if t not in [x.table for x in d.dims]
    ]
    wants_year = (tr.years is not None and not tr.months) or bool(tr.year_list)
    for m in d.mentions:  # a date the question names ("shipped in July 1995", "opened after 2000")
        for c in m.cands:
            if (
                c.kind == "column"
                and c.column is not None
                and (
                    c.column.semantic == "temporal"
                    or (
                        wants_year
                        and calendar_part(c.column) == "year"
                        and _holds_years(c.column, tr)  # "age in 1971 … by year of death"
                    )
                )
            ):
                if m.lo >= tr.span[1] and (other := _other_year(d, c.table, c.column)):
                    return c.table, other  # "killed in 2002: model year on x": the rows' year
                return c.table, c.column
    said = _dated_by_words(d, tr)
    if said is not None:
        return said
    if _dated_elsewhere(d, tr):
        return None  # "customers who [ordered] in 2024": the orders' date, no signup date
    for dim in d.dims:  # the time axis drawn is the one filtered
        if dim.column.semantic == "temporal" or (
            wants_year and calendar_part(dim.column) == "year" and _holds_years(dim.column, tr)
        ):
            return dim.table, dim.column
    for table in home:
        cols = table.columns
        years = [c for c in cols if calendar_part(c) == "year" and _holds_years(c, tr)]
        if wants_year and years:
            year = one_named(d, years)
            return (table, year) if year is not None else None
        dates = [c for c in cols if c.semantic == "temporal"]
        if tr.hours is not None:
            dates = [c for c in dates if "time" in c.type.lower()] or [
                c for c in cols if calendar_part(c) == "hour"
            ]
        declared = table.column(table.time_column) if table.time_column else None
        if declared is not None and declared in dates:
            return table, declared  # the semantic layer's time column of this table
        if dates:
            dates.sort(key=lambda c: (0 if "date" in c.name.lower() else 1, c.name))
            dated = ["date" in c.name.lower() for c in dates[:2]]
            if len(dates) > 1 and dated[0] == dated[1] and tr.hours is None:
                return None  # "entered in 1988" of entry.dt, death.dt, ascites.dt …: whose date?
            return table, dates[0]
        month = next((c for c in cols if calendar_part(c) == "month"), None)
        if (tr.months or tr.monthdays) and month is not None:
            return table, month
        if tr.quarters and (
            quarter := next((c for c in cols if calendar_part(c) == "quarter"), None)
        ):
            return table, quarter
        days = [c for c in cols if weekday_labels(c, tr.weekdays)]
        if tr.weekdays and len(days) == 1:
            return table, days[0]  # "on weekends" of a ``dow`` of 'Mon' … 'Sun'
    return None


def _other_year(d: Draft, table: Table, named: Column) -> Column | None:
    """The one other year column of ``table`` no word names: a year said before the name of
    a year column (no other column drawn or kept) ("people killed in 2002: vehicle model year on x") dates the rows (the
    accident year), not the thing that column dates."""
    said = {id(m.column) for m in d.mentions if id(m) in d.used and m.column is not None}
    others = [
        c
        for c in table.columns
        if c is not named and calendar_part(c) == "year" and id(c) not in said
    ]
    return others[0] if len(others) == 1 and calendar_part(named) == "year" else None


#: verbs that date an event by the table's own date ("orders placed in 1995")
_EVENT_VERBS = frozenset(
    ["placed", "made", "created", "opened", "recorded", "registered", "booked", "sold", "bought"]
)


def _above(d: Draft, table: Table) -> bool:
    """Each row of a table of the plan has one row of ``table`` (an order line's customer):
    keeping rows by its date repeats none."""
    tables = [*d.tables(), *(m.table for m in d.mentions if m.kind == "column")]
    return any(table.name.lower() in d.catalog.upward(t.name) for t in tables)


def _dated_elsewhere(d: Draft, tr: TimeRange) -> bool:
    """The verb just before the range names the date of a table the plan does not read
    ("customers who ordered in 2024" of ``orders.order_date``): keeping another date (the
    signup date) would answer a different question, so the range is kept by none."""
    lo = tr.span[0]
    if not lo or not d.q.words[lo - 1].text.endswith("ed"):
        return False  # a verb's past ("ordered"), not the noun "orders"
    stems = _stems(d, lo - 1) - {"date", "day"}
    read = d.tables()
    return any(
        table not in read
        and not _above(d, table)
        and any(stems & set(split_name(c.name, expand=False)) for c in _dates(table))
        for table in d.catalog.tables
    )


def _dating_verb(d: Draft, m: Mention) -> bool:
    """``m`` is a verb's past that dates the rows ("built", "sold", "opened"), after no
    grouping cue ("by year built" groups), in a question whose groupings all name a column
    ("by construction year … built since 2000": the column is still the grouping)."""
    from lemminflect import getLemma

    words = d.q.words
    w = words[m.lo]
    verb = w.text not in getLemma(w.text, upos="VERB") and w.text not in UNIT_WORDS
    cues = [k + 1 for k in range(len(words) - 1) if words[k].text in ("by", "per", "each")]
    named = all(any(x.lo <= k < x.hi for x in d.mentions if x is not m) for k in cues)
    return verb and named and m.lo not in cues


#: verbs of an event's start or end, and the word a date column of it is named with
_ENDS = {
    "finish": ("end",),
    "complete": ("end",),
    "conclude": ("end",),
    "begin": ("start",),
    "commence": ("start",),
}


def _stems(d: Draft, i: int) -> set[str]:
    """Word ``i`` and its verb lemmas; after a verb, a particle joins it ("signed up":
    ``signup``)."""
    from lemminflect import getLemma

    w = d.q.words[i]
    stems = {w.text, w.lemma, *(getLemma(w.text, upos="VERB") or ())}
    stems |= {s for verb in list(stems) for s in _ENDS.get(verb, ())}  # "finished": end
    if i and w.text in ("up", "out", "off", "in", "on"):
        stems |= {v + w.text for v in getLemma(d.q.words[i - 1].text, upos="VERB") or ()}
    return stems


def _dates(table: Table) -> list[Column]:
    return [c for c in table.columns if c.semantic == "temporal"]


def _dated_by_words(d: Draft, tr: TimeRange) -> tuple[Table, Column] | None:
    """The words just before the range say whose date: "shipped in July 1995" → the date
    column named ``ship``; "orders placed in 1995" → the orders' date column."""
    lo = tr.span[0]
    for i in range(lo - 1, max(lo - 3, -1), -1):
        w = d.q.words[i]
        stems = _stems(d, i)  # "signed up": signup_date
        years = tr.years is not None and not tr.months  # "houses built before 1950": YearBuilt
        for table in sorted(d.catalog.tables, key=lambda t: t not in d.tables()):  # own first
            named = [
                c
                for c in table.columns
                if (c.semantic == "temporal" or (years and c.semantic != "nominal"))
                and any(s in c.name.lower() for s in stems)  # cheap, before the split
                and stems & set(split_name(c.name, expand=False))
                and (c.semantic == "temporal" or calendar_part(c) == "year")
            ]
            if len(named) == 1 and (table in d.tables() or _above(d, table)):
                return table, named[0]  # "customers who signed up in 2023": their signup
        if w.text in _EVENT_VERBS:
            owner = next((m for m in d.mentions if m.hi == i and m.kind == "table"), None)
            if owner is not None:
                dates = [c for c in owner.table.columns if c.semantic == "temporal"]
                if len(dates) == 1:
                    return owner.table, dates[0]
    return None


def _range_conditions(
    tr: TimeRange, table: Table, column: Column, d: Draft
) -> list[exp.Expression]:
    col = column_ref(table, column)
    part = calendar_part(column)
    out: list[exp.Expression] = []
    if part == "year" and (tr.years is not None or tr.year_list):
        out += _year_terms(col, tr, CENTURY if two_digit_year(column) else 0)
        month = next((c for c in table.columns if calendar_part(c) == "month"), None)
        if tr.months and month is not None:
            out.append(
                exp.In(
                    this=column_ref(table, month), expressions=[exp.convert(v) for v in tr.months]
                )
            )
        return out
    if part == "month" and column.semantic == "nominal":  # 'Jan' … 'Apr' of a text month
        labels = month_labels(column, tr.months)
        return [exp.In(this=col, expressions=[exp.convert(v) for v in labels])] if labels else []
    if part in ("month", "quarter", "hour"):
        out += month_day_terms(tr, table, column, d.dialect)  # month and day_of_month
        wanted = {"month": tr.months, "quarter": tr.quarters}.get(part or "", [])
        if wanted:
            out.append(exp.In(this=col.copy(), expressions=[exp.convert(v) for v in wanted]))
        year = next((c for c in table.columns if calendar_part(c) == "year"), None)
        if year is not None and (tr.years is not None or tr.year_list):
            offset = CENTURY if two_digit_year(year) else 0
            out += _year_terms(column_ref(table, year), tr, offset)  # "in July 1990": the year
        return out
    if part == "weekday" and (labels := weekday_labels(column, tr.weekdays)):
        return [exp.In(this=col, expressions=[exp.convert(v) for v in labels])]
    if column.semantic != "temporal":
        return out
    lo_s = tr.lo.isoformat() if tr.lo else None
    hi_s = tr.hi.isoformat() if tr.hi else None
    if tr.relative is not None:
        lo_s = relative_start(column, *tr.relative)
    if (
        "time" in column.type.lower()
        and "stamp" not in column.type.lower()
        and "date" not in column.type.lower()
    ):
        lo_s = hi_s = None  # a time of day has no date
    if lo_s:
        out.append(exp.GTE(this=col.copy(), expression=date_literal(lo_s, column, d.dialect)))
    if hi_s:
        out.append(exp.LT(this=col.copy(), expression=date_literal(hi_s, column, d.dialect)))
    if tr.months and not (tr.lo and tr.hi and len(tr.months) == 1):
        part_sql = time_unit_sql("month", col.copy(), d.dialect)
        out.append(exp.In(this=part_sql, expressions=[exp.convert(m) for m in tr.months]))
    if len(tr.year_list) > 2 or (tr.year_list and max(tr.year_list) - min(tr.year_list) > 1):
        out.append(_each_year(col, column, tr.year_list, d.dialect))  # "2023 and 2025": no 2024
    if tr.quarters:
        part_sql = time_unit_sql("quarter", col.copy(), d.dialect)
        out.append(exp.In(this=part_sql, expressions=[exp.convert(m) for m in tr.quarters]))
    out += month_day_terms(tr, table, column, d.dialect)  # "on Christmas Day"
    if tr.weekdays:
        part_sql = time_unit_sql("weekday", col.copy(), d.dialect)
        out.append(exp.In(this=part_sql, expressions=[exp.convert(m) for m in tr.weekdays]))
    if tr.hours is not None:
        part_sql = time_unit_sql("hour", col.copy(), d.dialect)
        lo_h, hi_h = tr.hours
        if lo_h is not None:
            out.append(exp.GTE(this=part_sql.copy(), expression=exp.convert(lo_h)))
        if hi_h is not None:
            out.append(exp.LT(this=part_sql.copy(), expression=exp.convert(hi_h)))
    return out


def _each_year(
    col: exp.Expression, column: Column, years: list[int], dialect: str
) -> exp.Expression:
    """The days of each of ``years``, and no day between them, on a date column."""
    spans = [
        exp.and_(
            exp.GTE(this=col.copy(), expression=date_literal(f"{y}-01-01", column, dialect)),
            exp.LT(this=col.copy(), expression=date_literal(f"{y + 1}-01-01", column, dialect)),
        )
        for y in years
    ]
    return exp.paren(exp.or_(*spans))


def _year_terms(col: exp.Expression, tr: TimeRange, offset: int = 0) -> list[exp.Expression]:
    """The years kept, less ``offset`` on a column of two-digit years (1988 is 88)."""
    if tr.year_list:
        years = [exp.convert(y - offset) for y in tr.year_list]
        return [exp.In(this=col.copy(), expressions=years)]
    assert tr.years is not None
    lo, hi = tr.years
    if lo is not None and lo == hi:
        return [exp.EQ(this=col.copy(), expression=exp.convert(lo - offset))]
    out: list[exp.Expression] = []
    if lo is not None:
        out.append(exp.GTE(this=col.copy(), expression=exp.convert(lo - offset)))
    if hi is not None:
        out.append(exp.LTE(this=col.copy(), expression=exp.convert(hi - offset)))
    return out


def relative_start(column: Column, count: int, unit: str) -> str | None:
    """The first day of the last ``count`` ``unit``s before the column's latest date."""
    try:
        latest = date.fromisoformat(str(column.max)[:10])
    except ValueError:
        return None
    days = {"day": 1, "week": 7, "month": 30, "quarter": 91, "year": 365}[unit] * count
    return (latest - timedelta(days=days - 1)).isoformat()


def date_literal(value: str, column: Column, dialect: str) -> exp.Expression:
    """A date the column compares with as a date (DuckDB and PostgreSQL type their literals)."""
    if dialect in ("duckdb", "postgres") and "timestamp" in column.type.lower():
        return exp.cast(exp.Literal.string(value), exp.DataType.build("TIMESTAMP"))
    if dialect in ("duckdb", "postgres") and "date" in column.type.lower():
        return exp.cast(exp.Literal.string(value), exp.DataType.build("DATE"))
    return exp.Literal.string(value)
