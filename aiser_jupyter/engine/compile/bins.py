"""Bin widths before compiling: every binned channel of a plan gets a literal step.

A width needs the column's range. DuckDB's stored statistics give it without a scan
(:func:`.bounds.stats_bounds`, plain tables only); otherwise one MIN/MAX query over the
guarded base query reads the range of every binned column at once (:func:`.bounds.minmax`).

That MIN/MAX query is the one case where a chart sends a second statement, on purpose:
the width is chosen in Python (:func:`~.query.nice_step`, 1-2-5 steps) so a histogram's
bin edges are the same on every database. Choosing it inside the chart's statement would
need ``LOG10``/``POWER`` — which SQLite has only when built with its math functions, and
whose ``log10(1000)`` is ``2.9999999999999996`` there — and the database would scan the
base query twice anyway, once for the range and once for the bins (``bench/one_query.py``
measures both statements).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..catalog.model import Catalog
from ..plan import Bin, FieldDef
from ..sql.checked import GuardedPlan
from .basecols import base_columns
from .bounds import minmax, stats_bounds
from .query import nice_step

if TYPE_CHECKING:
    from ..config import Limits
    from ..sources.base import Source

__all__ = ["fill_bins"]

#: bins of an auto-binned heatmap axis, and of a histogram that names none
HEATMAP_BINS = {"x": 40, "y": 30}
HISTOGRAM_BINS = 20


def fill_bins(
    checked: GuardedPlan,
    catalog: Catalog,
    source: Source,
    limits: Limits,
    *,
    reduce: bool = True,
) -> GuardedPlan:
    """``checked`` with a literal width on every binned channel.

    Channels binned without a step (``bin: true``, a histogram's x) get one from the
    column's range. With ``reduce``, stored statistics may give that range, and a
    heatmap over quantitative columns with many values is binned in two dimensions.
    """
    wanted = _wanted(checked, catalog, reduce)
    if not wanted:
        return checked
    channels = checked.chart.encoding.channels()
    names = {n.lower(): n for n in base_columns(checked.base(), catalog, checked.dialect)}
    real = {
        ch: names.get(str(channels[ch].field).lower(), str(channels[ch].field)) for ch in wanted
    }
    fields = sorted(set(real.values()))
    bounds = stats_bounds(checked, fields, source, limits, catalog) if reduce else {}
    missing = [f for f in fields if f not in bounds]
    if missing:
        bounds.update(minmax(checked, missing, source, limits))
    update = {}
    for channel, (maxbins, required) in wanted.items():
        lohi = bounds.get(real[channel])
        if lohi is None and not required:
            continue  # an axis of values that are no numbers stays unbinned
        lo, hi = lohi or (0.0, 0.0)  # no rows: any width draws nothing
        bin_ = Bin(maxbins=maxbins, step=nice_step(lo, hi, maxbins))
        update[channel] = channels[channel].model_copy(update={"bin": bin_})
    if not update:
        return checked
    encoding = checked.chart.encoding.model_copy(update=update)
    return checked.with_chart(checked.chart.model_copy(update={"encoding": encoding}))


def _wanted(checked: GuardedPlan, catalog: Catalog, reduce: bool) -> dict[str, tuple[int, bool]]:
    """Channel → (number of bins, whether it must be binned) for channels that need a width."""
    chart = checked.chart
    channels = chart.encoding.channels()
    heatmap = reduce and chart.mark == "heatmap"
    wanted: dict[str, tuple[int, bool]] = {}
    for name, fd in channels.items():
        if not _needs_width(fd):
            continue
        numeric = not fd.type or fd.type == "quantitative"
        default = HEATMAP_BINS.get(name, HISTOGRAM_BINS) if heatmap and numeric else HISTOGRAM_BINS
        if fd.bin:
            wanted[name] = (_maxbins(fd, default), True)
        elif chart.mark == "histogram" and name == "x":
            wanted[name] = (HISTOGRAM_BINS, True)  # compile bins a histogram's x by default
        elif heatmap and numeric and name in HEATMAP_BINS and _many_numbers(fd, catalog, default):
            wanted[name] = (default, False)
    return wanted


def _needs_width(fd: FieldDef) -> bool:
    """A channel of a column that is binned (not aggregated, no time unit) and has no width yet."""
    has_step = isinstance(fd.bin, Bin) and fd.bin.step is not None
    return bool(fd.field) and not fd.timeUnit and not fd.aggregate and not has_step


def _maxbins(fd: FieldDef, default: int) -> int:
    return fd.bin.maxbins if isinstance(fd.bin, Bin) and fd.bin.maxbins else default


def _many_numbers(fd: FieldDef, catalog: Catalog, maxbins: int) -> bool:
    """A quantitative column with more distinct values than bins (from the catalog's profile)."""
    column = next((c for t in catalog.tables if (c := t.column(fd.field or "")) is not None), None)
    return (
        column is not None
        and column.semantic == "quantitative"
        and (column.distinct or 0) > maxbins
    )
