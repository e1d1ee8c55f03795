"""A plan whose base query passed the guard: the only thing the engine builds plan SQL from.

:func:`guard_plan` is the one way to get a :class:`GuardedPlan`. Every stage that
sends a query for a plan — bounds and stored statistics for bin widths, the
heatmap/histogram preparation, compile, the reductions — takes a
:class:`GuardedPlan` and reads the base query only through
:meth:`GuardedPlan.base`, a copy of the *checked* tree (never the plan's text).
Filters and zoom wrap that tree too, and the plans they make are guarded again
when they run. So no stage can send a plan's SQL before the guard has seen it.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING

from sqlglot import exp

from ..plan import ChartPlan, ChartSpec
from .guard import guard_sql, render

if TYPE_CHECKING:
    from ..catalog.model import Catalog

__all__ = ["GuardedPlan", "guard_plan"]

_KEY = object()  #: held by this module only: a GuardedPlan cannot be built elsewhere
_SIZE = 256
_TREES: OrderedDict[tuple[str, str, tuple[str, ...]], exp.Expression] = OrderedDict()


class GuardedPlan:
    """``plan`` with its base query checked by the guard for ``dialect``.

    Made only by :func:`guard_plan`. The checked tree is private: :meth:`base` hands out
    copies, so a stage can wrap it without changing what the next stage sees.
    """

    __slots__ = ("_tree", "dialect", "plan")

    def __init__(self, plan: ChartPlan, dialect: str, tree: exp.Expression, key: object) -> None:
        if key is not _KEY:
            msg = "a GuardedPlan is made by guard_plan() only"
            raise TypeError(msg)
        self.plan = plan
        self.dialect = dialect
        self._tree = tree

    @property
    def chart(self) -> ChartSpec:
        return self.plan.chart

    def base(self) -> exp.Expression:
        """A copy of the checked base query's tree (the only way to the plan's SQL)."""
        return self._tree.copy()

    def base_sql(self) -> str:
        """The checked base query as text for :attr:`dialect` (regenerated, no comments)."""
        return render(self._tree, self.dialect)

    def with_chart(self, chart: ChartSpec) -> GuardedPlan:
        """The same checked base query with another chart spec (bin widths, forced marks)."""
        plan = self.plan.model_copy(update={"chart": chart})
        return GuardedPlan(plan, self.dialect, self._tree, _KEY)

    def __repr__(self) -> str:
        return f"<GuardedPlan {self.dialect} {self.plan.chart.mark}>"


def guard_plan(plan: ChartPlan, catalog: Catalog, dialect: str) -> GuardedPlan:
    """Check ``plan``'s base query against ``catalog``'s tables (``AISER-SQL-*`` when refused).

    The checked trees are remembered per (SQL, dialect, tables), so re-running a chart
    (dashboards, zoom, filters) does not parse and check it again.
    """
    tables = tuple(t.name for t in catalog.tables)
    key = (plan.sql, dialect, tables)
    tree = _TREES.get(key)
    if tree is None:
        tree = guard_sql(plan.sql, dialect=dialect, tables=tables)
        _TREES[key] = tree
        if len(_TREES) > _SIZE:
            _TREES.popitem(last=False)
    else:
        _TREES.move_to_end(key)
    return GuardedPlan(plan, dialect, tree, _KEY)
