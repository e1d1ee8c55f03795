"""Right, or honest about it: account for every word of a question against the plan.

A planner can draw a chart that answers a *different* question under the user's
words — the worst outcome. This check reads the question a second time, without
the planner, and explains each word by what the plan computes: the tables and
columns it reads, its filter values, numbers and dates, its aggregates, time units,
limit and chart type. Words no part of the plan explains are reported with the
answer; when one of them is a value, a number, a date part or a measure word, the
chart would answer another question, so :func:`check_plan` refuses it
(``AISER-PLAN-UNSURE``) with what was understood and what was not.

It knows no planner: the rules planner and the LLM planner are held to the same
account, and the title is generated from the plan (:func:`.titles.describe_plan`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources

import sqlglot
from sqlglot import exp

from ..catalog.model import Catalog
from ..plan import Bin, ChartPlan, FieldDef
from .lexicon import SYNONYMS, lemma, split_name
from .roles import calendar_part
from .titles import describe_plan

__all__ = ["Account", "Unused", "account", "check_plan", "describe_plan"]

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
#: month names that are also ordinary words: a month only next to a year or after in/of/during
AMBIGUOUS_MONTHS = {"may", "march", "mar", "jan", "sep", "oct", "dec", "jun", "jul", "aug"}
WEEKDAYS = {
    "monday": 1,
    "tuesday": 2,
    "wednesday": 3,
    "thursday": 4,
    "friday": 5,
    "saturday": 6,
    "sunday": 7,
}
#: words naming a unit of calendar time, and the time units of a plan that explain them
CALENDAR_WORDS = {
    "year": ("year",),
    "yearly": ("year",),
    "annual": ("year",),
    "annually": ("year",),
    "quarter": ("quarter", "yearquarter"),
    "quarterly": ("quarter", "yearquarter"),
    "month": ("month", "yearmonth", "monthofyear"),
    "monthly": ("month", "yearmonth", "monthofyear"),
    "week": ("week", "yearweek", "weekday"),
    "weekly": ("week", "yearweek"),
    "weekday": ("weekday",),
    "day": ("day", "date", "yearmonthdate", "weekday", "dayofmonth"),
    "daily": ("day", "date", "yearmonthdate"),
    "date": ("day", "date", "yearmonthdate", "year", "yearmonth", "month", "weekday"),
    "hour": ("hour",),
    "hourly": ("hour",),
    "minute": ("minute",),
}
#: aggregate words and the aggregates (of the chart or of the SQL) that explain them
AGGREGATE_WORDS = {
    "average": ("mean",),
    "avg": ("mean",),
    "mean": ("mean",),
    "median": ("median",),
    "sum": ("sum",),
    "total": ("sum", "count", "distinct"),
    "maximum": ("max",),
    "max": ("max",),
    "minimum": ("min",),
    "min": ("min",),
    "count": ("count", "distinct"),
    "number": ("count", "distinct"),
    "many": ("count", "distinct"),
    "distinct": ("distinct",),
    "unique": ("distinct",),
}
#: SQL aggregate functions (in a typed query, or a HAVING subquery) by chart aggregate name
_SQL_AGGS = {
    exp.Avg: "mean",
    exp.Sum: "sum",
    exp.Count: "count",
    exp.Max: "max",
    exp.Min: "min",
    exp.Median: "median",
}
#: words that compare a number with a threshold ("above 40", "more than 3", "at least 2")
COMPARISON_WORDS = frozenset(
    [
        "above",
        "over",
        "exceeding",
        "exceeds",
        "exceed",
        "greater",
        "more",
        "higher",
        "larger",
        "bigger",
        "below",
        "under",
        "less",
        "fewer",
        "lower",
        "smaller",
        "least",
        "most",
        "than",
        "between",
        "beyond",
    ]
)
#: generic words for the column that labels a row ("continent name", "the names")
LABEL_WORDS = frozenset(["name", "title", "label"])
_WORD = re.compile(r"\"[^\"]{1,60}\"|'[^']{1,60}'(?=[\s,.?!;:)]|$)|[a-z0-9]+(?:[.'][a-z0-9]+)*")
YEAR = re.compile(r"^(1[89]\d\d|20\d\d|2100)$")


@lru_cache(maxsize=1)
def instruction_words() -> frozenset[str]:
    """Words that carry no content of their own: how to ask, how to draw, how to sort."""
    text = resources.files(__package__).joinpath("data/instruction_words.txt").read_text()
    words: set[str] = set()
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        words.update(w for w in line.split() if w)
    return frozenset(words)


@dataclass(frozen=True)
class Unused:
    """A word (or quoted phrase) of the question that no part of the plan explains."""

    text: str
    kind: str  #: "value" | "number" | "date" | "measure" | "name" | "word"

    @property
    def changes_meaning(self) -> bool:
        """Whether leaving it out makes the chart answer a different question."""
        return self.kind in ("value", "number", "date", "measure", "name")


@dataclass
class Account:
    """What each word of the question was used for."""

    used: dict[str, str] = field(default_factory=dict)  #: word -> what explained it
    unused: list[Unused] = field(default_factory=list)

    @property
    def blocking(self) -> list[Unused]:
        return [u for u in self.unused if u.changes_meaning]


@dataclass
class _Facts:
    """What a plan computes, as sets of comparable things."""

    names: set[str] = field(default_factory=set)  #: lemmas of used table/column/alias names
    measure_names: set[str] = field(default_factory=set)  #: lemmas of the measured columns
    parts: set[str] = field(
        default_factory=set
    )  #: calendar parts held by used columns (an int year)
    columns: set[tuple[str, str]] = field(default_factory=set)  #: (table, column), lower case
    tables: set[str] = field(default_factory=set)
    strings: set[str] = field(default_factory=set)
    numbers: set[float] = field(default_factory=set)
    years: set[int] = field(default_factory=set)
    months: set[int] = field(default_factory=set)
    aggregates: set[str] = field(default_factory=set)
    units: set[str] = field(default_factory=set)
    mark: str = ""
    catalog: Catalog | None = None
    sorted: bool = False
    grouped: bool = False  #: a channel groups by a field (not aggregated)
    compares: bool = False  #: the SQL compares a number (WHERE or HAVING with <, >, BETWEEN)


def _name_words(name: str) -> set[str]:
    """The words of a name: expanded, as written, and glued parts whole ("hindfoot")."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name).lower()
    whole = {lemma(p) for p in re.split(r"[^a-z0-9]+", spaced) if p}
    return {*split_name(name), *split_name(name, expand=False), *whole}


def _facts(plan: ChartPlan, catalog: Catalog, dialect: str) -> _Facts:
    facts = _Facts(mark=plan.chart.mark, catalog=catalog)
    try:
        tree = sqlglot.parse_one(plan.sql, read=dialect)
    except sqlglot.errors.SqlglotError:
        return facts
    aliases: dict[str, exp.Expression] = {}
    for table in tree.find_all(exp.Table):
        facts.tables.add(table.name.lower())
        if table.alias:
            aliases[table.alias.lower()] = table
    known = {t.name.lower(): t for t in catalog.tables}
    for column in tree.find_all(exp.Column):
        owner = column.table.lower()
        owner = aliases[owner].name.lower() if owner in aliases else owner
        tables = [owner] if owner in known else [t for t in facts.tables if t in known]
        for name in tables:
            found = known[name].column(column.name)
            if found is not None:
                facts.columns.add((name, found.name.lower()))
                facts.names |= _name_words(found.name)
                if (part := calendar_part(found)) is not None:
                    facts.parts.add(part)
    for alias in tree.find_all(exp.Alias):
        facts.names |= _name_words(alias.alias)
    for name in facts.tables:
        facts.names |= _name_words(known[name].name if name in known else name)
    for literal in tree.find_all(exp.Literal):
        _literal(literal, facts)
    for kind, name in _SQL_AGGS.items():
        for node in tree.find_all(kind):
            facts.aggregates.add(
                "distinct" if name == "count" and node.find(exp.Distinct) else name
            )
    facts.compares = any(
        isinstance(node.expression, exp.Literal) and node.expression.is_number
        for node in tree.find_all(exp.GT, exp.GTE, exp.LT, exp.LTE)
    ) or any(True for _ in tree.find_all(exp.Between))
    for node in tree.find_all(exp.Extract):
        unit = node.name.lower()
        facts.units.add({"dow": "weekday", "isodow": "weekday"}.get(unit, unit))
    for fd in plan.chart.encoding.channels().values():
        _channel(fd, facts)
    if plan.chart.limit:
        facts.numbers.add(float(plan.chart.limit))
    return facts


def _literal(literal: exp.Literal, facts: _Facts) -> None:
    if literal.is_number:
        try:
            number = float(literal.this)
        except ValueError:
            return
        facts.numbers.add(number)
        if number.is_integer() and YEAR.match(str(int(number))):
            facts.years.add(int(number))
        if number.is_integer() and 1 <= number <= 12:
            facts.months.add(int(number))
        return
    text = str(literal.this)
    facts.strings.add(text.strip().lower())
    if re.fullmatch(r"-?\d+(\.\d+)?", text.strip()):
        facts.numbers.add(float(text))
        if YEAR.match(text.strip()):
            facts.years.add(int(text))
    try:
        day = date.fromisoformat(text[:10])
    except ValueError:
        for word in re.findall(r"[a-z0-9]+", text.lower()):
            facts.strings.add(word)
        return
    facts.years.add(day.year)
    facts.months.add(day.month)
    if day.month == 1 and day.day == 1:
        facts.years.add(day.year - 1)  # "through 2023" ends before 2024-01-01
    else:
        facts.months.add(day.month - 1 or 12)  # "in July" ends before August 1st


def _channel(fd: FieldDef, facts: _Facts) -> None:
    if fd.aggregate:
        facts.aggregates.add(fd.aggregate)
        if fd.field:
            facts.measure_names |= _name_words(fd.field)
    if fd.timeUnit:
        facts.units.add(fd.timeUnit)
    if fd.field:
        facts.names |= _name_words(fd.field)
        facts.grouped = facts.grouped or not fd.aggregate
    if fd.sort:
        facts.sorted = True
    if isinstance(fd.bin, Bin):
        facts.numbers |= {float(v) for v in (fd.bin.step, fd.bin.maxbins) if v is not None}


def _words(question: str, *, keep_case: bool = False) -> list[str]:
    text = question.strip().replace("’", "'").replace("“", '"').replace("”", '"')
    names = re.findall(r"\w*_\w*", text)
    text = re.sub(r"\w*_\w*", " aiseridentifier ", text)
    try:
        from text_to_num import alpha2digit

        text = alpha2digit(text, "en")
    except Exception:
        pass
    for name in names:  # identifiers as typed ("budget_in_billions" holds no number)
        text = text.replace("aiseridentifier", name, 1)
    text = re.sub(r"(\w)'s\b", r"\1", text)
    out = []
    for match in _WORD.finditer(text if keep_case or '"' in text else text.lower()):
        word = match[0]
        out.append(word if word[0] in "'\"" or keep_case else word.lower())
    return out


def account(question: str, plan: ChartPlan, catalog: Catalog, dialect: str) -> Account:
    """Explain every word of ``question`` by what ``plan`` computes."""
    facts = _facts(plan, catalog, dialect)
    words = _words(question)
    result = Account()
    values = _value_index(catalog)
    skip = _phrase_values(words, values, facts, result)
    measures = _measure_words(catalog)
    names = _schema_words(catalog)
    stop = instruction_words()
    kinds: dict[int, str] = {}
    why_at: dict[int, str] = {}
    for i, word in enumerate(words):
        if i in skip:
            continue
        kind = _kind(word, i, words, values, measures, names)
        why = _explain(word, i, words, facts, stop)
        if why == "counted" and kind in ("value", "name", "measure", "date", "number"):
            why = None  # "how many STAR BAKER results": a value is no counted noun
        if why is not None:
            result.used[word] = why
            why_at[i] = why
            continue
        if (
            kind in ("word", "content")
            and lemma(word) in LABEL_WORDS
            and _names_elsewhere(i, words, facts)
        ):
            kind = "name"  # "carrier name" drawn from the code, not the carriers' names
        kinds[i] = kind
    for i, kind in kinds.items():
        if (
            kind == "word" and _next_to_measure(i, words, result)
        ) or _between_aggregate_and_measure(i, words, result):
            kind = "measure"  # "average [interest] rate": a word of the measure's name
        elif kind == "content" and _unknown_head(i, words, why_at):
            kind = "name"  # "by origin airport [elevation]": the grouping is something else
        result.unused.append(Unused(words[i].strip("'\""), kind))
    return result


#: nouns that add nothing after a name ("weather types", "product categories", "age groups")
GENERIC_HEADS = frozenset(
    [
        "type",
        "types",
        "kind",
        "kinds",
        "category",
        "categories",
        "group",
        "groups",
        "class",
        "classes",
        "level",
        "levels",
        "value",
        "values",
        "data",
        "field",
        "fields",
        "column",
        "columns",
        "variable",
        "figure",
        "figures",
        "number",
        "numbers",
        "amount",
        "amounts",
        "stats",
        "statistics",
        "info",
    ]
)


def _unknown_head(i: int, words: list[str], why_at: dict[int, str]) -> bool:
    """An unknown noun ending a phrase of names: the head of that phrase, so the phrase
    means something the plan does not have ("origin airport elevation")."""
    if words[i] in GENERIC_HEADS or lemma(words[i]) in GENERIC_HEADS:
        return False
    from lemminflect import getAllLemmas

    found = getAllLemmas(words[i])
    if found and ("NOUN" not in found or "VERB" in found or "ADV" in found):
        return False  # "each carrier fly from", "by region pretty please": not a noun
    j = i - 1
    while j >= 0 and j not in why_at and _content(words[j]) and words[j] not in instruction_words():
        j -= 1  # "origin [airport] elevation": words between the name and the head
    if why_at.get(j) not in ("name", "synonym", "measure name"):
        return False
    nxt = words[i + 1] if i + 1 < len(words) else None
    return nxt is None or nxt in instruction_words() or nxt in (",", "and", "or")


def _between_aggregate_and_measure(i: int, words: list[str], result: Account) -> bool:
    """ "average [receiving] delay": a word between an aggregate and the measure's name."""
    return (
        0 < i < len(words) - 1
        and words[i] not in instruction_words()
        and result.used.get(words[i - 1]) == "aggregate"
        and result.used.get(words[i + 1]) == "measure name"
    )


def _next_to_measure(i: int, words: list[str], result: Account) -> bool:
    """An unexplained content word right beside an aggregate or a measure's name."""
    if not _content(words[i]):
        return False
    for j in (i - 1, i + 1):
        if 0 <= j < len(words) and result.used.get(words[j]) in ("aggregate", "measure name"):
            return True
    return False


def _content(word: str) -> bool:
    """A noun, an adjective or an unknown name — not a verb, an adverb or a function word."""
    if word in instruction_words() or lemma(word) in instruction_words() or word[0] in "'\"":
        return word[0] in "'\""
    from lemminflect import getAllLemmas

    found = getAllLemmas(word)
    if not found:
        return True  # a proper name ("york"), a code
    if "NOUN" in found or "PROPN" in found:
        return True
    if "ADJ" in found:
        return not ("VERB" in found and word.endswith(("ed", "en")))
    return False


def _explain(
    word: str, i: int, words: list[str], facts: _Facts, stop: frozenset[str]
) -> str | None:
    if word[0] in "'\"":
        return "value" if word[1:-1].strip().lower() in facts.strings else None
    base = lemma(word)
    if word in facts.measure_names or (base in facts.measure_names and not word.isdigit()):
        return "measure name"  # "average max temperature": max is the column's word
    if word in facts.names or (base in facts.names and not word.isdigit()):
        return "name"
    if (
        i > 0
        and lemma(words[i - 1]) in facts.names
        and any(
            len(n) >= 3 and word.startswith(n) and n != word and n.isalpha() for n in facts.names
        )
    ):
        return "name"  # "life expectancy" of lifeExp: a name's abbreviated word, written out
    if word in facts.strings or base in facts.strings:
        return "value"
    if word.replace(".", "", 1).isdigit():
        return _explain_number(word, i, words, facts)
    if word in MONTHS and _is_month(word, i, words):
        month = MONTHS[word]
        return "month" if month in facts.months else None
    if word in WEEKDAYS or word.rstrip("s") in WEEKDAYS:
        return "weekday" if "weekday" in facts.units else None
    if base in CALENDAR_WORDS or word in CALENDAR_WORDS:
        return _explain_calendar(word, base, i, words, facts)
    if word in AGGREGATE_WORDS:
        if facts.aggregates & set(AGGREGATE_WORDS[word]):
            return "aggregate"
        if word in ("distinct", "unique") and facts.grouped:
            return "grouping"
        if word in ("number", "many", "count", "total"):  # "number of X" without a count
            return None if _counts_something(i, words) else "instruction"
        return None
    if word in COMPARISON_WORDS and facts.compares:
        return "comparison"
    if base in LABEL_WORDS and facts.grouped and not _names_elsewhere(i, words, facts):
        return "label"
    if any(syn in facts.names for syn in SYNONYMS.get(base, ())):
        return "synonym"
    if _counted(i, words) and facts.aggregates & {"count", "distinct"} and _content(word):
        return "counted"
    if word in stop or base in stop:
        return "instruction"
    return None


#: "month of the year", "day of the week", "hour of the day": the part, not a second unit
_PART_OF = {
    "year": ("month", "quarter", "week", "day", "half"),
    "week": ("day",),
    "day": ("hour", "time"),
}


def _explain_calendar(word: str, base: str, i: int, words: list[str], facts: _Facts) -> str | None:
    units = CALENDAR_WORDS.get(base) or CALENDAR_WORDS[word]
    if facts.units & set(units) or base in facts.names or facts.parts & (set(units) | {base}):
        return "time unit"
    if (
        i >= 3
        and words[i - 1] in ("the", "a")
        and words[i - 2] == "of"
        and lemma(words[i - 3]) in _PART_OF.get(base, ())
    ):
        return "time unit"  # "month of the year" once the month is explained
    if _counted(i, words) and facts.aggregates & {"count"} and _rows_are(base, facts):
        return "counted rows"  # "number of days" in a table of one row per day
    return None


def _rows_are(unit: str, facts: _Facts) -> bool:
    """Whether a table of the plan has one row per ``unit`` (a unique date column)."""
    if facts.catalog is None:
        return False
    for name in facts.tables:
        table = facts.catalog.table(name)
        if table is None or not table.row_count:
            continue
        for column in table.columns:
            if column.semantic == "temporal" and (column.distinct or 0) >= 0.95 * table.row_count:
                return unit in ("day", "date") or unit in column.name.lower()
    return False


def _names_elsewhere(i: int, words: list[str], facts: _Facts) -> bool:
    """ "carrier name" where a table of carriers has a name column the plan does not use."""
    if i == 0 or facts.catalog is None:
        return False
    owner = lemma(words[i - 1])
    for table in facts.catalog.tables:
        if owner not in split_name(table.name):
            continue
        for column in table.columns:
            if (
                words[i].rstrip("s") in split_name(column.name)
                and (
                    table.name.lower(),
                    column.name.lower(),
                )
                not in facts.columns
            ):
                return True
    return False


def _counted(i: int, words: list[str]) -> bool:
    """The noun phrase after "number of" / "how many" / "count of": what a count counts."""
    stop = instruction_words()
    j = i - 1
    while j >= 0 and words[j] not in stop:
        j -= 1
    if j < 0:
        return False
    lead = " ".join(words[max(0, j - 1) : j + 1])
    return lead in (
        "number of",
        "how many",
        "count of",
        "count the",
        "of the",
        "share of",
        "proportion of",
        "percentage of",
    ) and (lead != "of the" or (j >= 2 and words[j - 2] == "number"))


def _counts_something(i: int, words: list[str]) -> bool:
    """ "number of …", "how many …", "count of …": a count was asked for."""
    word = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    prev = words[i - 1] if i else ""
    if word == "number":
        return nxt == "of"
    if word == "many":
        return prev == "how"
    if word == "count":
        return True
    return nxt in ("number", "count")


def _explain_number(word: str, i: int, words: list[str], facts: _Facts) -> str | None:
    number = float(word)
    if number in facts.numbers:
        return "number"
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if nxt in ("am", "pm") and (number % 12 + (12 if nxt == "pm" else 0)) in facts.numbers:
        return "hour"
    if number.is_integer() and YEAR.match(word):
        prev = words[i - 1] if i else ""
        near = {int(number)} | (
            {int(number) + 1, int(number) - 1}
            if prev in ("after", "before", "since", "until", "through")
            else set()
        )
        if near & facts.years:
            return "year"  # "after 2000" holds from 2001
    prev = words[i - 1] if i else ""
    if prev in ("top", "first", "bottom", "last", "best", "worst") and number in facts.numbers:
        return "limit"
    return None


def _is_month(word: str, i: int, words: list[str]) -> bool:
    if word not in AMBIGUOUS_MONTHS:
        return True
    prev = words[i - 1] if i else ""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    return prev in (
        "in",
        "of",
        "during",
        "since",
        "from",
        "until",
        "through",
        "before",
        "after",
    ) or (bool(YEAR.match(nxt)))


def _kind(
    word: str,
    i: int,
    words: list[str],
    values: dict[str, set[str]],
    measures: set[str],
    names: set[str],
) -> str:
    base = lemma(word)
    if word[0] in "'\"":
        return "value"
    if word.replace(".", "", 1).isdigit():
        return "number"
    if (word in MONTHS and _is_month(word, i, words)) or word.rstrip("s") in WEEKDAYS:
        return "date"
    if base in CALENDAR_WORDS or word in CALENDAR_WORDS:
        return "date"
    if word in AGGREGATE_WORDS:
        return "measure"
    if base in measures or word in measures:
        return "measure"
    if word in values or base in values:
        return "value"
    if base in instruction_words() or word in instruction_words():
        return "word"
    if base in names or word in names:
        return "name"
    return "content" if _content(word) else "word"


def _phrase_values(
    words: list[str], values: dict[str, set[str]], facts: _Facts, result: Account
) -> set[int]:
    """Multi-word values used as filters ("new york"): mark their words as used."""
    used: set[int] = set()
    for size in (4, 3, 2):
        for start in range(len(words) - size + 1):
            span = range(start, start + size)
            if any(i in used for i in span):
                continue
            phrase = " ".join(words[start : start + size])
            if phrase in facts.strings:
                used.update(span)
                result.used[phrase] = "value"
    return used


_VALUES: dict[str, dict[str, set[str]]] = {}


def _value_index(catalog: Catalog) -> dict[str, set[str]]:
    key = f"{catalog.source}:{catalog.fingerprint}"
    if key not in _VALUES:
        _VALUES[key] = _build_value_index(catalog)
    return _VALUES[key]


def _build_value_index(catalog: Catalog) -> dict[str, set[str]]:
    index: dict[str, set[str]] = {}
    for table in catalog.tables:
        for column in table.columns:
            if column.semantic not in ("nominal", "geo", "boolean", "key"):
                continue
            for value in column.samples:
                if isinstance(value, str) and 2 < len(value) <= 60:
                    index.setdefault(value.strip().lower(), set()).add(column.name)
    return index


_WORDS: dict[str, set[str]] = {}


def _cached(kind: str, catalog: Catalog, build: Callable[[Catalog], set[str]]) -> set[str]:
    key = f"{kind}:{catalog.source}:{catalog.fingerprint}"
    if key not in _WORDS:
        if len(_WORDS) > 64:
            _WORDS.clear()
        _WORDS[key] = build(catalog)
    return _WORDS[key]


def _measure_words(catalog: Catalog) -> set[str]:
    return _cached("measures", catalog, _build_measure_words)


def _schema_words(catalog: Catalog) -> set[str]:
    return _cached("schema", catalog, _build_schema_words)


def _build_measure_words(catalog: Catalog) -> set[str]:
    """Lemmas that name a numeric column somewhere in the catalog (abbreviations expanded)."""
    words: set[str] = set()
    for table in catalog.tables:
        for column in table.columns:
            if column.semantic == "quantitative":
                words |= set(split_name(column.name))
    return words - instruction_words()


def _build_schema_words(catalog: Catalog) -> set[str]:
    """Lemmas that name a table or a column of the catalog."""
    words: set[str] = set()
    for table in catalog.tables:
        words |= set(split_name(table.name)[-1:])
        for column in table.columns:
            words |= set(split_name(column.name)[-1:])
    return words - instruction_words() - LABEL_WORDS - {"id", "code", "number"}


def check_plan(question: str, plan: ChartPlan, catalog: Catalog, dialect: str) -> ChartPlan:
    """``plan`` with a title that says what it computes and the unused words in its notes;
    ``AISER-PLAN-UNSURE`` when a word it leaves out would change the answer."""
    from ...errors import error

    result = account(question, plan, catalog, dialect)
    understood = describe_plan(plan, dialect)
    if result.blocking:
        hints = _hints(result.blocking, catalog)
        msg = (
            f"I understood {understood!r} but did not use {_unused_text(result.blocking)}, so the "
            "chart would answer a different question"
            + (f". Did you mean: {'; '.join(hints)}" if hints else "")
        )
        raise error(
            "AISER-PLAN-UNSURE",
            msg,
            understood=understood,
            unused=[u.text for u in result.blocking],
            suggestions=hints,
        )
    plan.chart.title = understood
    if result.unused and plan.provenance is not None:
        plan.provenance.notes.append("not used: " + ", ".join(repr(u.text) for u in result.unused))
    return plan


def _hints(unused: list[Unused], catalog: Catalog) -> list[str]:
    """Column names that an unused word partly matches ("receiving" → rcv_delay)."""
    hints: list[str] = []
    counts: dict[str, int] = {}
    for table in catalog.tables:
        for column in table.columns:
            counts[column.name.lower()] = counts.get(column.name.lower(), 0) + 1
    for word in unused:
        base = lemma(word.text.lower())
        for table in catalog.tables:
            for column in table.columns:
                shared = counts[column.name.lower()] > 1
                name = f"{table.name}.{column.name}" if shared else column.name
                if base in split_name(column.name) and name not in hints:
                    hints.append(name)
    return hints[:5]


def _unused_text(unused: list[Unused]) -> str:
    kinds = {"value": "a value", "number": "a number", "date": "a date", "measure": "a measure"}
    return ", ".join(
        f"'{u.text}'" + (f" ({kinds[u.kind]})" if u.kind in kinds else "") for u in unused
    )
