"""Words that pick which rows are counted, left unexplained: the chart would count others.

Each reads an unexplained word beside the words the plan explains (``why_at``: index ->
what explained it):

- "drivers and [pedestrians]": a word joined by *and*/*or* to a value the plan filters on is
  another value of that column — drawing the one value answers for both;
- "across the [coastal] provinces": an adjective nothing explains, before the noun of the
  things grouped or counted, says which of them — drawn over all of them it is wrong;
- "how many breaches did [walgreen co.] report": the subject after *did* of a count is the
  thing whose rows are counted — a value, even when it is written in lower case.

And :func:`whose_figure`: "states whose murder rate is above 10", drawn as a sum over the
rows above 10 of each state, where each state has several rows: the comparison is of each
state's figure, which the rows' comparison does not say.
"""

from __future__ import annotations

import sqlglot
from lemminflect import getAllLemmas
from sqlglot import exp

from .facts import Facts, name_words
from .lexicon import lemma
from .words import instruction_words, is_content

__all__ = ["joined_to_filtered", "picks_rows", "whose_figure"]

#: adjectives that pick no rows: "each [individual] state", "the [different] regions"
_NEUTRAL = frozenset(
    [
        "individual",
        "different",
        "various",
        "respective",
        "specific",
        "unique",
        "distinct",
        "separate",
        "overall",
        "whole",
        "entire",
        "several",
        "many",
        "other",
        "same",
        "given",
        "listed",
        "following",
        "corresponding",
        "own",
        "particular",
        "certain",
        "single",
    ]
)
_JOINS = frozenset(["and", "or", ",", "&"])
#: plurals with no plural ending ("the [uninsured] people")
_PLURAL_PEOPLE = frozenset(["people", "men", "women", "children", "folks", "staff"])
#: words of the things a plan groups or counts, read by what explained them
_THINGS = frozenset(["name", "rows", "synonym", "value", "label"])
#: auxiliaries before the subject of a question about a count ("how many X did S report")
_AUXILIARIES = frozenset(["did", "does", "do"])
#: words that attach a figure to the things before them ("states whose rate ...")
_WHOSE = frozenset(["whose", "where", "with"])
_COMPARE = (exp.GT, exp.GTE, exp.LT, exp.LTE)


def picks_rows(i: int, words: list[str], why_at: dict[int, str], *, content: bool = True) -> str:
    """The kind of an unexplained word that picks the rows counted; else "". The subject of
    a count is read only of a ``content`` word ("how many tickets did Acme Corp. [open]": a
    verb after it, no part of the name)."""
    if _joined_to_value(i, words, why_at) or (content and _subject_of_count(i, words, why_at)):
        return "value"
    return "condition" if _qualifies_things(i, words, why_at) else ""


def _joined_to_value(i: int, words: list[str], why_at: dict[int, str]) -> bool:
    """ "drivers and [pedestrians]", "[pedestrians] or drivers": joined to a value used."""
    for step in (-1, 1):
        j = i + 2 * step
        if 0 <= j < len(words) and words[i + step] in _JOINS and why_at.get(j) == "value":
            return True
    return False


def joined_to_filtered(i: int, words: list[str], facts: Facts) -> bool:
    """ "number of [pedestrians] or drivers" kept to driver: the word counted is joined to a
    value the plan filters on, so it is another value of that column, not the rows."""
    for step in (-1, 1):
        j = i + 2 * step
        if (
            0 <= j < len(words)
            and words[i + step] in _JOINS
            and (words[j] in facts.strings or lemma(words[j]) in facts.strings)
        ):
            return True
    return False


def _adjective(word: str) -> bool:
    if word in _NEUTRAL or word in instruction_words():
        return False
    found = getAllLemmas(word)
    if found:
        return "ADJ" in found and "NOUN" not in found and "VERB" not in found
    return word.endswith(("al", "ern", "ic", "ous", "ive"))  # "northern", "coastal"


def _qualifies_things(i: int, words: list[str], why_at: dict[int, str]) -> bool:
    """ "the [coastal] provinces": an adjective right before the noun of the things."""
    nxt = i + 1
    if nxt >= len(words) or why_at.get(nxt) not in _THINGS or not _adjective(words[i]):
        return False
    # a plural noun: the things, not "[coastal] rainfall"
    return lemma(words[nxt]) != words[nxt] or words[nxt] in _PLURAL_PEOPLE


def _subject_of_count(i: int, words: list[str], why_at: dict[int, str]) -> bool:
    """ "how many breaches did [walgreen] [co.] report": unexplained words right after
    *did*, itself right after the counted noun — the thing whose rows are counted."""
    j = i - 1
    while j >= 0 and j not in why_at and (is_content(words[j]) or words[j] in (".", "&")):
        j -= 1
    if j < 1 or words[j] not in _AUXILIARIES or (j - 1) not in why_at:
        return False
    return any(w in ("many", "much") for w in words[max(0, j - 3) : j])


def whose_figure(
    words: list[str], why_at: dict[int, str], facts: Facts, sql: str, dialect: str
) -> str:
    """ "states [whose] murder rate is above 10" drawn as an aggregate of murder by state
    over the rows where murder > 10, where a state has several rows: the words, else ""."""
    for k, word in enumerate(words):
        if word not in _WHOSE or k == 0 or why_at.get(k - 1) not in ("name", "synonym"):
            continue
        if lemma(words[k - 1]) not in facts.group_names:
            continue
        rest = range(k + 1, min(k + 7, len(words)))
        if not any(why_at.get(j) == "comparison" for j in rest):
            continue
        if _rows_compared_then_aggregated(sql, dialect, facts):
            return " ".join(words[k : k + 6])
    return ""


def _rows_compared_then_aggregated(sql: str, dialect: str, facts: Facts) -> bool:
    """The SQL compares a column in WHERE that the chart aggregates (not counts), grouped by
    a field with fewer distinct values than the table has rows (several rows per group), and
    keeps no value that could leave one row per group."""
    try:
        where = sqlglot.parse_one(sql, read=dialect).find(exp.Where)
    except sqlglot.errors.SqlglotError:
        return False
    if where is None or not facts.aggregates - {"count"}:
        return False
    if where.find(exp.EQ, exp.In) is not None:
        return False  # "in 2007", "Wisconsin counties": kept to rows that may be one per thing
    compared = {
        c.name
        for cmp in where.find_all(*_COMPARE)
        if cmp.find(exp.AggFunc) is None  # "HAVING AVG(murder) > 10": each state's figure
        for c in cmp.find_all(exp.Column)
    }
    if not any(name_words(c) <= facts.measure_names for c in compared):
        return False
    return any(_several_rows(field, facts) for field in facts.group_fields)


def _several_rows(column: str, facts: Facts) -> bool:
    catalog = facts.catalog
    for name in facts.tables if catalog is not None else ():
        table = catalog.table(name) if catalog is not None else None
        for col in table.columns if table is not None else ():
            if col.name.lower() == column.lower() and col.distinct and table and table.row_count:
                return col.distinct < table.row_count
    return False
