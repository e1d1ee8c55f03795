"""The column that names a table's rows (its name or title, else a text column that tells
the rows apart, else its key): what a table named as a grouping is grouped by."""

from __future__ import annotations

from ...catalog.model import Column, Table
from ..lexicon import split_name

__all__ = ["LABEL_WORDS", "label"]

LABEL_WORDS = ("name", "title", "label")


def label(table: Table) -> Column | None:
    """The column that names a table's rows: a name/title column, else its first text column
    that is no key, else its key."""
    own = set(split_name(table.name))
    for word in LABEL_WORDS:
        for column in table.columns:
            parts = column.name.lower().replace("-", "_").split("_")
            if (
                (parts[-1] == word or column.name.lower().endswith(word))
                and column.semantic in ("nominal", "geo")
                and _names_the_rows(table, column, word, own)
            ):
                return column
    rows = table.row_count or 0
    texts = [  # continents(ContId, Continent): the text column named like the table …
        c
        for c in table.columns
        if c.semantic in ("nominal", "geo")
        and own & set(split_name(c.name))
        and set(split_name(c.name)) - own <= _NAME_QUALIFIERS
    ]
    named = next(  # … one that tells the rows apart (bakers: baker_full, not the first name)
        (c for c in texts if not rows or (c.distinct or 0) >= 0.95 * rows),
        next((c for c in texts if set(split_name(c.name)) <= own), None),
    )
    if named is not None:
        return named
    if len(table.primary_key) == 1:
        return table.column(table.primary_key[0])
    keys = [c for c in table.columns if c.semantic == "key"]
    if keys:
        return keys[0]
    numbered = next(  # episodes(episode, winner_name): the rows' own number
        (c for c in table.columns if c.semantic != "temporal" and set(split_name(c.name)) <= own),
        None,
    )
    if numbered is not None:
        return numbered
    return next(  # else a text column that tells the rows apart — never one shared by many,
        (  # nor free text (a tweet, a comment): a sentence names no row
            c
            for c in table.columns
            if c.semantic in ("nominal", "geo")
            and (not rows or (c.distinct or 0) >= 0.95 * rows)
            and not _free_text(c)
        ),
        None,
    )


#: the longest a name runs on average, in characters; sentences run longer
_NAME_LENGTH = 40


def _free_text(column: Column) -> bool:
    """Whether the column's values are sentences (a tweet's text), by their sampled length."""
    texts = [v for v in column.samples if isinstance(v, str)]
    return bool(texts) and sum(map(len, texts)) / len(texts) > _NAME_LENGTH


#: words that qualify a name without naming something else ("full name", "first name")
_NAME_QUALIFIERS = frozenset(
    ["first", "last", "full", "display", "short", "long", "common", "official", "given", "family"]
)


def _names_the_rows(table: Table, column: Column, word: str, own: set[str]) -> bool:
    """Whether a name column names the table's own rows: "name", "customer_name" in
    customers, "full_name" — not the name of something else ("sb_name", the star baker's
    name, in a table of episodes)."""
    others = set(split_name(column.name)) - {word} - _shared_prefix(table)
    return others <= own or bool(others & _NAME_QUALIFIERS)


def _shared_prefix(table: Table) -> set[str]:
    """The first word most of a table's columns share (``n_`` of nation's ``n_name``)."""
    firsts = [split_name(c.name, expand=False)[:1] for c in table.columns]
    first = max(firsts, key=firsts.count) if firsts else []
    return set(first) if len(firsts) > 1 and firsts.count(first) >= 0.8 * len(firsts) else set()
