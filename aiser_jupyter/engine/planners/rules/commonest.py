"""The values held by the most rows: "the 3 most common Europe scores", "top 5 most frequent
event types" group by what follows and count rows — the words after "most common" name the
grouping, never a number to add up (a score of 1 to 11 summed per voter group)."""

from __future__ import annotations

import re

from ..number_words import NUMBER_WORDS
from .cues import after_cue
from .draft import Dim, Draft
from .question import Question
from .reading import Reading, claim, is_free

__all__ = ["commonest", "commonest_read"]

#: "the 3 most common Europe scores", "top 5 most frequent event types": the values of what
#: follows ranked by how many rows hold each
_COMMONEST = re.compile(
    rf"\b(?:(?:the|top) )?(?:(\d+|{'|'.join(NUMBER_WORDS)}) )?"
    r"(most (?:common|frequent|popular|frequently occurring)|commonest)\b(?= \w)"
)


def commonest_read(q: Question, r: Reading) -> bool:
    """Read "the N most common X": the N values of X held by the most rows, a grouping by X
    and a count; True when read."""
    m = _COMMONEST.search(q.joined())
    if m is None or not is_free(q, m):
        return False
    r.top, r.descending = (NUMBER_WORDS.get(m[1]) or int(m[1]) if m[1] else 1), True
    _, hi = claim(q, m, "top N")
    r.group_cues.add(hi - 1)  # what follows is grouped, as after "by"
    return True


#: the last word of "most common", "most frequent", "most popular", "commonest"
_RANKS = frozenset(["common", "frequent", "popular", "commonest", "occurring"])


def commonest(d: Draft) -> None:
    """Group by the column named right after "the N most common" (read as top N), before any
    step takes that column as the measure; the count of rows is then what is measured."""
    words = d.q.texts()
    cue = next((i for i, w in enumerate(words) if w in _RANKS and d.q.used.get(i) == "top N"), None)
    if cue is None or d.dims:
        return
    m = after_cue(d, cue)
    if m is None or m.column is None or m.table is None or m.kind != "column":
        return
    d.dims.append(Dim(m.table, m.column, words=(m.lo, m.hi)))
    d.take(m, "grouping")
