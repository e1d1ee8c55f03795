"""A plan whose base query passed the guard: the only thing the engine builds plan SQL from.

:func:`guard_plan` is the one way to get a :class:`GuardedPlan`. Every stage that
sends a query for a plan — bounds and stored statistics for bin widths, the
heatmap/histogram preparation, compile, the reductions — takes a
:class:`GuardedPlan` and reads the base query only through
:meth:`GuardedPlan.base`, a copy of the *checked* tree (never the plan's text).
Filters and zoom wrap that tree too, and the plans they make are guarded again
when they run. So no stage can send a plan's SQL before the guard has seen it.

Where the database reads a double-quoted word that names no column as a string (SQLite),
the guard reads it so too (:mod:`.quoted`): the checked tree holds the single-quoted
literal, and :attr:`GuardedPlan.notes` (also added to the plan's provenance) says so.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Collection
from typing import TYPE_CHECKING

from sqlglot import exp

from ..plan import ChartPlan, ChartSpec, Provenance
from .guard import Checked, check_sql, render
from .markers import read_markers
from .quoted import reads_quoted_strings

if TYPE_CHECKING:
    from ..catalog.model import Catalog

__all__ = ["GuardedPlan", "guard_plan"]

_Columns = dict[str, tuple[str, ...]]
_KEY = object()  #: held by this module only: a GuardedPlan cannot be built elsewhere
_SIZE = 256
#: (SQL, dialect, tables) → the checked query, and the columns of the tables it reads where
#: the dialect reads double-quoted strings (the rewrite depends on them)
_TREES: OrderedDict[tuple[str, str, tuple[str, ...]], tuple[Checked, _Columns]] = OrderedDict()


class GuardedPlan:
    """``plan`` with its base query checked by the guard for ``dialect``.

    Made only by :func:`guard_plan`. The checked tree is private: :meth:`base` hands out
    copies, so a stage can wrap it without changing what the next stage sees. ``notes``
    say what the guard read differently from how the SQL looks; ``plan``'s provenance
    carries them.
    """

    __slots__ = ("_tree", "dialect", "notes", "plan")

    def __init__(
        self,
        plan: ChartPlan,
        dialect: str,
        tree: exp.Expression,
        key: object,
        notes: tuple[str, ...] = (),
    ) -> None:
        if key is not _KEY:
            msg = "a GuardedPlan is made by guard_plan() only"
            raise TypeError(msg)
        self.plan = _with_notes(plan, notes)
        self.dialect = dialect
        self.notes = notes
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
        return GuardedPlan(plan, self.dialect, self._tree, _KEY, self.notes)

    def __repr__(self) -> str:
        return f"<GuardedPlan {self.dialect} {self.plan.chart.mark}>"


def guard_plan(plan: ChartPlan, catalog: Catalog, dialect: str) -> GuardedPlan:
    """Check ``plan``'s base query against ``catalog``'s tables (``AISER-SQL-*`` when refused).

    The checked trees are remembered per (SQL, dialect, tables and, where the dialect reads
    double-quoted strings, the columns of the tables the query reads), so re-running a
    chart (dashboards, zoom, filters) does not parse and check it again.
    """
    tables = tuple(t.name for t in catalog.tables)
    strings = reads_quoted_strings(dialect)
    key = (plan.sql, dialect, tables)
    hit = _TREES.get(key)
    if hit is not None and strings and _columns_of(catalog, hit[1]) != hit[1]:
        hit = None  # a table it reads has other columns now
    if hit is None:
        columns = {t.name: [c.name for c in t.columns] for t in catalog.tables} if strings else None
        checked = check_sql(plan.sql, dialect=dialect, tables=tables, columns=columns)
        read = {t.name for t in checked.tree.find_all(exp.Table)} if strings else set()
        hit = _TREES[key] = (checked, _columns_of(catalog, read))
        if len(_TREES) > _SIZE:
            _TREES.popitem(last=False)
    else:
        _TREES.move_to_end(key)
    checked = hit[0]
    tree, missing = read_markers(checked.tree, catalog, dialect)
    return GuardedPlan(plan, dialect, tree, _KEY, (*checked.notes, *missing))


def _columns_of(catalog: Catalog, names: Collection[str]) -> _Columns:
    """The columns of the catalog's tables named in ``names`` (lower-case keys)."""
    wanted = {n.lower() for n in names}
    return {
        t.name.lower(): tuple(c.name for c in t.columns)
        for t in catalog.tables
        if t.name.lower() in wanted
    }


def _with_notes(plan: ChartPlan, notes: tuple[str, ...]) -> ChartPlan:
    """``plan`` with ``notes`` in its provenance (a copy, when one is new)."""
    have = plan.provenance.notes if plan.provenance else []
    new = [n for n in notes if n not in have]
    if not new:
        return plan
    provenance = plan.provenance or Provenance()
    return plan.model_copy(
        update={"provenance": provenance.model_copy(update={"notes": [*have, *new]})}
    )
