"""Words that spell a table's name are that table's rows, not a stored value: "uses of force"
in a table ``mn_police_use_of_force`` whose ``primary_offense`` holds a code ``FORCE``,
"number of orders" in a table ``orders`` whose ``status`` holds ``ORDER``.

Analysts call a table's rows by the phrase its name is made of; a value that happens to be
one of those words ("force", "order") is not what they asked to keep."""

from __future__ import annotations

from typing import Any

from ...catalog.model import Catalog
from ..lexicon import FUNCTION_WORDS, lemma, split_name
from .question import Question

__all__ = ["drop_table_values"]


def drop_table_values(
    q: Question, catalog: Catalog, spans: dict[tuple[int, int], list[Any]]
) -> None:
    """Drop the value candidates of ``spans`` that lie inside a run of the question's words
    spelling a table's whole name, or two or more content words of it in a row."""
    runs = _table_runs(q, catalog)
    for span in list(spans):
        lo, hi = span
        if not any(a <= lo and hi <= b for a, b in runs):
            continue
        spans[span] = [c for c in spans[span] if c.kind != "value"]
        if not spans[span]:
            del spans[span]


def _table_runs(q: Question, catalog: Catalog) -> list[tuple[int, int]]:
    """The ``(lo, hi)`` word spans of ``q`` that spell a table's name or a run of it."""
    lemmas = [lemma(w.text) if not w.quoted else "" for w in q.words]
    runs: list[tuple[int, int]] = []
    for table in catalog.tables:
        name = split_name(table.name, expand=False)
        for start in range(len(lemmas)):
            for first in range(len(name)):
                k = 0
                while (
                    start + k < len(lemmas)
                    and first + k < len(name)
                    and lemmas[start + k] == name[first + k]
                ):
                    k += 1
                content = [w for w in name[first : first + k] if w not in FUNCTION_WORDS]
                if k == len(name) or (len(content) >= 2 and name[first + k - 1] == content[-1]):
                    runs.append((start, start + k))
    return runs
