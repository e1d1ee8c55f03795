"""A person's sex kept as a 0/1 flag named ``female`` (or ``male``), as surveys and panels of
economics keep it: "women" is ``female = 1``, "men" its other side (``female = 0``).

A column holding the sexes under a name that says nothing of them (``mf`` of 'f' and 'm')
is what "by gender", "split by sex" group by: the words name the kind of its values.

The words are read through the equivalences of general English (``data/equivalents.tsv``:
women, woman, girls → female); the flag's side is settled by :mod:`.flags` (a word naming
the flag's other sex is its negation, as "unmarried" is of ``married``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...catalog.model import Catalog, Column, Table
from ..equivalents import equivalents
from ..lexicon import split_name
from .flag_values import flag_value
from .question import Question

if TYPE_CHECKING:
    from ..facts import Facts

__all__ = [
    "names_sex_column",
    "names_sex_flag",
    "other_sex",
    "sex_column_mentions",
    "sex_flag_mentions",
    "unread_sexes",
]

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


#: the words for what a column of the sexes holds
_SEX_WORDS = frozenset(["gender", "genders", "sex", "sexes"])
#: each sex as columns store it
_FEMALE = frozenset(["f", "female", "women", "woman"])
_MALE = frozenset(["m", "male", "men", "man"])


def _holds_sexes(column: Column) -> bool:
    """A text column whose every value is a sex, both sexes among them ('f' and 'm')."""
    held = {str(v).lower() for v in column.samples if isinstance(v, str)}
    if column.distinct != len(held) or not 2 <= len(held) <= 3:
        return False
    return held <= _FEMALE | _MALE and bool(held & _FEMALE) and bool(held & _MALE)


def names_sex_column(word: str, columns: list[Column]) -> bool:
    """Whether ``word`` ("gender") names one of ``columns`` that holds the sexes."""
    return word.lower() in _SEX_WORDS and any(map(_holds_sexes, columns))


def sex_column_mentions(
    q: Question, catalog: Catalog, named: set[int]
) -> list[tuple[tuple[int, int], str, Table, Column | None, Any, float]]:
    """``((i, i + 1), "column", table, column, None, score)`` for each free word "gender" or
    "sex" beside a column that holds the sexes under another name (``mf``)."""
    if not any(w.text in _SEX_WORDS for w in q.words):
        return []
    held = catalog.derived("columns of the sexes", _sex_columns)
    return [
        ((w.i, w.i + 1), "column", t, c, None, 0.85)
        for w in q.words
        if w.i not in named and q.free(w.i) and w.text in _SEX_WORDS
        for t, c in held
    ]


def _sex_columns(catalog: Catalog) -> list[tuple[Table, Column]]:
    """The columns of ``catalog`` that hold the sexes, with their tables."""
    return [(t, c) for t in catalog.tables for c in t.columns if _holds_sexes(c)]


def unread_sexes(word: str, facts: Facts) -> bool:
    """Whether ``word`` ("gender") names a column of the sexes in a table read, unread."""
    if facts.catalog is None or word.lower() not in _SEX_WORDS:
        return False
    read = {id(c) for c in facts.read_columns()}
    tables = [t for t in facts.catalog.tables if t.name.lower() in facts.tables]
    return names_sex_column(word, [c for t in tables for c in t.columns if id(c) not in read])
