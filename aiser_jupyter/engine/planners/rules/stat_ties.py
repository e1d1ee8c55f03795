"""A measured word that names two number columns of one table equally well: "temperature" of
a table with ``tmin`` and ``tmax``, each named "minimum/maximum temperature". The question's
extreme settles it when one of the two is that extreme's reading ("the hottest temperature",
"the highest temperature of each year": the largest ``tmax``; "the coldest": the smallest
``tmin``); otherwise which one was meant is unknown, and the plan asks back
(``AISER-PLAN-UNSURE``) instead of drawing the first column under the question's words."""

from __future__ import annotations

from dataclasses import replace

from ....errors import error
from ..lexicon import split_name
from .draft import Draft
from .link import Candidate, Mention

__all__ = ["EXTREME_WORDS", "stat_ties"]

#: an extreme's aggregate → the word a name says it with (``tmax``: "maximum temperature")
EXTREME_WORDS = {"max": "maximum", "min": "minimum"}
#: the words of a name that say which statistic of one reading a column holds, by aggregate
_STATS = {
    "max": frozenset(["maximum", "max", "high", "highest"]),
    "min": frozenset(["minimum", "min", "low", "lowest"]),
    "mean": frozenset(["average", "mean", "avg"]),
}
_STAT_WORDS = frozenset().union(*_STATS.values())


def stat_ties(d: Draft) -> None:
    """Resolve or refuse a measure whose words name two columns of its table equally."""
    for k, x in enumerate(d.measures):
        if x.column is None:
            continue
        m = next((m for m in d.mentions if m.kind == "column" and m.column is x.column), None)
        if m is None:
            continue
        pool = [m.best, *_tied(m)]
        if len(pool) < 2:
            continue
        fit = [c for c in pool if _stat(c) == _asked(d, m, x.agg)]
        if len(fit) == 1:
            d.measures[k] = replace(x, column=fit[0].column)
            continue
        said = " ".join(d.q.texts(m.lo, m.hi))
        names = [c.column.name for c in pool if c.column is not None]
        raise error(
            "AISER-PLAN-UNSURE",
            f"'{said}' names {' and '.join(names)} of {x.table.name} equally well; say which, "
            f"e.g. '{_example(d, m, names[-1])}'",
            understood=f"{said} (column unclear)",
        )


def _words(c: Candidate) -> set[str]:
    return set(split_name(c.column.name)) if c.column is not None else set()


def _stat(c: Candidate) -> str | None:
    """The statistic a column's name says it holds (``tmax``: max), or None."""
    words = _words(c)
    return next((agg for agg, said in _STATS.items() if words & said), None)


def _asked(d: Draft, m: Mention, agg: str | None) -> str | None:
    """The statistic the mention's own words say ("mean temperature"), else its aggregate's."""
    said = set(d.q.texts(m.lo, m.hi))
    return next((a for a, words in _STATS.items() if said & words), agg)


def _tied(m: Mention) -> list[Candidate]:
    """The other number columns of the best candidate's table that ``m``'s words name as well
    and that differ from it only by the statistic they hold (tmin beside tmax)."""
    best = m.best
    if _stat(best) is None:
        return []
    return [
        c
        for c in m.cands[1:]
        if c.kind == "column"
        and c.table is best.table
        and c.column is not None
        and c.column is not best.column
        and c.column.semantic == "quantitative"
        and abs(c.rank - best.rank) < 1e-9
        and abs(c.score - best.score) < 1e-9
        and _stat(c) is not None
        and _words(c) - _STAT_WORDS == _words(best) - _STAT_WORDS
    ]


def _example(d: Draft, m: Mention, name: str) -> str:
    """The question with ``m``'s words replaced by the column ``name``."""
    words = d.q.texts(0, len(d.q.words))
    return " ".join([*words[: m.lo], name, *words[m.hi :]])
