"""A phrase whose head is a generic measure word ("rate", "usage", "level", "percent",
"share") names the number its modifier names: "violent crime rate" of a column ``violent``,
"seat belt usage rate" of ``seatbelt`` — the words between the name and the head say what
the number is of, and no other part of the schema is named by them."""

from __future__ import annotations

import re
from itertools import pairwise

from .facts import Facts
from .lexicon import FUNCTION_WORDS, abbreviates, lemma, split_name
from .table_measures import table_measures

__all__ = [
    "MEASURE_HEADS",
    "compound_pairs",
    "compound_tail",
    "in_measure_phrase",
    "sale_price",
    "table_rate",
]

#: words that end a phrase naming a number without saying what it counts
MEASURE_HEADS = frozenset(
    ["rate", "usage", "use", "level", "percent", "percentage", "share", "ratio", "proportion"]
)
_NAMED = ("name", "measure name", "synonym")


def in_measure_phrase(
    i: int, words: list[str], why_at: dict[int, str], used: dict[str, str], facts: Facts
) -> bool:
    """Whether ``words[i]`` (a content word that names nothing in the schema) sits between a
    word naming a number the plan measures and a generic measure head: "violent [crime]
    rate", "seat belt [usage] rate", "seat belt [usage]" at the phrase's end; or ends a
    compound begun by one ("short-[term]", :func:`compound_tail`). ``why_at`` and ``used``:
    why the words before it were explained, by place and by word."""
    if compound_tail(i, words, facts.compounds, why_at):
        return True
    before = (why_at.get(i - 1) or used.get(words[i - 1])) if i else None
    if before not in (*_NAMED, "measure phrase"):
        return False
    if _output_of_table(i, words, facts):
        return True  # "cement [production]" of qcement's value
    if before != "measure phrase" and lemma(words[i - 1]) not in facts.measure_names:
        return False
    if lemma(words[i]) in MEASURE_HEADS or _counted_events(i, words, facts):
        return True
    k = i + 1
    while k < len(words) and k - i <= 2:
        if lemma(words[k]) in MEASURE_HEADS:
            return True
        if k in why_at or not words[k].isalpha():
            return False
        k += 1
    return False


def sale_price(i: int, words: list[str], facts: Facts) -> str | None:
    """ "average [sale] price" of a column named ``price`` alone, the number measured: the
    price a thing sold for is what a bare price records; a table that also holds a list or an
    asking price names its sale price apart, and the planner reads that column instead."""
    if words[i] not in ("sale", "sales", "selling") or words[i + 1 : i + 2] not in (
        ["price"],
        ["prices"],
    ):
        return None
    bare = any(split_name(c.name) == ["price"] for c in facts.read_columns())
    return "measure phrase" if bare and "price" in facts.measure_names else None


def compound_pairs(question: str) -> set[tuple[str, str]]:
    """The neighbouring words of the question's hyphenated compounds, lower case:
    "short-term resident" → (short, term)."""
    pairs: set[tuple[str, str]] = set()
    for compound in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)+", question):
        parts = compound.lower().split("-")
        pairs.update(pairwise(parts))
    return pairs


def compound_tail(
    i: int, words: list[str], compounds: set[tuple[str, str]], why_at: dict[int, str]
) -> bool:
    """ "short-[term] resident departures" of ``resshort``: the second half of a hyphenated
    compound whose first half the plan read as a word of a column's name is part of that name
    ("long-term", "full-time"); a function word is not ("one-[to]-one")."""
    if not i or why_at.get(i - 1) not in _NAMED or words[i] in FUNCTION_WORDS:
        return False
    return (words[i - 1], words[i]) in compounds


#: what a series of amounts made is called, after the name of what is made
_OUTPUT = frozenset(["production", "output"])


def _output_of_table(i: int, words: list[str], facts: Facts) -> bool:
    """ "cement [production]", "beer [output]": right after a word of the name of a table whose
    one number the plan measures (:mod:`.table_measures`, ``qcement(time, value)``)."""
    if words[i] not in _OUTPUT or not i or facts.catalog is None:
        return False
    before, read = lemma(words[i - 1]), facts.read_columns()
    measured = table_measures(facts.catalog)
    return len(before) >= 4 and any(
        before in re.sub(r"[^a-z]", "", name) and any(c is column for c in read)
        for name, column in measured.items()
    )


#: things a whole-number column counts, said after its name ("plague [deaths]" of Plague)
_EVENTS = frozenset(
    ["death", "case", "birth", "casualty", "fatality", "victim", "injury", "accident", "crash",
     "visit", "arrest", "infection"]
)  # fmt: skip


def _counted_events(i: int, words: list[str], facts: Facts) -> bool:
    """ "plague [deaths]", "measles [cases]": a plural of things counted right after the name of
    a whole-number column the plan measures — what its numbers count."""
    word = words[i]
    if lemma(word) == word or lemma(word) not in _EVENTS:
        return False
    before = lemma(words[i - 1])
    return any(
        "int" in c.type.lower() and before in split_name(c.name) for c in facts.read_columns()
    )


def table_rate(i: int, words: list[str], facts: Facts, why_at: dict[int, str]) -> bool:
    """ "the murder [rate]" where ``murder`` is only the name of the table read: a rate's head
    right after a word of the name of a table that has no column by that head, when neither
    that word nor the one before it names a column the plan reads and the table's name stands
    for no one number — the number the phrase names (``mrdrte``) is not in the plan, though
    both words look used ("assault arrest rate" of ``Assault`` is read)."""
    if i < 1 or lemma(words[i]) not in _RATE_HEADS or facts.catalog is None:
        return False
    before = lemma(words[i - 1])
    if len(before) < 3 or before in FUNCTION_WORDS or why_at.get(i - 2) in _NAMED:
        return False
    read = facts.read_columns()
    pieces = {w for c in read for w in (*split_name(c.name, expand=False), *split_name(c.name))}
    if _spelled(before, pieces) or _spelled(words[i], pieces):
        return False
    measures = table_measures(facts.catalog)
    for name in facts.tables:
        table = facts.catalog.table(name)
        if table is None or before not in split_name(name):
            continue
        if any(lemma(words[i]) in split_name(c.name) for c in table.columns):
            return False  # "the regional [rates]" of a table with a column Rate: its rows
        # "MSCI Switzerland level": the one number the table stands for is read
        return not any(measures.get(name.lower()) is c for c in read)
    return False


#: heads of a phrase naming a rate or a share of something ("murder rate")
_RATE_HEADS = frozenset(["rate", "ratio", "share", "percent", "percentage", "proportion"])


def _spelled(word: str, pieces: set[str]) -> bool:
    """Whether one of ``pieces`` of the names read is ``word`` or its clipped spelling
    (``crm`` of "crime", ``rte`` of "rate" in ``crmrte``)."""
    return lemma(word) in pieces or any(abbreviates(p, word, close=True) for p in pieces)
