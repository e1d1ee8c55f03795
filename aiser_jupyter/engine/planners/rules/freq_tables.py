"""Tables of counts: one row per combination of categories (a country and a year, a sex and
an age group) with the number of things of that kind in a count column (``Freq``, ``n``,
``count``, ``num_incidents``), as R's ``as.data.frame(table())`` or a GROUP BY makes them.
"number of incidents by country" over such a table named after its things is the sum of
that column: a count of its rows would count the combinations, not the things.

A table may also hold other numbers beside its count (a disease, a state, a year, the weeks
reported, the population and the ``count`` of cases): a column named by a count word alone
(``count``, ``n``, ``Freq``) is then still each row's number of things. Rows counted without a
noun that names them ("how many polio cases", "measles in California over the years") are
that column's sum; "how many records" still counts rows, and a noun that names the table
keeps its rows (the stricter rule above)."""

from __future__ import annotations

from ...catalog.model import Column, Table
from ..count_names import COUNT_FORMS
from ..lexicon import lemma, split_name
from ..roles import calendar_part
from ..tallies import counts_of_things, tally_column
from .draft import Draft, Measure

__all__ = ["frequency_column", "holds_tallies", "sum_frequencies", "tallied_home"]

#: name words of a column that holds each row's number of things
_COUNT_WORDS = COUNT_FORMS | {"freq", "frequency", "total"}
#: nouns that count a table's rows themselves, not the things its count column counts
_ROW_WORDS = frozenset(["row", "record", "entry", "observation"])


def _counts_named(table: Table, column: Column) -> bool:
    """Named only by count words (``Freq``, ``n``), or by a count word and the words of the
    table's name (``num_incidents`` in ``incidents``)."""
    words = split_name(column.name)
    table_words = {lemma(w) for w in split_name(table.name)}
    return any(w in _COUNT_WORDS for w in words) and all(
        w in _COUNT_WORDS or lemma(w) in table_words for w in words
    )


def _a_category(column: Column) -> bool:
    return column.semantic in ("nominal", "geo", "boolean") or calendar_part(column) is not None


def frequency_column(table: Table) -> Column | None:
    """The count column of a table of counts (see the module): whole numbers of at least 0,
    every other column a category or a part of a date; None for any other table."""
    counts = [c for c in table.columns if counts_of_things(c) and _counts_named(table, c)]
    if len(counts) != 1 or len(table.columns) < 2:
        return None
    others = [c for c in table.columns if c is not counts[0]]
    return counts[0] if all(_a_category(c) for c in others) else None


def _rows_said(d: Draft) -> bool:
    """Whether the question counts rows as such ("how many records")."""
    return any(lemma(w.text) in _ROW_WORDS for w in d.q.words)


def _summed(d: Draft, m: Measure) -> Measure:
    if m.agg != "count" or m.column is not None or m.per is not None:
        return m
    named = any(c.kind == "table" and c.table is m.table for x in d.mentions for c in x.cands)
    freq = frequency_column(m.table) if named else None
    if freq is None and m.table.name.lower() not in _named_tables(d) and not _rows_said(d):
        freq = tally_column(m.table)
    if freq is None:
        return m
    return Measure("sum", m.table, freq, name=m.name, explicit=True)


def _named_tables(d: Draft) -> set[str]:
    """The tables a mention reads as a table by their head noun ("diseases" of
    us_contagious_diseases; not "the US", nor "per disease" read as a column)."""
    return {
        x.table.name.lower()
        for x in d.mentions
        if x.kind == "table"
        and set(split_name(x.table.name)[-1:]) <= {lemma(w) for w in d.q.texts(x.lo, x.hi)}
    }


def _counted_home(d: Draft) -> Measure | None:
    """Nothing measured ("measles in California over the years"): the sum of the count column
    of the one table the question's rows come from, if it has one; None to count rows."""
    if d.measures or d.r.histogram or d.r.mark == "point" or _rows_said(d):
        return None
    homes = {id(t): t for t in [d.fact, *(x.table for x in d.dims)] if t is not None}
    if not homes and len(d.catalog.tables) == 1:
        homes = {id(d.catalog.tables[0]): d.catalog.tables[0]}
    if len(homes) != 1:
        return None
    table = next(iter(homes.values()))
    tally = None if table.name.lower() in _named_tables(d) else tally_column(table)
    return Measure("sum", table, tally) if tally is not None else None


def sum_frequencies(d: Draft) -> None:
    """Rows counted of a table of counts that the question names ("number of incidents",
    "incidents by country" over ``incidents``) are the sum of its count column, in the
    chart's measures and in the comparisons on its groups ("more than 5,000 incidents");
    so are rows counted of a table with a count column that no noun names (the module)."""
    if (home := _counted_home(d)) is not None:
        d.measures.append(home)
    d.measures = [_summed(d, m) for m in d.measures]
    for h in d.having:
        h.measure = _summed(d, h.measure)


def tallied_home(d: Draft) -> None:
    """Nothing measured yet, before a compared number is shown in its place ("cases of each
    disease in states with an assault rate above 200"): the rows of a table with a count
    column are its things, summed (see :func:`sum_frequencies`)."""
    if (home := _counted_home(d)) is not None:
        d.measures.append(home)


def holds_tallies(table: Table) -> bool:
    """Whether ``table``'s rows each count things (a frequency or count column): "more than
    30,000 cases" then compares their sum, not a number of rows."""
    return frequency_column(table) is not None or tally_column(table) is not None
