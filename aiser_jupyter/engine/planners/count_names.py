"""Columns of counts named by a count word (``count_working``, ``n_students``,
``num_employees``, ``pop_count``): "number of working students" is such a column's sum, its
words after the count word, and the plural noun after them what it counts. Shared by the
planners and the honesty check."""

from __future__ import annotations

from .lexicon import lemma
from .words import instruction_words

__all__ = ["COUNT_FORMS", "counted", "counts_named", "noun_of_count"]

#: words a name counts things with (count_working, n_students, num_employees, pop_count)
COUNT_FORMS = frozenset(["count", "cnt", "n", "num", "number", "nbr"])

#: words that ask for a count ("number of", "how many", "count of")
_ASK = {"number": "of", "many": "", "count": "of"}


def _named_span(i: int, words: list[str], names: set[str]) -> int:
    """How many words from ``i`` on are words of ``names``."""
    n = 0
    while i + n < len(words) and (words[i + n] in names or lemma(words[i + n]) in names):
        n += 1
    return n


def counts_named(i: int, words: list[str], measure_names: set[str]) -> bool:
    """ "[number] of working students", "how [many] employees": the count words before the
    words of a measured column named by a count word (count_working)."""
    if not measure_names & COUNT_FORMS or words[i] not in _ASK:
        return False
    j = i + 1
    if _ASK[words[i]] and (j >= len(words) or words[j] != _ASK[words[i]]):
        return False
    j += 1 if _ASK[words[i]] else 0
    return _named_span(j, words, measure_names - COUNT_FORMS) > 0


def noun_of_count(i: int, words: list[str], measure_names: set[str], aggs: set[str]) -> bool:
    """ "number of working [students]": the plural noun right after the words of a column
    named by a count word, itself after the count words, the column summed or averaged."""
    word = words[i]
    if not aggs & {"sum", "mean"} or not word.isalpha() or lemma(word) == word:
        return False
    names = measure_names - COUNT_FORMS
    j = i
    while j > 0 and (words[j - 1] in names or lemma(words[j - 1]) in names):
        j -= 1
    return j < i and any(counts_named(k, words, measure_names) for k in (j - 2, j - 1) if k >= 0)


def counted(i: int, words: list[str]) -> bool:
    """The noun phrase after "number of" / "how many" / "count of": what a count counts."""
    stop = instruction_words()
    j = i - 1
    while j >= 0 and words[j] not in stop:
        j -= 1
    if j < 0:
        return False
    lead = " ".join(words[max(0, j - 1) : j + 1])
    return lead in (
        "number of",
        "how many",
        "count of",
        "count the",
        "of the",
        "share of",
        "proportion of",
        "percentage of",
    ) and (lead != "of the" or (j >= 2 and words[j - 2] == "number"))
