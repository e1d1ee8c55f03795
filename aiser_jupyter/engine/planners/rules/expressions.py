"""Arithmetic between two columns the question names: "high minus low", "home plus away",
"the high-low range", "(GSP divided by employment)" — one number per row, ``(A - B)``,
``(A + B)`` or ``(A / B)``, measured, binned or
grouped like any column — and a row condition comparing two columns, "days the close was
below the open" (``WHERE close < open``).

Only explicit arithmetic counts: an operator word or sign between two mentions that each
name one numeric column of the same table. Anything less clear is left alone (and so, its
words unused, refused).
"""

from __future__ import annotations

import re

from sqlglot import exp

from ...catalog.model import Column, Table
from ..arithmetic import GLOSS_EDGES, WHICH_WORDS
from ..lexicon import lemma, split_name
from ..roles import is_identifier
from .derived import DerivedColumn
from .draft import Draft, column_ref
from .link import Candidate, Mention

__all__ = ["arithmetic", "column_conditions"]

_OPS = {"minus": "-", "plus": "+"}
#: a noun right after "high-low" / "(high minus low)" that names the difference or sum
_NOUNS = frozenset({"range", "spread", "difference", "gap", "sum", "total", "margin"})
_LESS = ("below", "under", "less than", "lower than", "smaller than", "beneath")
_MORE = (
    "above",
    "greater than",
    "higher than",
    "more than",
    "larger than",
    "exceeded",
    "exceeds",
    "exceed",
    "exceeding",
)
_DETERMINERS = frozenset({"its", "the", "their", "that", "this"})
_VERBS = frozenset({"was", "were", "is", "are", "stayed", "ended", "finished"})

Side = tuple[Table, Column]


def _numeric(table: Table, column: Column | None) -> bool:
    return (
        column is not None
        and not isinstance(column, DerivedColumn)
        and column.semantic == "quantitative"
        and not is_identifier(table, column)
    )


def _side(m: Mention) -> Side | None:
    """The one numeric column a mention names ("home" → HomeGoals beside HomeTeam); None when
    it names none or several equally well."""
    if m.kind != "column":
        return None
    top = max(c.score for c in m.cands)
    found = [
        c for c in m.cands if c.kind == "column" and c.score >= top and _numeric(c.table, c.column)
    ]
    if len({id(c.column) for c in found}) != 1 or found[0].column is None:
        return None
    return found[0].table, found[0].column


def _named(d: Draft, word: str) -> Side | None:
    """The one numeric column spelled exactly ``word`` (a half of "high-low")."""
    hits = [
        (t, c)
        for t in d.catalog.tables
        for c in t.columns
        if _numeric(t, c) and split_name(c.name, expand=False) == [lemma(word)]
    ]
    return hits[0] if len(hits) == 1 else None


def _signed(d: Draft, a: Mention, b: Mention) -> str | None:
    """The operator between two mentions: a word ("minus"), or a sign typed between them."""
    words = d.q.words
    if b.lo == a.hi + 1 and d.q.free(a.hi) and words[a.hi].text in _OPS:
        return _OPS[words[a.hi].text]
    if [w.text for w in words[a.hi : b.lo]] == ["divided", "by"] and d.q.free(a.hi):
        return "/"  # "GSP divided by employment" (its "by" freed by :func:`_replace`)
    if b.lo != a.hi:
        return None
    left, right = re.escape(words[a.hi - 1].raw), re.escape(words[b.lo].raw)
    found = re.search(rf"\b{left}\s*([-+])\s*{right}\b", d.q.text, re.IGNORECASE)
    return found.group(1) if found else None


def _column(op: str, left: Side, right: Side) -> DerivedColumn:
    name = f"{left[1].name} {op} {right[1].name}"
    column = DerivedColumn(
        name=name, type="DOUBLE", semantic="quantitative", term=name, kind="expression"
    )
    pair = (column_ref(*left), column_ref(*right))
    column._expr = exp.Paren(this=exp.Sub(this=pair[0], expression=pair[1]))
    if op == "+":
        column._expr = exp.Paren(this=exp.Add(this=pair[0], expression=pair[1]))
    if op == "/":  # a zero divisor gives no number, not an error
        divisor = exp.Nullif(this=pair[1], expression=exp.Literal.number(0))
        column._expr = exp.Paren(this=exp.Div(this=pair[0], expression=divisor))
    return column


def _replace(d: Draft, lo: int, hi: int, table: Table, column: DerivedColumn) -> None:
    """One mention of the expression over words ``lo..hi-1`` in place of its columns'."""
    d.mentions = [m for m in d.mentions if m.hi <= lo or m.lo >= hi]
    d.mentions.append(Mention(lo, hi, [Candidate("column", table, column, score=1.05)]))
    d.mentions.sort(key=lambda m: m.lo)
    for i in range(lo, hi):  # "output [per] employee (…)", "divided [by]": no grouping cue
        if i in d.r.group_cues and d.q.used.get(i) == "grouping":
            d.r.group_cues.discard(i)
            del d.q.used[i]
    d.q.claim(lo, hi, "arithmetic")


def _glossed(d: Draft, lo: int, hi: int, sides: tuple[Side, Side]) -> tuple[int, int]:
    """The words the expression names or glosses: a noun after it ("high-low range"); in
    parentheses, the noun phrase before them ("intraday range (high minus low)", "goals
    (home plus away)")."""
    words = d.q.words
    if hi < len(words) and d.q.free(hi) and words[hi].lemma in _NOUNS:
        hi += 1
    inner = next((k for k in range(lo, hi) if words[k].paren), lo)  # "worker (gsp …": the "("
    if not (words[inner].paren and words[hi - 1].paren):
        return lo, hi
    own = {id(c) for _, c in sides}
    start = inner
    while start > 0 and inner - start < 3 and not words[start - 1].paren:
        i = start - 1
        over = [m for m in d.mentions if m.lo <= i < m.hi]
        if over and not all(
            c.column is not None and id(c.column) in own for m in over for c in m.cands
        ):
            break
        per = words[i].text == "per" and d.q.used.get(i) == "grouping"  # "output per employee"
        if not over and ((not d.q.free(i) and not per) or words[i].lemma in _DETERMINERS):
            break
        if words[i].text in GLOSS_EDGES - {"per"}:
            break  # "[biggest] intraday range (high minus low)": an aggregate, no name
        start = i
    return start, hi


def _two(left: Side, right: Side) -> bool:
    """Two different columns of one table."""
    return left[0] is right[0] and left[1] is not right[1]


def _between(d: Draft, a: Mention, b: Mention) -> int | None:
    """ "the difference between high and low", "gap between A and B": where the noun that
    names A minus B starts, when the two are joined by "and" right after it."""
    words = d.q.words
    if b.lo != a.hi + 1 or words[a.hi].text != "and" or not d.q.free(a.hi):
        return None
    at = a.lo - 1
    while at > 1 and words[at].text in WHICH_WORDS:
        at -= 1  # "between the steel index's [daily] high and low": the grain word
    if words[at].possessive:  # "… the steel index's": the two numbers' owner, named before
        at = next((k for k in range(at - 1, max(0, at - 4), -1) if words[k].text == "the"), at)
        at -= 1
    if at < 1 or words[at].text not in ("between", "of") or not d.q.free(at):
        return None
    noun = words[at - 1]
    return noun.i if noun.lemma in ("difference", "gap", "spread") and d.q.free(noun.i) else None


def arithmetic(d: Draft) -> None:
    """ "high minus low", "home + away", "the high-low range", "the difference between high and
    low": one expression column."""
    for a, b in zip(d.mentions, d.mentions[1:], strict=False):
        start = _between(d, a, b)
        left, right = _side(a), _side(b)
        if start is not None and left is not None and right is not None and _two(left, right):
            _replace(d, start, b.hi, left[0], _column("-", left, right))
            return
        op = _signed(d, a, b)
        left, right = _side(a), _side(b)
        if op is None or left is None or right is None:
            continue
        if left[0] is not right[0] or left[1] is right[1]:
            continue
        lo, hi = _glossed(d, a.lo, b.hi, (left, right))
        _replace(d, lo, hi, left[0], _column(op, left, right))
        return
    for w in d.q.words:
        parts = w.text.split("-")
        after = d.q.words[w.i + 1].lemma if w.i + 1 < len(d.q.words) else ""
        if len(parts) != 2 or after not in _NOUNS or not d.q.free(w.i):
            continue
        left, right = _named(d, parts[0]), _named(d, parts[1])
        if left is None or right is None or left[0] is not right[0] or left[1] is right[1]:
            continue
        _replace(d, w.i, w.i + 2, left[0], _column("-", left, right))
        return


def column_conditions(d: Draft) -> None:
    """ "closed below its open": two columns compared, one row at a time — ``WHERE close <
    open``. ("A over B" is left alone: it also reads as a ratio.)"""
    pairs = [(a, b) for a in d.mentions for b in d.mentions if 0 <= b.lo - a.hi <= 5]
    for a, b in pairs:
        op = _comparison(d, a.hi, b.lo)
        left, right = _side(a), _side(b)
        if op is None or left is None or right is None or id(a) in d.used or id(b) in d.used:
            continue
        if left[0] is not right[0] or left[1] is right[1]:
            continue
        d.where.append((left[0], op(this=column_ref(*left), expression=column_ref(*right))))
        d.take(a, "compared column")
        d.take(b, "compared column")
        for m in d.mentions:  # "higher" read as a column named high: a comparison here
            if a.hi <= m.lo and m.hi <= b.lo:
                d.take(m, "compared column")
        d.q.claim(a.hi, b.lo, "compared column")


def _comparison(d: Draft, lo: int, hi: int) -> type[exp.Binary] | None:
    """``<`` or ``>`` when the free words ``lo..hi-1`` compare ("was below its")."""
    if not all(d.q.free(i) for i in range(lo, hi)):
        return None
    between = d.q.texts(lo, hi)
    while between and between[-1] in _DETERMINERS:
        between.pop()
    while between and between[0] in _VERBS:  # "the close [was] above the open"
        between.pop(0)
    phrase = " ".join(between)
    return exp.LT if phrase in _LESS else exp.GT if phrase in _MORE else None
