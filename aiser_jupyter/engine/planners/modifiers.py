"""Modifiers the data cannot refine: "[trading] volume", "[registered] pets", "[central]
pressure".

Analysts put everyday words before the measure or the rows they ask about that say what the
thing is, not which of them are meant: every day of a price table is a trading day, every row
of a pet-licence table a registered pet. When such a word names nothing in the schema — no
word of a column or table name (nor a clipped, stemmed or compounded form of one: "worldwide"
beside ``worldPopulation`` and ``USpopulation`` could pick a column), no stored value — no
column could narrow the rows by it, so the plan that reads the measure the phrase names is
the answer; the word is reported as not used (a note of the answer, not a refusal).

A word that could narrow the rows still refuses the plan: a value, a date or number word, a
sex, a demonym or a capitalised name, a comparative or an adjective of a quantity ("large"
companies), a word of status a coded column could hold ("endangered", "active",
"cancelled"), or any word of a table that stores codes no word can be read from. So does the
head of a phrase ("people [killed]"): only a word right before a used measure or row noun is
a modifier.
"""

from __future__ import annotations

import re
from functools import lru_cache
from os.path import commonprefix
from pathlib import Path

from ..catalog.model import Catalog
from .adjectives import adjective_nouns
from .clauses import COMPARATIVES
from .computations import COMPUTING
from .coordinated import coordinated_modifier
from .facts import Facts
from .kept_words import SEXES
from .lexicon import abbreviates, known_word, lemma, split_name
from .stems import stem_matches, verb_roots
from .words import (
    AGGREGATE_WORDS,
    CALENDAR_WORDS,
    GENERIC_HEADS,
    MONTHS,
    ROW_NOUNS,
    SUPERLATIVES,
    WEEKDAYS,
    instruction_words,
)

__all__ = ["MODIFIED_KINDS", "STATUS_WORDS", "free_modifier", "unrefined_modifier"]

#: kinds of unused word that may be a modifier no column refines
MODIFIED_KINDS = frozenset(["condition", "measure", "content"])


def _load_status() -> frozenset[str]:
    text = (Path(__file__).parent / "data" / "status_words.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and w[0] != "#")


#: words of a state a record is in, which a status column often holds (as a code or a word)
STATUS_WORDS = _load_status()

#: how the plan explains a noun that is what it measures or the rows it counts
_HEADS = frozenset(["measure name", "counted rows", "rows", "counted"])
#: demonym endings ("japanese", "european", "african", "british", "thai" aside)
_DEMONYM_ENDS = ("ese", "ean", "ian", "an", "ish", "ic", "i")
_NEGATIONS = ("un", "non", "in", "im", "ir", "dis")


def unrefined_modifier(
    i: int, words: list[str], why_at: dict[int, str], facts: Facts, proper: set[int]
) -> bool:
    """Whether ``words[i]``, which the plan does not use, is an everyday modifier of the measure
    or row noun right after it that no column could refine (see the module's doc)."""
    word = words[i]
    if i + 1 >= len(words) or not word.isalpha() or i in proper or i + 1 in proper:
        return False
    if not _heads_the_plan(i + 1, words, why_at, facts) or facts.catalog is None:
        return False
    if coordinated_modifier(i, words, why_at):
        return False  # "black and [white] workers": one side of two, no word true of all rows
    # "how many different [industry] categories": a noun saying what the values counted apart
    # are of, when it names nothing of the data
    kind_of = "distinct" in facts.aggregates and why_at.get(i + 1) == "measure name"
    return free_modifier(word, facts.catalog, kind_of=kind_of) and not _holds_codes(facts)


def free_modifier(word: str, catalog: Catalog, *, kind_of: bool = False) -> bool:
    """Whether ``word`` is a plain modifier that could filter nothing and that names nothing
    of ``catalog``: no column could refine the phrase it modifies. ``kind_of``: a singular
    noun before the name of a column whose values are counted apart also is one ("different
    [industry] categories"): with no value or name of the data it could be, it narrows nothing."""
    if not word.isalpha() or _could_filter(word) or word in COMPUTING:
        return False  # … nor asks for a computation ("[cumulative] revenue")
    if not (_plain_modifier(word) or (kind_of and _singular_noun(word))):
        return False
    if kind_of and _in_values(word, catalog):
        return False  # "different [bank] categories" beside Banking: the banks' categories
    return not _names_schema(word, catalog)


def _singular_noun(word: str) -> bool:
    from lemminflect import getAllLemmas

    return "NOUN" in getAllLemmas(word) and lemma(word) == word


def _in_values(word: str, catalog: Catalog) -> bool:
    """Whether a word of a stored value starts like ``word`` ("bank" of "Banking"): a noun
    that could be a kind the values hold, which would narrow the values counted."""
    from .words import value_index

    base = lemma(word)
    for value in value_index(catalog):
        for part in re.findall(r"[a-z]{4,}", value):
            if part.startswith(base) or base.startswith(part):
                return True
    return False


@lru_cache(maxsize=4096)
def _plain_modifier(word: str) -> bool:
    """An adjective, participle, gerund or adverb in its plain form: not a noun alone (a noun
    before a noun names a kind, "[diesel] cars"), no comparative or superlative."""
    from lemminflect import getAllLemmas, getLemma

    found = getAllLemmas(word)
    if not found or set(found) == {"NOUN"} or set(found) == {"PROPN"}:
        return False
    adjective = getLemma(word, upos="ADJ")
    return not (adjective and adjective[0] != word and "VERB" not in found)


def _could_filter(word: str) -> bool:
    """A word that says which rows are meant wherever it is: a date, an aggregate, a sex, a
    status, a demonym, a comparison, a negation, an adjective of a quantity."""
    base = lemma(word)
    if word in instruction_words() or base in instruction_words():
        return True
    if word in MONTHS or word.rstrip("s") in WEEKDAYS or {word, base} & set(CALENDAR_WORDS):
        return True
    if word in AGGREGATE_WORDS or word in SUPERLATIVES or word in COMPARATIVES:
        return True
    if word in SEXES or word in STATUS_WORDS or base in STATUS_WORDS:
        return True
    if {word, base} & (ROW_NOUNS | GENERIC_HEADS) or adjective_nouns(word):
        return True
    if word.endswith(_DEMONYM_ENDS) and not word.endswith(("ing", "ed")):
        return True
    return any(word.startswith(p) and len(word) > len(p) + 3 for p in _NEGATIONS) and (
        _negated(word)
    )


@lru_cache(maxsize=4096)
def _negated(word: str) -> bool:
    """ "unpaid", "nonprofit", "inactive": a negation prefix before a word of its own."""
    from lemminflect import getAllLemmas

    for prefix in _NEGATIONS:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) > 3 and getAllLemmas(rest):
            return True
    return False


def _heads_the_plan(j: int, words: list[str], why_at: dict[int, str], facts: Facts) -> bool:
    """Whether ``words[j]`` is the measure the plan reads or the rows it counts — not a field
    it groups or filters by ("[coastal] provinces" grouped by province)."""
    why = why_at.get(j)
    base = lemma(words[j])
    if why == "name" and not facts.aggregates and _plotted_number(base, facts):
        return True  # "[worldwide] incidents vs people killed": a number drawn as it is
    if why is None or base in facts.group_names or words[j] in facts.group_names:
        return False
    if why in _HEADS:
        return True
    if why != "name":
        return False
    if base in facts.measure_names or words[j] in facts.measure_names:
        return True
    counts = "count" in facts.aggregates and len(facts.tables) == 1
    table = next(iter(facts.tables)) if counts else ""
    return counts and base in split_name(table)  # "registered pets" of a table of pets


def _plotted_number(base: str, facts: Facts) -> bool:
    """Whether the plan reads, unaggregated, a numeric column named by ``base`` alone."""
    return any(
        column.semantic == "quantitative" and split_name(column.name) == [base]
        for column in facts.read_columns()
    )


def _names_schema(word: str, catalog: Catalog) -> bool:
    """Whether some table, column or stored value of ``catalog`` could be what ``word`` says:
    one of its words, a clipped or stemmed form of one, a value."""
    from .words import value_index

    base = lemma(word)
    values = value_index(catalog)
    if word in values or base in values or stem_matches(word, values):
        return True
    parts = catalog.derived("schema words of modifiers", _schema_parts)
    return any(_same_stem(word, base, part) for part in parts)


def _schema_parts(catalog: Catalog) -> frozenset[str]:
    parts: set[str] = set()
    for table in catalog.tables:
        parts |= {*split_name(table.name), *split_name(table.name, expand=False)}
        for column in table.columns:
            parts |= {*split_name(column.name), *split_name(column.name, expand=False)}
            parts |= {w for text in column.synonyms for w in split_name(text)}
    return frozenset(parts)


def _same_stem(word: str, base: str, part: str) -> bool:
    """ "licensed" of ``license``, "registered" of ``registration``, "traded" of ``trades``,
    "worldwide" of ``world_population`` (a compound of it); not "registered" of ``region``."""
    if part in (word, base) or abbreviates(part, word):
        return True
    if {word, base, *verb_roots(word)} & {part, lemma(part)}:
        return True
    if len(part) >= 4 and word.startswith(part) and word[len(part) :] in _SUFFIXES:
        return True
    if len(part) >= 4 and word.startswith(part) and known_word(word[len(part) :]):
        return True  # "worldwide" beside worldPopulation and USpopulation: world, a word of it
    shared = len(commonprefix([word, part]))  # noqa: RUF071 (letters, not paths)
    return shared >= 6 and shared >= min(len(word), len(part)) - 3


#: endings that make another form of a word ("license" → "licensed", "trade" → "trader")
_SUFFIXES = frozenset(["s", "es", "d", "ed", "ing", "er", "ers", "ly", "al", "ion", "ions"])


def _holds_codes(facts: Facts) -> bool:
    """Whether a table the plan reads has a column of short codes no word can be read from
    (a status ``en``, ``vu``): a word of state could be one of them."""
    catalog = facts.catalog
    for name in facts.tables:
        table = catalog.table(name) if catalog is not None else None
        for column in table.columns if table is not None else ():
            if column.semantic not in ("nominal", "key") or not column.samples:
                continue
            texts = [v for v in column.samples if isinstance(v, str)]
            if texts and all(len(v) <= 3 and v.isalpha() and not _english(v) for v in texts):
                return True
    return False


@lru_cache(maxsize=4096)
def _english(value: str) -> bool:
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(value.lower()))
