"""A comparison said of the groups themselves: "regions that received more than 1 billion
dollars of aid", "vendors who sold more than 500 units" — what each region received in all,
its total, is compared (HAVING), not each grant on its own (WHERE). The clause's subject is a
grouping column (a region, a vendor: many rows each), its verb stands alone between the
pronoun and the comparison, and the amount named after the number adds up."""

from __future__ import annotations

from ..date_grain import stored_unit
from .draft import Draft, summable
from .link import Mention
from .reading import Agg, Compare

__all__ = ["compound_head", "entity_total", "unit_total"]

#: calendar units, finest first, and the plural words that name them
_UNITS = ("day", "week", "month", "quarter", "year")
_UNIT_WORDS = {u + "s": u for u in _UNITS}
#: the words that link a unit to what it compares: "months [with] more than …"
_LINKS = frozenset(["with", "had", "having", "that", "which", "where", "when", "saw", "of", "in"])

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


def unit_total(d: Draft, cmp: Compare) -> Agg | None:
    """ "months with more than 1,000 deaths" of a table of daily rows: each month's total is
    compared (HAVING), not each day's number — the unit a plural names ("months", "years")
    is coarser than the dates the rows are stored at."""
    words = d.q.texts()
    k = next(
        (j for j in range(cmp.lo - 1, max(-1, cmp.lo - 5), -1) if words[j] in _UNIT_WORDS), None
    )
    if k is None or not all(w in _LINKS or w.isdigit() for w in words[k + 1 : cmp.lo]):
        return None
    amount = next(
        (
            m
            for m in d.mentions
            if cmp.hi <= m.lo <= cmp.hi + _AFTER
            and m.column is not None
            and m.column.semantic == "quantitative"
        ),
        None,
    )
    if amount is None or amount.column is None or not summable(amount.table, amount.column):
        return None
    stored = [stored_unit(c) for c in amount.table.columns if c.semantic == "temporal"]
    unit = _UNIT_WORDS[words[k]]
    finer = [s for s in stored if s in _UNITS and _UNITS.index(s) < _UNITS.index(unit)]
    return Agg("sum", k + 1, cmp.lo) if finer else None


def compound_head(numbers: list[Mention], first: Mention | None) -> Mention | None:
    """The head of a compound of two number names ("gas price" of ``gas`` and ``price``): the
    one named last, right after ``first``; else ``first``."""
    if first is None:
        return None
    nxt = next((m for m in numbers if m.lo == first.hi and m.column is not first.column), None)
    return nxt or first
