"""The aggregate of a comparison on groups said after the measure's name: "murder rate
averaged over all years is above 10", "more than 100,000 sales in total" — each group's
aggregate is compared, not single rows."""

from __future__ import annotations

from ..words import instruction_words
from .compare_words import IMPLIED_BY_VERB
from .draft import Draft
from .link import Mention
from .reading import Agg, Compare

__all__ = [
    "averaged_after",
    "mean_said_of_each",
    "on_average_after",
    "total_after",
    "whose_aggregate",
]


def averaged_after(words: list[str], m: Mention, agg: Agg) -> bool:
    """ "whose murder rate [averaged] over all years is above 10": the participle right
    after the measure's name (a word such as "rate" between) aggregates it."""
    return words[agg.i].endswith("ed") and m.hi <= agg.i <= m.hi + 1


def total_after(d: Draft, cmp: Compare) -> Agg | None:
    """ "cities with more than 100,000 sales in total": the total after the measure named
    right after the number compares each group's sum, not single rows."""
    named = next((m for m in d.mentions if m.lo == cmp.hi and m.column is not None), None)
    if named is None:
        return None
    words = d.q.texts()
    after = (named.hi, named.hi + 1) if words[named.hi : named.hi + 1] == ["in"] else (named.hi,)
    return next(
        (
            a
            for a in d.r.aggs
            if a.agg == "sum" and a.strict and words[a.i] == "total" and a.i in after
        ),
        None,
    )


def on_average_after(d: Draft, cmp: Compare) -> Agg | None:
    """ "which age groups paid more than $40,000 in taxes on average": "on average" after the
    comparison, in a question that groups, compares each group's mean."""
    words = d.q.texts()
    return next(
        (
            a
            for a in d.r.aggs
            if a.agg == "mean" and a.strict and a.i > cmp.hi and words[a.i - 1] == "on"
        ),
        None,
    )


def _spans_time(d: Draft, i: int) -> bool:
    """Word ``i`` says over which rows or years the aggregate runs ("over the period", "over
    1970-86"), or is a word of no content ("rate")."""
    why = d.q.used.get(i)
    if why in ("over all rows", "time range") or d.q.words[i].text in instruction_words():
        return True
    return d.q.words[i].text in ("over", "during", "in") and d.q.used.get(i + 1) == "time range"


#: words that may stand between "whose average …" and the comparison
_CLAUSE = frozenset(["of", "the", "was", "were", "is", "are", "has", "had", "been", "stayed"])


def whose_aggregate(d: Draft, cmp: Compare) -> Agg | None:
    """ "regions whose average score was below 8": the aggregate said after "whose", with only
    the measure's name and a verb before the comparison, compares each group's aggregate."""
    words = d.q.texts()
    for a in d.r.aggs:
        if not (a.strict and 0 < a.i < cmp.lo and words[a.i - 1] == "whose"):
            continue
        named = {i for m in d.mentions if m.column is not None for i in range(m.lo, m.hi)}
        gap = range(a.hi, cmp.lo)
        spans = {i for i in gap if _spans_time(d, i)}  # "over the period", "over 1970-86"
        if any(i not in named | spans and words[i] not in _CLAUSE for i in gap) or not named & set(
            gap
        ):
            continue
        return a
    return None


def mean_said_of_each(d: Draft, cmp: Compare, agg: Agg) -> bool:
    """Whether the bound's own verb or adjective names the number ("weigh over 80 kg") and the
    aggregate is a mean said of each group: "on average" after it, or "the average [noun]"
    before it ("grades where the average student weighs …")."""
    words = d.q.texts()
    said = cmp.lo < cmp.number_i and words[cmp.lo] in IMPLIED_BY_VERB
    return said and agg.agg == "mean" and (agg.i > cmp.hi or words[agg.i - 1 : agg.i] == ["the"])
