"""A name said whole outranks one said in part: "hourly rate" is ``HourlyRate``, though the
reader took "hourly" for a time unit and "rate" alone names ``DailyRate``, ``HourlyRate``
and ``MonthlyRate`` alike.

Of the columns a mention's words name equally, the one whose name is exactly the word
right before and those words is the column asked for; that word is then a word of its
name, not a grouping by hour.
"""

from __future__ import annotations

from ..lexicon import lemma, split_name
from .link import Mention
from .question import Question
from .reading import Reading

__all__ = ["whole_names"]


def whole_names(q: Question, r: Reading, mentions: list[Mention]) -> None:
    """Put first, in each mention whose best columns tie, the one column the word before
    completes to its whole name; the mention then spans that word, and a time unit read
    from it is dropped."""
    starts = {m.lo for m in mentions} | {i for m in mentions for i in range(m.lo + 1, m.hi)}
    for m in mentions:
        i = m.lo - 1
        if i < 0 or i in starts or not m.cands or m.kind != "column":
            continue
        top = m.best.rank
        tied = [c for c in m.cands if c.kind == "column" and c.column and c.rank >= top - 1e-6]
        if len(tied) < 2:
            continue
        said = (lemma(q.words[i].text), *(w.lemma for w in q.words[m.lo : m.hi]))
        whole = [c for c in tied if c.column and tuple(split_name(c.column.name)) == said]
        if len(whole) != 1:
            continue
        claim = q.used.get(i, "")
        if claim and not claim.startswith("time unit"):
            continue
        best = whole[0]
        best.score += 0.1
        best.rank += 0.1
        m.cands = [best] + [c for c in m.cands if c is not best]
        m.lo = i
        q.used.pop(i, None)
        if r.unit_span is not None and r.unit_span[0] <= i < r.unit_span[1]:
            r.unit, r.unit_span = None, None
