"""One side of a two-valued column set against the other, the other side left unnamed or
named in words the data does not hold: "churned vs stayed", "GATT members vs non-members",
"Roxygen packages vs the rest", "senior citizens compared with other customers".

Read as a filter, the named side would leave its own rows alone — a chart of the churned
customers under a title that compares them with those who stayed. The question asks for both
sides: the column becomes a grouping (the colour, beside a grouping already read) and the
words of the other side are its other value. Only a column of two values qualifies: "the
rest" of a column of five values is four groups, or one made of them, which the question
does not say.
"""

from __future__ import annotations

from sqlglot import exp

from ...catalog.model import Column, Table
from ..other_side import SIDE_BREAKS, VERSUS_WORDS, rest_clause
from .draft import Dim, Draft
from .link import Mention

__all__ = ["versus_rest"]

#: words that stand for the other side of a two-valued column
_REST = frozenset(["rest", "others", "other", "not", "non", "everyone", "everybody", "else"])
#: words that may stand between the other side's words (the rest "of the packages")
_FILLERS = frozenset(["the", "all", "of", "those", "that", "who", "which", "ones", "one"])


def versus_rest(d: Draft) -> None:
    """A kept value of a two-valued column followed by "vs"/"compared with" and the other
    side's words: both sides drawn, grouped by the column."""
    for k, (table, cond) in enumerate(d.where):
        column = _kept_column(table, cond)
        if column is None or any(x.column is column for x in d.dims):
            continue
        for m in _mentions_of(d, column):
            span = _other_side(d, m)
            if span is None:
                continue
            del d.where[k]
            d.dims.append(Dim(table, column, words=(m.lo, m.hi), color=bool(d.dims)))
            d.q.claim(m.hi, span, "compared sides")
            for x in d.free():
                if m.hi <= x.lo < span:
                    d.take(x, "compared sides")
            return


def _kept_column(table: Table, cond: exp.Expression) -> Column | None:
    """The two-valued column ``cond`` keeps one value of (``col = v``)."""
    if not isinstance(cond, exp.EQ) or not isinstance(cond.this, exp.Column):
        return None
    name = cond.this.name.lower()
    column = next((c for c in table.columns if c.name.lower() == name), None)
    if column is None or column.distinct != 2:
        return None
    return column


def _mentions_of(d: Draft, column: Column) -> list[Mention]:
    return [m for m in d.mentions if id(m) in d.used and m.column is column]


def _other_side(d: Draft, m: Mention) -> int | None:
    """The end of the other side's words after ``m`` ("[vs the rest]", "[compared with other]
    customers"), when every word of it is free and one of them says the other side or stands
    alone unlinked ("vs stayed"); None when none follows."""
    words = d.q.texts()
    rest = rest_clause(words, m.hi)  # "those who voted [and those who did not]"
    if rest is not None and all(d.q.free(j) for j in range(m.hi, rest)):
        return rest
    i = m.hi
    while i < len(words) and i < m.hi + 2 and words[i] not in VERSUS_WORDS and d.q.free(i):
        i += 1  # "GATT [members] vs": the rows' noun after the side's value
    if (
        i >= len(words)
        or words[i] not in VERSUS_WORDS
        or (words[i - 1 : i] and d.q.words[i - 1].comma)
    ):
        return None
    start = i + VERSUS_WORDS[words[i]]
    if words[i] == "compared" and words[i + 1 : i + 2] not in (["with"], ["to"]):
        return None
    end = start
    while end < len(words) and words[end] not in SIDE_BREAKS and d.q.free(end):
        end += 1
        if d.q.words[end - 1].comma or d.q.words[end - 1].paren:
            break
    said = [w for w in words[start:end] if w not in _FILLERS]
    if not said or (not set(said) & _REST and len(said) > 1):
        return None  # "vs the others of X" is read; "vs Canada imports": another value
    return end
