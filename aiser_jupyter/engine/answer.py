"""What one question returns: the plan, the SQL that ran, the plotted rows and the figure."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .cells import plan_cell
from .figure.build import build_figure, figure_json, mimebundle
from .figure.payload import finish_figure
from .plan import ChartPlan

if TYPE_CHECKING:
    import pandas as pd
    import plotly.graph_objects as go
    import pyarrow as pa

    from .compile.compiled import Compiled
    from .reduce.base import Reduction

__all__ = ["Answer"]


@dataclass
class Answer:
    """The result of one question: the plan, the SQL that ran, the rows and the figure.

    The plotted rows arrive as Arrow (:attr:`table`); :attr:`df` (pandas) and :attr:`figure`
    (a plotly ``Figure``) are made on first use, so displaying a chart needs neither.
    """

    question: str
    plan: ChartPlan
    compiled_sql: str
    source: str
    table: pa.Table
    compiled: Compiled
    notices: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    reduction: Reduction | None = None  #: how the plotted rows were reduced (exact counts), or None
    max_bytes: int = 65_536
    #: the kernel DataFrames (table names) the answer read: a saved copy needs them again
    frames: list[str] = field(default_factory=list)
    _df: pd.DataFrame | None = field(default=None, repr=False)
    _fig: dict[str, Any] | None = field(default=None, repr=False)
    _figure: go.Figure | None = field(default=None, repr=False)

    @property
    def sql(self) -> str:
        """The SQL that ran in the database."""
        return self.compiled_sql

    @property
    def rows(self) -> int:
        """Number of plotted rows."""
        return int(self.table.num_rows)

    @property
    def df(self) -> pd.DataFrame:
        """The plotted rows as a pandas DataFrame."""
        if self._df is None:
            self._df = self.table.to_pandas()
        return self._df

    def _raw_figure(self) -> dict[str, Any]:
        if self._fig is None:
            fig = build_figure(self.plan.chart, self.table, self.compiled)
            reduced = self.reduction.note if self.reduction is not None else None
            thinned = finish_figure(fig, reduced, self.max_bytes)
            if thinned is not None:
                self.notices.append(thinned)
            self._fig = fig
        return self._fig

    @property
    def figure(self) -> go.Figure:
        """The chart as a plotly ``Figure`` (changes to it show when the answer is displayed)."""
        if self._figure is None:
            import plotly.graph_objects as go

            self._figure = go.Figure(self._raw_figure())
        return self._figure

    def update_layout(self, **changes: Any) -> None:
        """Set top-level layout keys (``meta=…``, ``height=…``) of the figure to display."""
        if self._figure is not None:
            self._figure.update_layout(**changes)
        else:
            self._raw_figure()["layout"].update(changes)

    def plotly_json(self) -> dict[str, Any]:
        """The figure as plotly JSON: what the notebook, the panel and exports carry."""
        return figure_json(self._figure if self._figure is not None else self._raw_figure())

    def to_cell(self) -> str:
        """The source of a ``%%chart`` cell that reproduces this answer without an LLM."""
        return plan_cell(self.plan, self.source)

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        return mimebundle(self.plotly_json())

    def __repr__(self) -> str:
        return f"<Answer {self.plan.chart.mark} of {self.rows} rows from {self.source!r}: {self.question!r}>"
