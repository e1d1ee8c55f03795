"""Mentions read from the shape of the data rather than from names: a code spelled by its
words' initials ("red-tailed" of ``RT``, :mod:`..code_values`) and a word that names a table
of repeated measurements or its base table ("lab visits", "at entry", :mod:`..repeated`)."""

from __future__ import annotations

from typing import Any

from ...catalog.model import Catalog, Column, Table
from ..code_values import code_mentions
from ..repeated import visit_mentions
from .question import Question

__all__ = ["more_candidates"]

#: below a name or a value read from its own words
_SCORE = 0.9


def more_candidates(
    q: Question, catalog: Catalog, taken: set[int]
) -> list[tuple[tuple[int, int], str, Table, Column | None, Any, float]]:
    """``((lo, hi), kind, table, column, value, score)`` for the free words of ``q`` (not in
    ``taken``) read so: a candidate of schema linking, below one read from its own words."""
    out: list[tuple[tuple[int, int], str, Table, Column | None, Any, float]] = [
        ((lo, hi), "value", t, c, v, _SCORE)
        for lo, hi, (t, c, v) in code_mentions(q, catalog, taken)
    ]
    out += [
        ((i, i + 1), "table", t, None, None, _SCORE) for i, t in visit_mentions(q, catalog, taken)
    ]
    return out
