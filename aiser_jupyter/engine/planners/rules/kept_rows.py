"""The things a comparison keeps, named before it: "the average life expectancy in 2019 of
the countries with more than 50 million people" is one average over those countries, not one
bar per country. Where the measured table holds one row per country (and year), an explicit
average or total per country would only repeat each row: the countries are the rows the
aggregate runs over, kept by the comparison that follows their name."""

from __future__ import annotations

from sqlglot import exp

from ..grain import one_row_per
from ..lexicon import split_name
from ..long_tables import one_per_key_value
from ..row_things import rows_are
from ..share_words import SHARE_WORDS
from .draft import Draft, calendar_part
from .link import Mention

__all__ = [
    "bounds_rows",
    "dated_by_range",
    "kept_by_clause",
    "kept_by_comparison",
    "kept_rows_of",
    "rows_in_scope",
    "shared",
    "the_extreme_one",
    "valued",
]

#: words between the things and the comparison that keeps them
_RELATIVE = frozenset(["with", "where", "that", "whose", "having", "which"])
#: aggregates that run over the rows kept
_OVER_ROWS = frozenset(["mean", "median", "sum", "min", "max"])


def kept_by_comparison(d: Draft, m: Mention) -> bool:
    """Whether mention ``m`` ("countries") names the rows an explicitly aggregated measure runs
    over, kept by a comparison right after it ("with more than 50 million people")."""
    column = m.column
    if column is None or column.semantic not in ("nominal", "geo") or m.hi >= len(d.q.words):
        return False
    if d.q.words[m.hi].text not in _RELATIVE:
        return False
    if not any(m.hi < c.lo <= m.hi + 5 and not c.vs_average for c in d.r.compares):
        return False
    if len(d.measures) != 1:
        return False
    measure = d.measures[0]
    own = next((c for c in m.cands if c.table is measure.table and c.column is not None), None)
    if not measure.explicit or measure.agg not in _OVER_ROWS or own is None:
        return False  # the measured table's own column of those things, or none
    table, column = own.table, own.column or column
    if table.row_count and column.distinct == table.row_count and not column.nulls:
        return True  # one row per thing
    if one_per_key_value(d.catalog, table, column.name):
        return True  # one row per thing of the long table's key value ("GDP per capita")
    filtered = {  # columns kept to one value ("in 2019")
        eq.this.name.lower()
        for t, cond in d.where
        if t is table
        for eq in cond.find_all(exp.EQ)
        if isinstance(eq.this, exp.Column)
    }
    return any(  # one row per thing and year, the year kept to one
        calendar_part(t) == "year" and t.name.lower() in filtered and one_row_per(table, column, t)
        for t in table.columns
    )


#: words before a noun that make it the rows aggregated over ("highest rate among colleges")
_SCOPE = frozenset(["among", "across", "at", "over"])
#: words that may stand between the scope word and the noun ("at a public college")
_BETWEEN = frozenset(["a", "an", "the", "all", "any"])


def rows_in_scope(d: Draft, m: Mention) -> bool:
    """Whether ``m`` ("colleges") follows "among"/"at a"/"across all", words that keep rows
    ("public") between: the rows one explicit aggregate runs over, not one bar each."""
    said = d.measures[0].explicit or d.r.distribution if len(d.measures) == 1 else False
    if not said or d.measures[0].agg not in _OVER_ROWS:
        return False  # … "unit price distribution for online orders": of those rows
    i = m.lo - 1
    while i >= 0 and d.q.used.get(i) in ("flag", "value"):
        i -= 1
    if i >= 0 and d.q.words[i].text == "any" and d.measures[0].agg in ("max", "min"):
        # "the most cholesterol in any Subway [item]": the largest of one row, where each row
        # is an item (of a panel, "of any state", which year is meant is unsaid)
        return m.column is not None and rows_are(m.table, m.column)
    while i >= 0 and (d.q.words[i].text in _BETWEEN or d.q.used.get(i) in ("flag", "value")):
        i -= 1
    if i >= 0 and d.q.words[i].text == "for" and m.kind == "table":
        return True  # "average discount for online [orders]": the rows kept, no bar each
    return i >= 0 and d.q.words[i].text in _SCOPE


def dated_by_range(d: Draft, m: Mention) -> bool:
    """Whether ``m`` names the date a time range right after it keeps ("patients [diagnosed]
    before 1986", "orders shipped in July"): which rows are measured, not an axis."""
    column = m.column
    if column is None or not any(tr.span[0] in (m.hi, m.hi + 1) for tr in d.r.ranges):
        return False
    if d.r.group_cues:
        return False  # "by construction year for homes [built] since 2000": a grouping asked
    if any(x is not m and x.column is column for x in d.mentions):
        return False  # "by construction year … built since 2000": grouped as said first
    return any(
        t is m.table and c.name.lower() == column.name.lower()
        for t, cond in d.where
        for c in cond.find_all(exp.Column)
    )


def valued(d: Draft, m: Mention) -> bool:
    """A column named beside a value of its own ("a crash [caused] by human error", "the
    [region] of Europe"): the rows the value keeps, one group at most — no axis."""
    gap = d.q.words[m.hi].text if m.hi < len(d.q) else ""
    return (
        m.kind == "column"
        and gap in ("by", "of", "is", "was")
        and any(x.kind == "value" and x.column is m.column and x.lo == m.hi + 1 for x in d.mentions)
    )


def shared(d: Draft, m: Mention) -> bool:
    """ "what share of the [firms] were in the S&P 500": the rows a share is taken of, which
    the clause after them splits — no axis of their own ("the share of the home city of all
    drivers" is one)."""
    before = d.q.texts(max(0, m.lo - 3), m.lo)
    while before and before[-1] in ("the", "all"):
        before.pop()
    after = d.q.texts(m.hi, m.hi + 1)
    return (
        len(before) >= 2
        and before[-1] == "of"
        and before[-2] in SHARE_WORDS
        and bool(after)
        and after[0] in ("were", "are", "was", "is", "that", "who", "which")
    )


#: words that open what keeps a noun's rows ("customers [who] signed up in 2024", "customers
#: [in] the West region")
_CLAUSE = frozenset(["who", "that", "which", "whose", "in", "with", "from", "at"])
#: what a word the clause keeps rows by is used for
_KEEPING = ("value", "time range", "comparison", "compared", "flag", "year", "month")


def kept_by_clause(d: Draft, m: Mention) -> bool:
    """Whether ``m``, a table's noun after "from"/"of"/"for" ("revenue from [customers] who
    signed up in 2024", "revenue of [customers] in the West region"), is followed by a clause
    whose words keep its rows, and the measure is taken over many rows per thing (order lines
    per customer): the rows measured, never one bar each."""
    if m.kind != "table" or m.lo < 1 or d.q.words[m.lo - 1].text not in ("from", "of", "for"):
        return False
    if m.hi >= len(d.q.words) or d.q.words[m.hi].text not in _CLAUSE:
        return False
    things = m.table.row_count or 0
    if not d.measures or any((x.table.row_count or 0) < 1.5 * things for x in d.measures):
        return False  # "pm25 of [cities] with …" of a table of cities: each city's own number
    return any(
        (d.q.used.get(i) or "").startswith(_KEEPING)
        for i in range(m.hi + 1, min(m.hi + 7, len(d.q.words)))
    )


def kept_rows_of(d: Draft, m: Mention) -> bool:
    """Whether ``m`` names rows a condition or a scope keeps, not a grouping (see above)."""
    return kept_by_comparison(d, m) or rows_in_scope(d, m) or kept_by_clause(d, m)


def bounds_rows(d: Draft, m: Mention) -> bool:
    """ "methods used by people aged 15 to 24": a number named right before a comparison on it
    bounds the rows, and is no measure of theirs."""
    if m.column is None or not d.q.used.get(m.hi, "").startswith("comparison"):
        return False
    name = m.column.name.lower()
    return any(c.name.lower() == name for _, cond in d.where for c in cond.find_all(exp.Column))


def the_extreme_one(d: Draft, m: Mention) -> bool:
    """ "age of the youngest person": the number named, then "the" and a superlative that
    aggregates it before a singular noun — one value over the rows, not a bar per person."""
    lo = m.lo
    if lo < 2 or d.r.top is not None or d.q.words[lo - 2].text != "the":
        return False
    if not d.q.used.get(lo - 1, "").startswith("aggregate") or m.hi != lo + 1:
        return False
    if d.q.words[lo].lemma != d.q.words[lo].text or len(d.measures) != 1:
        return False
    column = d.measures[0].column
    named = set(split_name(column.name)) if column is not None else set()
    return bool(named & set(d.q.lemmas(0, lo - 2)))
