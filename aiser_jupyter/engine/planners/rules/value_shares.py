"""The share of rows a value of a column holds: "What percentage of the athletes are women?",
"what share of the courses were taught in English" — one number, the mean over all rows of
1 where the value holds (100 for a percentage) and 0 where not. Kept as a filter, the value
would leave only its own rows, and their count is no share; drawn as a pie, the question's
one number is not on the chart."""

from __future__ import annotations

import re

from sqlglot import exp

from .derived import DerivedColumn
from .draft import Draft, Measure

__all__ = ["value_shares"]

#: the nouns of a share, and the scale each is said in
_SCALES = {"percentage": 100.0, "percent": 100.0, "share": 1.0, "proportion": 1.0, "fraction": 1.0}
#: the verbs between the rows and the value ("of the athletes [are] women")
_VERBS = frozenset(["are", "were", "is", "was"])
#: how far the verb may stand after "of" ("of the adult athletes are")
_REACH = 4
#: how far the value may stand after the verb ("were taught by women")
_VALUE_REACH = 3


def value_shares(d: Draft) -> None:
    """The rows kept by one value (counted, or nothing measured), asked as a share of the rows
    ("percentage of X are V"), with no grouping: the mean of the value's indicator."""
    if len(d.measures) > 1 or d.dims or d.having or d.r.top or len(d.where) != 1:
        return
    if d.measures and (d.measures[0].agg != "count" or d.measures[0].column is not None):
        return
    words = d.q.texts()
    for s, word in enumerate(words[:-1]):
        if word not in _SCALES or words[s + 1] != "of":
            continue
        verb = next(
            (v for v in range(s + 2, min(s + 2 + _REACH, len(words))) if words[v] in _VERBS), None
        )
        if verb is None:
            continue
        value = next(
            (
                x
                for x in d.mentions
                if x.kind == "value" and id(x) in d.used and verb < x.lo <= verb + _VALUE_REACH
            ),
            None,
        )
        table, cond = d.where[0]
        if value is None or value.column is None or not _on_column(cond, value.column.name):
            continue
        scale = _SCALES[word]
        column = DerivedColumn(
            name=f"share {value.column.name} {value.best.value}",
            type="DOUBLE",
            semantic="quantitative",
            term=f"{word} of rows where {value.column.name} = {value.best.value!r}",
            kind="expression",
        )
        column._expr = exp.Case(
            ifs=[exp.If(this=cond.copy(), true=exp.Literal.number(scale))],
            default=exp.Literal.number(0),
        )
        d.where.clear()
        alias = re.sub(r"\W+", "_", f"{word}_{value.best.value}").lower()  # "share_very_happy"
        d.measures[:] = [Measure("mean", table, column, name=alias)]
        d.r.mark = None  # "percentage of": one number, not a pie
        d.q.claim(s, s + 2, "share")
        d.q.claim(verb, verb + 1, "share")
        return


def _on_column(cond: exp.Expression, name: str) -> bool:
    """Whether ``cond`` keeps rows by a value of the column ``name`` (= or IN)."""
    return (
        isinstance(cond, (exp.EQ, exp.In))
        and isinstance(cond.this, exp.Column)
        and cond.this.name.lower() == name.lower()
    )
