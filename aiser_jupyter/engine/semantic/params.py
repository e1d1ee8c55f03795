"""A verified question asked with other parameters: a number, a year, or a value the
verified plan's SQL holds as a literal — one word or several ("New York" for "Texas").

The verified question's words are a pattern: fixed words, and slots where a literal of
the SQL is written. The new question must have the same fixed words in the same order; a
slot takes one word (a number, a year) or, for a text value, up to four. Each new value is
substituted in the parsed tree, never in text; a text value must be one the column holds
(as it stores it). The plan then goes through the normal guard like any other.
"""

from __future__ import annotations

import re

import sqlglot
from sqlglot import exp

from ..catalog.semantics import Verified
from ..plan import ChartPlan
from .wording import YEAR, Exists, normalise, tokens

__all__ = ["with_parameters"]

#: the most words a new text value may have
_LONGEST = 4


def with_parameters(
    question: str, v: Verified, exists: Exists | None, dialect: str
) -> tuple[tuple[tuple[str, str], ...], ChartPlan] | None:
    """``(changes, plan)``: ``v``'s plan with the parameters ``question`` changes (old → new
    text), or None when it asks something else or a new value does not fit."""
    try:
        tree = sqlglot.parse_one(v.plan.sql, read=dialect or None)
    except Exception:
        return None
    old = tokens(v.question)
    old_words = [w for w, _, _ in old]
    slots = _slots(old_words, list(tree.find_all(exp.Literal)))
    new = tokens(question)
    found = _align(old_words, slots, [w for w, _, _ in new])
    if not slots or found is None:
        return None
    changes: list[tuple[str, str]] = []
    for (lo, hi, text), (nlo, nhi) in zip(slots, found, strict=True):
        if old_words[lo:hi] == [w for w, _, _ in new[nlo:nhi]]:
            continue
        was = v.question[old[lo][1] : old[hi - 1][2]]
        said = question[new[nlo][1] : new[nhi - 1][2]]
        put = _substitute(tree, old_words[lo:hi], text, said, exists)
        if put is None:
            return None
        changes.append((was, put))
    if not changes:
        return None
    title = v.plan.chart.title
    for was, said in changes:
        title = title.replace(was, said) if title else title
    chart = v.plan.chart.model_copy(update={"title": title})
    sql = tree.sql(dialect=dialect or None)
    return tuple(changes), v.plan.model_copy(update={"sql": sql, "chart": chart})


def _slots(words: list[str], literals: list[exp.Literal]) -> list[tuple[int, int, bool]]:
    """``(lo, hi, text)``: the spans of the question's words that the SQL holds as a literal —
    a text value of one or more words (``text``), or a number or year (of a date too)."""
    phrases: set[tuple[str, ...]] = set()
    singles: set[str] = set()
    for lit in literals:
        raw = str(lit.this).lower()
        if lit.is_string and len(raw) >= 4 and YEAR.match(raw[:4]):
            singles.add(raw[:4])
        if lit.is_string:
            said = tuple(normalise(raw))
            if said:
                phrases.add(said)
        else:
            singles.add(raw)
    out: list[tuple[int, int, bool]] = []
    i = 0
    while i < len(words):
        size = next(
            (
                n
                for n in range(min(_LONGEST, len(words) - i), 0, -1)
                if tuple(words[i : i + n]) in phrases
            ),
            0,
        )
        if size:
            out.append((i, i + size, True))
            i += size
            continue
        if words[i] in singles:
            out.append((i, i + 1, False))
        i += 1
    return out


def _align(
    old: list[str], slots: list[tuple[int, int, bool]], new: list[str]
) -> list[tuple[int, int]] | None:
    """Where each slot's words are in ``new`` when the fixed words match in order (the
    shortest value first), or None."""
    pattern: list[tuple[int, int, bool] | str] = []
    i = 0
    for slot in slots:
        pattern += old[i : slot[0]]
        pattern.append(slot)
        i = slot[1]
    pattern += old[i:]

    def walk(p: int, n: int) -> list[tuple[int, int]] | None:
        if p == len(pattern):
            return [] if n == len(new) else None
        item = pattern[p]
        if isinstance(item, str):
            return walk(p + 1, n + 1) if n < len(new) and new[n] == item else None
        longest = _LONGEST if item[2] else 1
        for size in range(1, min(longest, len(new) - n) + 1):
            rest = walk(p + 1, n + size)
            if rest is not None:
                return [(n, n + size), *rest]
        return None

    return walk(0, 0)


def _substitute(
    tree: exp.Expression, old: list[str], text: bool, said: str, exists: Exists | None
) -> str | None:
    """Change the literal(s) the words ``old`` stand for into what was ``said``, in place, and
    return the new literal as written (a value as the column stores it); None when it does
    not fit (not a year, not a number, not a value of the column)."""
    new = normalise(said)
    if not text and YEAR.match(old[0]):
        fits = len(new) == 1 and bool(YEAR.match(new[0]))
        return new[0] if fits and _shift_years(tree, old[0], new[0]) else None
    if not text:
        if len(new) != 1 or not re.fullmatch(r"\d+(\.\d+)?", new[0]):
            return None
        hits = [x for x in tree.find_all(exp.Literal) if not x.is_string and x.this == old[0]]
        for lit in hits:
            lit.replace(exp.Literal.number(new[0]))
        return new[0] if hits else None
    put: str | None = None
    for lit in list(tree.find_all(exp.Literal)):
        if not lit.is_string or normalise(str(lit.this)) != old:
            continue
        put = _value_of_column(lit, said, exists)
        if put is None:
            return None
        lit.replace(exp.Literal.string(put))
    return put


def _value_of_column(lit: exp.Literal, new: str, exists: Exists | None) -> str | None:
    """``new`` as the column compared with ``lit`` stores it, when it does."""
    parent = lit.parent
    column = next(
        (c for c in (parent.args.values() if parent else []) if isinstance(c, exp.Column)), None
    )
    if column is None and isinstance(parent, exp.In):
        column = parent.this if isinstance(parent.this, exp.Column) else None
    if column is None or exists is None:
        return None
    return exists(column.table, column.name, new)


def _shift_years(tree: exp.Expression, old_year: str, new_year: str) -> bool:
    """Move every literal year ``old`` (and ``old + 1``, a range's end) by ``new - old``."""
    old, delta, done = int(old_year), int(new_year) - int(old_year), False
    for lit in list(tree.find_all(exp.Literal)):
        text = str(lit.this)
        if not lit.is_string and text in (str(old), str(old + 1)):
            lit.replace(exp.Literal.number(int(text) + delta))
            done = True
        elif (
            lit.is_string
            and text[:4] in (str(old), str(old + 1))
            and (len(text) == 4 or text[4] == "-")
        ):
            lit.replace(exp.Literal.string(str(int(text[:4]) + delta) + text[4:]))
            done = True
    return done
