"""Steps that decide the groupings: what follows "by"/"per"/"for each", time axes (date
columns and integer calendar columns), series compared with "vs", and the subject of a
"which …" question."""

from __future__ import annotations

from ...catalog.model import Column, Table
from ..date_grain import at_own_grain
from ..lexicon import split_name
from .cues import after_cue, named_at, plural_code, rate_unit
from .draft import Dim, Draft, calendar_part, is_identifier
from .entity_keys import per_parent, per_row, word_key
from .flag_rates import zero_one
from .grain_words import grain_of_measure
from .kept_rows import dated_by_range, kept_rows_of, shared, the_extreme_one, valued
from .link import Candidate, Mention
from .more_links import names_source
from .over_span import short_span_unit
from .qualifiers import free_noun, past_qualifier
from .row_label import label
from .table_subjects import each_ones, named_as_things
from .time_columns import time_column
from .time_grain import default_unit, kept_date, kept_days
from .yearly_rows import mean_of_rows

__all__ = ["groups", "time_axis"]

#: the time unit a calendar column stands for
_PART_UNITS = {
    "year": "year",
    "quarter": "quarter",
    "month": "month",
    "weekday": "weekday",
    "hour": "hour",
    "day": "dayofmonth",
}


def _dimension(m: Mention) -> tuple[Table, Column] | None:
    best: Candidate = m.best
    if best.kind == "table":
        col = label(best.table)
        return (best.table, col) if col is not None else None
    if best.kind == "column" and best.column is not None:
        return best.table, best.column
    return None


def _within(m: Mention, span: tuple[int, int] | None) -> bool:
    return span is not None and span[0] <= m.lo < span[1]


def axes(d: Draft) -> None:
    """ "the x-axis is the first name", "group by attribute other_details": the channels named."""
    for span in (d.r.x_words, d.r.color_words):
        m = next((x for x in d.free() if _within(x, span) and x.kind != "value"), None)
        if m is None:
            continue
        dim = _dimension(m)
        if (
            dim is not None
            and dim[1].semantic == "quantitative"
            and not calendar_part(dim[1])
            and span is d.r.x_words
            and d.r.unit is None
        ):
            dim_ok = (dim[1].distinct or 0) <= 50
            if not dim_ok:
                continue
        _add(d, m)
        if span is d.r.color_words and d.dims:
            d.dims[-1].color = True


def groups(d: Draft) -> None:
    """Dimensions named after grouping cues, in the question's order (x, then colour)."""
    _after_time_unit(d)
    cues = sorted(d.r.group_cues)
    for cue in cues:
        if cue - 1 in d.r.group_cues:
            continue  # "for each": one cue
        m = after_cue(d, cue)
        if m is None or (d.q.words[cue].text == "per" and rate_unit(d, m)):
            continue  # "pieces of mail per person": a rate's unit, no persons column
        m = _qualified(d, m)
        if (
            d.r.top is not None
            and m.column is not None
            and m.column.semantic == "quantitative"
            and not calendar_part(m.column)
            and not is_identifier(m.table, m.column)
        ):
            continue  # "top 10 countries by population": the population is the measure
        if per_parent(d, m):  # "average revenue per order": each order's revenue, averaged
            continue
        if (key := word_key(d, m)) is not None:  # "per movie": movieId, two "Hamlet"s apart
            d.dims.append(Dim(m.table, key, words=(m.lo, m.hi)))
            d.take(m, "grouping")
            continue
        if per_row(d, m):
            d.take(m, "per row")  # "average quantity per line item": per row of that table
            continue
        _add(d, m)
        _second(d, m.hi, calendar=True)  # "by type and size": a second grouping after "and"


def _after_time_unit(d: Draft) -> None:
    """ "revenue by year and store": the grouping cue was read with the time unit ("by year"),
    and the category after "and" is a second grouping all the same (a series each)."""
    if d.r.unit is not None and d.r.unit_span is not None:
        _second(d, d.r.unit_span[1], calendar=False)


def _second(d: Draft, after: int, *, calendar: bool) -> None:
    """A category (or, with ``calendar``, a calendar part) named right after the "and" at
    ``after``: a second grouping ("… and supplier nation": through its role)."""
    after = past_qualifier(d, after)
    if after >= len(d.q) or d.q.words[after].text != "and" or not d.q.free(after):
        return
    k = after + 1  # "… and the nonwhite flag": past an article
    k += k < len(d.q) and d.q.words[k].text in ("the", "a", "their", "its")
    m = named_at(d, k)
    if m is None and free_noun(d, k):  # "by gender and [test] result"
        m = next((x for x in d.mentions if x.lo == k + 1 and id(x) not in d.used), None)
    if calendar and (m is None or _elsewhere(d, m)) and _and_unit(d, after, m):
        return
    if m is None or m.kind == "value":
        return
    m = _qualified(d, m)
    col = _dimension(m) if m.kind != "value" else None
    if col is None:
        return
    part = calendar_part(col[1])
    groups = col[1].semantic != "quantitative" or zero_one(col[1]) or _few_levels(col[1])
    if (groups and not (part and not calendar)) or (calendar and part):
        d.q.claim(after, after + 1, "and")
        _add(d, m)


def _few_levels(column: Column) -> bool:
    """A whole number of a few levels ("and sex (female)": 0/1; "and term": 36 or 60
    months): a category as a second grouping."""
    return "int" in column.type.lower() and 0 < (column.distinct or 99) <= _FEW


_FEW = 12


#: a time unit said alone after "and" ("by entity type and year") → the unit grouped by
_AND_UNITS = {
    "year": "year",
    "quarter": "yearquarter",
    "month": "yearmonth",
    "week": "yearweek",
    "day": "day",
    "date": "day",
}


def _elsewhere(d: Draft, m: Mention) -> bool:
    """A one-word mention of a column of a table the question does not measure ("year" of
    another table's ``year_built``): no grouping of the measured rows."""
    return m.hi - m.lo == 1 and all(m.table is not t for t in d.tables())


def _and_unit(d: Draft, after: int, m: Mention | None) -> bool:
    """ "by entity type and year": a second grouping by a time unit, the time axis of the
    table measured (added by :func:`time_axis`) — when the table has one to group; ``m``,
    the unit word's mention of another table's column, is then no column."""
    word = d.q.words[after + 1] if after + 1 < len(d.q) else None
    unit = _AND_UNITS.get(word.lemma) if word is not None and d.q.free(word.i) else None
    if m is not None:
        d.used.add(id(m))
    if unit is None or d.r.unit is not None or time_column(d, unit) is None:
        if m is not None:
            d.used.discard(id(m))
        return False
    d.r.unit, d.r.unit_span = unit, (after + 1, after + 2)
    d.q.claim(after, after + 1, "and")
    d.q.claim(after + 1, after + 2, f"time unit {unit}")
    return True


def _qualified(d: Draft, m: Mention) -> Mention:
    """ "by customer nation": the nation (through the customer, a role :mod:`.roles` reads)."""
    nxt = next((x for x in d.mentions if x.lo == m.hi and id(x) not in d.used), None)
    if (
        m.kind == "table"
        and nxt is not None
        and not d.q.words[m.hi - 1].stop  # "each continent? List the names": no qualifier
        and not d.q.words[m.hi - 1].comma  # "of each coach, age on the x axis"
        and nxt.kind in ("table", "column")
        and _dimension(nxt)
    ):
        d.take(m, "grouping qualifier")
        return nxt
    return m


def _add(d: Draft, m: Mention) -> None:
    dim = _dimension(m)
    qualified = d.q.used.get(m.lo - 1) == "grouping qualifier"  # the same column in two roles
    if dim is None or any(x.column is dim[1] and not qualified for x in d.dims):
        return
    table, column = dim
    part = calendar_part(column)
    unit = None
    if column.semantic == "temporal":
        unit = d.r.unit  # a date named as the grouping: its values, unless a unit was asked
    d.dims.append(Dim(table, column, unit=unit, words=(m.lo, m.hi)))
    if part:
        d.dims[-1].unit = None
    d.take(m, "grouping")


def time_axis(d: Draft) -> None:
    """A time unit or "over time" asked for: the date (or calendar) column of the table measured."""
    if (d.r.unit is None and not d.r.over_time) or d.r.histogram:
        return
    if grain_of_measure(d):
        return  # "average daily mean temperature by city": each row is a day's number
    if d.r.unit is None and any(_ordered(x) for x in d.dims):
        return  # "trend … across series": the series named is the axis
    if any(dim.unit or calendar_part(dim.column) for dim in d.dims):
        return
    if d.r.x_words is not None and any(
        x.words and x.words[0] >= d.r.x_words[0] and x.words[0] < d.r.x_words[1] for x in d.dims
    ):
        return  # "bin the open date by year": the column named is the axis
    found = time_column(d, d.r.unit)
    if found is None:
        return
    table, column, mention = found
    if mean_of_rows(d, table, column):
        return  # "average measles deaths per year" of one row a year: one number
    short = short_span_unit(d.r.ranges)  # "over December 2015": by day
    unit = (d.r.unit or short or default_unit(column)) if column.semantic == "temporal" else None
    if at_own_grain(column, unit):
        unit = None  # "quarter by quarter" of a quarterly series: its own dates
    dim = Dim(table, column, unit=unit, found=mention is None)
    if d.r.unit == "decade":  # "per decade": a year column's years by tens, no date's
        if calendar_part(column) != "year":
            return
        dim = Dim(table, column, bin_step=10.0, binned=True, found=mention is None)
    span = d.r.unit_span
    if span is not None and d.dims and d.q.used.get(span[0] - 1) == "and":
        dim.color = True  # "by entity type and year": the years are the series, in that order
        d.dims.append(dim)
    else:
        d.dims.insert(0, dim)
    if mention is not None:
        d.take(mention, "time axis")


def _ordered(dim: Dim) -> bool:
    """A grouping that is itself a sequence: a date, a calendar part, an integer (series 1, 2, …)."""
    c = dim.column
    return (
        c.semantic == "temporal"
        or bool(calendar_part(c))
        or (c.semantic == "quantitative" and "int" in c.type.lower())
    )


_TIME_NOUNS = {
    "days": "day",
    "dates": "day",
    "weeks": "yearweek",
    "months": "yearmonth",
    "years": "year",
    "hours": "hour",
    "quarters": "yearquarter",
}


def _table_span(d: Draft, i: int) -> Mention | None:
    """Word ``i`` ("years") ends "in the" and a table's name ("in the CDC years", read as a
    mention of that table's year or alone): the years that table covers, no axis."""
    texts = d.q.texts()
    for m in d.mentions:
        named = m.kind == "table" or any(c.kind == "table" for c in m.cands)
        starts = m.lo if m.hi in (i, i + 1) and m.lo < i else None
        named = named or (starts is not None and _names_table(d, m, texts[m.lo]))
        if starts is not None and named and texts[max(0, m.lo - 2) : m.lo] in _SPANNED:
            return m
    return None


#: words before a table's name and a time noun that say its whole span ("in the CDC years")
_SPANNED = (["in", "the"], ["over", "the"], ["during", "the"], ["across", "the"])


def _names_table(d: Draft, m: Mention, word: str) -> bool:
    """The first word of ``m`` is a word of its table's name ("cdc" of BirthsCDC)."""
    return word in {w.lower() for w in split_name(m.table.name, expand=False)}


def _counted_days(d: Draft, m: Mention) -> bool:
    """ "how many sunny days": a date column named as the thing counted, not a grouping."""
    return (
        m.column is not None
        and m.column.semantic == "temporal"
        and any(hi <= m.lo <= hi + 2 for _, hi in d.r.counts)
    )


def subject(d: Draft) -> None:
    """No grouping named: a category mention is the x ("weather types with …", "which plots …")."""
    if d.dims or d.r.histogram:
        return
    for w in d.q.words:  # "the 3 windiest days": one bar per day
        if _counted(d, w.i):
            continue  # "how many sunny days": the days are counted, not an axis
        if d.q.free(w.i) and w.text in _TIME_NOUNS and d.measures and not kept_days(d.q, w.i):
            if (spanned := _table_span(d, w.i)) is not None:  # "in the CDC years"
                d.take(spanned, "over all rows")  # the span of that table's rows
                d.q.claim(w.i, w.i + 1, "over all rows")
                continue
            d.r.unit = _TIME_NOUNS[w.text]
            time_axis(d)
            if d.dims:
                d.q.claim(w.i, w.i + 1, "time unit")
                return
    for m in d.free():
        if m.kind == "value" or _counted_days(d, m) or _counted(d, m.lo):
            continue  # "how many endangered species": what is counted is no axis
        if _kept_rows_noun(d, m):
            continue  # "online [orders]": the rows a value keeps, not one bar per order
        if m.lo and d.q.words[m.lo - 1].text in _HAVE:
            continue  # "how many states have colleges": what the subject has, no axis
        if kept_rows_of(d, m) or names_source(d.q, m.lo, m.hi):
            continue  # "the average … of the countries with more than …"; "the [survey] data"
        if valued(d, m) or shared(d, m):
            continue  # "crashes [caused] by human error": the column of a value kept
        if dated_by_range(d, m) or kept_date(d, m):
            continue  # "patients [diagnosed] before 1986", "on [days] when": the rows kept
        if the_extreme_one(d, m):
            continue  # "age of the youngest [person]": one value
        if m.kind == "table" and not named_as_things(d, m):
            continue  # "people who oppose [abortion]": a table's topic, no bar per row
        nxt = next((x for x in d.mentions if x.lo == m.hi and id(x) not in d.used), None)
        if m.kind == "table" and nxt is not None and nxt.kind == "column" and _dimension(nxt):
            d.take(m, "grouping qualifier")  # "top 5 part types": the type, of parts
            m = nxt
        dim = _dimension(m)
        if dim is None:
            continue
        table, column = dim
        if (
            column.semantic == "quantitative"
            and not calendar_part(column)
            and not is_identifier(table, column)
            and not plural_code(d, m, column)  # "regions ranked by …" of region codes 1-9
        ):
            continue
        _add(d, m)
        return


def _kept_rows_noun(d: Draft, m: Mention) -> bool:
    """ "online [orders]", "in western [counties]": a table's noun, or a plural naming a
    panel's things, right after a value the plan keeps, with no grouping cue before the value
    ("in each African [nation]" is a grouping)."""
    things = m.kind == "column" and m.column is not None and is_identifier(m.table, m.column)
    plural = d.q.words[m.lo].lemma != d.q.words[m.lo].text
    scoped = m.lo >= 2 and d.q.words[m.lo - 2].text in ("in", "of", "for", "across")
    if not (m.kind == "table" or (things and plural and scoped)) or m.lo < 1:
        return False
    if d.q.used.get(m.lo - 1) != "value" or each_ones(d, m):
        return False  # "[prices] of the finance journals": one bar per journal
    return m.lo < 2 or d.q.used.get(m.lo - 2) != "grouping"


#: verbs after which a noun is what the subject has, not the subject
_HAVE = frozenset(["have", "has", "had"])


def _counted(d: Draft, i: int) -> bool:
    """Whether word ``i`` is what "how many" / "number of" counts (at most two words after);
    "the number of each type" counts per type: that word is the axis."""
    words = [w.text for w in d.q.words]
    return any(
        hi <= i <= hi + 2 and not {"each", "every"} & set(words[hi : i + 1]) for _, hi in d.r.counts
    )
