"""Head nouns that only say what kind of number a column is: "fertility rate" of
``fertility_2018``, "maternal mortality ratio" spelled without its year, "under-5 mortality
rate". Linked alone, "rate" names whichever column ends in it (``migration_rate``): beside a
column mention whose name lacks it, the word belongs to that mention."""

from __future__ import annotations

from typing import Any, Protocol, TypeVar

from ...catalog.model import Column
from ..lexicon import split_name
from .question import Question

__all__ = ["rate_heads"]


class _Span(Protocol):
    """What this step reads of a mention (:class:`.link.Mention`, which imports this module)."""

    lo: int
    hi: int

    @property
    def kind(self) -> str: ...

    @property
    def column(self) -> Column | None: ...

    @property
    def best(self) -> Any: ...


M = TypeVar("M", bound=_Span)

#: words that name a kind of number, not which one
_HEADS = frozenset(["rate", "ratio", "level", "levels", "rates", "ratios"])


def rate_heads(q: Question, mentions: list[M]) -> list[M]:
    out: list[M] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.hi == m.lo
            and m.hi - m.lo == 1
            and prev.kind == "column"
            and prev.column is not None
            and q.words[m.lo].text in _HEADS
            and m.best.score < 0.9
            and q.words[m.lo].lemma not in split_name(prev.column.name)
        ):
            prev.hi = m.hi  # "fertility rate": fertility_2018, not migration_rate
            continue
        out.append(m)
    return out
