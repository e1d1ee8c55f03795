"""The words an aggregate word or a count governs: the mention right after it, past words
that only fill the phrase ("the average of the", "number of all") — and, for an aggregate
asked outright, past words that name nothing of the schema ("average [student] SES") or a time
range read apart ("average [July] ridership")."""

from __future__ import annotations

from ..asked_groups import RATE_NOUNS
from ..kept_words import SEXES
from ..lexicon import FUNCTION_WORDS
from ..words import AGGREGATE_WORDS, SUPERLATIVES, instruction_words, schema_words
from .draft import Draft
from .link import Mention

__all__ = ["GAP", "next_mention"]

#: words that may stand between an aggregate word and what it applies to
GAP = frozenset(
    [
        "the",
        "of",
        "a",
        "an",
        "all",
        "their",
        "its",
        "in",
        "on",
        "for",
        "hourly",
        "daily",
        "weekly",
        "monthly",
        "quarterly",
        "yearly",
        "annual",
        "total",
        "overall",
        "record",  # "average [marathon] record time": the records' time
        "different",
        "distinct",
        "unique",
        "separate",
    ]
)


def next_mention(d: Draft, start: int, limit: int = 4, *, past: bool = False) -> Mention | None:
    """The mention starting first after word ``start`` with only gap words between; ``past``:
    also past words that name nothing of the schema ("average [student] SES") and a time
    range read apart ("average [July] ridership")."""
    i, passed = start, False
    while i < len(d.q) and i - start <= limit:
        m = next((m for m in d.mentions if m.lo == i and id(m) not in d.used), None)
        if m is not None:
            return m
        if passed and d.q.words[i].text == "of":
            return None  # "average [freedom] of expression": the word passed over heads it
        gap = d.q.words[i].text in GAP or d.q.used.get(i) == "unit"  # "average hours of"
        gap = gap or _per_head(d, i)  # "average [per capita] income"
        if not gap and not (past and _passed_over(d, i)):
            return None  # "number of captures per plot", "count and group by": none governed
        passed = passed or not gap
        i += 1
    return None


def _per_head(d: Draft, i: int) -> bool:
    """Word ``i`` is "per" or the noun of "per capita" / "per head" (:data:`RATE_NOUNS`),
    said before a number."""
    word = d.q.words[i].text
    before = d.q.words[i - 1].text if i else ""
    after = d.q.words[i + 1].text if i + 1 < len(d.q) else ""
    return (word == "per" and after in RATE_NOUNS) or (word in RATE_NOUNS and before == "per")


def _passed_over(d: Draft, i: int) -> bool:
    """Whether word ``i`` may stand between an aggregate word and its number: a word no
    mention covers and no step read, or a time range ("July")."""
    if d.q.used.get(i) == "time range":
        return True
    word = d.q.words[i].text
    if not (d.q.free(i) and word.isalpha()) or word in AGGREGATE_WORDS or word in SUPERLATIVES:
        return False  # "average and maximum age": another aggregate, not a filler
    if word in FUNCTION_WORDS or word in instruction_words() or word in SEXES:
        return False  # "average [male] wage": a word that picks the number (wage_m)
    if {word, d.q.words[i].lemma} & schema_words(d.catalog):
        return False  # "average [freedom] of expression score": part of a name, not a filler
    return not any(m.lo <= i < m.hi for m in d.mentions)
