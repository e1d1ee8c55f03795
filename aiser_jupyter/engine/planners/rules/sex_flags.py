"""A person's sex kept as a 0/1 flag named ``female`` (or ``male``), as surveys and panels of
economics keep it: "women" is ``female = 1``, "men" its other side (``female = 0``).

The words are read through the equivalences of general English (``data/equivalents.tsv``:
women, woman, girls → female); the flag's side is settled by :mod:`.flags` (a word naming
the flag's other sex is its negation, as "unmarried" is of ``married``).
"""

from __future__ import annotations

from typing import Any

from ...catalog.model import Catalog, Column, Table
from ..equivalents import equivalents
from ..lexicon import split_name
from .flag_values import flag_value
from .question import Question

__all__ = ["names_sex_flag", "other_sex", "sex_flag_mentions"]

_OTHER = {"female": "male", "male": "female"}


def names_sex_flag(word: str, names: set[str]) -> bool:
    """Whether ``word`` ("women", "men") names a sex whose flag — or the other sex's — the plan
    reads (``female`` among ``names``)."""
    head = equivalents().get(word.lower())
    return head in _OTHER and (head in names or _OTHER[head] in names)


def other_sex(word: str, column: Column) -> bool:
    """Whether ``word`` ("men") names the other sex than the flag ``column`` (``female``)."""
    head = equivalents().get(word.lower())
    return head in _OTHER and split_name(column.name, expand=False) == [_OTHER[head]]


def sex_flag_mentions(
    q: Question, catalog: Catalog, named: set[int]
) -> list[tuple[tuple[int, int], str, Table, Column | None, Any, float]]:
    """``((i, i + 1), "column", table, flag, None, score)`` for each free word of either sex
    ("women", "men", "girls") beside a 0/1 flag named for a sex (``female``, ``male``)."""
    flags = [
        (t, c)
        for t in catalog.tables
        for c in t.columns
        if split_name(c.name, expand=False) in (["female"], ["male"])
        and flag_value(c, True) is not None
    ]
    if not flags:
        return []
    out: list[tuple[tuple[int, int], str, Table, Column | None, Any, float]] = []
    for w in q.words:
        head = equivalents().get(w.text)
        if w.i in named or not q.free(w.i) or head not in _OTHER:
            continue
        for t, c in flags:
            out.append(((w.i, w.i + 1), "column", t, c, None, 0.9))
    return out
