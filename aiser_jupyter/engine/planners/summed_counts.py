"""Count words read as a sum: "number of sales", "how many listings" drawn as the sum of the
column named so, and "how many flu cases" as the sum of a table's count column
(:mod:`.tallies`). Used by the honesty account (:mod:`.explain`)."""

from __future__ import annotations

from .described import canon
from .facts import Facts
from .lexicon import SYNONYMS, lemma, plural
from .tallies import clips_people, sums_a_tally
from .words import SUPERLATIVES, instruction_words

__all__ = ["counts_something", "summed_counts"]


def summed_counts(i: int, words: list[str], facts: Facts) -> bool:
    """Whether the count word ``i`` ("number", "many") is explained by a sum the plan
    computes: of the column its words name, or of a count column."""
    return _sums_named_column(i, words, facts) or (
        counts_something(i, words) and sums_a_tally(facts)
    )


def _sums_named_column(i: int, words: list[str], facts: Facts) -> bool:
    """ "number of sales", "how many listings" drawn as the sum of the column named so."""
    prev = words[i - 1] if i > 0 and words[i] == "number" else ""
    averaged = prev in ("average", "mean", "median") and facts.aggregates & {"mean", "median"}
    extreme = prev in SUPERLATIVES and facts.aggregates & {"min", "max"}
    if words[i] not in ("number", "many", "total") or not (
        "sum" in facts.aggregates or averaged or extreme
    ):
        return False  # "average number of listings": the mean of a column of counts
    if averaged and _per_longer_unit(i, words, facts):
        return False  # "average number of calls per day" of 5-minute rows: days' totals
    nxt = words[i + 1] if i + 1 < len(words) else ""
    j = i + 2 if nxt == "of" else i + 1 if words[i] == "many" else -1
    if words[i] == "total" and nxt == "number":
        j = i + 3 if i + 2 < len(words) and words[i + 2] == "of" else -1
    for k in range(j, min(j + 4, len(words)) if j >= 0 else 0):  # "Wichita Falls sales"
        said = {lemma(words[k]), canon(words[k])}  # "how many women": female of a description
        said |= {n for n in facts.names if lemma(words[k]) in SYNONYMS.get(n, ())}  # people
        if plural(words[k]) and said & (facts.names | facts.described):
            return True
        if any(clips_people(words[k], n) for n in facts.measure_names):
            return True  # "number of unemployed" drawn from unemploy
        glued = k + 1 < len(words) and words[k] + words[k + 1] in facts.names  # under-5 deaths
        if words[k] in instruction_words() and not glued:
            break
    return False


def _per_longer_unit(i: int, words: list[str], facts: Facts) -> bool:
    """ "average number of calls [per day]" where a day holds several rows: the mean of the
    rows drawn per day is no average of each day's number."""
    from .row_grain import rows_are

    for k in range(i + 1, min(i + 6, len(words) - 1)):
        if words[k] in ("per", "a", "each") and words[k + 1] in _UNITS:
            return not rows_are(words[k + 1], facts)
    return False


_UNITS = frozenset(["day", "week", "month", "quarter", "year"])


def counts_something(i: int, words: list[str]) -> bool:
    """ "number of …", "how many …", "count of …": a count was asked for."""
    word = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    prev = words[i - 1] if i else ""
    if word == "number":
        return nxt == "of"
    if word == "many":
        return prev == "how"
    if word == "count":
        return True
    return nxt in ("number", "count")
