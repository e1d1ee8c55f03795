"""A number said of the rows' own noun: "loans of $35,000 or more", "orders of 500 units or
more" — the loan's amount, the order's quantity: the one number of that table its noun
names, whatever other number stands nearer."""

from __future__ import annotations

from ...catalog.model import Column, Table
from ..lexicon import lemma, split_name
from .draft import Draft, is_identifier
from .link import Mention
from .reading import Compare

__all__ = ["own_amount"]


def own_amount(d: Draft, cmp: Compare) -> tuple[Table, Column, Mention] | None:
    """The table mention right before "of <number>" and the one quantitative column of that
    table named by the same noun (``loans`` → ``loan_amount``); None when there is not
    exactly one."""
    of = cmp.lo - 1
    if of < 1 or d.q.words[of].text != "of":
        return None
    m = next((x for x in d.mentions if x.hi == of and x.kind == "table"), None)
    if m is None:
        return None
    nouns = {lemma(w) for w in d.q.texts(m.lo, m.hi)} | set(d.q.texts(m.lo, m.hi))
    named = [
        c
        for c in m.table.columns
        if c.semantic == "quantitative"
        and not is_identifier(m.table, c)
        and nouns & set(split_name(c.name))
    ]
    return (m.table, named[0], m) if len(named) == 1 else None
