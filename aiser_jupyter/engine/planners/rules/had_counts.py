"""Rows that had at least one of something a column counts: "bookings that asked for a
parking space" (``required_car_parking_spaces > 0``), "orders with any returns", "households
having children" — a condition on the count, not the count to sum."""

from __future__ import annotations

from sqlglot import exp

from ...catalog.model import Column, Table
from ..lexicon import FUNCTION_WORDS
from ..roles import holds_share
from .draft import Draft, calendar_part, column_ref, is_identifier

__all__ = ["had_counts"]

#: verbs of a relative clause that say the row had the thing ("that [asked for] a ...")
_HAD = (
    ("had",),
    ("has",),
    ("have",),
    ("having",),
    ("asked", "for"),
    ("requested",),
    ("required",),
    ("needed",),
    ("included",),
)
_RELATIVE = frozenset(["that", "which", "who", "where"])
#: "a", "any", "at least one": one of the thing or more (no number: "with 2 babies" is not this)
_SOME = (("a",), ("an",), ("any",), ("at", "least", "one"), ("one", "or", "more"))


def had_counts(d: Draft) -> None:
    """A free mention of a count column (whole numbers from 0) after "with a", "that had
    any", "that asked for a", a noun before the phrase: rows where the count is above 0."""
    words = d.q.texts()
    for m in d.free():
        column = m.column
        if m.kind != "column" or column is None:
            continue
        amount = _amount(m.table, column) and _said_alone(words, m.hi)
        if not _count_column(column) and not amount:
            continue
        cue = _cue(words, m.lo)
        if cue is None or cue == 0 or words[cue - 1] in FUNCTION_WORDS:
            continue
        if not _count_column(column) and words[cue] != "with":
            continue  # an amount "had": "had any civil war deaths" may be a flag's count
        d.where.append(
            (m.table, exp.GT(this=column_ref(m.table, column), expression=exp.convert(0)))
        )
        d.take(m, "had some")
        d.q.claim(cue, m.lo, "had some")
        d.r.compares = [c for c in d.r.compares if not cue <= c.lo < m.lo]  # "any": read here


def _count_column(column: Column) -> bool:
    """Whole numbers from 0 (none) up, more than two of them (a 0/1 flag is :mod:`.flags`')."""
    values = [v for v in column.samples if v is not None]
    return (
        column.semantic == "quantitative"
        and len(values) > 2
        and all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in values)
        and 0 in values
    )


def _amount(table: Table, column: Column) -> bool:
    """An amount of none up, held as a number — absent (NULL or 0) where there is none of it:
    "respondents with a mortgage" of ``mortgage`` (the balance owed)."""
    try:
        low = float(column.min) if column.min is not None else None
    except (TypeError, ValueError):
        return False
    return (
        column.semantic == "quantitative"
        and low is not None
        and low >= 0
        and not calendar_part(column)
        and not is_identifier(table, column)
        and not holds_share(column)  # "people with an advanced degree" of a percent ``Adv``
    )


#: words after an amount that say how much of it ("with a mortgage above 100k", "of 200")
_HOW_MUCH = frozenset(
    ["above", "below", "over", "under", "of", "between", "more", "less", "greater", "at", "than"]
)


def _said_alone(words: list[str], hi: int) -> bool:
    """Nothing after the amount's name says how much: "with a mortgage, by education"."""
    nxt = words[hi] if hi < len(words) else ""
    return nxt not in _HOW_MUCH and not nxt[:1].isdigit()


def _cue(words: list[str], lo: int) -> int | None:
    """Where the words that say "had at least one" start before word ``lo``, if they do."""
    for some in _SOME:
        end = lo - len(some)
        if end < 1 or tuple(words[end:lo]) != some:
            continue
        if words[end - 1] in ("with", "having"):
            return end - 1
        for verb in _HAD:
            start = end - len(verb)
            if start >= 1 and tuple(words[start:end]) == verb:
                # "bookings that had any", "how many bookings had any": after the rows' noun
                return start - 1 if words[start - 1] in _RELATIVE else start
    return None
