"""Rows that had at least one of something a column counts: "bookings that asked for a
parking space" (``required_car_parking_spaces > 0``), "orders with any returns", "households
having children" — a condition on the count, not the count to sum."""

from __future__ import annotations

from sqlglot import exp

from ...catalog.model import Column
from ..lexicon import FUNCTION_WORDS
from .draft import Draft, column_ref

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
        if m.kind != "column" or column is None or not _count_column(column):
            continue
        cue = _cue(words, m.lo)
        if cue is None or cue == 0 or words[cue - 1] in FUNCTION_WORDS:
            continue
        d.where.append(
            (m.table, exp.GT(this=column_ref(m.table, column), expression=exp.convert(0)))
        )
        d.take(m, "had some")
        d.q.claim(cue, m.lo, "had some")


def _count_column(column: Column) -> bool:
    """Whole numbers from 0 (none) up, more than two of them (a 0/1 flag is :mod:`.flags`')."""
    values = [v for v in column.samples if v is not None]
    return (
        column.semantic == "quantitative"
        and len(values) > 2
        and all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in values)
        and 0 in values
    )


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
