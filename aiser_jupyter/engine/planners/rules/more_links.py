"""Mentions read from the shape of the data rather than from names: a code spelled by its
words' initials ("red-tailed" of ``RT``, :mod:`..code_values`) and a word that names a table
of repeated measurements or its base table ("lab visits", "at entry", :mod:`..repeated`)."""

from __future__ import annotations

from typing import Any

from ...catalog.model import Catalog, Column, Table
from ..code_values import code_mentions
from ..repeated import visit_mentions
from .long_nouns import long_number_nouns
from .question import Question
from .sex_flags import sex_column_mentions, sex_flag_mentions

__all__ = ["as_sources", "more_candidates", "names_source"]

#: below a name or a value read from its own words
_SCORE = 0.9
#: nouns for a whole source of rows: "the immunization [data]" names the data, not its rows
_SOURCES = frozenset(["data", "dataset", "datum", "sample", "survey", "table", "file", "study"])


def more_candidates(
    q: Question, catalog: Catalog, taken: set[int], spans: dict[tuple[int, int], Any]
) -> list[tuple[tuple[int, int], str, Table, Column | None, Any, float]]:
    """``((lo, hi), kind, table, column, value, score)`` for the free words of ``q`` (not in
    ``taken``) read so: a candidate of schema linking, below one read from its own words;
    and a noun naming a long table's one number (``spans``: the words linked already)."""
    out: list[tuple[tuple[int, int], str, Table, Column | None, Any, float]] = [
        ((lo, hi), "value", t, c, v, _SCORE)
        for lo, hi, (t, c, v) in code_mentions(q, catalog, taken)
    ]
    out += [
        ((i, i + 1), "table", t, None, None, _SCORE) for i, t in visit_mentions(q, catalog, taken)
    ]
    named = taken | {i for lo, hi in spans for i in range(lo, hi)}
    out += sex_flag_mentions(q, catalog, named)  # "women" of a 0/1 ``female``
    out += sex_column_mentions(q, catalog, named)  # "by gender" of ``mf``: 'f', 'm'
    return out + long_number_nouns(q, catalog, named)  # "the average [index] by category"


def as_sources(q: Question, spans: dict[tuple[int, int], list[Any]]) -> None:
    """ "children in the immunization data", "the prenatal survey": words between "the" and a
    noun for data name which table is read — each candidate (a column ``immun``, a value)
    becomes its table, never a filter or a grouping on that column."""
    for (lo, hi), cands in spans.items():
        if not names_source(q, lo, hi):
            continue
        tables: list[Any] = []
        for cand in cands:
            if all(t.table is not cand.table for t in tables):
                cand.kind, cand.column, cand.value = "table", None, None
                tables.append(cand)
        cands[:] = tables


def names_source(q: Question, lo: int, hi: int) -> bool:
    """Whether words ``lo..hi-1`` stand between "the" and a noun for data ("the immunization
    [data]", "the prenatal [survey]"): they say which data, never which rows."""
    return (
        lo > 0
        and q.words[lo - 1].text in ("the", "this")
        and hi < len(q.words)
        and q.words[hi].lemma in _SOURCES
    )
