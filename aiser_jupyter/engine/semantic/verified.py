"""Verified questions: a question that means the same as a verified one reuses its plan.

Same meaning: equal after normalisation (case, punctuation, stop words, lemmas), or equal
but for parameters — a number, a year or a value the verified plan's SQL uses as a literal
(``WHERE region = 'north'``, ``… >= '2024-01-01'``). A parameter is substituted in the
parsed tree, never in text; a new value of a column must be one the column holds. The plan
then goes through the normal guard like any other. No model is called.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlglot import exp

from ..catalog.model import Catalog
from ..catalog.semantics import Verified
from ..plan import ChartPlan, Provenance
from .params import with_parameters
from .wording import Exists, normalise, tokens

if TYPE_CHECKING:
    from ..config import Limits
    from ..sources.base import Source

__all__ = [
    "Reuse",
    "find_verified",
    "normalise",
    "reuse_verified",
    "tokens",
    "value_lookup",
    "verified_plan",
]


@dataclass(frozen=True)
class Reuse:
    """A verified question matched, and the literals to change (old → new)."""

    verified: Verified
    changes: tuple[tuple[str, str], ...] = ()


def find_verified(
    question: str, verified: list[Verified], exists: Exists | None = None, dialect: str = ""
) -> tuple[Reuse, ChartPlan] | None:
    """The first verified question ``question`` means, and its plan with parameters substituted."""
    words = normalise(question)
    if not words:
        return None
    for v in verified:
        if normalise(v.question) == words:
            return Reuse(v), v.plan
    for v in verified:
        found = with_parameters(question, v, exists, dialect)
        if found is not None:
            return Reuse(v, found[0]), found[1]
    return None


def reuse_verified(
    question: str, catalog: Catalog, exists: Exists | None = None
) -> ChartPlan | None:
    """The plan of the verified question ``question`` means on ``catalog`` (provenance
    ``verified``), or None. ``exists(table, column, value)`` confirms a new value of a column
    beyond the profile's samples (the engine asks the source)."""
    if catalog.semantic is None or not catalog.semantic.verified:
        return None
    found = find_verified(question, catalog.semantic.verified, exists, catalog.dialect)
    if found is None:
        return None
    reuse, plan = found
    said = "; ".join(f"{new} for {old}" for old, new in reuse.changes)
    note = f"Reused the verified plan of {reuse.verified.question!r}" + (
        f" with {said}." if said else "."
    )
    provenance = Provenance(
        planner="verified", kind="verified", verified=reuse.verified.question, notes=[note]
    )
    return plan.model_copy(update={"provenance": provenance})


def value_lookup(catalog: Catalog, run: Callable[[str], list[object]] | None = None) -> Exists:
    """An :data:`Exists` over ``catalog``: a column's profiled values when they are all there,
    else ``run`` (a guarded one-row query through the source) when given."""
    from ..catalog.profile import ALL_VALUES_UPTO

    def exists(table: str, column: str, value: str) -> str | None:
        tables = [t for t in ([catalog.table(table)] if table else []) if t is not None] or [
            t for t in catalog.tables if t.column(column) is not None
        ]
        for t in tables:
            col = t.column(column)
            if col is None:
                continue
            known = {str(s).lower(): str(s) for s in col.samples if isinstance(s, str)}
            if value.lower() in known:
                return known[value.lower()]
            if col.distinct is not None and col.distinct <= ALL_VALUES_UPTO and known:
                continue  # the profile holds every value: not one of them
            if run is not None:
                query = (
                    exp.select(exp.column(col.name, quoted=True))
                    .from_(exp.Table(this=exp.to_identifier(t.name, quoted=True)))
                    .where(
                        exp.EQ(
                            this=exp.Lower(this=exp.column(col.name, quoted=True)),
                            expression=exp.Literal.string(value.lower()),
                        )
                    )
                    .limit(1)
                )
                rows = run(query.sql(dialect=catalog.dialect or None))
                if rows:
                    return str(rows[0])
        return None

    return exists


def verified_plan(
    question: str, catalog: Catalog, source: Source, limits: Limits
) -> ChartPlan | None:
    """:func:`reuse_verified` with new column values confirmed on ``source`` (a guarded,
    one-row query) when the profile does not hold them all."""
    if catalog.semantic is None or not catalog.semantic.verified:
        return None
    from ..sql.guard import check_sql, render

    def run(sql: str) -> list[object]:
        tree = check_sql(sql, dialect=source.dialect, tables=[t.name for t in catalog.tables]).tree
        return list(source.run(render(tree, source.dialect), limits).column(0).to_pylist())

    return reuse_verified(question, catalog, value_lookup(catalog, run))
