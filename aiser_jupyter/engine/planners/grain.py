"""One row per pair of values: "average population per country by year" on a table of one
row per country and year is the mean over countries of each year — the rows are already the
countries. The catalog's profile cannot prove a pair unique, but it can rule it out."""

from __future__ import annotations

from collections.abc import Iterator

from ..catalog.model import Column, Table
from ..catalog.pairs import holds_days
from .both_sides import splits_in_two
from .facts import Facts
from .genus import names_the_grouped
from .kinds import names_kind
from .lexicon import known_word, lemma, split_name
from .month_parts import MONTH_NAMES
from .roles import calendar_part
from .words import (
    AGGREGATE_WORDS,
    CALENDAR_WORDS,
    COMPARISON_WORDS,
    WEEKDAYS,
    instruction_words,
)

__all__ = [
    "AGGREGATED_OVER",
    "averaged_over",
    "calendar_rows",
    "compared_rows",
    "heads_a_grouping",
    "numbered_steps",
    "one_row_per",
    "over_all",
    "panel_entity",
    "per_thing_figure",
]


def _read_tables(facts: Facts) -> Iterator[tuple[Table, list[Column], list[Column]]]:
    """Each table the plan reads, with the columns it reads and those of them that are a
    date or a calendar part."""
    assert facts.catalog is not None
    for name in facts.tables:
        table = facts.catalog.table(name)
        if table is None:
            continue
        used = [c for c in table.columns if (name, c.name.lower()) in facts.columns]
        timed = [c for c in used if calendar_part(c) is not None or c.semantic == "temporal"]
        yield table, used, timed


def one_row_per(table: Table, a: Column, b: Column) -> bool:
    """Whether the profile allows one row per pair of ``a`` and ``b`` values: at least as many
    pairs as rows, no NULLs, and neither alone unique (a table with more rows than pairs
    surely repeats them)."""
    rows = table.row_count or 0
    if not rows or not a.distinct or not b.distinct or a.nulls or b.nulls:
        return False
    return a.distinct * b.distinct >= rows and a.distinct < rows and b.distinct < rows


def numbered_steps(column: Column) -> bool:
    """An integer column that is not a date part: numbered steps (episodes, rounds, laps) —
    "average X per episode, by season" on one row per episode and season is the mean over
    the episodes of each season (each row's own value otherwise, "average" saying nothing)."""
    return "INT" in column.type.upper() and calendar_part(column) is None


def averaged_over(i: int, words: list[str], facts: Facts) -> bool:
    """ "average population per [country] by year" drawn as the mean by year: the word after
    "per" names a column of the measured table the plan leaves out, and that table holds one
    row per value of it and of the calendar column the plan groups by."""
    if i < 2 or words[i - 1] != "per" or "mean" not in facts.aggregates or facts.catalog is None:
        return False
    before = words[max(0, i - 4) : i - 1]  # "average number of [working] students per college"
    if not any(w in facts.measure_names or lemma(w) in facts.measure_names for w in before):
        return False
    for table, used, timed in _read_tables(facts):
        for col in table.columns:
            name = split_name(col.name)
            said = lemma(words[i])
            if (said not in name and said not in names_kind(col, tuple(name))) or col in used:
                continue
            groups = [c for c in used if c.semantic != "quantitative"]
            others = timed if col.semantic in ("nominal", "geo") else groups
            steps = numbered_steps(col) or col.semantic in ("nominal", "geo")
            if steps and any(one_row_per(table, col, t) for t in others):
                return True
    return False


#: the spans of a calendar a mean is taken across ("across the months of 2009")
_SPANS = frozenset(["days", "weeks", "months", "quarters"])


def over_all(i: int, words: list[str], facts: Facts) -> bool:
    """ "total population of all [countries] by year", "sales across all [cities]": the rows
    aggregated over, not a grouping — the word names a column of a table the plan
    aggregates, and the plan does not group by it."""
    if _whole_span(i, words, facts):
        return True  # "the highest rate in these [years]", "average … over the [period]"
    j = i - 1 if i and words[i - 1] != "the" else i - 2
    if j >= 0 and words[j] == "across" and words[i] in _SPANS and not facts.units:
        return words[i + 1 : i + 2] in (["of"], ["in"])  # "across the [months] of 2009"
    if j < 0 or words[j] not in ("all", "any") or facts.catalog is None:
        return False
    if not facts.aggregates & {"sum", "mean", "median", "count", "min", "max"}:
        return False
    if words[j] == "any" and not facts.grouped:
        # "the highest earnings of any [college]": one number over them all; "in any
        # [December]" keeps the Decembers
        return words[i] not in MONTH_NAMES and words[i] not in WEEKDAYS
    for name in facts.tables:
        table = facts.catalog.table(name)
        if table is None:
            continue
        for col in table.columns:
            if lemma(words[i]) in split_name(col.name) and (name, col.name.lower()) not in (
                facts.columns
            ):
                return True
    return False


#: aggregates said before "over the period" that make it the span they run over
_SPAN_AGGS = frozenset(
    ["average", "mean", "total", "median", "highest", "lowest", "maximum", "minimum"]
)


#: words before "all the years" that make them the span an aggregate runs over
_WHOLE = frozenset(["over", "across", "in", "for", "during"])


def _whole_span(i: int, words: list[str], facts: Facts) -> bool:
    """ "in these [years]", "over all the [years]", "average product over the [period]": the
    data's whole span, which an aggregate of a plan with no time unit runs over (as the rules
    planner reads it)."""
    if facts.units or not facts.aggregates:
        return False
    before = words[max(i - 3, 0) : i]
    if words[i] in _SPANS | {"years"} and before[-1:] in (["these"], ["those"]):
        return True
    said = [w for w in before if w != "the"][-2:]  # "over all the [years]", "across all [months]"
    if words[i] in _SPANS | {"years"} and said[1:] == ["all"] and said[0] in _WHOLE:
        return True
    if words[i] != "period" or "over" not in before:
        return False
    start = i - 1 - before[::-1].index("over")
    return any(w in _SPAN_AGGS for w in words[max(start - 6, 0) : start])


#: words before the things of a panel that make them the rows aggregated ("across the states")
_OVER_CUES = frozenset(
    ["of", "the", "all", "across", "over", "among", "between", "for", "in", "each", "every"]
)


def panel_entity(i: int, words: list[str], facts: Facts) -> bool:
    """ "total population of the [states] by year", "murder rate across the [states]",
    "histogram of [state] crime rates in 1999" on a table of one row per state and year, drawn
    per year or for one year: the things each row is, aggregated over (or each bar's rows) —
    the word names a text column the plan leaves out, and the table holds one row per value
    of it and of a calendar column the plan reads. A modifier before the word ("southern
    states") keeps some of them: not explained here."""
    prev = words[i - 1] if i else ""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    base = lemma(words[i])
    if facts.catalog is None or not facts.aggregates or not _kept_before(prev, i, facts):
        return False
    if base == words[i] and lemma(nxt) not in facts.measure_names | facts.names:
        return False  # a singular noun names the rows only before their figure ("state rates")
    for table, used, timed in _read_tables(facts):
        for col in table.columns:
            if col in used or col.semantic not in ("nominal", "geo"):
                continue
            if base in split_name(col.name) and any(one_row_per(table, col, t) for t in timed):
                return True
    return False


def _kept_before(prev: str, i: int, facts: Facts) -> bool:
    """The word before the things: none, a cue ("across the"), or the year the plan keeps
    ("2013 country populations")."""
    if not i or prev in _OVER_CUES:
        return True
    return prev.isdigit() and int(prev) in facts.years


def calendar_rows(i: int, words: list[str], facts: Facts) -> bool:
    """ "counting only [months] with a median price above 200,000" on a table of one row per
    month, "on [days] the Dow closed above 13,000" of a daily series: the rows kept by the
    plan's comparison, not a time axis left out."""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    before = words[i - 1] if i else ""
    part = {"days": "day", "weeks": "week", "months": "month", "years": "year"}.get(words[i])
    part = "day" if words[i] == "day" else part  # "on a [day] when gold was above 1,000"
    said = nxt in ("with", "where", "when", "that") or before in ("on", "a", "the")
    if part is None or not said or not facts.compares or facts.catalog is None:
        return False
    for name in facts.tables:
        table = facts.catalog.table(name)
        if table is not None and any(
            calendar_part(c) == part or (part == "day" and not _by_day(facts) and _daily(table, c))
            for c in table.columns
        ):
            return True
    return False


def _by_day(facts: Facts) -> bool:
    """The plan groups by a day (or by something not in time): its days are no rows kept."""
    return facts.grouped and (not facts.units or "day" in facts.units)


def _daily(table: Table, column: Column) -> bool:
    """A date column of a different day on every row: a daily series ("on [days] the index
    closed above 10,000" are its rows)."""
    rows = table.row_count or 0
    return holds_days(column) and rows > 1 and (column.distinct or 0) >= 0.9 * rows


def compared_rows(i: int, words: list[str], facts: Facts) -> bool:
    """ "the average life expectancy in 2019 of the [countries] with more than 50 million
    people": the rows the plan's comparison keeps and its aggregate runs over — the word names
    a text column of a table the plan aggregates, one row per value of it (and of a calendar
    column the plan reads)."""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if nxt not in ("with", "without", "where", "that", "whose", "having"):
        return False
    if not (facts.compares or splits_in_two(i + 1, words, facts)):
        return False
    if facts.catalog is None or not facts.aggregates & {"sum", "mean", "median", "min", "max"}:
        return False
    base = lemma(words[i])
    for name in facts.tables:
        table = facts.catalog.table(name)
        if table is None:
            continue
        used = [c for c in table.columns if (name, c.name.lower()) in facts.columns]
        timed = [c for c in used if calendar_part(c) is not None]
        for col in table.columns:
            if base not in split_name(col.name) or col.semantic not in ("nominal", "geo"):
                continue
            if (table.row_count and col.distinct == table.row_count) or any(
                one_row_per(table, col, t) for t in timed
            ):
                return True
    return False


def per_thing_figure(i: int, words: list[str], facts: Facts) -> bool:
    """ "neighborhoods with a [median] household income below 30,000": a mean or median
    named before a number the plan compares row by row, of a table holding one row per thing
    — each thing's own figure (its median income), not an aggregate left out."""
    if not {"mean", "median"} & set(AGGREGATE_WORDS.get(words[i], ())):
        return False
    if not facts.compares or facts.catalog is None:
        return False
    j = i - 1
    while j >= 0 and words[j] in ("a", "an", "the", "their", "its"):
        j -= 1
    if j < 0 or words[j] not in ("with", "whose", "having", "where"):
        return False
    k = next((k for k in range(i + 1, len(words)) if words[k] in COMPARISON_WORDS), i + 1)
    said = {lemma(w) for w in words[i + 1 : k]}
    if not said:
        return False
    for name, column in facts.columns:
        table = facts.catalog.table(name)
        col = table.column(column) if table is not None else None
        if table is None or col is None or col.semantic != "quantitative":
            continue
        if said <= set(split_name(col.name)) | set(split_name(col.name, expand=False)):
            rows = table.row_count
            return any(
                c.semantic in ("nominal", "geo") and rows and c.distinct == rows and not c.nulls
                for c in table.columns
            )
    return False


#: words before the phrase of a grouping
_GROUP_CUES = frozenset(["by", "per", "each", "every"])


def heads_a_grouping(i: int, words: list[str], facts: Facts) -> bool:
    """ "movies by MPAA [rating]" grouped by mpaa: the noun said after a grouping named by
    an acronym (no English word), ending the phrase after "by" — the acronym's class, not a
    measure left out. A known word before it names another thing ("by model [year]",
    "by region [elevation]")."""
    nxt = words[i + 1] if i + 1 < len(words) else None
    if lemma(words[i]) in CALENDAR_WORDS or (nxt is not None and nxt not in instruction_words()):
        return False
    name = words[i - 1] if i >= 2 else ""
    return (
        name in {f.lower() for f in facts.group_fields}
        and not known_word(name)
        and words[i - 2] in _GROUP_CUES
    )


#: readings of a word the plan aggregates over: "average population per [country]", "of all
#: [countries]", "the population of the [states] by year", "in each month", "compared [years]", "with a [median] income", "by MPAA [rating]"
AGGREGATED_OVER = (
    averaged_over,
    over_all,
    panel_entity,
    calendar_rows,
    compared_rows,
    per_thing_figure,
    heads_a_grouping,
    names_the_grouped,
)
