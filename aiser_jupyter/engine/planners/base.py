"""The planner interface shared by the rule-based and the LLM planner."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from ..catalog.lookup import Lookup
from ..catalog.model import Catalog
from ..plan import ChartPlan

__all__ = ["PlanContext", "Planner", "Turn", "cache_key"]


@dataclass(frozen=True)
class Turn:
    """One earlier exchange of the conversation, for follow-up questions."""

    question: str
    plan: ChartPlan
    source: str | None = None  #: the alias it was asked on; follow-ups change turns of theirs only


@dataclass(frozen=True)
class PlanContext:
    """What a planner may use besides the question and the catalog.

    ``validate`` raises :class:`~aiser_jupyter.errors.AiserError` when a plan would
    be refused by the guard or the compiler (before any data is read), and else returns
    the guard's notes for the plan's provenance; planners that can repair (the LLM)
    call it and send the error back once.
    """

    dialect: str
    history: tuple[Turn, ...] = ()
    mark: str | None = None  #: a chart type the user forced (``--type``)
    validate: Callable[[ChartPlan], Sequence[str] | None] | None = None
    notes: list[str] = field(default_factory=list)
    #: finds a phrase of the question among stored text values the catalog did not keep
    lookup: Lookup | None = None


class Planner(Protocol):
    """Question + catalog -> :class:`ChartPlan`, or an ``AISER-PLAN-*``/``AISER-LLM-*`` error.

    A planner whose plans are worth keeping (the LLM: each costs a model call) also
    defines ``cache_key(question, catalog, context) -> str | None``: the key its plan is
    stored under in the plan cache, built from everything the plan depends on, or
    ``None`` for a plan not to store. A planner without it is never cached (the rules
    planner: it is fast and deterministic). The engine asks through :func:`cache_key`.
    """

    name: str

    def plan(self, question: str, catalog: Catalog, context: PlanContext) -> ChartPlan: ...


def cache_key(
    planner: Planner, question: str, catalog: Catalog, context: PlanContext
) -> str | None:
    """``planner``'s own plan-cache key for ``question``, or ``None`` when its plans are not cached."""
    own = getattr(planner, "cache_key", None)  # optional: see Planner
    return own(question, catalog, context) if callable(own) else None
