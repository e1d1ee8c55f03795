"""A yes/no column named by the last words of its own table's name, said as what rows have:
"people with health insurance" of a table ``HealthInsurance`` whose ``insurance`` is yes/no.

The linker reads the longest name, the table's; as the table it keeps no row, and "the share
of people with health insurance by education" is drawn as the share of people in each
education level. After "with", "without", "have", "has" or "had", the words say which rows:
the flag's own side (the other after "without", "no" or "not").
"""

from __future__ import annotations

from sqlglot import exp

from ..lexicon import split_name
from .draft import Draft
from .flag_values import flag_value
from .mentions import Candidate

__all__ = ["table_flags"]

#: words before what rows have (or lack)
_HAVING = frozenset(["with", "without", "have", "has", "had", "having"])
#: words that make it what the rows lack
_LACKING = frozenset(["without", "no", "not"])


def table_flags(d: Draft) -> None:
    """Each table mention right after a word of having whose last word is the whole name of a
    yes/no column of that table: the rows where the flag holds (or does not)."""
    words = d.q.texts()
    for m in list(d.mentions):
        if m.kind != "table" or m.lo == 0 or not d.q.free(m.lo):
            continue
        before = words[max(0, m.lo - 2) : m.lo]
        if not before or before[-1] not in _HAVING | {"no"}:
            continue
        last = words[m.hi - 1]
        column = next(
            (
                c
                for c in m.table.columns
                if split_name(c.name) == [last] and flag_value(c, True) is not None
            ),
            None,
        )
        if column is None or any(x.column is column for x in d.dims):
            continue
        value = flag_value(column, not (set(before) & _LACKING))
        target = exp.column(column.name, table=m.table.name)
        d.where.append((m.table, exp.EQ(this=target, expression=exp.convert(value))))
        m.cands.insert(0, Candidate("column", m.table, column, m.best.score))  # the flag's
        d.take(m, "flag")
