"""Steps that decide which rows count: values of columns, time ranges (on dates or on
integer calendar columns), comparisons on a column (WHERE) or on a group's aggregate
(HAVING), and series compared with "vs"."""

from __future__ import annotations

import itertools
import re
from datetime import date, timedelta
from typing import Any

from sqlglot import exp

from ....errors import error
from ...catalog.model import Column, Table
from ...sql.timeunits import time_unit_sql
from ..lexicon import split_name
from .draft import Dim, Draft, Having, Measure, calendar_part
from .link import Mention
from .reading import Compare, TimeRange

__all__ = ["comparisons", "time_ranges", "values"]

_OPS = {">": exp.GT, "<": exp.LT, ">=": exp.GTE, "<=": exp.LTE, "=": exp.EQ}


def _col(table: Table, column: Column) -> exp.Column:
    return exp.column(column.name, table=table.name)


def values(d: Draft) -> None:
    """ "for Asian customers", "in the BUILDING segment", "males vs females": a column's values.
    Two values of one column compared ("AUTOMOBILE compared with MACHINERY") make a series."""
    by_column: dict[int, list[tuple[Mention, Any]]] = {}
    grouped = {id(x.column) for x in d.dims}
    for m in d.free():
        if m.kind != "value" or m.column is None:
            continue
        # "rodents by genus": the value belongs to a column other than the grouping, if one has it
        other = next(
            (c for c in m.cands if c.kind == "value" and id(c.column) not in grouped), None
        )
        if other is not None and other is not m.best:
            m.cands.remove(other)
            m.cands.insert(0, other)
        _one_column(d, m, grouped)
        by_column.setdefault(id(m.column), []).append((m, m.best.value))
    for group in by_column.values():
        m0 = group[0][0]
        table, column = m0.table, m0.column
        assert column is not None
        vals = list(dict.fromkeys(v for _, v in group))
        target = _col(table, column)
        if len(vals) == 1:
            d.where.append((table, exp.EQ(this=target, expression=exp.convert(vals[0]))))
        else:
            d.where.append((table, exp.In(this=target, expressions=[exp.convert(v) for v in vals])))
            joined = _joined_by(d, [m for m, _ in group])
            series = bool(d.r.versus) or joined == "and"
            if not any(dim.column is column for dim in d.dims) and (
                not d.dims or (series and len(d.dims) < 2)
            ):
                d.dims.append(Dim(table, column))  # one bar per value named, or a series each
        for m, _ in group:
            d.take(m, "value")
        for lo, hi in d.r.versus:
            d.q.claim(lo, hi, "versus")


#: "from JFK" / "to LAX": the words before a value that say which of two roles it plays, and
#: the words of the column names that play it (trips.origin / trips.dest, pickup / dropoff)
_ROLE_CUES = (
    (
        frozenset({"from", "departing", "leaving", "out"}),
        frozenset(
            {
                "origin",
                "orig",
                "source",
                "src",
                "from",
                "departure",
                "depart",
                "start",
                "sender",
                "pickup",
                "shipper",
                "home",
            }
        ),
    ),
    (
        frozenset({"to", "into", "arriving", "towards", "toward"}),
        frozenset(
            {
                "dest",
                "destination",
                "to",
                "arrival",
                "arrive",
                "end",
                "target",
                "recipient",
                "receiver",
                "dropoff",
                "away",
            }
        ),
    ),
)


def _one_column(d: Draft, m: Mention, grouped: set[int]) -> None:
    """A value found in several columns, equally likely ("JFK" in origin and dest): the word
    before it picks the role ("from JFK", "to LAX"); a column that only refers to another one
    of the candidates (stations.code, referred to by trips.origin) yields to the referrer;
    still several, the question is refused with the columns to choose from, never guessed."""
    best = m.best
    tied = [c for c in m.cands if c.kind == "value" and c.rank >= best.rank - 1e-9]
    tied = [c for c in tied if id(c.column) not in grouped] or tied  # "rodents by genus"
    columns = {(c.table.name, c.column.name) for c in tied if c.column is not None}
    if len(columns) < 2:
        return
    referred = {
        (j.ref_table, j.ref_column) for j in d.catalog.joins if (j.table, j.column) in columns
    }
    tied = [
        c for c in tied if c.column is not None and (c.table.name, c.column.name) not in referred
    ] or tied
    before = [t for t in d.q.texts(max(0, m.lo - 3), m.lo) if t not in ("the", "a", "an", "of")][
        -1:
    ]
    for cues, names in _ROLE_CUES:
        if before and before[0] in cues:
            playing = [
                c for c in tied if c.column is not None and set(split_name(c.column.name)) & names
            ]
            if len(playing) == 1:
                tied = playing
                break
    if len({(c.table.name, c.column.name if c.column else "") for c in tied}) > 1:
        raise error(
            "AISER-PLAN-UNSURE",
            f"{best.value!r} is a value of "
            + " and of ".join(f"{c.table.name}.{c.column.name}" for c in tied if c.column)
            + "; say which one, for example "
            + " or ".join(f"'{c.column.name} {best.value}'" for c in tied[:2] if c.column),
            columns=[f"{c.table.name}.{c.column.name}" for c in tied if c.column],
        )
    m.cands.remove(tied[0])
    m.cands.insert(0, tied[0])


def _joined_by(d: Draft, mentions: list[Mention]) -> str | None:
    """ "China and India" (each its own series) or "IN or OUT" (either one): the last joining word."""
    ordered = sorted(mentions, key=lambda m: m.lo)
    word = None
    for a, b in itertools.pairwise(ordered):
        between = d.q.texts(a.hi, b.lo)
        if "or" in between:
            word = "or"
        elif "and" in between or "&" in between:
            word = "and"
    return word


def time_ranges(d: Draft) -> None:
    """ "in 2007", "since 1995", "in July 1990", "in the 1990s", "from 6 pm on"."""
    for tr in d.r.ranges:
        target = _range_column(d, tr)
        if target is None:
            continue
        table, column = target
        for cond in _range_conditions(tr, table, column, d):
            d.where.append((table, cond))
        if tr.year_list and len(d.dims) < 2 and calendar_part(column) == "year":
            d.dims.append(Dim(table, column))  # "1952 compared with 2007": one series per year


def _range_column(d: Draft, tr: TimeRange) -> tuple[Table, Column] | None:
    from .groups import nearest_tables

    home = [dim.table for dim in d.dims] + [
        t for t in nearest_tables(d) if t not in [x.table for x in d.dims]
    ]
    wants_year = (tr.years is not None and tr.lo is not None and not tr.months) or bool(
        tr.year_list
    )
    for m in d.mentions:  # a date the question names ("shipped in July 1995", "opened after 2000")
        for c in m.cands:
            if (
                c.kind == "column"
                and c.column is not None
                and (
                    c.column.semantic == "temporal"
                    or (wants_year and calendar_part(c.column) == "year")
                )
            ):
                return c.table, c.column
    said = _dated_by_words(d, tr)
    if said is not None:
        return said
    for dim in d.dims:  # the time axis drawn is the one filtered
        if dim.column.semantic == "temporal" or (
            wants_year and calendar_part(dim.column) == "year"
        ):
            return dim.table, dim.column
    for table in home:
        cols = table.columns
        if wants_year and (year := next((c for c in cols if calendar_part(c) == "year"), None)):
            return table, year
        dates = [c for c in cols if c.semantic == "temporal"]
        if tr.hours is not None:
            dates = [c for c in dates if "time" in c.type.lower()] or [
                c for c in cols if calendar_part(c) == "hour"
            ]
        if dates:
            dates.sort(key=lambda c: (0 if "date" in c.name.lower() else 1, c.name))
            return table, dates[0]
        if tr.months and (month := next((c for c in cols if calendar_part(c) == "month"), None)):
            return table, month
        if tr.quarters and (
            quarter := next((c for c in cols if calendar_part(c) == "quarter"), None)
        ):
            return table, quarter
    return None


#: verbs that date an event by the table's own date ("orders placed in 1995")
_EVENT_VERBS = frozenset(
    ["placed", "made", "created", "opened", "recorded", "registered", "booked", "sold", "bought"]
)


def _dated_by_words(d: Draft, tr: TimeRange) -> tuple[Table, Column] | None:
    """The words just before the range say whose date: "shipped in July 1995" → the date
    column named ``ship``; "orders placed in 1995" → the orders' date column."""
    from lemminflect import getLemma

    lo = tr.span[0]
    for i in range(lo - 1, max(lo - 3, -1), -1):
        w = d.q.words[i]
        stems = {w.text, w.lemma, *(getLemma(w.text, upos="VERB") or ())}
        for table in d.catalog.tables:
            dates = [c for c in table.columns if c.semantic == "temporal"]
            named = [c for c in dates if stems & set(split_name(c.name, expand=False))]
            if len(named) == 1 and table in d.tables():
                return table, named[0]
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
    col = _col(table, column)
    part = calendar_part(column)
    out: list[exp.Expression] = []
    if part == "year" and (tr.years is not None or tr.year_list):
        out += _year_terms(col, tr)
        month = next((c for c in table.columns if calendar_part(c) == "month"), None)
        if tr.months and month is not None:
            out.append(
                exp.In(this=_col(table, month), expressions=[exp.convert(v) for v in tr.months])
            )
        return out
    if part in ("month", "quarter", "hour"):
        wanted = {"month": tr.months, "quarter": tr.quarters}.get(part or "", [])
        if wanted:
            out.append(exp.In(this=col.copy(), expressions=[exp.convert(v) for v in wanted]))
        year = next((c for c in table.columns if calendar_part(c) == "year"), None)
        if year is not None and (tr.years is not None or tr.year_list):
            out += _year_terms(_col(table, year), tr)  # "in July 1990": the year too
        return out
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
    if tr.quarters:
        part_sql = time_unit_sql("quarter", col.copy(), d.dialect)
        out.append(exp.In(this=part_sql, expressions=[exp.convert(m) for m in tr.quarters]))
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


def _year_terms(col: exp.Expression, tr: TimeRange) -> list[exp.Expression]:
    if tr.year_list:
        return [exp.In(this=col.copy(), expressions=[exp.convert(y) for y in tr.year_list])]
    assert tr.years is not None
    lo, hi = tr.years
    if lo is not None and lo == hi:
        return [exp.EQ(this=col.copy(), expression=exp.convert(lo))]
    out: list[exp.Expression] = []
    if lo is not None:
        out.append(exp.GTE(this=col.copy(), expression=exp.convert(lo)))
    if hi is not None:
        out.append(exp.LTE(this=col.copy(), expression=exp.convert(hi)))
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


def comparisons(d: Draft) -> None:
    """ "discount of at least 0.09" (WHERE on the column before), and comparisons on a group's
    count or aggregate ("with more than 1900 captures", "averaged more than 8 million"),
    kept for :func:`having` once the groups are known."""
    for cmp in d.r.compares:
        pending = _on_groups(d, cmp)
        if pending is not None:
            d.pending.append(pending)
            continue
        subject = _subject(d, cmp)
        if subject is None:
            continue
        table, column, mention = subject
        target: exp.Expression
        if cmp.vs_average:  # "older than the average": the column against its mean
            target = exp.Subquery(
                this=exp.select(exp.Avg(this=exp.column(column.name))).from_(
                    exp.Table(this=exp.to_identifier(table.name))
                )
            )
        else:
            target = exp.convert(_in_range(column, cmp))
        d.where.append((table, _OPS[cmp.op](this=_col(table, column), expression=target)))
        if mention is not None and id(mention) not in d.used:
            d.take(mention, "compared")


def having(d: Draft) -> None:
    """The comparisons on groups, now that the groups and the counted table are known."""
    for cmp, agg, table, column in d.pending:
        if not d.dims:
            continue  # no groups to compare: the words stay unused, and the plan is refused
        if agg == "count":
            counted = next((m for m in d.measures if m.agg in ("count", "distinct")), None)
            measure = counted or Measure("count", table or d.fact or d.catalog.tables[0], None)
            d.having.append(Having(measure, cmp.op, cmp.value))
        else:
            assert column is not None and table is not None
            d.having.append(Having(Measure(agg, table, column), cmp.op, _in_range(column, cmp)))


def _in_range(column: Column, cmp: Compare) -> float | int:
    """ "10 million viewers" on a column kept in millions: the number as the column holds it."""
    value = cmp.value
    if cmp.scaled_from is not None:
        try:
            hi = float(column.max) if column.max is not None else None
        except (TypeError, ValueError):
            hi = None
        if hi is not None and value > hi * 10 and cmp.scaled_from <= hi * 10:
            value = cmp.scaled_from
    return int(value) if float(value).is_integer() else value


def _subject(d: Draft, cmp: Compare) -> tuple[Table, Column, Mention | None] | None:
    """The number compared: the numeric mention right before the phrase (or right after)."""
    near = [
        m
        for m in d.mentions
        if m.column is not None
        and m.column.semantic in ("quantitative", "temporal")
        and (0 <= cmp.lo - m.hi <= 3 or 0 <= m.lo - cmp.hi <= 1 or _through_unit(d, cmp.hi, m.lo))
    ]
    if near:
        m = min(near, key=lambda m: abs(cmp.lo - m.hi))
        assert m.column is not None
        return m.table, m.column, m
    if cmp.implied:  # "older than 20": the age
        tables = [m.table for m in d.mentions] + list(d.catalog.tables)
        for table in tables:
            for column in table.columns:
                if column.semantic == "quantitative" and set(split_name(column.name)) & set(
                    cmp.implied
                ):
                    return table, column, None
    for x in reversed(d.measures):  # "measures … above 20": the measure itself, row by row
        if x.column is not None and x.agg is None:
            return x.table, x.column, None
    return None


def equals(d: Draft) -> None:
    """ "delegates from district 1 or 2", "orders with quantity 1": a number after a column."""
    for w in d.q.words:
        if w.number is None or not d.q.free(w.i):
            continue
        m = next((x for x in d.mentions if x.hi == w.i and x.column is not None), None)
        if m is None or m.column is None or m.column.semantic == "temporal":
            continue
        numbers = [w]
        j = w.i + 1
        while (
            j + 1 < len(d.q)
            and d.q.words[j].text in ("or", "and")
            and d.q.words[j + 1].number is not None
        ):
            numbers.append(d.q.words[j + 1])
            j += 2
        values = [
            int(x.number) if x.number is not None and float(x.number).is_integer() else x.number
            for x in numbers
        ]
        target = _col(m.table, m.column)
        cond: exp.Expression = (
            exp.EQ(this=target, expression=exp.convert(values[0]))
            if len(values) == 1
            else exp.In(this=target, expressions=[exp.convert(v) for v in values])
        )
        d.where.append((m.table, cond))
        d.q.claim(w.i, j, "value")
        if id(m) not in d.used:
            d.take(m, "compared")


def _through_unit(d: Draft, start: int, end: int) -> bool:
    """ "more than 30 mm of precipitation": only a unit and "of" between the number and the column."""
    if not 0 < end - start <= 3:
        return False
    return all(
        d.q.words[i].text in ("of", "in", "the") or d.q.used.get(i) == "unit"
        for i in range(start, end)
    )


def _on_groups(d: Draft, cmp: Compare) -> tuple[Compare, str, Table | None, Column | None] | None:
    """``(compare, aggregate, table, column)`` when the comparison is on a group's count
    ("more than 2000 times", "more than 3100 orders") or aggregate ("an average weight above 50")."""
    words = d.q.texts()
    after_m = next(
        (m for m in d.mentions if cmp.hi <= m.lo <= cmp.hi + 1 and id(m) not in d.used), None
    )
    nxt = words[cmp.hi] if cmp.hi < len(words) else ""
    counted_noun = nxt in ("times", "entries", "records", "rows") or (
        after_m is None
        and nxt != ""
        and d.q.free(cmp.hi)
        and nxt not in ("in", "per", "by", "for", "and", "or", "since", "during")
        and _is_count_word(d, cmp.hi)
    )
    if counted_noun or (after_m is not None and after_m.kind == "table"):
        table = after_m.table if after_m is not None and after_m.kind == "table" else None
        if after_m is not None:
            d.take(after_m, "counted")
        else:
            d.q.claim(cmp.hi, cmp.hi + 1, "counted")
        return cmp, "count", table, None
    agg = next((a for a in d.r.aggs if cmp.lo - 5 <= a.i < cmp.lo and a.strict), None)
    if agg is None:
        return None
    target = next(
        (
            m
            for m in d.mentions
            if m.column is not None
            and m.column.semantic == "quantitative"
            and (agg.hi <= m.lo < cmp.lo or cmp.hi <= m.lo <= cmp.hi + 2)
        ),
        None,
    )
    if target is None or target.column is None:
        return None
    if id(target) not in d.used:
        d.take(target, "compared aggregate")
    d.q.claim(agg.i, agg.hi, f"aggregate {agg.agg}")
    return cmp, agg.agg, target.table, target.column


def _is_count_word(d: Draft, i: int) -> bool:
    """An unknown plural noun after a number ("3100 orders", "1900 captures"): counted rows."""
    w = d.q.words[i]
    return w.text.endswith("s") and len(w.text) > 3 and w.number is None


_NEG = r"(?:(?:does|do|did) not |doesn't |don't |not |without )?"
_LETTERS = r"(?:the )?letters? ['\"]?([a-z0-9])['\"]?((?: (?:or|and) ['\"]?[a-z0-9]['\"]?)*)"
#: text patterns on a text column: (regex, LIKE template); group 1 negation, 2 value, 3 more values
_LIKES: tuple[tuple[str, str], ...] = (
    (
        rf"\b({_NEG})(?:have |has |having |contain |contains |containing |with |include |includes |including )?{_LETTERS} in (?:their|the|its|his|her) (?P<after>[a-z_ ]+?)(?=,|\.|$| and | or | a | show| give| draw| visuali| return| find)",
        "%{}%",
    ),
    (rf"\b({_NEG})(?:starts?|starting|begins?|beginning) with {_LETTERS}", "{}%"),
    (rf"\b({_NEG})(?:starts?|starting|begins?|beginning) with ['\"]?([\w-]+)['\"]?()", "{}%"),
    (rf"\b({_NEG})(?:ends?|ending) with {_LETTERS}", "%{}"),
    (rf"\b({_NEG})(?:ends?|ending) with ['\"]?([\w-]+)['\"]?()", "%{}"),
    (rf"\b({_NEG})(?:contains?|containing|includes?|including) {_LETTERS}", "%{}%"),
    (
        rf"\b({_NEG})(?:contains?|containing|includes?|including) (?:the (?:word|string|text) )?['\"]?([\w-]+)['\"]?()",
        "%{}%",
    ),
)


def likes(d: Draft) -> None:
    """ "names starting with 'Orbit'", "the letters D or S in their first name": patterns on
    the named (or the nearest earlier) text column."""
    text = " ".join(w.raw.lower() if not w.quoted else w.raw for w in d.q.words)
    for pattern, template in _LIKES:
        for m in re.finditer(pattern, text):
            lo, hi = d.q.span(m.start(), m.end())
            if not all(
                d.q.free(i) or d.q.used.get(i) in ("value", "identifier")
                for i in range(lo, hi)
                if i < len(d.q)
            ):
                continue
            texty = [
                x
                for x in d.mentions
                if x.column is not None and x.column.semantic in ("nominal", "geo")
            ]
            if m.groupdict().get("after"):
                a = d.q.span(m.start("after"), m.end("after"))[0]
                target = next((x for x in texty if x.lo == a), None)
            else:
                near = [x for x in texty if x.hi <= lo and lo - x.hi <= 4]
                target = near[-1] if near else None
            if target is None or target.column is None:
                continue
            values = [m[2], *re.findall(r"\b[a-z0-9]\b", m[3] or "")]
            col = _col(target.table, target.column)
            terms = [
                exp.Like(
                    this=exp.Lower(this=col.copy()),
                    expression=exp.Literal.string(template.format(v.lower())),
                )
                for v in values
            ]
            cond: exp.Expression = exp.and_(*terms) if m[3] and " and " in m[3] else exp.or_(*terms)
            if m[1]:
                cond = exp.Not(this=exp.Paren(this=cond))
            d.where.append((target.table, cond))
            d.q.claim(lo, hi, "text pattern")
            if id(target) not in d.used:
                d.take(target, "text pattern")
