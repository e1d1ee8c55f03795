"""A table named for its number: "Total Private [employment] month by month" of
``us_employment`` with its ``Employed`` column. The word names the table, but a plan that
counts the table's rows under it answers "how many rows", not "how much employment": when the
word, a singular noun of amount, is also a number column's name (its stem: employment and
Employed) and the plan reads no such number, the word asks for that number."""

from __future__ import annotations

import re

from .counted_qualifier import counted_by_qualifier
from .facts import Facts, name_words
from .flag_nouns import names_a_flag
from .lexicon import lemma, split_name
from .named_rows import counted_value
from .repeated import visit_explains
from .roles import is_identifier, plural_name
from .words import ROW_NOUNS

__all__ = [
    "counted_not_measured",
    "counts_a_qualifier",
    "counts_another_thing",
    "own_column_unread",
]

#: the shortest stem two words share to name one thing (employ-ment, employ-ed)
_STEM = 6
#: words before a noun that make it a thing counted ("a treatment"), not an amount
_COUNTED = frozenset(["a", "an", "each", "every", "one", "per"])


def counts_another_thing(i: int, words: list[str], facts: Facts, why: str | None) -> str | None:
    """What explained word ``i`` is left out as, when the plan counts something else under it:
    ``"measure"`` for a table's number counted as rows (:func:`counted_not_measured`),
    ``"name"`` for a thing counted by a column it qualifies (:func:`.counted_by_qualifier`),
    or for "visits" of a table of repeated measurements the plan takes no number of."""
    if visit_explains(i, words, facts) == "":
        return "name"  # "lowest albumin at any [visit]" drawn from the entry albumin
    if why is not None and counts_a_qualifier(i, words, facts):
        return "measure"  # "how many [mothers]" drawn as the distinct values of motherAge
    if why in ("name", "counted") and (
        counted_not_measured(i, words, facts) or own_column_unread(i, words, facts)
    ):
        return "measure"
    if why is not None and counted_by_qualifier(i, words, facts):
        return "name"
    if why == "name" and _each_row(i, words, facts):
        return "name"  # "deaths by [hurricane]": a bar per hurricane, drawn as one total
    if why == "counted" and _designation(words[i], facts):
        return "value"  # "how many [V8s]": a kind of the rows, not the rows themselves
    if why == "counted" and counted_value(i, words, facts):
        return "value"  # "count of [iphone] posts" beside 'Posted via iPhone', not kept
    if why == "counted" and names_a_flag(words[i], facts.catalog):
        return "condition"  # "number of [callbacks]" beside a yes/no call, not kept
    return None


def counted_not_measured(i: int, words: list[str], facts: Facts) -> bool:
    """Whether ``words[i]`` (explained as a table's name) also names a number column of that
    table while the plan only counts rows and reads no number of that stem."""
    if facts.catalog is None or "count" not in facts.aggregates or facts.measure_names:
        return False
    word = words[i]
    base = lemma(word)
    if len(base) < _STEM or base != word or (i and words[i - 1] in _COUNTED):
        return False  # "number of [inspections]", "received a [treatment]": things counted
    nxt = lemma(words[i + 1]) if i + 1 < len(words) else ""
    if not _noun(word) or nxt in ROW_NOUNS:
        return False  # "number of population [rows]": the table's rows, asked for
    for name in facts.tables:
        table = facts.catalog.table(name)
        if table is None or base not in name_words(table.name):
            continue
        stemmed = [
            col
            for col in table.columns
            if col.semantic == "quantitative"
            and not is_identifier(table, col)
            and any(w[:_STEM] == base[:_STEM] for w in split_name(col.name, expand=False))
        ]
        if stemmed and not any((name.lower(), c.name.lower()) in facts.columns for c in stemmed):
            return True
    return False


def own_column_unread(i: int, words: list[str], facts: Facts) -> bool:
    """Whether ``words[i]``, a word of a read table's name ("murders" of ``countymurders``),
    is also the whole name of a number column of that table (``murders``) the plan does not
    read: "counties with no murders" asks for that number, not for the table's rows."""
    base = lemma(words[i])
    if facts.catalog is None or len(base) < 4:
        return False
    for name in facts.tables:
        table = facts.catalog.table(name)
        if table is None or base not in name_words(table.name):
            continue
        for col in table.columns:
            if split_name(col.name) != [base] or not plural_name(col.name):
                continue  # murders, thefts: a number of things; not trip of trips
            if col.semantic != "quantitative" or is_identifier(table, col):
                continue
            if (name, col.name.lower()) not in facts.columns:
                return True
    return False


def _noun(word: str) -> bool:
    from lemminflect import getAllLemmas

    found = getAllLemmas(word)
    return "NOUN" in found and "ADJ" not in found and "VERB" not in found


#: last words of a name that make it a number given to what the words before it name
_ID_HEADS = frozenset(
    ["id", "key", "code", "no", "num", "number", "nr", "name", "abbr", "abbrev", "abbreviation"]
)


def counts_a_qualifier(i: int, words: list[str], facts: Facts) -> bool:
    """Whether "how many [mothers]" is drawn as a count of the distinct values of a column
    the word only qualifies (``motherAge``: its values are ages, two of them, not mothers);
    a name that ends in the word ("mother"), or in an id of it (``mother_id``, ``state_abbr``),
    counts it, as does one of two nouns joined (``countries_and_areas``)."""
    if "distinct" not in facts.aggregates or not (i and words[i - 1] in ("many", "of")):
        return False
    base = lemma(words[i])
    heads = []
    for column in facts.read_columns():
        parts = split_name(column.name, expand=False)
        if base in parts and set(parts) <= facts.measure_names:  # the column counted
            k = parts.index(base)
            joined = parts[k + 1 : k + 2] in (["and"], ["or"])
            heads.append(parts[-1] == base or parts[-1] in _ID_HEADS or joined)
    return bool(heads) and not any(heads)


def _designation(word: str, facts: Facts) -> bool:
    """A word of letters and digits counted ("V8s", "747s", "4x4s"): a model or kind of the
    rows, which a count of every row leaves out, unless a table read is named by it."""
    if not (re.search(r"[a-z]", word) and re.search(r"\d", word)):
        return False
    base = word[:-1] if word.endswith("s") else word
    return not any(base in t.lower() for t in facts.tables)


def _each_row(i: int, words: list[str], facts: Facts) -> bool:
    """Whether ``words[i]``, after "by" or "each", names the rows of a plan that groups
    nothing and names no column read: one number for every row, drawn as one total."""
    if not i or words[i - 1] not in ("by", "each", "every") or facts.group_fields:
        return False
    if words[i - 1] == "by" and i > 1 and _participle(words[i - 2]):
        return False  # "individuals affected by breaches": who did it, no grouping
    read = {w for c in facts.read_columns() for w in name_words(c.name)}
    return bool(facts.aggregates) and lemma(words[i]) not in read and words[i] not in read


def _participle(word: str) -> bool:
    """Whether ``word`` is a verb's past participle ("affected", "caused", "taken")."""
    from lemminflect import getAllLemmas

    return "VERB" in getAllLemmas(word) and word.endswith(("ed", "en", "wn"))
