"""What the semantic layer file adds to a catalog, as planners read it: ``catalog.semantic``.

Made by :func:`aiser_jupyter.engine.semantic.apply.apply_layer` only, after every expression
passed the SQL guard against the source; see :mod:`aiser_jupyter.engine.semantic` for the
whole API. Expressions are kept both as SQL text (``sql``, in the source's dialect) and as
checked sqlglot trees (:meth:`Metric.tree`, a fresh copy on each call).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from ..plan import ChartPlan
from .join import Join

if TYPE_CHECKING:
    from sqlglot import exp

__all__ = ["Dimension", "Metric", "MetricAggregate", "Semantics", "Verified"]

#: how a metric aggregates: a chart aggregate over its row-level ``sql``, or ``custom``: its
#: ``sql`` is itself an aggregate expression (``SUM(volume) / NULLIF(SUM(sales), 0)``), the
#: metric's value over any group of rows as it stands
MetricAggregate = Literal["count", "sum", "mean", "median", "min", "max", "distinct", "custom"]


class _Term(BaseModel):
    model_config = ConfigDict(frozen=False)

    name: str
    synonyms: list[str] = Field(default_factory=list)
    table: str = Field(description="The table (as the catalog spells it) whose rows it reads.")
    sql: str = Field(description="The checked expression as SQL text in the source's dialect.")
    description: str | None = None
    _tree: Any = PrivateAttr(default=None)

    def tree(self) -> exp.Expression:
        """A copy of the checked expression's sqlglot tree (columns as written in the file)."""
        return self._tree.copy()

    def names(self) -> list[str]:
        """The name and its synonyms, lower case (the words a question may use)."""
        return [self.name.lower(), *(s.lower() for s in self.synonyms)]


class Metric(_Term):
    """A governed measure: ``aggregate`` over the row-level expression ``sql`` of ``table``,
    or (``custom``) ``sql`` itself, an aggregate expression such as a ratio of two sums."""

    aggregate: MetricAggregate = "sum"
    filter: str | None = Field(default=None, description="SQL condition on the rows, checked.")
    unit: str | None = None
    format: str | None = None
    _filter_tree: Any = PrivateAttr(default=None)

    def filter_tree(self) -> exp.Expression | None:
        """A copy of the checked filter's tree, or None."""
        return None if self._filter_tree is None else self._filter_tree.copy()


class Dimension(_Term):
    """A derived column; ``joins`` lead from ``table`` to the other tables ``sql`` reads."""

    joins: list[Join] = Field(default_factory=list)


class Verified(BaseModel):
    """A verified question and its plan (checked against the source when the file was applied)."""

    question: str
    plan: ChartPlan
    verified_by: str | None = None
    verified_at: str | None = None


class Semantics(BaseModel):
    """The semantic layer applied to one source (``catalog.semantic``)."""

    path: str | None = Field(default=None, description="The file it came from.")
    digest: str = Field(description="Hash of the file's text; part of the catalog fingerprint.")
    key: str = Field(description="The file's 'sources' entry used: the alias or 'default'.")
    description: str | None = None
    metrics: list[Metric] = Field(default_factory=list)
    dimensions: list[Dimension] = Field(default_factory=list)
    verified: list[Verified] = Field(default_factory=list)

    def metric(self, word: str) -> Metric | None:
        """The metric named or called ``word`` (a synonym), case-insensitively."""
        lowered = word.strip().lower()
        return next((m for m in self.metrics if lowered in m.names()), None)

    def dimension(self, word: str) -> Dimension | None:
        """The dimension named or called ``word`` (a synonym), case-insensitively."""
        lowered = word.strip().lower()
        return next((d for d in self.dimensions if lowered in d.names()), None)
