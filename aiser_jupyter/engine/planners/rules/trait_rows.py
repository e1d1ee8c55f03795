"""Rows of people counted once each: a diary of one row per patient and day holds each
patient's age and sex on every row (``catalog/traits.py`` confirms which columns hold one
value per id). "How many male patients …" counts distinct ids (see :mod:`.panel_units`);
"the average age of the patients", "what percentage of the patients are women" average over
the patients — each id once, ``SELECT DISTINCT id, age`` — not over their rows, which would
weigh each patient by the days they kept.

Only when the question names the rows as people, in the plural ("patients", "women"), and
every number and group the plan reads is one such trait; a figure of the rows themselves
("average air quality") stays an average of the rows.
"""

from __future__ import annotations

from sqlglot import exp

from ...catalog.model import Column, Table
from ..lexicon import lemma, split_name
from ..people_rows import PERSONAL
from .draft import Draft
from .person_figures import people_words

__all__ = ["PEOPLE", "people_word", "person_key", "trait_rows"]

#: words that name people, besides the rows' own words ("patients", "respondents")
PEOPLE = frozenset(["woman", "women", "man", "men", "girl", "girls", "boy", "boys", "child",
                    "children", "kid", "kids"])  # fmt: skip
#: plurals the lemma keeps as they are
_PLURALS = frozenset(["men", "people"])
#: aggregates whose result changes when a person's rows are read once instead of each time
_WEIGHED = frozenset(["mean", "median"])


def people_word(word: str) -> bool:
    """Whether ``word`` names people ("patients", "patient", "women")."""
    return word in PEOPLE or word in people_words() or lemma(word) in people_words()


def person_key(table: Table) -> Column | None:
    """The repeated identifier of ``table`` whose traits say it is a person's — a sex, an
    age, a race that no id has two of — or None."""
    for name, traits in table.traits.items():
        said = {w for t in traits for w in (*split_name(t, expand=False), *split_name(t))}
        column = table.column(name)
        if column is not None and said & PERSONAL:
            return column
    return None


def trait_rows(d: Draft) -> None:
    """An average of a person's trait over a table of their repeated rows, asked of people:
    read once per person."""
    if d.once_per is not None or not d.measures or d.having:
        return
    tables = d.tables()
    if len(tables) != 1:
        return
    table = tables[0]
    key = person_key(table)
    words = [w.text for w in d.q.words]
    if key is None or not any(  # "of the patients"; "patient age" of NICU tests: the tests
        people_word(w) and (w != lemma(w) or w in _PLURALS) and not (i and words[i - 1] == "per")
        for i, w in enumerate(words)
    ):
        return
    traits = {name.lower() for name in table.traits[key.name]}
    for m in d.measures:
        if m.agg not in _WEIGHED or m.per is not None or m.column is None:
            return
        if not _reads(m.column) or not _reads(m.column) <= traits:
            return
    if any(x.column.name.lower() not in traits or x.unit for x in d.dims):
        return
    d.once_per = (table, key)
    d.notes.append(
        f"{table.name} has several rows for each {key.name}, with the same "
        + ", ".join(sorted({c.lower() for m in d.measures for c in _reads(m.column)}))
        + f" on each: each {key.name} is read once"
    )


def _reads(column: Column | None) -> set[str]:
    """The names (lower case) of the stored columns ``column`` reads: itself, or those of a
    derived column's expression (a share's ``CASE WHEN sex = 'female' …``)."""
    if column is None:
        return set()
    expression = getattr(column, "expression", None)
    if expression is None:
        return {column.name.lower()}
    return {c.name.lower() for c in expression().find_all(exp.Column)}
