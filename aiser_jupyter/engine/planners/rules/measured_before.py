"""A comparison after an aggregate of a number: "the average daily volume was above 3 billion
shares" — the noun after the number ("shares") is the number's unit, not rows counted (as in
"more than 3100 orders"); the comparison is on the aggregate."""

from __future__ import annotations

from ..lexicon import FUNCTION_WORDS
from .draft import Draft
from .link import Mention
from .reading import Compare

__all__ = ["aggregate_near", "at_event", "measured_before", "noun_compared"]

#: verbs between a number's name and a comparison on it ("wheat [cost] more than 40")
_SAYS_NUMBER = frozenset(
    ["cost", "costs", "was", "were", "is", "are", "sold", "priced", "weighed", "reached"]
)


def number_before(d: Draft, cmp: Compare) -> bool:
    """Whether a column of numbers is named right before ``cmp``, or before a verb that says it
    ("when wheat cost more than 40 shillings"): the noun after the number is its unit, the
    comparison is on that number, not on a count of rows."""
    verb = cmp.lo > 0 and d.q.words[cmp.lo - 1].text in _SAYS_NUMBER
    ends = {cmp.lo, cmp.lo - 1} if verb else {cmp.lo}
    return any(
        m.hi in ends
        and m.column is not None
        and m.column.semantic == "quantitative"
        and not m.column.primary_key
        for m in d.mentions
    )


def measured_before(d: Draft, cmp: Compare) -> bool:
    """Whether a number is named before ``cmp``: by a strict aggregate word ("average",
    "total") up to 5 words before it followed by a number a column holds, or as
    :func:`number_before` says."""
    if number_before(d, cmp):
        return True
    for a in d.r.aggs:
        if not a.strict or not cmp.lo - 5 <= a.i < cmp.lo:
            continue
        if any(
            a.hi <= m.lo
            and m.hi <= cmp.lo
            and m.column is not None
            and m.column.semantic == "quantitative"
            for m in d.mentions
        ):
            return True
    return False


def at_event(d: Draft, m: Mention) -> bool:
    """ "average age at [diagnosis] above 37.5": a date column named after "at" says when the
    number before it was taken, no number compared of its own."""
    column = m.column
    return (
        bool(m.lo)
        and d.q.words[m.lo - 1].text == "at"
        and column is not None
        and column.semantic == "temporal"
    )


def noun_compared(d: Draft, m: Mention, cmp: Compare) -> bool:
    """A noun of no mention right before the comparison, after ``m`` ("savings ratio against
    the population [under] 15"): what is compared is that noun, not ``m``."""
    from lemminflect import getAllLemmas

    i = cmp.lo - 1
    if m.hi > i or not d.q.free(i) or any(x.lo <= i < x.hi for x in d.mentions):
        return False
    word = d.q.words[i].text
    if word in FUNCTION_WORDS or word in ("or", "and", "nor"):
        return False
    return word.isalpha() and set(getAllLemmas(word)) == {"NOUN"}


def aggregate_near(d: Draft, i: int, lo: int) -> bool:
    """Word ``i`` (an aggregate) stands within 5 words before ``lo``, not counting a column's
    description spelled in full ("an average [baseline mental health score] (MCS) under 33")."""
    said = [j for j in range(i, lo) if d.q.used.get(j) != "described by its name"]
    return len(said) <= 5
