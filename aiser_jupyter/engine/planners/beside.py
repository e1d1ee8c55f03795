"""Unexplained words beside a measure's words: "average [receiving] delay" names the measure."""

from __future__ import annotations

from .lexicon import lemma
from .tallies import TALLY_NAMES
from .words import AGGREGATE_WORDS, ROW_NOUNS, instruction_words, is_content

__all__ = ["aggregated_head", "between_aggregate_and_measure", "next_to_measure"]


def between_aggregate_and_measure(i: int, words: list[str], used: dict[str, str]) -> bool:
    """ "average [receiving] delay": a word between an aggregate and the measure's name; a
    noun for the rows ("total [observation] weight", "average [item] price") names none."""
    return (
        0 < i < len(words) - 1
        and words[i] not in instruction_words()
        and lemma(words[i]) not in ROW_NOUNS
        and used.get(words[i - 1]) == "aggregate"
        and used.get(words[i + 1]) == "measure name"
    )


def next_to_measure(i: int, words: list[str], used: dict[str, str]) -> bool:
    """An unexplained content word right beside an aggregate or a measure's name."""
    if not is_content(words[i]):
        return False
    for j in (i - 1, i + 1):
        if 0 <= j < len(words) and used.get(words[j]) in ("aggregate", "measure name"):
            return True
    return False


#: what a word between an aggregate and the head of its phrase may be explained as
_IN_PHRASE = frozenset(["name", "value", "synonym", "measure name"])
_TOTALS = frozenset(["sum", "mean", "median"])
#: what a word before a head may be and still name the measure ("average vocabulary [score]");
#: a value keeps rows ("total polio [cases]"), it names no number
_NAMING = _IN_PHRASE - {"value"}


def aggregated_head(
    i: int,
    words: list[str],
    why_at: dict[int, str],
    measured: set[str],
    tables_only: frozenset[str] = frozenset(),
) -> bool:
    """ "total US [exports] to each region" drawn as a count of rows: the last noun of the
    phrase an aggregate ("total", "average", "sum of") applies to, left unused while no word
    of the phrase names what the plan measures (``measured``: its measured names; none when it
    counts rows) — the measure was not found. ("average wind [speed]" of ``wind``, "average
    vocabulary [score]" of ``vocab``: the measure is named, the head a kind of number; but
    "average student [math] score" beside MEANSES names only the table ``MathAchSchool``:
    ``tables_only``, the words of the plan's tables that none of its columns has.)"""
    word = words[i]
    if word in instruction_words() or not is_content(word):
        return False
    if lemma(word) in ROW_NOUNS and not measured - TALLY_NAMES:
        return False  # "total [cases]" counted as rows (or summed from a count column)
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if nxt and nxt not in instruction_words() and is_content(nxt):
        return False  # not the last word of its phrase
    for j in range(i - 1, max(-1, i - 4), -1):
        if lemma(words[j]) in tables_only and not _names_measured(words[j], measured):
            continue  # "average student [math] score": a word of the table, not of the measure
        if _names_measured(words[j], measured) or (measured and why_at.get(j) in _NAMING):
            return False  # "average vocabulary [score]" of vocab: the measure is named
        if why_at.get(j) == "aggregate":
            aggs = AGGREGATE_WORDS.get(words[j], ())
            return words[j] == "total" or bool(set(aggs) & _TOTALS)
        if why_at.get(j) not in _IN_PHRASE and (
            words[j] in instruction_words() or not is_content(words[j])
        ):
            return False
    return False


def _names_measured(word: str, measured: set[str]) -> bool:
    """Whether ``word`` in any of its forms is a word of a measured name ("closing" of close)."""
    if word in measured or lemma(word) in measured:
        return True
    from lemminflect import getAllLemmas

    return any(base in measured for bases in getAllLemmas(word).values() for base in bases)
