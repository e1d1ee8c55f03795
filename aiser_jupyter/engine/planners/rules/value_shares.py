"""The share of rows a value of a column holds: "What percentage of the athletes are women?",
"what share of the courses were taught in English", "percent of trips with a tip on each day
of the week", "fraction of type AB patients who received a transplant" — the mean over the
rows of 1 where the value holds (100 for a percentage) and 0 where the column holds another
value; rows where it is unknown (NULL) count on neither side. Kept as a filter, the value
would leave only its own rows, and their count is no share: the bars of tipped trips by day
look like an answer and are the counts of tipped trips.

The value read last after "<share word> of" is the property shared; values read before it
("of the non-citizens who were released", "of 5k finishers who were women") stay filters
on the rows the share is taken of."""

from __future__ import annotations

import re

from sqlglot import exp

from ...catalog.model import Column, Table
from ..lexicon import split_name
from ..stems import past_verb
from ..tallies import tally_column
from .derived import DerivedColumn
from .draft import Draft, Measure
from .flag_values import flag_value, zero_one
from .link import Mention

__all__ = ["SHARE_TERM", "in_percent", "share_mean", "value_shares"]

#: the words of the term of a share's indicator column ("share of rows where churn = 'Yes'")
SHARE_TERM = " of rows where "

#: the nouns of a share of rows (a percent is 100 times the share)
_SCALES = {"percentage", "percent", "share", "proportion", "fraction", "rate"}
#: the verbs between the rows and the value ("of the athletes [are] women")
_VERBS = frozenset(["are", "were", "is", "was"])
#: the words that tie a property to the rows ("trips [with] a tip", "patients [who] died")
_TIES = _VERBS | frozenset(
    ["with", "without", "who", "that", "which", "whose", "had", "have", "has", "got"]
)
#: the word after a share noun that begins what is shared ("percentage [of] X with V",
#: "the percentage [who] are women", "share [with] insurance by region")
_AFTER_SCALE = frozenset(["of", "who", "that", "with"])
#: a share ranked ("the 3 levels with the [lowest] percentage of people with insurance")
_RANKED = frozenset(["lowest", "highest", "largest", "smallest", "biggest", "greatest", "top"])
#: how far the property may stand after "of" ("of 6-month interviews at which the patient was")
_REACH = 9
#: a percent sign said apart from the share noun: "default rate (%)", "% of", "in %" (the
#: word "percent" is read by :func:`in_percent`)
_PERCENT_SAID = re.compile(r"\(\s*%\s*\)|%\s*of\b|\bin %")


def value_shares(d: Draft) -> None:
    """The rows kept by a value (counted, or nothing measured), asked as a share of the rows
    ("percentage of X are V", "share of X with V by G"): the mean of the value's indicator,
    in each group the question asks for."""
    if len(d.measures) > 1 or d.having or not d.where:
        return
    if d.measures and (d.measures[0].agg != "count" or d.measures[0].column is not None):
        return
    words = d.q.texts()
    if {"pie", "donut"} & set(words):
        return  # "what share … are V? pie": the two parts, drawn
    for s, word in enumerate(words):
        if d.r.top and not d.dims and not (s and words[s - 1] in _RANKED):
            continue  # "top 3 … share": the parts ranked, unless the share itself is ranked
        after = words[s + 1] if s + 1 < len(words) else ""
        found = None
        if word in _SCALES and after in _AFTER_SCALE:
            found = _property(d, s)
        elif word in _SCALES - {"rate"}:
            found = _property(d, s, first=s + 1)  # "percent [insured] by region"
        if found is None and word in ("rate", "rates"):
            found = _rate_of(d, s)  # "bad credit rate", "tip rate by company", "churn rate of"
        if found is not None and tally_column(d.where[found[1]][0]) is None:
            _share(d, s, *found)  # rows each holding a number of things: no share of them
            return


def _share(d: Draft, s: int, value: Mention, k: int) -> None:
    """The count of the rows kept by ``d.where[k]`` (the value at ``value``) becomes the mean
    of its indicator, in percent when the question says so."""
    table, cond = d.where.pop(k)
    d.where[:] = [(t, e) for t, e in d.where if e != cond]  # "tip rate (… with a tip)"
    named = [m.table for m in d.mentions if m.kind == "table" and s + 2 <= m.lo < value.lo]
    rows = d.measures[0].table if d.measures else (named[0] if named else d.fact or table)
    if rows is not table:
        d.extra_tables.append(table)  # "share of customers [in the North]": their region's name
    assert value.column is not None
    word = d.q.words[s].text
    scale = 100.0 if word.startswith("percent") or in_percent(d) else 1.0
    said = str(value.best.value) if value.kind == "value" else _true_value(value.column)
    if isinstance(cond, exp.EQ) and isinstance(cond.expression, exp.Literal):
        said = str(cond.expression.this)  # "without health insurance": insurance = 'no'

    noun = "percentage" if scale == 100.0 else "share"
    known = exp.Not(this=exp.Is(this=cond.this.copy(), expression=exp.Null()))
    indicator = exp.Case(
        ifs=[
            exp.If(this=cond.copy(), true=exp.Literal.number(scale)),
            exp.If(this=known, true=exp.Literal.number(0)),
        ]
    )
    d.measures[:] = [share_mean(rows, indicator, noun, value.column.name, said)]
    if d.r.mark == "arc":
        d.r.mark = None  # "percentage of": each group's share, not a pie ("as a line" stays)
    d.q.claim(
        s, s + 2 if d.q.words[s + 1 : s + 2] and d.q.words[s + 1].text == "of" else s + 1, "share"
    )
    for tie in range(s + 2, value.lo):
        if d.q.words[tie].text in _VERBS:
            d.q.claim(tie, tie + 1, "share")
    for x in d.free():  # "are [published] by scholarly societies": the property's own words
        if x.kind == "column" and s + 2 <= x.lo < value.lo and _verb_before(d, x.lo):
            d.take(x, "share")


def share_mean(
    table: Table,
    indicator: exp.Expression,
    noun: str,
    column: str,
    said: str,
    *,
    explicit: bool = False,
) -> Measure:
    """The mean of ``indicator`` (1 or 100 where ``column`` holds ``said``, else 0) over the
    rows of ``table``: a share, or a percentage (``noun``), aliased ``share_tip_yes``."""
    derived = DerivedColumn(
        name=f"share {column} {said}",
        type="DOUBLE",
        semantic="quantitative",
        term=f"{noun}{SHARE_TERM}{column} = {said!r}",
        kind="expression",
    )
    derived._expr = indicator
    alias = re.sub(r"\W+", "_", f"{noun}_{column}_{said}").lower()
    return Measure("mean", table, derived, name=alias, explicit=explicit)


def _verb_before(d: Draft, i: int) -> bool:
    return i > 0 and d.q.words[i - 1].text in _VERBS


def in_percent(d: Draft) -> bool:
    """ "default rate (%)", "rate in percent", "tip rate (percent of trips …)": a percent said
    apart from the share noun (not "50 percent", a number's unit)."""
    words = d.q.texts()
    said = any(
        w in ("percent", "percentage") and not (i and words[i - 1].replace(".", "", 1).isdigit())
        for i, w in enumerate(words)
    )
    return said or _PERCENT_SAID.search(d.q.text) is not None


def _rate_of(d: Draft, s: int) -> tuple[Mention, int] | None:
    """ "bad credit [rate]", "tip [rate] for each company": the value (or yes/no column) read
    right before the rate noun, with the index of the condition it keeps."""
    for m in d.mentions:
        named = m.hi == s - 1 and m.table is not None and _names_table(d, s - 1, m)
        if id(m) in d.used and (m.hi == s or named) and _a_property(m):
            assert m.column is not None
            k = next((k for k, (_, e) in enumerate(d.where) if _on_column(e, m.column)), None)
            if k is not None and not any(dim.column is m.column for dim in d.dims):
                return m, k
    return None


def _names_table(d: Draft, i: int, m: Mention) -> bool:
    """Word ``i`` names the rows of ``m``'s table ("bad [credit] rate" of ``credit_data``)."""
    return d.q.words[i].lemma in split_name(m.table.name)


def _a_property(m: Mention) -> bool:
    """A value of a column, or a yes/no column named alone."""
    if m.column is None:
        return False
    return m.kind == "value" or (m.kind == "column" and flag_value(m.column, True) is not None)


def _property(d: Draft, s: int, *, first: int = 0) -> tuple[Mention, int] | None:
    """The value (or yes/no column) read last within reach after "<share word> of", tied to
    the rows by a verb or a relative word, or standing right after "of" ("of bad credits"),
    with the index of the condition it keeps in ``d.where``."""
    grouped = {id(dim.column) for dim in d.dims}
    best: tuple[Mention, int] | None = None
    tie_after = d.q.texts(s + 1, s + 2) in (["with"], ["without"], ["who"], ["that"])
    for m in d.mentions:
        lo = first or s + 2
        if id(m) not in d.used or m.column is None or not lo <= m.lo <= lo + _REACH:
            continue
        if first and m.lo != first:
            continue  # said right after the share noun ("percent married by region": within
            # each region, as no "of" divides the married among the regions), or not at all
        if not _a_property(m):
            continue
        if (first or tie_after) and m.kind == "column" and zero_one(m.column):
            continue  # "percentage who say …" of a 0/1 column: its mean × 100 (flag_shares)
        if id(m.column) in grouped or not (first or tie_after or _tied(d, s, m)):
            continue  # "share of boys and girls": the parts drawn; "share of smokers by type"
        k = next((k for k, (_, e) in enumerate(d.where) if _on_column(e, m.column)), None)
        if k is not None and (best is None or m.lo > best[0].lo):
            best = (m, k)
    return best


def _tied(d: Draft, s: int, m: Mention) -> bool:
    """Whether the property at ``m`` is said of the rows the share word ``s`` is of: after a
    verb or a relative word ("trips [with] a tip"); right after "of" only with no grouping, or
    with "rate" said ("default rate (% of bad credits) by job"), since "share of smokers by
    type" divides the smokers among the types; a plain "share" with no grouping only of a
    value after a verb of being ("share of the athletes [are] rowers": a yes/no column's two
    sides are a pie); and with every grouping named after it."""
    words = d.q.texts()
    between = set(words[s + 2 : m.lo])
    if words[s] == "share" and not d.dims:  # of a yes/no column: its two parts, a pie
        return bool(between & _VERBS) and m.kind == "value"
    if any(_named_before(d, dim.column, s, m.lo) for dim in d.dims):
        return False  # "share of the journals [published by] …": no grouping of the rows
    if between & _TIES or any(past_verb(w) for w in between):
        return True  # "of the non-white workers [received] unemployment insurance"
    right_after = m.lo in (s + 1, s + 2) or (m.lo == s + 3 and words[s + 2] in ("the", "a", "an"))
    return right_after and (not d.dims or "rate" in d.q.lemmas())


def _named_before(d: Draft, column: Column, s: int, at: int) -> bool:
    """``column`` is named between the share word ``s`` and the property at ``at``; a group
    named before the share word ("in each branch, the percentage who are women") is the
    groups the share is taken in."""
    return any(x.column is column and s <= x.lo <= at for x in d.mentions)


def _true_value(column: Column) -> str:
    return str(flag_value(column, True))


def _on_column(cond: exp.Expression, column: Column) -> bool:
    """Whether ``cond`` keeps rows by a value of ``column`` (= or IN)."""
    return (
        isinstance(cond, (exp.EQ, exp.In))
        and isinstance(cond.this, exp.Column)
        and cond.this.name.lower() == column.name.lower()
    )
