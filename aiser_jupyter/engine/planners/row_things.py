"""The things a table's rows are, when a text column names them: one row per county in a
table of ``(county, state, population, …)``, although county names repeat across states
(a Jackson county in several states).

Analysts call such rows by what they are: "how many counties" counts the rows (a distinct
count of the names would merge the namesakes), "average poverty rate of metro counties" and
"states whose counties average …" name the rows aggregated over. The profile tells such a
table from a log of the same things (a storm observed every six hours, a customer's orders):

- the name column is mostly unique — at least half as many names as rows, so a name repeats
  only for namesakes, not for every record of the same thing;
- some other column tells the rows apart (a key or identifier unique in the table) or is the
  coarser place the names repeat across (a state beside the county: few values, and as many
  pairs as rows at least);
- the table's name is not the plural of another thing (``orders``, ``trips``: the rows are
  orders and trips, and their customers or stations are counted distinct).
"""

from __future__ import annotations

import re

from ..catalog.model import Column, Table
from .countries import holds_country_names
from .facts import Facts
from .lexicon import lemma, split_name
from .words import LABEL_WORDS

__all__ = ["names_row_things", "namesakes", "row_thing", "rows_are", "thing_key"]

#: a name column with this share of distinct values or more: each name mostly one row
_MOSTLY_UNIQUE = 0.5
#: fewer rows than this: too few to tell namesakes from repeats
_FEW = 40
#: a column with this share of distinct values or more tells rows apart (profiles estimate)
_UNIQUE = 0.95
#: a name column with this share of the rows or less repeats: several rows per thing (a panel)
_REPEATS = 0.5
#: an identifier with at most this many values per name names the same things (namesakes apart)
_SAME_THINGS = 1.1
#: words of an identifier's name that say it is one, and words for any thing it identifies
_KEY_WORDS = frozenset(["id", "identifier", "code", "key", "number", "no", "uid"])
_ANY_THING = frozenset(["unit", "entity", "object", "record", "unique"])


def row_thing(column: Column) -> str | None:
    """The noun a name column's values are ("county" of ``county`` or ``county_name``)."""
    words = [w for w in split_name(column.name) if w not in LABEL_WORDS]
    if words in ([], ["row"]) and holds_country_names(column.samples):
        return "country"  # R's ``rownames`` holding "Austria", "Belgium" …: countries
    return words[-1] if len(words) == 1 and words[0].isalpha() else None


def rows_are(table: Table, column: Column) -> bool:
    """Whether each row of ``table`` is one of the things ``column`` names (see the module)."""
    rows = table.row_count or 0
    names = column.distinct or 0
    thing = row_thing(column)
    if column.semantic not in ("nominal", "geo") or rows < _FEW or thing is None:
        return False  # a few rows tell nothing of what the rows are
    if names >= _UNIQUE * rows:
        return True  # one name per row: rows and names are counted alike
    if names < _MOSTLY_UNIQUE * rows or _other_things(table, thing):
        return False
    return any(_apart(table, column, other) for other in table.columns if other is not column)


def _other_things(table: Table, thing: str) -> bool:
    """A table named in the plural after something else: its rows are those (``orders``; not
    ``district_stats``, whose name says the district)."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", table.name).lower()
    words = re.findall(r"[a-z]+", spaced)
    if not words:
        return False
    last = words[-1]
    return lemma(last) != last and thing not in {lemma(w) for w in words}


def _apart(table: Table, column: Column, other: Column) -> bool:
    """Whether ``other`` tells the rows apart alone (a key), or with ``column`` (the place the
    names repeat across: few values, at least as many pairs as rows)."""
    rows = table.row_count or 0
    seen = other.distinct or 0
    if other.nulls:
        return False
    if other.primary_key or (other.semantic == "key" and seen >= _UNIQUE * rows):
        return True
    return (
        other.semantic in ("nominal", "geo")
        and 2 <= seen <= 0.1 * rows
        and seen * (column.distinct or 0) >= rows
    )


def _identifies(key: Column, thing: str | None) -> bool:
    """Whether ``key``'s name says it identifies ``thing`` or any thing (``unitid``,
    ``entity_id``, ``institution_id``), not another thing (``customer_id`` beside ``city``)."""
    words = [w for w in split_name(key.name) if w not in _KEY_WORDS]
    return all(w == thing or w in _ANY_THING for w in words)


def names_row_things(i: int, words: list[str], facts: Facts) -> bool:
    """Whether ``words[i]`` ("counties", "per county") names the rows of the one table the
    plan reads, each of them one of the things a name column of it names."""
    word = words[i]
    base = lemma(word)
    prev = words[i - 1] if i else ""
    if not word.isalpha() or len(facts.tables) != 1 or facts.catalog is None:
        return False
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if base == word and prev not in ("per", "each", "every") and not _measured(nxt, facts):
        return False  # a singular noun before another noun: not the rows ("county seat")
    table = facts.catalog.table(next(iter(facts.tables)))
    return table is not None and any(
        row_thing(c) == base and rows_are(table, c) for c in table.columns
    )


def namesakes(table: Table, column: Column) -> bool:
    """Whether the rows are the things ``column`` names and some names repeat (namesakes):
    a sum or mean by name would add up different things."""
    rows = table.row_count or 0
    return rows_are(table, column) and (column.distinct or 0) + (column.nulls or 0) < rows


def _measured(word: str, facts: Facts) -> bool:
    """ "[county] population": the word after names the measured number — each row's own."""
    return bool(word) and (word in facts.measure_names or lemma(word) in facts.measure_names)


def thing_key(table: Table, column: Column) -> Column | None:
    """The identifier of the things ``column`` names, when ``table`` holds several rows per
    thing (a panel: a college each year) and the names repeat across identifiers: one other
    key with as many values as names, or a few more (``unitid`` beside ``inst_name``, where
    campuses share a name). "How many colleges" counts it; the names would merge namesakes."""
    rows = table.row_count or 0
    names = column.distinct or 0
    if column.semantic != "nominal" or row_thing(column) is None or rows < _FEW:
        return None
    if not 2 <= names <= _REPEATS * rows:
        return None
    keys = [
        c
        for c in table.columns
        if c is not column
        and not c.nulls
        and (c.semantic == "key" or c.primary_key)
        and names <= (c.distinct or 0) <= _SAME_THINGS * names
        and _identifies(c, row_thing(column))
    ]
    return keys[0] if len(keys) == 1 and (keys[0].distinct or 0) > names else None
