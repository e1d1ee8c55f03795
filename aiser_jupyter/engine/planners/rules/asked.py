"""The reading without the parts no word asks for (:mod:`..justified`): a filter nobody said
is left out, a measure said only by the head of a grouping's phrase ("movies by MPAA
[rating]") becomes a count of the rows; what is still unasked is refused by the honesty
check."""

from __future__ import annotations

from collections.abc import Callable

from ...catalog.model import Catalog
from ...plan import ChartPlan
from ..justified import Part, drops, unjustified
from .build import build, form
from .draft import Draft, Measure

__all__ = ["asked_only"]


def asked_only(
    question: str, catalog: Catalog, dialect: str, plan: ChartPlan, reread: Callable[[], Draft]
) -> ChartPlan:
    """``plan``, or the plan of a fresh reading (``reread``) without its unasked parts."""
    unasked = unjustified(question, plan, catalog, dialect)
    if not unasked:
        return plan
    d = reread()
    where = [(t, c) for t, c in d.where if not drops(c, unasked)]
    measures = [_counted(m, unasked) for m in d.measures]
    if len(where) == len(d.where) and all(
        a is b for a, b in zip(measures, d.measures, strict=True)
    ):
        return plan
    d.where, d.measures = where, measures
    form(d)
    return build(d)


def _counted(m: Measure, unasked: list[Part]) -> Measure:
    """A measure the question did not name by an aggregate and that no word asks for: the
    rows are counted ("pie chart of movies by MPAA rating": how many movies)."""
    names = {p.column.lower() for p in unasked if p.kind == "measure"}
    if m.column is None or m.explicit or m.column.name.lower() not in names:
        return m
    return Measure("count", m.table, None)
