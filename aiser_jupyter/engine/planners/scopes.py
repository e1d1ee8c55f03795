"""Words that say over which rows an extreme, a top-N or a bin is taken, held against the
chart's shape (issue 12: drawn right or refused, never drawn wrong):

- "in a single match", "on one day", "in any one game": the extreme of a row's value (the
  most goals *in one match*), never a total summed over many of them;
- "of any state in each election": the states are the range of the extreme, the elections
  the grouping; a chart grouped by the "any" noun answers another question;
- "the top 100 ranked companies by country": the top N are companies, the bars countries;
  a limit of N on the bars keeps N countries, not the N companies;
- "in bins of 10 billion" over a column whose whole range is 0.02–328: one bin, which shows
  nothing; the column's range is said and the question asked again.

Each reads only the question's words and the plan's SQL and chart, so it holds every
planner to the same account.
"""

from __future__ import annotations

import math
import re

import sqlglot
from sqlglot import exp

from ...errors import error
from ..catalog.model import Catalog, Column
from ..plan import ChartPlan
from .facts import Facts, name_words, question_words
from .lexicon import lemma

__all__ = [
    "included_words",
    "misread_scope",
    "no_misread_scope",
    "one_row_scope",
    "ranks",
    "said_apart",
]

#: "in a single match", "on one day", "in any one game", "during any single season"
_ONE_ROW = re.compile(
    r"\b(?:in|on|during|within|for|from)\s+(?:a|an|any|each)?\s*(?:single|one|individual)\s+"
    r"([a-z]+)",
    re.IGNORECASE,
)
#: "in one chart", "on a single line": the figure, not the rows
_FIGURE_NOUNS = frozenset(
    ["chart", "plot", "graph", "figure", "view", "picture", "panel", "axis", "line", "bar"]
)
#: "of any state", "by any one country": the range an extreme is taken over
_ANY = re.compile(r"\bany\s+(?:one\s+|single\s+)?([a-z]+)", re.IGNORECASE)
#: words after "by" that end the name of what is grouped by
_NAME_END = frozenset(["in", "of", "for", "with", "and", "where", "since", "from", "to", "as"])


#: "including DC", "DC included": the value's rows are kept with the rest (no filter);
#: "excluding DC", "DC excluded": they are kept out (never an equality filter on it)
_BEFORE = {"including": "included", "incl": "included", "excluding": "excluded"}
_BEFORE |= {"except": "excluded", "excl": "excluded", "without": "excluded"}
_AFTER = {"included": "included", "inclusive": "included", "excluded": "excluded"}


def _beside(words: list[str], start: int, end: int) -> str:
    """ "included" or "excluded" when ``words[start:end]`` follows or precedes such a word."""
    before = _BEFORE.get(words[start - 1], "") if start > 0 else ""
    return before or (_AFTER.get(words[end], "") if end < len(words) else "")


def said_apart(words: list[str], value: str) -> str:
    """Why a filter ``= value`` is not what ``words`` ask, when every time they say the value
    it is said as included ("states (DC included)": no filter) or excluded ("except DC":
    the rows are kept out); "" otherwise."""
    parts = value.strip().lower().split()
    n = len(parts)
    at = [i for i in range(len(words) - n + 1) if words[i : i + n] == parts]
    sides = {_beside(words, i, i + n) for i in at}
    if not at or len(sides) != 1 or "" in sides:
        return ""
    return f"'{value}' is said as {sides.pop()}, which is no filter that picks it"


#: "states (DC included)", "countries (incl. Taiwan)", "states including DC": a name said as
#: one of the things the question lists; after a condition (", including Texas") it may ask
#: for the name's rows beside the kept ones, which no plan here draws
_NAME = r"((?:[A-Z][\w.'-]*\s*)+)"
_INCLUDED = (
    re.compile(r"\(\s*" + _NAME + r"\s*(?:included|inclusive)\s*\)"),
    re.compile(r"\(\s*(?:including|incl\.?)\s+" + _NAME + r"\)"),
    re.compile(r"\b[a-z]+s\s+(?:including|incl\.?)\s+" + _NAME + r"(?=\s+[a-z]|$)"),
)


def included_words(question: str, picked: set[str]) -> set[int]:
    """Indexes (in :func:`question_words`) of an inclusion word and of the proper name it is
    said of (:data:`_INCLUDED`): the rows of that name are kept with the rest, which a plan
    that picks no value of it (``picked``) does."""
    words = question_words(question)
    kept = {p.lower() for p in picked}
    out: set[int] = set()
    for pattern in _INCLUDED:
        for m in pattern.finditer(question):
            name = question_words(m[1])
            if not name or " ".join(name) in kept or set(name) & kept:
                continue
            n = len(name)
            for i in range(len(words) - n + 1):
                if words[i : i + n] != name or _beside(words, i, i + n) != "included":
                    continue
                side = i - 1 if i > 0 and words[i - 1] in _BEFORE else i + n
                out |= {*range(i, i + n), side}
    return out


#: the last word of a number column that gives an order, not an amount
_ORDINAL = frozenset(["rank", "ranking", "position", "placing"])


def ranks(columns: list[Column], sql: str, dialect: str) -> list[Column]:
    """The number columns among ``columns`` that are a rank or a position (1st, 2nd, …), when
    ``sql`` counts rows ("countries with more than 50 companies in the ranking"): an order,
    like an id, never added up or averaged unless the question says so; the count the
    condition is on is the chart's number."""
    try:
        counts = any(True for _ in sqlglot.parse_one(sql, read=dialect).find_all(exp.Count))
    except sqlglot.errors.SqlglotError:
        return []
    out = []
    for column in columns if counts else []:
        spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", column.name).lower()
        words = [p for p in re.split(r"[^a-z]+", spaced) if p]
        if column.semantic == "quantitative" and words and words[-1] in _ORDINAL:
            out.append(column)
    return list({id(c): c for c in out}.values())


def _picked(plan: ChartPlan, dialect: str) -> dict[str, exp.Expression]:
    """Output name (lower case) → the expression the plan's outermost SELECT picks."""
    try:
        tree = sqlglot.parse_one(plan.sql, read=dialect)
    except sqlglot.errors.SqlglotError:
        return {}
    if not isinstance(tree, exp.Select):
        return {}
    return {i.alias_or_name.lower(): i.unalias() for i in tree.expressions}


def _group_words(plan: ChartPlan, dialect: str) -> set[str]:
    """The words (lemmas) of the fields the chart groups by, and of the columns they pick."""
    picked = _picked(plan, dialect)
    out: set[str] = set()
    for f in plan.chart.encoding.channels().values():
        if f.aggregate or f.bin or not f.field:
            continue
        out |= name_words(f.field)
        col = picked.get(f.field.lower())
        if isinstance(col, exp.Column):
            out |= name_words(col.name)
    return out


def _one_row_total(question: str, plan: ChartPlan, dialect: str) -> str:
    """ "most goals scored in a single match" drawn as a sum: the total over many matches
    (a sum per that very noun, "in a single season, by season", is the value of one)."""
    summed = [
        f.field for f in plan.chart.encoding.channels().values() if f.aggregate == "sum" and f.field
    ]
    groups = _group_words(plan, dialect) if summed else set()
    for m in _ONE_ROW.finditer(question):
        noun = lemma(m[1].lower())
        if summed and noun not in _FIGURE_NOUNS and noun not in groups:
            return (
                f"'{m[0]}' asks for the value of one {m[1]} (the highest or lowest of them), "
                f"yet the chart sums {summed[0]} over many"
            )
    return ""


_DIFFERENT = re.compile(
    r"\b(?:how many|number of)\s+(?:different|distinct|unique|separate)\s+(\w+)", re.I
)


def _rows_for_distinct(question: str, plan: ChartPlan) -> str:
    """ "how many different bank categories" drawn as one count of rows: the rows, not the
    different values the question asks to count (a chart with a bar per value shows them)."""
    channels = plan.chart.encoding.channels().values()
    aggregates = {f.aggregate for f in channels}
    grouped = any(f.field and not f.aggregate for f in channels)
    m = _DIFFERENT.search(question)
    if m and not grouped and "count" in aggregates and "distinct" not in aggregates:
        return f"'{m[0]}' asks for a number of different values, yet the chart counts rows"
    return ""


def _grouped_by_any(question: str, plan: ChartPlan, dialect: str) -> str:
    """ "lowest share of any state in each election" drawn by state."""
    groups = _group_words(plan, dialect)
    for m in _ANY.finditer(question):
        if lemma(m[1].lower()) in groups:
            return (
                f"'{m[0]}' is the range the extreme is taken over, not what to group by, yet "
                f"the chart has one mark per {m[1]}"
            )
    return ""


def _top_of_other(question: str, plan: ChartPlan, dialect: str) -> str:
    """ "top 100 ranked companies by country" drawn as the top 100 countries."""
    if plan.chart.limit is None:
        return ""
    words = question_words(question)
    groups = _group_words(plan, dialect)
    for i, word in enumerate(words[:-1]):
        if word != "top" or not words[i + 1].isdigit():
            continue
        head: list[str] = []
        for j in range(i + 2, len(words)):
            if words[j] == "by":
                name = []
                for w in words[j + 1 :]:
                    if w in _NAME_END:
                        break
                    name.append(lemma(w))
                if name and set(name) <= groups and not {lemma(h) for h in head} & groups:
                    what = " ".join(head) or "rows"
                    return (
                        f"the top {words[i + 1]} are {what}, yet the chart keeps the first "
                        f"{plan.chart.limit} groups by {' '.join(name)}"
                    )
                break
            head.append(words[j])
    return ""


def _column(col: exp.Column, catalog: Catalog) -> Column | None:
    table = catalog.table(col.table) if col.table else None
    if table is None:
        found = [t.column(col.name) for t in catalog.tables if t.column(col.name) is not None]
        return found[0] if len(found) == 1 else None
    return table.column(col.name)


def _one_bin(plan: ChartPlan, catalog: Catalog, dialect: str) -> str:
    """A stated bin width that puts the column's whole range in one bin: nothing shown."""
    picked = _picked(plan, dialect)
    for f in plan.chart.encoding.channels().values():
        step = getattr(f.bin, "step", None)
        col = picked.get((f.field or "").lower())
        if not step or not isinstance(col, exp.Column):
            continue
        column = _column(col, catalog)
        low, high = (column.min, column.max) if column is not None else (None, None)
        if not isinstance(low, (int, float)) or not isinstance(high, (int, float)):
            continue
        if high > low and math.floor(high / step) == math.floor(low / step):  # one bin
            name = column.name if column is not None else col.name
            return (
                f"bins {_plain(float(step))} wide over {name}, whose values run from "
                f"{_plain(low)} to {_plain(high)}, make one bin; ask with a width smaller "
                f"than {_plain(high - low)} (in the column's own unit)"
            )
    return ""


def _plain(x: float) -> str:
    """ "10,000,000,000", "0.02": a number as an analyst writes it."""
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,.4g}"


def misread_scope(question: str, plan: ChartPlan, catalog: Catalog, dialect: str) -> str:
    """Why ``plan``'s shape contradicts the question's words of scope; "" when it does not."""
    return (
        _one_row_total(question, plan, dialect)
        or _grouped_by_any(question, plan, dialect)
        or _top_of_other(question, plan, dialect)
        or _one_bin(plan, catalog, dialect)
        or _rows_for_distinct(question, plan)
    )


def no_misread_scope(
    question: str, plan: ChartPlan, catalog: Catalog, dialect: str, understood: str
) -> None:
    """Raise ``AISER-PLAN-UNSURE`` when :func:`misread_scope` finds a reason."""
    why = misread_scope(question, plan, catalog, dialect)
    if why:
        msg = f"I understood {understood!r}: {why}; the chart would answer a different question"
        raise error("AISER-PLAN-UNSURE", msg, understood=understood)


_ONE_ROW_WORDS = (frozenset(["in", "on", "during", "within"]), frozenset(["a", "an", "any"]))


def one_row_scope(i: int, words: list[str], facts: Facts) -> bool:
    """Word ``i`` is of "in a single year", "on one day" and the plan takes one row's
    highest or lowest value over rows it does not group by that noun: the words say the
    extreme is of one row ("the most visits anyone had in a single year")."""
    if not facts.aggregates & {"max", "min"} or facts.grouped:
        return False
    for start in range(max(0, i - 3), i + 1):
        if words[start] not in _ONE_ROW_WORDS[0]:
            continue
        k = start + 1
        if k < len(words) and words[k] in _ONE_ROW_WORDS[1]:
            k += 1
        if k + 1 < len(words) and words[k] in ("single", "one", "individual") and i <= k + 1:
            return True
    return False
