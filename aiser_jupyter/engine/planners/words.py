"""The words the honesty check knows: month and weekday names, calendar and aggregate words,
words that only ask or draw (``data/instruction_words.txt``), generic heads, and the words of
a catalog (its values, its measures, its names), kept with each catalog."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources

from sqlglot import exp

from ..catalog.model import Catalog
from .described import vocabulary
from .lexicon import ABBREVIATIONS, lemma, split_name
from .list_values import list_elements
from .month_parts import MONTHS
from .value_keys import unnumbered

__all__ = [
    "AGGREGATE_WORDS",
    "AMBIGUOUS_MONTHS",
    "AUXILIARY_VERBS",
    "CALENDAR_WORDS",
    "COMPARISON_WORDS",
    "GENERIC_HEADS",
    "LABEL_WORDS",
    "MONTHS",
    "ORDINAL",
    "QUARTER",
    "ROW_NOUNS",
    "SQL_AGGS",
    "SUPERLATIVES",
    "WEEKDAYS",
    "WEEKEND",
    "WORD_PATTERN",
    "YEAR",
    "instruction_words",
    "is_content",
    "is_counted_noun",
    "measure_words",
    "schema_words",
    "value_index",
]


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
#: the days of the weekend, said as one ("on weekends")
WEEKEND = frozenset(["weekend", "weekends"])
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
    "hour": ("hour", "yearmonthdatehours"),
    "hourly": ("hour",),
    "minute": ("minute",),
    "decade": ("decade",),
    # seasons: no plan has them as a unit, so an unused season is a date left out
    "summer": ("season",),
    "winter": ("season",),
    "spring": ("season",),
    "autumn": ("season",),
    "morning": ("hour",),
    "afternoon": ("hour",),
    "evening": ("hour",),
    "night": ("hour",),
}
#: aggregate words and the aggregates (of the chart or of the SQL) that explain them
AGGREGATE_WORDS = {
    "average": ("mean",),
    "averaged": ("mean",),
    "averaging": ("mean",),  # "plans whose participants [averaging] more than 3 visits"
    "avg": ("mean",),
    "mean": ("mean",),
    "median": ("median",),
    "sum": ("sum",),
    "total": ("sum", "count", "distinct"),
    "maximum": ("max",),
    "maximal": ("max",),
    "max": ("max",),
    "minimum": ("min",),
    "minimal": ("min",),
    "min": ("min",),
    "count": ("count", "distinct"),
    "number": ("count", "distinct"),
    "many": ("count", "distinct"),
    "distinct": ("distinct",),
    "unique": ("distinct",),
}
#: superlatives: a maximum or minimum, a sort, or a top-N — never a word of some name alone
SUPERLATIVES = frozenset(["highest", "lowest", "largest", "smallest", "biggest", "greatest"])
#: SQL aggregate functions (in a typed query, or a HAVING subquery) by chart aggregate name
SQL_AGGS = {
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
WORD_PATTERN = re.compile(  # any case: a question with a quoted value is read as written
    r"\"[^\"]{1,60}\"|'[^']{1,60}'(?=[\s,.?!;:)]|$)|[a-z0-9]+(?:[.'][a-z0-9]+)*", re.I
)
#: "4th", "1st": an ordinal (a quarter, a rank), a number the plan must use like any other
ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)")
#: "q4": a quarter of the year
QUARTER = re.compile(r"q([1-4])")
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
        "status",
        "statuses",
        "length",
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


def is_content(word: str) -> bool:
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


def is_counted_noun(word: str) -> bool:
    """A plural noun after "how many" / "number of" ("orders", "captures"): a thing counted,
    even where the word is also an instruction elsewhere ("in descending order")."""
    from lemminflect import getAllLemmas

    if word in ("number", "many", "count", "of", "the", "different", "distinct", "unique"):
        return False
    if lemma(word) in ROW_NOUNS:
        return False  # "number of items", "how many records": the rows, whatever they are
    found = getAllLemmas(word)
    return bool(found) and "NOUN" in found and "AUX" not in found and lemma(word) != word


#: nouns for "a row", whatever the table holds
ROW_NOUNS = frozenset(["item", "row", "record", "entry", "thing", "observation", "case", "line"])


def value_index(catalog: Catalog) -> dict[str, set[str]]:
    """Each stored value (lower case) → the columns that hold it, once per catalog: kept with
    the catalog, never by its source's name and schema, which two databases (or one file
    loaded again with other values) share."""
    return catalog.derived("value index", _build_value_index)


def _build_value_index(catalog: Catalog) -> dict[str, set[str]]:
    index: dict[str, set[str]] = {}
    for table in catalog.tables:
        for column in table.columns:
            if column.semantic not in ("nominal", "geo", "boolean", "key"):
                continue
            for value in column.samples:
                if isinstance(value, str) and 2 < len(value) <= 60:
                    for form in (value, unnumbered(value)):  # "1. Never Married"
                        if form:
                            index.setdefault(form.strip().lower(), set()).add(column.name)
    listed = list_elements(catalog)  # "laptop" of "Laptop, Desktop Computer"
    for table in catalog.tables:
        for column in table.columns:
            for element in listed.get(id(column), ()):
                index.setdefault(element.lower(), set()).add(column.name)
    return index


def _cached(kind: str, catalog: Catalog, build: Callable[[Catalog], set[str]]) -> set[str]:
    """``build(catalog)`` once per catalog (its profile, not only its schema, shapes them)."""
    return catalog.derived(f"{kind} words", build)


def measure_words(catalog: Catalog, said: list[str] | None = None) -> set[str]:
    """The words of the catalog's numbers; with ``said`` (a question's words), less the words
    a number's name only abbreviates before its head when the question does not say the
    head: "aircraft" of ``ac_mass`` names the aircraft in "aircraft speed", not their mass."""
    words = _cached("measures", catalog, _build_measure_words)
    if said is None:
        return words
    heads = {lemma(w) for w in said} | set(said)
    qualifiers = catalog.derived("abbreviated qualifiers", _abbreviated_qualifiers)
    return {w for w in words if not (w in qualifiers and not qualifiers[w] & heads)}


def _abbreviated_qualifiers(catalog: Catalog) -> dict[str, set[str]]:
    """Each word a numeric column's name abbreviates to a code of two letters before its last
    word (``ac`` of ``ac_mass``: "aircraft") → the last words of those names; never a word
    that some numeric name spells out or ends on."""
    heads: dict[str, set[str]] = {}
    spelled: set[str] = set()
    for table in catalog.tables:
        for column in table.columns:
            words, raw = split_name(column.name), split_name(column.name, expand=False)
            if column.semantic != "quantitative" or not words:
                continue
            short = {
                lemma(ABBREVIATIONS[p]) for p in raw[:-1] if p in ABBREVIATIONS and len(p) <= 2
            }
            spelled |= set(words[-1:]) | (set(raw) - set(ABBREVIATIONS))
            for w in short - {words[-1]}:
                heads.setdefault(w, set()).add(words[-1])
    return {w: h for w, h in heads.items() if w not in spelled}


def schema_words(catalog: Catalog) -> set[str]:
    return _cached("schema", catalog, _build_schema_words)


def _build_measure_words(catalog: Catalog) -> set[str]:
    """Lemmas that name a numeric column somewhere in the catalog (abbreviations expanded)."""
    words: set[str] = set()
    for table in catalog.tables:
        for column in table.columns:
            if column.semantic == "quantitative":
                words |= set(split_name(column.name))
    words |= vocabulary(catalog)  # "smear", "positive" of a family of described columns
    return words - instruction_words()


def _build_schema_words(catalog: Catalog) -> set[str]:
    """Lemmas that name a table or a column of the catalog."""
    words: set[str] = set()
    for table in catalog.tables:
        words |= set(split_name(table.name)[-1:])
        for syn in table.synonyms:
            words |= set(split_name(syn)[-1:])
        for column in table.columns:
            words |= set(split_name(column.name)[-1:])
            if column.name.isalnum():  # "LName" typed as written: the column's whole name
                words.add(column.name.lower())
            for syn in column.synonyms:
                words |= set(split_name(syn)[-1:])
    return words - instruction_words() - LABEL_WORDS - {"id", "code", "number"}


#: auxiliary verbs and negations between a relative pronoun and its clause's verb ("who [are
#: not] living", "that [have] won")
AUXILIARY_VERBS = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "not",
        "don't",
        "doesn't",
        "didn't",
        "never",
    ]
)


#: words that ask for a count of rows without an aggregate's name
COUNT_CUES = frozenset(
    ["histogram", "distribution", "frequency", "frequencies", "count", "counts", "number", "many"]
)
