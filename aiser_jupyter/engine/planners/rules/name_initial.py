"""An aggregate word, a word a column name's one-letter piece stands for, then the rest of
that name: "average female life expectancy" of ``lifeExpF``, "mean male wage" of ``wage_m``
— the letter is the word's initial, and the aggregate governs the column all the same.

Without this the aggregate word fell on nothing (the word between was no gap word) and the
number was summed by default, or the question refused with "average" unused.
"""

from __future__ import annotations

from ..lexicon import split_name
from .draft import Draft
from .link import Candidate, Mention
from .modifier_gap import number_of_after, number_past_modifier, owner_number

__all__ = ["number_after_word", "number_past_initial"]


def number_after_word(d: Draft, hi: int) -> Mention | None:
    """The number an aggregate word governs past one word at ``hi``: a free modifier ("average
    [trading] volume") or the word a name's one letter stands for ("average [female] life
    expectancy" of lifeExpF)."""
    return (
        number_past_modifier(d, hi)
        or number_past_initial(d, hi)
        or owner_number(d, hi)  # "Mobil's average daily return"
        or number_of_after(d, hi)  # "average daily return of the CRSP index"
    )


def number_past_initial(d: Draft, hi: int) -> Mention | None:
    """The number named right after a free word at ``hi`` whose initial is the one-letter
    piece its name has and the mention's words do not spell; the word is claimed as a name."""
    if hi + 1 >= len(d.q) or not d.q.free(hi) or any(x.lo <= hi < x.hi for x in d.mentions):
        return None
    word = d.q.words[hi].text
    if not word.isalpha() or len(word) < 3:
        return None
    m = next((x for x in d.mentions if x.lo == hi + 1 and id(x) not in d.used), None)
    if m is None or m.kind != "column":
        return None
    spelled = {w[0] for w in d.q.lemmas(m.lo, m.hi) if w}
    top = [c for c in m.cands if c.score >= m.best.score]
    fit = [c for c in top if _initial(c) == word[0] and word[0] not in spelled]
    if len(fit) != 1:
        return None  # no such letter, or two columns it could be
    m.cands.remove(fit[0])
    m.cands.insert(0, fit[0])  # "female" of lifeExpF, not lifeExpM beside it
    d.q.claim(hi, hi + 1, f"name {fit[0].column.name if fit[0].column else ''}")
    return m


def _initial(c: Candidate) -> str | None:
    """The one letter a quantitative column's name holds as a piece of its own, first or
    last (``lifeExpF``, ``f_income``); None if none or more than one."""
    if c.kind != "column" or c.column is None or c.column.semantic != "quantitative":
        return None
    parts = split_name(c.column.name, expand=False)
    letters = [p for p in parts if len(p) == 1 and p.isalpha()]
    if len(parts) < 2 or len(letters) != 1 or letters[0] not in (parts[0], parts[-1]):
        return None
    return letters[0]
