"""An aggregate word inside a name: a word of the name (temp_max, avg_price), or a letter or
two of a glued one (``avh`` ← "average hours"), where it is still the aggregate asked for;
and a statistic word that names a column of figures already aggregated ("average median
earnings" of ``earnings_med``), where another aggregate word is the one asked for."""

from __future__ import annotations

from collections.abc import Sequence

from ...catalog.model import Column
from ..adjectives import SPEED_WORDS, takes_time
from ..lexicon import lemma, split_name
from ..stat_names import NAME_FORMS
from .draft import Draft, calendar_part
from .link import Mention
from .reading import Agg

__all__ = ["named_aggregates", "names_aggregate", "of_dates", "time_taken_order"]
#: superlatives of age that, said of a year or a date, ask for the other end: the oldest
#: model year is the smallest year, the youngest the largest
_AGE_WORDS = {"oldest": "min", "youngest": "max"}
#: statistics a word alone picks a column by among its siblings (temp_max beside temp_min);
#: "median income" alone asks for a median, of whichever column "income" names
_SIBLINGS = frozenset(["max", "min", "mean"])


def names_aggregate(m: Mention, agg: str, word: str) -> bool:
    """Whether the aggregate word inside ``m`` is a word of its column's name (temp_max,
    avg_price, median_income), not a letter or two of a glued one (avh ← "average hours")."""
    best = m.best
    if best.kind != "column" or best.column is None:
        return True
    name = best.column.name
    words = set(split_name(name)) | set(split_name(name, expand=False))
    return bool(words & (NAME_FORMS.get(agg, frozenset()) | {word, lemma(word)}))


def named_aggregates(d: Draft) -> None:
    """ "average max temperature", "lowest median earnings by state", "max temperature against
    min temperature": the aggregate word is part of a column's name (temp_max, earnings_med)
    when another aggregate word comes right before it — that one is the aggregate asked for,
    each row being a figure aggregated already — or when the word picks that column among its
    siblings (temp_max, temp_min)."""
    for agg in d.r.aggs:
        if not agg.strict or not all(d.q.free(i) for i in range(agg.i, agg.hi)):
            continue
        m = next(
            (x for x in d.mentions if x.lo == agg.hi and id(x) not in d.used and x.cands), None
        )
        if m is None:
            continue
        forms = NAME_FORMS.get(agg.agg, frozenset())
        columns = [c for c in m.cands if c.kind == "column" and c.column is not None]
        hits = [
            c
            for c in columns
            if c.column is not None
            and (set(split_name(c.column.name)) | set(split_name(c.column.name, expand=False)))
            & forms
        ]
        siblings = len(columns) > 1 and agg.agg in _SIBLINGS
        if len(hits) != 1 or not (_outer(d, agg) or siblings):
            continue
        m.cands.remove(hits[0])
        m.cands.insert(0, hits[0])
        m.lo = agg.i
        d.q.claim(agg.i, agg.hi, "name " + hits[0].column.name)  # type: ignore[union-attr]


def _outer(d: Draft, agg: Agg) -> bool:
    """Whether a free aggregate word stands right before ``agg`` ("average median", "lowest
    median"). A superlative before "average" is no such word: "the highest average room
    price" of avg_price_per_room reads as well as averages ranked, so it stays unused."""
    return any(
        a.hi == agg.i
        and (a.strict or agg.agg != "mean")
        and all(d.q.free(i) for i in range(a.i, a.hi))
        for a in d.r.aggs
    )


def of_dates(agg: str, word: str, column: Column | None, said: Sequence[str] = ()) -> str:
    """ "the oldest vehicle model year": MIN of a year or date column (an earlier year is
    older), "the oldest person" stays the MAX of an age; ``said``: the words that named the
    column ("net time": a time taken, whatever the column's name)."""
    if word in _AGE_WORDS and column is not None and _dates(column):
        return _AGE_WORDS[word]
    if word in SPEED_WORDS and column is not None and (takes_time(column.name) or "time" in said):
        return SPEED_WORDS[word]  # "the fastest pace": the fewest minutes per mile
    return agg


def _dates(column: Column) -> bool:
    return column.semantic == "temporal" or calendar_part(column) == "year"


def time_taken_order(d: Draft) -> None:
    """ "the 5 slowest-paced runs": ranked by a time taken, the slowest take the most time."""
    said = [w.text.split("-")[0] for w in d.q.words]  # "slowest-paced"
    at = next((i for i, w in enumerate(said) if w in SPEED_WORDS), None)
    if d.r.top is None or at is None or not d.measures:
        return
    column = d.measures[0].column
    timed = "time" in said[at + 1 : at + 4]  # "the fastest average net [time]"
    if column is not None and (takes_time(column.name) or timed):
        d.r.descending = SPEED_WORDS[said[at]] == "max"
