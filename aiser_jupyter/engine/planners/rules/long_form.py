"""Steps for long (key/value) tables (:mod:`..long_tables`): a value of the key names the
table's number on the value's rows — a :class:`KeyedValue` column, filtered in the WHERE
when it is all the chart measures, else inside its expression (``CASE WHEN key = value THEN
number END``)."""

from __future__ import annotations

from pydantic import PrivateAttr
from sqlglot import exp

from ....errors import error
from ...catalog.model import Column
from ..long_tables import NAME_STATISTICS, LongKey, long_keys
from .column_years import year_member
from .derived import DerivedColumn
from .draft import Dim, Draft, Measure, column_ref, plain
from .link import Candidate, Mention

__all__ = ["KeyedValue", "keyed_grain", "keyed_values"]


class KeyedValue(DerivedColumn):
    """A long table's number on the rows of one key value ("rent": ``estimate`` where
    ``variable = 'rent'``); the filter applied once (:meth:`settle_filter`)."""

    _number: Column | None = PrivateAttr(default=None)
    _key: LongKey | None = PrivateAttr(default=None)

    def expression(self) -> exp.Expression:
        """The number, or — while its filter is not settled — ``CASE WHEN key = value THEN
        number END``: a comparison built before then reads only the value's rows."""
        if self._filter is None:
            return self._expr.copy()
        return exp.Case(ifs=[exp.If(this=self._filter.copy(), true=self._expr.copy())])

    @property
    def long_key(self) -> LongKey:
        assert self._key is not None
        return self._key


def keyed_values(d: Draft) -> None:
    """A free value of a long table's key ("rent" of variable) names that table's number on
    the value's rows: its mention becomes a column, and an aggregate word that describes the
    number ("median rent" where each row is a median) becomes part of its name."""
    keys = long_keys(d.catalog)
    if not keys:
        return
    for m in d.mentions:
        best = m.best
        if best.kind != "value" or best.column is None or not isinstance(best.value, str):
            continue
        key = keys.get(best.table.name.lower())
        if (
            key is None
            or best.column is not key.key
            or not all(d.q.free(i) for i in range(m.lo, m.hi))
        ):
            continue
        if _number_named(d, key):
            continue  # "life exp in Africa": the number is named; the value keeps rows
        if _ranks_by_another(d, m):
            continue  # "income of the 5 states with the highest turnout": ranked by another
        number = _qualifier_named(d, m, key) or key.value
        number = year_member(d, key.table, number)  # "GDP per capita in 2020": year_2020
        m.cands.insert(
            0, Candidate("column", best.table, _keyed(key, number, best.value), best.score)
        )
        _name_aggregate(d, m)


def _number_named(d: Draft, key: LongKey) -> bool:
    """Whether the question names the table's main number itself ("life exp in Africa" of a
    panel by continent and year): then a value of the text column picks rows, as elsewhere."""
    return any(_first_column(m) is key.value for m in d.mentions)


def _first_column(m: Mention) -> Column | None:
    """The column ``m`` names first, past its own table named alike ("arrivals" of a table
    ``arrivals`` whose number is ``arrivals``)."""
    cands = m.cands[1:2] if m.cands and m.cands[0].kind == "table" else m.cands[:1]
    return next((c.column for c in cands if c.kind == "column" and c.table is m.table), None)


def _ranks_by_another(d: Draft, m: Mention) -> bool:
    """A superlative ("highest", "most") that does not stand right before the value: the
    things are ranked by another number, which this reading would not use."""
    top_at = next((w.i for w in d.q.words if d.r.top is not None and w.number == d.r.top), None)
    if top_at is not None and m.lo < top_at:
        return True  # "income of the 5 states with the highest turnout": ranked after it
    return any(a.agg in ("max", "min") and a.hi not in (m.lo, m.lo - 1) for a in d.r.aggs)


def _qualifier_named(d: Draft, m: Mention, key: LongKey) -> Column | None:
    """ "margin of error of the median income": a qualifying number named near the value is
    the one measured (its words are taken with the value's)."""
    for other in d.mentions:
        if other is m or other.kind != "column" or other.column not in key.others:
            continue
        if other.table is key.table and abs(other.lo - m.lo) <= 6:
            d.take(other, "long table's number")
            return other.column
    return None


def _keyed(key: LongKey, number: Column, value: str) -> KeyedValue:
    facts = number.model_dump(exclude={"name", "description", "synonyms", "primary_key"})
    name = plain(value) or key.value.name
    term = value
    if number is not key.value:
        name, term = f"{name}_{number.name}", f"{value} {number.name}"
    column = KeyedValue(
        name=name,
        term=term,
        kind="metric",
        description=f"{number.name} where {key.key.name} = {value!r}",
        **facts,
    )
    column._expr = exp.column(number.name, table=key.table.name)
    column._filter = exp.EQ(
        this=exp.column(key.key.name, table=key.table.name), expression=exp.convert(value)
    )
    column._number = number
    column._key = key
    return column


def _name_aggregate(d: Draft, m: Mention) -> None:
    """ "average median income", "states with a median rent above $1,000", "median income of
    the West North Central states": ``median`` right before the value is the number's name
    (each row already is a median) when another aggregate word comes first, when rows are
    counted or the number compared, or when nothing groups the rows; "median rent by region"
    keeps it an aggregate, computed over the things in each group."""
    before = next((a for a in d.r.aggs if a.hi == m.lo and a.strict), None)
    if before is None or d.q.words[before.i].text not in NAME_STATISTICS:
        return
    if not all(d.q.free(i) for i in range(before.i, before.hi)):
        return
    outer = any(a.hi == before.i and a.strict for a in d.r.aggs)
    counted = bool(d.r.counts) or any(0 <= c.lo - m.hi <= 2 for c in d.r.compares)
    grouped = bool(d.r.group_cues) or d.r.top is not None or d.r.versus
    if not (outer or counted or not grouped):
        return
    d.q.claim(before.i, before.hi, "the number's name")
    d.r.aggs = [a for a in d.r.aggs if a is not before]
    column = m.best.column
    assert isinstance(column, KeyedValue)
    word = d.q.words[before.i].text
    column.name = f"{word}_{column.name}"
    column.term = f"{word} {column.term}"
    m.lo = before.i


def keyed_grain(d: Draft) -> None:
    """ "median rent in the Pacific division", "median income of the Mountain states": a long
    table's number with no aggregate asked, grouped by nothing or by its things (its grain or
    a column joined to it), is each thing's number — one bar per thing, not a total of one."""
    if len(d.measures) != 1 or d.r.counts or len(d.dims) > 1:
        return
    m = d.measures[0]
    column = m.column
    if not isinstance(column, KeyedValue):
        return
    if m.explicit:
        _aggregate_of_one(d, m, column)
        return
    if m.agg == "sum" and set(column.name.split("_")) & NAME_STATISTICS:
        m.agg = "mean"  # medians do not add up: by a group of things, their average
    key = column.long_key
    if len(key.grain) != 1 or key.grain[0].semantic != "nominal":
        return
    thing = key.grain[0]
    if d.dims and m.explicit is False and _kept_to_one(d, d.dims[0]):
        d.dims = []  # "in the Pacific division": a condition, not a grouping of one bar
    if not d.dims:
        d.dims.append(Dim(key.table, thing))
    elif not _same_things(d, d.dims[0], key.table.name, thing.name):
        return
    m.agg = None


def _aggregate_of_one(d: Draft, m: Measure, column: KeyedValue) -> None:
    """ "average median rent in the swing states" drawn by state: an average of one row per
    state is no average — the words that pick the states were not understood; refuse."""
    key = column.long_key
    ranked = d.r.top is not None or d.r.sort_words is not None
    if len(d.dims) != 1 or len(key.grain) != 1 or m.agg is None or ranked:
        return
    dim = d.dims[0]
    said = dim.words is not None and any(c < dim.words[0] for c in d.r.group_cues)
    if said or not _same_things(d, dim, key.table.name, key.grain[0].name):
        return
    msg = (
        f"Each {dim.column.name} has one {column.term} in {key.table.name}, so its "
        f"{m.agg} by {dim.column.name} is the value itself; say which "
        f"{dim.column.name}s to keep (for example with a value of a column), or group by a "
        "column that holds several of them."
    )
    raise error("AISER-PLAN-UNSURE", msg)


def _kept_to_one(d: Draft, dim: Dim) -> bool:
    """Whether the WHERE keeps ``dim``'s column to one value."""
    ref = column_ref(dim.table, dim.column)
    return any(isinstance(c, exp.EQ) and c.this == ref for _, c in d.where)


def _same_things(d: Draft, dim: Dim, table: str, column: str) -> bool:
    """Whether ``dim`` groups by the grain itself or by a column joined to it one to one."""
    own = dim.table.name.lower(), dim.column.name.lower()
    if own == (table.lower(), column.lower()):
        return True
    for j in d.catalog.joins:
        ends = {(j.table.lower(), j.column.lower()), (j.ref_table.lower(), j.ref_column.lower())}
        if ends == {own, (table.lower(), column.lower())}:
            return True
    return False
