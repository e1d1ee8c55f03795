"""A grain adjective that names the measure, not the axis: "average daily mean temperature by
city", "Mumbai's daily high" in a table of one row per city and day. "daily" there says what
each row's number is (the day's mean, the day's high); read as a time unit it drew one bar per
day of the month. It is read so only after a word that takes the rows' numbers over them
("average daily …"), in a scatter of the rows' numbers ("daily low vs daily high"), or in a
question that counts rows ("on how many days did the daily high
exceed 95"), right before a number's words, and when the table's rows are of that grain: an
integer calendar column of that part (``day``), or a date column as many as the rows. "daily
high in July 2015" and "yearly sales" stay a time axis."""

from __future__ import annotations

from ....errors import error
from ...catalog.model import Table
from ..date_grain import stored_unit
from ..lexicon import split_name
from ..row_grain import EXTREMES, GRAINS, after_centre, rows_of, unique_in
from .draft import Draft, calendar_part
from .reading import Agg

__all__ = ["grain_of_measure", "of_rows", "row_extreme"]

#: words before a grain adjective that take the rows' numbers over them ("average daily")
_OVER_ROWS = frozenset(
    [
        "average",
        "avg",
        "mean",
        "median",
        "typical",
        "highest",
        "lowest",
        "maximum",
        "minimum",
        "biggest",
        "largest",
        "smallest",
        "greatest",
    ]
)


def _series(table: Table) -> bool:
    """Whether ``table`` holds one row per period (a day, a month, a year, with the things it
    holds): "average yearly DJIA" of a daily series is the mean of each year's rows."""
    rows = table.row_count or 0
    return any(
        calendar_part(c) is not None
        or (c.semantic == "temporal" and rows and unique_in(c, rows))
        or stored_unit(c) not in (None, "day")
        for c in table.columns
    )


def grain_of_measure(d: Draft) -> bool:
    """Whether the time unit the question says is a grain adjective of a number it names
    (see the module; "the daily [high] exceeds 95" too): then no time axis is drawn for it."""
    span = d.r.unit_span
    if d.r.unit is None or span is None or span[1] - span[0] != 1:
        return False
    grain = GRAINS.get(d.q.words[span[0]].text)
    before = d.q.words[span[0] - 1].text if span[0] else ""
    if grain is None or not (before in _OVER_ROWS or d.r.counts or d.r.mark == "point"):
        return False  # "daily high in July 2015", "yearly sales": the axis asked for
    named = [x for x in d.mentions if x.lo in (span[1], span[1] + 1) and x.column is not None]
    if any(x.lo <= span[0] < x.hi for x in d.mentions):
        return False  # the grain word read inside a name ("daily_high"): no grain of its own
    numbers = [x.column for x in named if x.column and x.column.semantic == "quantitative"]
    if not named:  # "the lowest weekly [gasoline] figure": the number of the table named
        named = [x for x in d.mentions if x.lo == span[1] and x.kind == "table"]
        measured = [m for m in d.measures if any(m.table is x.table for x in named)]
        numbers = [m.column for m in measured if m.column and m.column.semantic == "quantitative"]
        named = [x for x in named if numbers]
    word = d.q.words[span[0]].text
    if any(word in split_name(c.name, expand=False) for c in numbers):
        return False  # "average [monthly] income" of MonthlyIncome: a word of its name
    dated = any(c.semantic == "temporal" for t in d.catalog.tables for c in t.columns)
    if (
        before in _MEANS
        and numbers
        and dated
        and not any(_series(x.table) for x in named if any(x.column is c for c in numbers))
    ):
        _mean_of_totals(d.q.texts(span[0] - 1, span[1] + 1), numbers[0].name, grain)
    return any(
        rows_of(x.table, grain)
        for x in named
        if x.column is None or any(x.column is c for c in numbers)
    )


#: words of a mean over periods ("average daily revenue": the mean of each day's total)
_MEANS = frozenset(["average", "avg", "mean", "median", "typical"])


def _mean_of_totals(words: list[str], name: str, grain: str) -> None:
    """Refuse "average daily revenue" of rows finer than a day (order lines): the mean of each
    day's total is not computed yet, and the rows' mean per day (the line drawn before) or
    their mean overall answers another question."""
    raise error(
        "AISER-PLAN-UNSURE",
        f"'{' '.join(words)}' is the average of each {grain}'s total {name}, which is not "
        f"computed yet; ask for '{name} by {grain}' to see each {grain}'s total, or for "
        f"'average {name} by {grain}' for the rows' average on each {grain}",
        understood=f"the average over {grain}s of the total {name}",
    )


def of_rows(d: Draft, agg: Agg, table: Table) -> bool:
    """Whether the aggregate word ``agg`` follows a grain adjective of ``table``'s own rows
    ("the daily [maximum] temperature" of one row a day): it names each row's number."""
    word = d.q.words[agg.i - 1].text if agg.i else ""
    return word in GRAINS and rows_of(table, GRAINS[word])


def row_extreme(d: Draft, agg: Agg) -> bool:
    """ "the average daily [maximum] temperature" where the number named next is of a table of
    one row a day: each row holds the day's maximum already, so the word is no aggregate to
    take (claimed as the row's own); the average before it is."""
    if agg.agg not in ("max", "min", "mean"):
        return False
    after = next((m for m in d.mentions if m.lo == agg.hi and m.column is not None), None)
    if after is None:
        return False
    if not of_rows(d, agg, after.table):
        # "the average [maximum] temperature in 1988" of one row a day: the day's maximum
        said = d.q.texts()
        extreme = agg.agg in ("max", "min") and said[agg.i] in EXTREMES
        if not (extreme and after_centre(agg.i, said) and rows_of(after.table, "day")):
            return False
    elif not any(a.i < agg.i - 1 and a.strict for a in d.r.aggs):
        return False  # "the daily maximum temperature by month": the maximum is taken
    d.q.claim(agg.i, agg.hi, "row's own")
    return True
