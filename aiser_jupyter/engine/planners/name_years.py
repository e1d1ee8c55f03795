"""Column names that carry a year: ``under5_mortality_2018``, ``life_expectancy_1970``.

Wide tables keep one column per year of a measure. The year is a word of the name the
question gives separately ("under-5 mortality in 2018"), or not at all ("under-5 mortality"
means the latest year there is). A column's *family* is its name without the year; the
columns of a family in one table differ only by their year.
"""

from __future__ import annotations

import re

from ..catalog.model import Column, Table
from .lexicon import ABBREVIATIONS, split_name

__all__ = [
    "family_words",
    "glued_stem",
    "name_year",
    "ranked_family",
    "table_family",
    "table_year",
    "words_without_year",
    "year_free_token",
]

_YEAR = re.compile(r"^(?:19|20)\d\d$")


def name_year(column: Column) -> int | None:
    """The year a column's name carries (``births_2018`` → 2018), if exactly one."""
    years = [w for w in split_name(column.name, expand=False) if _YEAR.match(w)]
    return int(years[0]) if len(years) == 1 else None


def family_words(column: Column) -> tuple[str, ...]:
    """The words of ``column``'s name without its year (``under5_mortality_2018`` →
    ``('under5', 'mortality')``); its own words when it carries no year."""
    return words_without_year(column.name)


def words_without_year(name: str) -> tuple[str, ...]:
    """The words of a name, a year among them left out."""
    return tuple(w for w in split_name(name) if not _YEAR.match(w))


def ranked_family(table: Table, column: Column) -> float:
    """How far below the latest of its family ``column`` is ranked when the question names
    no year: 0 for the latest year (what "under-5 mortality" means), 0.07 for earlier ones."""
    year = name_year(column)
    if year is None:
        return 0.0
    words = family_words(column)
    years = [
        y for c in table.columns if family_words(c) == words and (y := name_year(c)) is not None
    ]
    return 0.0 if year >= max(years) else 0.07


_GLUED = re.compile(r"^([a-z]+)-(\d+)$")
_SPAN = re.compile(r"^(\d{1,2})-(\d{1,2})$")


def year_free_token(word: str) -> str:
    """A question's word as names glue it: "under-5" → ``under5``, "15-49" → ``1549``."""
    m = _GLUED.match(word) or _SPAN.match(word)
    return m[1] + m[2] if m else word


_TRAILING = re.compile(r"^[A-Za-z][A-Za-z_.]*?[_.]?((?:19|20)\d\d|\d\d)$")


def table_year(name: str) -> int | None:
    """The year a table's name ends in, the year its figures are of: ``UN98`` → 1998,
    ``census_2010`` → 2010; two digits are the last century's when above 30."""
    m = _TRAILING.match(name)
    if m is None:
        return None
    digits = m[1]
    if len(digits) == 4:
        return int(digits)
    return (1900 if int(digits) > 30 else 2000) + int(digits)


_LETTERS_DIGITS = re.compile(r"^([A-Za-z]{3,})\d{2,}$")


def glued_stem(name: str) -> list[tuple[str, ...]]:
    """The phrases of a table named by a known abbreviation glued to the digits of its span
    (``DJIA8012``: "dow jones industrial average", and its first words alone); none for
    another name."""
    m = _LETTERS_DIGITS.match(name)
    if m is None or m[1].lower() not in ABBREVIATIONS:
        return []
    words = tuple(split_name(m[1]))
    return [words[:k] for k in range(len(words), 0, -1)] + [tuple(split_name(m[1], expand=False))]


#: words that only scope what a table's name measures ("world_pop": the population)
_SCOPES = frozenset(["world", "global", "total", "all", "national", "us"])


def table_family(table: Table, column: Column) -> list[tuple[str, ...]]:
    """The phrases that name a column of years alone (``year_2020``, ``X1990``) by what its
    table's name says it holds: a table of one row per country and a column per year
    (``world_pop``: "population in 2020"). Its other columns' words (``country``) are no
    part of it; none when the column's name says more than its year."""
    if name_year(column) is None or family_words(column) not in ((), ("year",), ("x",)):
        return []
    own = {w for c in table.columns if name_year(c) is None for w in split_name(c.name)}
    out: list[tuple[str, ...]] = []
    for expand in (True, False):
        words = tuple(w for w in split_name(table.name, expand=expand) if w not in own)
        if words and not any(w.isdigit() for w in words):
            out.append(words)
            if len(words) > 1 and words[0] in _SCOPES:
                out.append(words[1:])  # "world population": the population
    return list(dict.fromkeys(out))
