"""The subject noun of a long table's one number: "the average [index] by category" of
``LTWT(date, category, value)``.

A tidy series table (FRED-style downloads, statistical offices' exports) keeps one number
under a name that says nothing — ``value``, ``obs_value``, ``estimate`` — and one row per
series and date. Analysts name that number by what it is: "index", "price", "rate". Such a
table has no other number to mean, so a noun no name of the schema holds, standing where a
number is asked for (right after "average", "peak", "lowest"; before "above 150") names it —
when no other table of the source holds a number. A noun elsewhere stays unexplained.
"""

from __future__ import annotations

from typing import Any

from ...catalog.model import Catalog, Column, Table
from ..count_names import counted
from ..facts import Facts
from ..lexicon import FUNCTION_WORDS, split_name
from ..long_tables import LongKey, long_keys, measured_numbers
from ..row_grain import rows_of
from .question import Question

__all__ = ["READINGS", "long_number_nouns", "names_long_number"]

#: names that say only that a column holds a number
GENERIC_NUMBERS = frozenset(
    ["value", "values", "val", "obs_value", "obsvalue", "obs", "observation", "measurement",
     "estimate", "result", "figure", "amount", "number", "data"]
)  # fmt: skip

#: words right before a number asked for ("average [index]", "the lowest [index]")
_ASKING = frozenset(
    ["average", "mean", "median", "total", "peak", "highest", "lowest", "maximum", "minimum",
     "max", "min", "avg", "top", "bottom"]
)  # fmt: skip
#: words right after a number compared ("an [index] above 250")
_COMPARED = frozenset(["above", "below", "over", "under", "exceeding", "exceeded", "between"])

_SCORE = 0.9


def long_number_nouns(
    q: Question, catalog: Catalog, named: set[int]
) -> list[tuple[tuple[int, int], str, Table, Column | None, Any, float]]:
    """``((lo, hi), "column", table, number, None, score)`` for the nouns that name the one
    long table's generic number (``named``: the words another candidate reads already)."""
    key, words = _only_number(catalog), q.words
    texts = q.texts()
    if key is None:
        return _reading_nouns(q, catalog, named)
    out: list[tuple[tuple[int, int], str, Table, Column | None, Any, float]] = []
    for w in words:
        i = w.i
        if not (_noun(texts[i]) and i not in named and q.free(i)):
            continue
        lo = i - 1 if i and _noun(texts[i - 1]) and {i - 1} - named and q.free(i - 1) else i
        if _asked(texts, lo, i):
            out.append(((lo, i + 1), "column", key.table, key.value, None, _SCORE))
    return out


#: nouns for what a sensor, a poll or a survey records: the number it records
READINGS = frozenset(["reading", "readings", "measurement", "measurements"])


def _reading_nouns(
    q: Question, catalog: Catalog, named: set[int]
) -> list[tuple[tuple[int, int], str, Table, Column | None, Any, float]]:
    """ "the lowest [reading] of each month", "[readings] above 90°F" of a source with one
    number only (``KeyWestWater(DateTime, WaterTemp)``): that number."""
    only = _one_number(catalog)
    if only is None:
        return []
    texts = q.texts()
    daily = rows_of(only[0], "day")  # "[days] above 30°C" of one row a day: each day's number
    return [
        ((w.i, w.i + 1), "column", only[0], only[1], None, _SCORE)
        for w in q.words
        if (w.text in READINGS or (daily and w.text == "days" and counted(w.i, texts)))
        and w.i not in named
        and q.free(w.i)
        and _asked(texts, w.i, w.i)
    ]


def _one_number(catalog: Catalog) -> tuple[Table, Column] | None:
    """The one table of ``catalog`` with numbers to measure, and its one number; or None
    (found once per catalog)."""
    found: tuple[tuple[Table, Column] | None] = catalog.derived(
        "one number", lambda c: (_only_one(c),)
    )
    return found[0]


def _only_one(catalog: Catalog) -> tuple[Table, Column] | None:
    found: list[tuple[Table, Column]] = []
    for table in catalog.tables:
        found += [(table, c) for c in measured_numbers(table)]
        if len(found) > 1:
            return None
    return found[0] if found else None


def names_long_number(i: int, words: list[str], facts: Facts) -> bool:
    """The honesty check's reading of the same: ``words[i]`` (or the noun after it, "[price]
    index") names the one long table's generic number, which the plan measures."""
    if _subject_of_value(i, words, facts):
        return True  # "measles [deaths]"
    only = _one_number(facts.catalog) if facts.catalog is not None else None
    if words[i] in READINGS and only is not None:  # "the lowest [reading]" of WaterTemp
        return only[1].name.lower() in facts.measure_names | facts.names
    key = _only_number(facts.catalog) if facts.catalog is not None else None
    if key is None or key.value.name.lower() not in facts.measure_names | facts.names:
        return False
    if not _noun(words[i]) or words[i] in facts.names:
        return False
    if i + 1 < len(words) and _noun(words[i + 1]) and words[i + 1] not in facts.names:
        return _asked(words, i, i + 1)  # "average [price] index"
    return _asked(words, i - 1 if i and _noun(words[i - 1]) else i, i)


def _subject_of_value(i: int, words: list[str], facts: Facts) -> bool:
    """ "measles [deaths]" of ``measles(time, value)``, R's export of a series: the noun right
    after the name of a table the plan reads, whose one number is a generic ``value`` the
    plan measures, says what that number counts."""
    if not i or not _noun(words[i]) or words[i] in facts.names or facts.catalog is None:
        return False
    for table in facts.catalog.tables:
        if table.name.lower() not in facts.tables or words[i - 1] not in split_name(table.name):
            continue
        numbers = measured_numbers(table)
        if len(numbers) == 1 and numbers[0].name.lower() in GENERIC_NUMBERS:
            return numbers[0].name.lower() in facts.measure_names | facts.names
    return False


def _only_number(catalog: Catalog) -> LongKey | None:
    """The long table whose generic number is the only number of the catalog to measure
    (found once per catalog)."""
    found: tuple[LongKey | None] = catalog.derived("only long number", lambda c: (_find(c),))
    return found[0]


def _find(catalog: Catalog) -> LongKey | None:
    keys = [k for k in long_keys(catalog).values() if k.value.name.lower() in GENERIC_NUMBERS]
    if len(keys) != 1:
        return None
    others = (t for t in catalog.tables if t is not keys[0].table)
    return None if any(measured_numbers(t) for t in others) else keys[0]


def _asked(texts: list[str], lo: int, hi: int) -> bool:
    """Words ``lo..hi`` stand where a number is asked for or compared."""
    before = texts[lo - 1] if lo else ""
    k = hi + 2 if texts[hi + 1 : hi + 2] in (["were"], ["was"], ["is"], ["are"]) else hi + 1
    after = texts[k] if k < len(texts) else ""  # "readings [were] above 90"
    return before in _ASKING or after in _COMPARED


def _noun(text: str) -> bool:
    """A noun (never an adjective) and no function word."""
    if text in FUNCTION_WORDS or not text.isalpha():
        return False
    from lemminflect import getAllLemmas

    found = getAllLemmas(text)
    return "NOUN" in found and "ADJ" not in found
