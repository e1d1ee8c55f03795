"""Axes the question marks: "birth rate (x) against death rate (y)", "speed on the x axis and
height on the y axis", "x: price, y: rating" put each number on the axis it names — whatever
the order of the words ("plot A against B", with no mark, keeps A up the y axis)."""

from __future__ import annotations

import re

from ....errors import error
from ..lexicon import split_name
from .axis_words import axis_marks
from .draft import Dim, Draft, Measure, calendar_part

__all__ = ["axis_marks", "both_marked", "earlier_first", "marked_axes", "scatter_listed"]


def _position(d: Draft, measure: Measure) -> tuple[int, int] | None:
    """The words that named ``measure``: the mention a step took for its column."""
    if measure.column is None:  # "number of ratings (x)": the count's words and its noun
        counts = [(lo, hi + 1) for lo, hi in d.r.counts] if measure.agg == "count" else []
        return counts[0] if len(counts) == 1 else None
    for m in d.mentions:
        if id(m) in d.used and any(c.column is measure.column for c in m.cands[:3]):
            return m.lo, m.hi
    for hit in d.terms:
        metric = getattr(hit, "metric", None)
        if hit.taken and metric is not None and metric.name == measure.name:
            return hit.lo, hit.hi
    return None


def _named(spans: list[tuple[int, int] | None], at: int, before: bool) -> int | None:
    """Which of ``spans`` the mark at word ``at`` names: the nearest one ending before it, or
    the nearest one starting at or after it."""
    best: tuple[int, int] | None = None
    for k, span in enumerate(spans):
        if span is None:
            continue
        gap = at - span[1] if before else span[0] - at
        if gap >= 0 and (best is None or gap < best[0]):
            best = (gap, k)
    return best[1] if best is not None else None


def marked_axes(d: Draft) -> None:
    """Two numbers, one marked as the x or the y: the x first (the plan reads the first of
    two numbers as the x)."""
    _table_against(d)
    marks = axis_marks(d.q.text)
    if len(d.measures) == 1 and len(d.dims) == 1 and marks:
        _number_on_x(d, marks)  # "A on the x axis, B on the y axis" read as B by A
    if len(d.measures) != 2 or not marks:
        return
    spans = [_position(d, m) for m in d.measures]
    _marked_named(d, marks, spans, [m.alias for m in d.measures])
    x: int | None = None
    for axis, at, before in marks:
        k = _said_inside(d, at) if before else None
        k = _named(spans, at, before) if k is None else k
        if k is None:
            continue
        if axis == "x":
            x = k
            break
        x = 1 - k  # only the y marked: the other number is the x
    if x == 1:
        d.measures.reverse()


def _table_against(d: Draft) -> None:
    """ "sea level vs Arctic sea ice extent": a side of "vs" that names a table of which no
    number is read, beside the one number drawn from another table — the chart would lose
    that side: ``AISER-PLAN-UNSURE``."""
    if len(d.measures) != 1:
        return
    for lo, hi in d.r.versus:
        sides = [
            m
            for m in d.mentions
            if m.kind == "table"
            and (m.hi == lo or m.lo == hi)
            and id(m) not in d.used
            and d.q.used.get(m.lo - 1) != "value"  # "AUTOMOBILE customers vs …": rows kept
        ]
        other = next((m for m in sides if m.table is not d.measures[0].table), None)
        if other is not None:
            said = " ".join(d.q.texts(other.lo, other.hi))
            raise error(
                "AISER-PLAN-UNSURE",
                f"I understood {d.measures[0].alias}, but not which number of {other.table.name}"
                f" '{said}' names; say it as the column is named",
                understood=d.measures[0].alias,
            )


def _marked_named(
    d: Draft,
    marks: list[tuple[str, int, bool]],
    spans: list[tuple[int, int] | None],
    names: list[str],
) -> None:
    """ "police per capita (x) vs crime rate (y)": each mark after words names the number
    those words say. When none of the words before a mark is among either number's words
    (the numbers drawn came from elsewhere: "by county"), the chart would set another number
    on that axis under the words said: ``AISER-PLAN-UNSURE``."""
    if None in spans or {axis for axis, _, _ in marks} != {"x", "y"}:
        return
    names_words = {w for name in names for w in split_name(name)}
    known = [span for span in spans if span is not None and span[1] > span[0]]
    for axis, at, before in marks:
        if not before or at < 1 or d.q.words[at - 1].paren:
            continue
        said = _words_before(d, at)
        if any(lo <= i < hi for i in said for lo, hi in known):
            continue
        if {d.q.words[i].lemma for i in said} & names_words:
            continue  # "average rating (y)": its column's name, whichever mention took it
        text = " ".join(d.q.texts(min(said), max(said) + 1)) if said else ""
        raise error(
            "AISER-PLAN-UNSURE",
            f"I understood {' and '.join(names)}, but not which number '{text}' on the {axis} "
            "axis names; say it as the column is named",
            understood=" and ".join(names),
        )


#: words that end the phrase a mark after it names
_BOUNDS = frozenset(["vs", "versus", "against", "and", "x", "y", "with", "by"])


def _words_before(d: Draft, at: int) -> list[int]:
    """The content words before a mark at ``at``, back to the word that begins its phrase."""
    out: list[int] = []
    for i in range(at - 1, max(-1, at - 6), -1):
        w = d.q.words[i]
        if w.text in _BOUNDS or w.comma:
            break
        if w.number is None:
            out.append(i)
    return out


def _said_inside(d: Draft, at: int) -> int | None:
    """ "Brent vs Dubai (Brent on x)", "A vs B, B on the x axis": the measure the words
    before a mark (inside its parentheses, or back to the start of its phrase) name again, by
    a word of its column's name; None when not one of them."""
    inside: set[str] = set()
    for w in reversed(d.q.words[:at]):
        if not w.paren:
            break
        inside.add(w.lemma)
    if not inside and all(m.column is not None for m in d.measures):  # "A on the x axis"
        inside = {d.q.words[i].lemma for i in _words_before(d, at)}
    hits = [
        k
        for k, m in enumerate(d.measures)
        if m.column is not None and inside & set(split_name(m.column.name, expand=False))
    ]
    return hits[0] if len(hits) == 1 else None


def _number_on_x(d: Draft, marks: list[tuple[str, int, bool]]) -> None:
    """One number drawn against another read as its grouping, each row a point: when the marks
    put the drawn number on the x (or the grouping on the y), the two change places."""
    measure, dim = d.measures[0], d.dims[0]
    if measure.explicit or measure.column is None or dim.unit or dim.binned:
        return
    if dim.column.semantic != "quantitative" or calendar_part(dim.column):
        return
    spans = [_position(d, measure), dim.words]
    _marked_named(d, marks, spans, [measure.alias, dim.column.name])
    for axis, at, before in marks:
        k = _named(spans, at, before)
        if k is None:
            continue
        if (axis == "x") == (k == 0):
            d.measures[0] = Measure(measure.agg, dim.table, dim.column)
            d.dims[0] = Dim(measure.table, measure.column, words=spans[0])
            d.r.mark = d.r.mark or "point"  # two numbers set on the axes: a scatter
        return


def both_marked(d: Draft) -> bool:
    """ "x: price, y: rating": the x and the y both marked, so two numbers are set against each
    other (a scatter) as with "vs"."""
    return {axis for axis, _, _ in axis_marks(d.q.text)} == {"x", "y"}


#: "scatter of A vs B", "A against B as a scatter plot": the chart named, its axes listed
_SCATTER = re.compile(r"\bscatter", re.IGNORECASE)


def scatter_listed(d: Draft) -> bool:
    """Whether "A vs B" lists a scatter's axes in the order they are drawn — A along the x —
    because the question names the scatter ("scatter of age versus income", "sales vs
    profits, as a scatter plot"); said alone, "A vs B" is the graph of A over B (B along x)."""
    return bool(_SCATTER.search(d.q.text))


def earlier_first(measures: list[Measure]) -> None:
    """Two years of one number ("infant mortality in 1990 against 2018", ``x_1990`` and
    ``x_2018`` of one family): the earlier along x, as time runs, whatever the order said."""
    from ..name_years import family_words, name_year

    a, b = (m.column for m in measures)
    if a is None or b is None or family_words(a) != family_words(b):
        return
    ya, yb = name_year(a), name_year(b)
    if ya is not None and yb is not None and ya > yb:
        measures.reverse()
