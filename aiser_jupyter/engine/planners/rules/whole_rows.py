"""A row of the whole among the parts: country panels (World Bank, OWID, OICA) keep a
``World`` row beside the countries, the sum or mean of them all. "The top 10 producing
countries" ranks countries, "how many countries" counts them: the world is no country, and
as one it would top every ranking, dwarf every bar and add one to every count."""

from __future__ import annotations

from sqlglot import exp

from ..lexicon import lemma, split_name
from .draft import Draft, column_ref

__all__ = ["whole_rows"]

#: values of a place column that stand for all the places at once
WHOLE_VALUES = frozenset(["world"])


def whole_rows(d: Draft) -> None:
    """Places compared or counted — a grouping by a place column, or a count of its distinct
    places — where the column holds a ``World`` value that no word of the question keeps:
    that row is left out."""
    places = [(x.table, x.column) for x in d.dims]
    places += [(m.table, m.column) for m in d.measures if m.agg == "distinct" and m.column]
    if d.r.histogram and not d.dims:  # "distribution of countries' GDP growth": of countries
        said = {lemma(w) for w in d.q.texts()}
        places += [
            (m.table, c)
            for m in d.measures
            for c in m.table.columns
            if c.semantic == "geo" and set(split_name(c.name)) & said
        ]
    for table, column in places:
        if column.semantic != "geo" or any(_reads(e, column.name) for _, e in d.where):
            continue
        whole = [
            v for v in column.samples if isinstance(v, str) and v.strip().lower() in WHOLE_VALUES
        ]
        if len(whole) == 1:
            target = column_ref(table, column)
            d.where.append((table, exp.NEQ(this=target, expression=exp.convert(whole[0]))))


def _reads(e: exp.Expression, name: str) -> bool:
    """Whether the condition ``e`` reads a column called ``name``."""
    return any(c.name.lower() == name.lower() for c in e.find_all(exp.Column))
