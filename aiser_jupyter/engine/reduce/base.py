"""What every reduction shares: the :class:`Reduction` record, the bookkeeping columns a
reduced statement returns beside the plotted ones, and :func:`finish`, which reads and
drops them after the one run.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import sqlglot
from sqlglot import exp

from ..catalog.model import Catalog, Column
from ..compile.compiled import Compiled
from ..figure.arrowcols import strings

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = [
    "N_COLUMN",
    "OTHER_COLUMN",
    "POS_COLUMN",
    "SEED",
    "Reduction",
    "catalog_column",
    "finish",
    "inner_select",
    "parsed",
    "quoted",
    "rows_estimate",
]

#: the unreduced count (points, or categories) every reduced statement returns
N_COLUMN = "aiser_n"
#: 1 on the "Other" row of a top-N + Other statement
OTHER_COLUMN = "aiser_other"
#: the plotted order, where one statement may return either of two results (M4)
POS_COLUMN = "aiser_pos"
SEED = 42  #: samples are repeatable: the same chart twice shows the same points


@dataclass
class Reduction:
    """How the plotted rows were reduced from the full result.

    Attributes
    ----------
    kind
        ``"sample"``, ``"m4"``, ``"other"`` or ``"bins"``.
    total
        Points (rows of the base query) or categories before the reduction.
    shown
        Rows plotted.
    limit
        Sample size, bucket count or number of top categories asked for.
    """

    kind: str
    limit: int
    total: int | None = None
    shown: int | None = None
    column: str | None = None  #: the category column of an "other" reduction
    budget: int = 0  #: points an M4 line may show; fewer in all → every point is plotted

    @property
    def note(self) -> str:
        total, shown = f"{self.total or 0:,}", f"{self.shown or 0:,}"
        if self.kind == "sample":
            return f"sampled {shown} of {total} points"
        if self.kind == "m4":
            return f"{shown} of {total} points (min/max per pixel column)"
        if self.kind == "other":
            return f"top {self.limit} of {total} categories, the rest as Other"
        return f"binned {total} distinct values into {shown} cells"

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "limit": self.limit,
            "total": self.total,
            "shown": self.shown,
            "note": self.note,
        }


def catalog_column(catalog: Catalog, name: str) -> Column | None:
    """The first column called ``name`` in any table of ``catalog`` (for its profile)."""
    for table in catalog.tables:
        col = table.column(name)
        if col is not None:
            return col
    return None


def rows_estimate(tree: exp.Expression, catalog: Catalog) -> int | None:
    """The most rows any table of ``tree`` holds (catalog row counts), or ``None`` if unknown."""
    counts = []
    for table in tree.find_all(exp.Table):
        known = catalog.table(table.name)
        if known is not None:
            counts.append(known.row_count)
    if not counts or any(c is None for c in counts):
        return None
    return max(c for c in counts if c is not None)


@lru_cache(maxsize=64)
def parsed(sql: str, dialect: str) -> exp.Expression:
    """``sql`` parsed once (a chart's reductions read its compiled query several times); the
    tree is shared: callers that change it take a ``.copy()``."""
    return sqlglot.parse_one(sql, read=dialect)


def inner_select(compiled: Compiled) -> exp.Select:
    """The compiled query without its ORDER BY and LIMIT (the full plotted relation)."""
    tree = parsed(compiled.sql, compiled.dialect).copy()
    assert isinstance(tree, exp.Select)
    tree.set("order", None)
    tree.set("limit", None)
    return tree


def quoted(name: str, dialect: str) -> str:
    """``name`` as a quoted identifier of ``dialect``."""
    return str(exp.to_identifier(name, quoted=True).sql(dialect))


def finish(table: pa.Table, reduction: Reduction | None) -> tuple[pa.Table, Reduction | None]:
    """Drop the bookkeeping columns; fill the reduction's counts (``None`` when nothing was dropped).

    The "Other" row is labelled here (``Other (850 more)``), so the category column keeps
    its own type when the statement found no more categories than it shows.
    """
    if reduction is None:
        return table, None
    names = table.column_names
    total = int(table.column(N_COLUMN)[0].as_py() or 0) if N_COLUMN in names and len(table) else 0
    if reduction.kind == "other" and OTHER_COLUMN in names:
        flags = table.column(OTHER_COLUMN).to_pylist()
        if any(f == 1 for f in flags) and reduction.column in names:
            other = f"Other ({total - reduction.limit:,} more)"
            labels = [
                other if f == 1 else v if v is None or isinstance(v, str) else str(v)
                for f, v in zip(flags, table.column(reduction.column).to_pylist(), strict=True)
            ]
            i = names.index(reduction.column)
            table = table.set_column(i, reduction.column, strings(labels))
    table = table.drop_columns([c for c in (OTHER_COLUMN, N_COLUMN, POS_COLUMN) if c in names])
    reduction.total, reduction.shown = total, len(table)
    if reduction.kind == "other" and total <= reduction.limit:
        return table, None
    if (reduction.kind in ("sample", "m4") and total <= len(table)) or (
        reduction.kind == "m4" and total <= reduction.budget
    ):
        return table, None
    return table, reduction
