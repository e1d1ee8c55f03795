"""The things a count is compared for are the groups: "users with more than 1000 ratings",
"which ages account for more than 200 arrests", "education levels with more than 1500
records", "which run distances appear at least 40 times".

A comparison on a count of rows asks which groups have that many; the plural noun that the
comparison is said of ("users with …", "which ages …") names the groups, even when its
column is a number ("ages"). Read alone, that noun had become the measure — the mean age,
the sum of the education codes — and the count compared was left without groups, so the
plan was refused. Here the noun's column becomes the grouping, the count of rows the measure
(unless the question asked for an aggregate of its own), and :func:`.conditions.having`
then compares each group's count.
"""

from __future__ import annotations

from sqlglot import exp

from ...catalog.model import Table
from ..lexicon import split_name
from .draft import Dim, Draft, Having, Measure
from .entity_keys import repeats
from .link import Mention

__all__ = ["counted_groups", "other_things_counted", "summed_groups"]

#: words between the things and the count said of them ("users [with] more than …", "ages
#: [that account for] …", "distances [appear] at least …")
_SAID_OF = frozenset(
    [
        *("with", "having", "that", "which", "who", "have", "has", "had", "having"),
        *("account", "accounts", "accounted", "for", "appear", "appears", "appeared"),
        *("got", "get", "saw", "see", "recorded", "record", "show", "shows", "showed"),
        *("totalled", "totaled", "total", "totals", "reached", "exceeded", "suffered"),
    ]
)
#: words for the rows of any table, counted ("more than 1500 records", "at least 40 times")
_ROWS = frozenset(["records", "rows", "entries", "observations", "times"])
#: the most words that may stand between the things and the comparison
_GAP = 3


def counted_groups(d: Draft) -> None:
    """Group by the plural noun a count comparison is said of (see the module's doc)."""
    if d.dims or d.r.histogram:
        return
    found = next(((c, t) for c, agg, t, _ in d.pending if agg in ("count", "distinct")), None)
    if found is None:
        return
    cmp, counted = found
    m = _things(d, cmp.lo)
    if m is None or m.column is None or any(lo < m.lo <= hi + 1 for lo, hi in d.r.counts):
        return  # "how many countries had at least one riot": the countries are counted
    if counted is not None and counted is not m.table:
        return  # the rows counted are another table's: which of them a group has, unknown
    if not repeats(m.table, m.column):
        return  # "years with more than 20 hijackings" of one row a year: a number, no count
    if not _rows_named(d, cmp.hi, m.table):
        return  # "phases with more than 100 deaths" of a list of crashes: no count of crashes
    d.dims.append(Dim(m.table, m.column, words=(m.lo, m.hi)))
    read = [x for x in d.measures if x.column is m.column and not x.explicit]
    for x in read:  # "ages" read as the mean age: the things, not a number of theirs
        d.measures.remove(x)
    if read and not d.measures:
        d.measures.append(Measure("count", m.table, None))
    d.used.add(id(m))
    d.q.used.update({i: "grouping" for i in range(m.lo, m.hi)})


def _rows_named(d: Draft, at: int, table: Table) -> bool:
    """Whether the words from ``at`` (right after the number) name the rows of ``table``: a
    word for rows ("records", "times"), the table's own noun ("arrests" of ``Arrests``), or
    a mention of it a step already read as the rows counted ("1000 ratings", "10 invalid
    tests")."""
    if at >= len(d.q):
        return False
    word = d.q.words[at]
    if word.text in _ROWS or word.lemma in split_name(table.name):
        return True
    return (
        any(
            x.lo <= at < x.hi and id(x) in d.used and x.table is table and x.kind != "table"
            for x in d.mentions
        )
        and d.q.used.get(at) == "counted"
    )


def _things(d: Draft, lo: int) -> Mention | None:
    """The column mention whose last word is a plural noun right before the words at ``lo``
    (with only "with", "that account for" … between)."""
    for m in sorted(d.mentions, key=lambda x: -x.hi):
        if m.hi > lo or lo - m.hi > _GAP or m.kind != "column":
            continue
        if any(d.q.words[k].text not in _SAID_OF for k in range(m.hi, lo)):
            continue
        last = d.q.words[m.hi - 1]
        if last.lemma == last.text or not last.text.isalpha():
            return None  # "the user with …": one thing, no groups
        return m
    return None


def summed_groups(d: Draft) -> None:
    """ "which causes saw more than 100 fatalities", "phases with more than 500 fatalities": a
    number compared right after the plural noun of the groups is the groups' total — never
    the rows that each had that many (a WHERE on the crashes) — when the chart sums it."""
    if len(d.dims) != 1 or len(d.measures) != 1 or d.having:
        return
    measure, dim = d.measures[0], d.dims[0]
    if measure.agg != "sum" or measure.column is None or measure.explicit:
        return
    for cmp in d.r.compares:
        named = next((m for m in d.mentions if m.lo in (cmp.hi, cmp.hi + 1)), None)
        if named is None or named.column is not measure.column:
            continue
        things = _things(d, cmp.lo)
        if things is None or things.column is not dim.column:
            continue
        if not repeats(dim.table, dim.column):
            continue  # one row per group: its own number, compared row by row
        d.where[:] = [(t, e) for t, e in d.where if not _on(e, measure.column.name)]
        d.having.append(Having(Measure("sum", measure.table, measure.column), cmp.op, cmp.value))
        d.q.claim(cmp.lo, cmp.hi, f"comparison {cmp.op}")
        return


def _on(e: exp.Expression, name: str) -> bool:
    """A comparison of the column ``name`` with a number (the row-by-row reading)."""
    return (
        isinstance(e, (exp.GT, exp.GTE, exp.LT, exp.LTE))
        and isinstance(e.this, exp.Column)
        and e.this.name == name
    )


def other_things_counted(d: Draft) -> None:
    """ "customers with more than 5 orders by segment": the count is compared for each
    customer, not for each segment, and a customer's count is no group the chart draws — the
    comparison is left unread (the plan is then refused) instead of kept as the segments
    that have more than 5 orders."""
    for item in list(d.pending):
        cmp, agg = item[0], item[1]
        if agg != "count" or not d.dims:
            continue
        things = _things_table(d, cmp.lo)
        if things is None or any(
            x.table is things.table
            and (not repeats(x.table, x.column) or _same_noun(d, x.words, things))
            for x in d.dims
        ):
            continue  # "customers with more than 5 orders": each customer's count, drawn
        d.pending.remove(item)


def _same_noun(d: Draft, words: tuple[int, int] | None, things: Mention) -> bool:
    """Whether a grouping was said with the things' own noun ("per movie, for movies with …")."""
    return words is not None and d.q.lemmas(*words) == d.q.lemmas(things.lo, things.hi)


def _things_table(d: Draft, lo: int) -> Mention | None:
    """The table named by the plural noun right before the words at ``lo`` ("customers
    [with] more than …")."""
    for m in d.mentions:
        if (
            m.kind == "table"
            and m.hi <= lo
            and lo - m.hi <= _GAP
            and all(d.q.words[k].text in _SAID_OF for k in range(m.hi, lo))
        ):
            return m
    return None
