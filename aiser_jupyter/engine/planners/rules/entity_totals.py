"""A comparison said of the groups themselves: "regions that received more than 1 billion
dollars of aid", "vendors who sold more than 500 units" — what each region received in all,
its total, is compared (HAVING), not each grant on its own (WHERE). The clause's subject is a
grouping column (a region, a vendor: many rows each), its verb stands alone between the
pronoun and the comparison, and the amount named after the number adds up."""

from __future__ import annotations

from .draft import Draft, summable
from .reading import Agg, Compare

__all__ = ["entity_total"]

_PRONOUNS = frozenset(["that", "who", "which"])
#: an amount said right after the number, a word such as "dollars of" between
_AFTER = 3


def entity_total(d: Draft, cmp: Compare) -> Agg | None:
    """The total the verb of "<things> that <verb> more than N <amount>" compares, or None."""
    words = d.q.texts()
    rel = next((r for r in (cmp.lo - 2, cmp.lo - 3) if r > 0 and words[r] in _PRONOUNS), None)
    if rel is None:
        return None
    covered = {i for m in d.mentions for i in range(m.lo, m.hi)}
    if any(i in covered for i in range(rel + 1, cmp.lo)):
        return None  # "regions that [aid] more than …": a name, not a verb
    subject = next((m for m in d.mentions if m.hi == rel), None)
    if (
        subject is None
        or subject.kind != "column"
        or subject.column is None
        or subject.column.semantic == "quantitative"
    ):
        return None  # "employees who earn more than 5000": each row is one employee
    amount = next(
        (m for m in d.mentions if cmp.hi <= m.lo <= cmp.hi + _AFTER and m.column is not None),
        None,
    )
    if amount is None or amount.column is None or not summable(amount.table, amount.column):
        return None
    return Agg("sum", rel + 1, cmp.lo)
