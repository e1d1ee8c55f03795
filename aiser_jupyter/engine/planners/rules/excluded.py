"""The step that keeps a value's rows out: "top 5 agents, leaving out not_applicable",
"sales by region excluding West", "carriers other than AA or UA" (``column <> value``,
``NOT IN``). Runs before :func:`.values`, which would keep those rows in."""

from __future__ import annotations

from sqlglot import exp

from ..kept_out import cue_before
from ..list_values import Element, keeps
from .draft import Draft, column_ref
from .link import Candidate, Mention

__all__ = ["excluded"]


def excluded(d: Draft) -> None:
    """Each value mention a cue leaves out ("excluding X", "except X and Y") becomes a
    condition that keeps its rows out, on the one column it is a value of. A value of several
    columns goes to the one the chart groups by ("agents …, leaving out not_applicable"), else
    to the one the question names; still several, :func:`.values` refuses as for any value."""
    words = d.q.texts()
    grouped = {id(x.column) for x in d.dims}
    named = {id(m.column) for m in d.mentions if m.kind == "column" and m.column is not None}
    out: dict[int, list[Mention]] = {}
    last: Mention | None = None
    for m in sorted(d.free(), key=lambda x: x.lo):
        if m.kind != "value" or m.column is None:
            continue
        cue = cue_before(words, m.lo)
        listed = last is not None and _listed_after(d, last, m)
        if cue is None and not listed:
            last = None
            continue
        column = _column(m, grouped, named)
        if column is None:
            last = None
            continue
        if cue is not None:
            d.q.claim(cue[0], cue[1], "excluded")
        out.setdefault(id(column.column), []).append(m)
        last = m
    for group in out.values():
        best = group[0].best
        assert best.column is not None
        target = column_ref(best.table, best.column)
        vals = list(dict.fromkeys(m.best.value for m in group))
        cond: exp.Expression = (
            exp.NEQ(this=target, expression=exp.convert(vals[0]))
            if len(vals) == 1 and not isinstance(vals[0], Element)
            else exp.Not(this=keeps(target, vals))
        )
        d.where.append((best.table, cond))
        for m in group:
            d.take(m, "excluded")


def _listed_after(d: Draft, last: Mention, m: Mention) -> bool:
    """ "excluding X and Y": ``m`` follows the value left out before it, joined by and/or."""
    between = [t for t in d.q.texts(last.hi, m.lo) if t not in ("the", "a", "an")]
    return between in (["and"], ["or"], [","], ["nor"], [",", "and"], [",", "or"])


def _column(m: Mention, grouped: set[int], named: set[int]) -> Candidate | None:
    """The one candidate of ``m`` the value is of: alone, or the grouped or named column
    among several tied; ``None`` when the words do not decide (left to :func:`.values`)."""
    best = m.best
    tied = [c for c in m.cands if c.kind == "value" and c.rank >= best.rank - 1e-9]
    for among in (None, grouped, named):
        chosen = [c for c in tied if among is None or id(c.column) in among]
        if len({id(c.column) for c in chosen}) == 1:
            m.cands.remove(chosen[0])
            m.cands.insert(0, chosen[0])
            return chosen[0]
    return None
