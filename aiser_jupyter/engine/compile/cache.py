"""Memoised :func:`compile_plan`: column qualification and SQL building run once per
(guarded plan, catalog, dialect, row cap) instead of on every chart (the guard
remembers its own checks, see :mod:`.checked`).

Re-running a chart (dashboards, zoom, widgets, the benchmark) then costs the query and
the figure only. Entries are keyed by the plan's JSON and the catalog object's schema
fingerprint, so a refreshed catalog or an edited plan compiles afresh.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from typing import Any

from ..catalog.model import Catalog
from ..sql.checked import GuardedPlan
from .compiled import Compiled
from .query import compile_plan

__all__ = ["cached_compile", "clear"]

_SIZE = 256
_CACHE: OrderedDict[tuple[Any, ...], Compiled] = OrderedDict()


def cached_compile(checked: GuardedPlan, catalog: Catalog, *, max_rows: int = 5_000) -> Compiled:
    """:func:`compile_plan` with an LRU cache; returns a copy the caller may change."""
    key = (
        checked.plan.sql,
        checked.chart.model_dump_json(),
        id(catalog),
        catalog.fingerprint,
        checked.dialect,
        max_rows,
    )
    hit = _CACHE.get(key)
    if hit is None:
        hit = compile_plan(checked, catalog, max_rows=max_rows)
        _CACHE[key] = hit
        if len(_CACHE) > _SIZE:
            _CACHE.popitem(last=False)
    else:
        _CACHE.move_to_end(key)
    return replace(hit, notes=list(hit.notes), fields=dict(hit.fields))


def clear() -> None:
    """Forget every compiled plan."""
    _CACHE.clear()
