"""A stated bin width that puts a column's whole range into one or two bars: "age in 5-year
bins" of an age kept in decades (6.6 to 10.9). The width was meant in other units than the
column's, and a chart of two bars would hide that: asked back, with a width that fits."""

from __future__ import annotations

import math

import sqlglot
from sqlglot import exp

from ...errors import error
from ..catalog.model import Catalog
from ..plan import Bin, ChartPlan

__all__ = ["too_few_bins"]


def too_few_bins(plan: ChartPlan, catalog: Catalog, dialect: str, understood: str) -> None:
    """Raise ``AISER-PLAN-UNSURE`` when a binned channel's stated step covers the column's
    whole profiled range in at most two bins (a range wider than one step, a width more than
    half of it — a calendar column's years are binned in its own unit, so never refused)."""
    binned = [
        (f.field, f.bin.step)
        for f in plan.chart.encoding.channels().values()
        if isinstance(f.bin, Bin) and f.bin.step
    ]
    if not binned:
        return
    try:
        tree = sqlglot.parse_one(plan.sql, read=dialect)
    except sqlglot.errors.SqlglotError:
        return
    picked = {i.alias_or_name.lower(): i.unalias() for i in tree.expressions}
    for field, step in binned:
        col = picked.get((field or "").lower())
        table = catalog.table(col.table) if isinstance(col, exp.Column) and col.table else None
        column = table.column(col.name) if table is not None and col is not None else None
        if column is None or not step or "int" in column.type.lower():
            continue  # whole numbers (years, counts) are binned in their own unit
        lo, hi = column.min, column.max
        if not (isinstance(lo, int | float) and isinstance(hi, int | float)) or hi <= lo:
            continue
        bars = math.floor(hi / step) - math.floor(lo / step) + 1
        if bars > 2 or step <= (hi - lo) / 2:
            continue
        raise error(
            "AISER-PLAN-UNSURE",
            f"{column.name} runs from {lo:g} to {hi:g}, so bins {step:g} wide make {bars} bar"
            f"{'s' if bars > 1 else ''}; ask again with a narrower width, for example "
            f"'histogram of {column.name} with bin width {_narrower(hi - lo):g}'",
            understood=understood,
        )


def _narrower(span: float) -> float:
    """A round width that cuts ``span`` into about ten bins (1, 2 or 5 times a power of ten)."""
    raw = span / 10
    power = 10.0 ** math.floor(math.log10(raw))
    return next(f * power for f in (1.0, 2.0, 5.0, 10.0) if f * power >= raw)
