"""The words that name a grouping outright: "grouped by [genre]", "colored by [country]",
"with colors representing different [accelerators]". A name there the plan reads (a table it
joins, a column it filters on) but does not group by leaves the grouping out: the chart
answers another question ("lowest rating of songs grouped by genre" drawn per song)."""

from __future__ import annotations

from itertools import pairwise

from .facts import Facts
from .lexicon import abbreviates, lemma, split_name

__all__ = ["by_number_of", "grouped_elsewhere", "ids_only"]

#: verbs (and nouns) that, before "by", say the next words are what the chart is grouped by
_GROUPING = frozenset(
    ["group", "grouped", "grouping", "color", "colored", "coloring", "colour", "coloured"]
)
_COLORS = frozenset(["color", "colors", "colour", "colours"])
#: words that end the phrase named: "grouped by genre [and] ordered by …", "by type [in] a pie"
_ENDS = frozenset(
    [
        "and",
        "or",
        "but",
        "then",
        "in",
        "with",
        "for",
        "of",
        "on",
        "as",
        "to",
        "at",
        "from",
        "into",
        "a",
        "an",
        "the",
        "by",
        "using",
        "via",
        "ordered",
        "sorted",
    ]
)


def by_number_of(i: int, words: list[str], facts: Facts) -> bool:
    """ "number of sales by number of [bathrooms]": after a count said, the things after "by
    (the) number of" are what the bars are grouped by (a count each row holds), not the rows
    counted; a plan that groups by no field of that name leaves the grouping out."""
    j = i - 1 if words[i - 1 : i] != ["the"] else i - 2
    if j < 2 or words[j - 1 : j + 1] != ["number", "of"]:
        return False
    k = j - 2 if words[j - 2] != "the" else j - 3
    if k < 0 or words[k] not in ("by", "per") or not _count_said(words[:k]):
        return False  # "top 5 clinics by number of tests": the count, ranked by
    return lemma(words[i]) not in facts.group_names


def _count_said(words: list[str]) -> bool:
    """Whether a count is said before: "number of", "how many", "count of"."""
    pairs = set(pairwise(words))
    return bool(pairs & {("number", "of"), ("how", "many"), ("count", "of")})


def grouped_elsewhere(i: int, words: list[str], facts: Facts, spelled: set[int]) -> bool:
    """Whether ``words[i]`` opens the phrase a grouping verb names while no word of that
    phrase names a field the plan groups by; ``spelled``: the indexes of words that spell a
    name the plan reads as a whole ("first name" of Fname), taken as named."""
    if _each_undrawn(i, words, facts):
        return True  # "average unemployment under each [president]" drawn as one number
    if _ranked_undrawn(i, words, facts):
        return True  # "revenue by category for the top 5 [customers]" drawn as top categories
    if _by_year_undrawn(i, words, facts):
        return True  # "count by release [year]" drawn per title, the year only kept
    if not _names_grouping(i, words):
        return False
    phrase = []  # "group by students' first name": the words up to the next function word
    for j in range(i, min(i + 4, len(words))):
        if words[j] in _ENDS or not (words[j].isalnum() or j in spelled):
            break
        phrase.append(j)
    return not any(
        j in spelled or words[j] in facts.group_names or lemma(words[j]) in facts.group_names
        for j in phrase
    )


def _by_year_undrawn(i: int, words: list[str], facts: Facts) -> bool:
    """ "by [year]", "by release [year]": a calendar word a "by" opens (one word between at
    most) while the plan groups by no field of that name nor by that unit of a date."""
    word = lemma(words[i])
    if word not in ("year", "month", "day", "week", "quarter", "hour"):
        return False
    if "by" not in words[max(0, i - 2) : i] or word in facts.group_names or facts.units:
        return False
    pieces = {p for f in facts.group_fields for p in split_name(f) + split_name(f, expand=False)}
    return not any(p == word or abbreviates(p, word, close=True) for p in pieces)  # birth_qrtr


def _ranked_undrawn(i: int, words: list[str], facts: Facts) -> bool:
    """Whether ``words[i]`` is the plural noun of "the top 5 …" (or the noun of "the top
    category") while the plan groups by other things: the top five of those things keep
    rows, which the plan does not."""
    before = words[max(i - 2, 0) : i]
    numbered = len(before) == 2 and before[0] in ("top", "bottom") and before[1].isdigit()
    bare = bool(before) and before[-1] in ("top", "bottom")  # "the top category"
    if not (numbered or bare):
        return False
    word = words[i]
    if not facts.group_fields or (numbered and lemma(word) == word):
        return False
    fields = {f.lower() for f in facts.group_fields}
    grouped = {t for t, c in facts.columns if c in fields} | {  # the tables of the groups
        t for t in facts.tables if set(split_name(t)) & facts.group_names
    }
    named = {t for t in facts.tables if lemma(word) in split_name(t)}
    return bool(named) and not named & grouped


#: words before a noun that ask for one figure per thing it names
_EACH = frozenset(["each", "every"])


def _each_undrawn(i: int, words: list[str], facts: Facts) -> bool:
    """Whether ``words[i]`` follows "each"/"every" ("under each president") while the plan
    groups by nothing: one figure per thing asked, one number drawn."""
    if not i or words[i - 1] not in _EACH or facts.grouped or facts.mark == "point":
        return False
    return lemma(words[i]) not in facts.group_names  # no grouping at all reads it


def _names_grouping(i: int, words: list[str]) -> bool:
    """ "grouped by [x]", "colored by [x]", "colors representing (different) [x]"."""
    if i >= 2 and words[i - 1] == "by" and words[i - 2] in _GROUPING:
        return True
    j = i - 1 if i and words[i - 1] != "different" else i - 2
    return j >= 1 and words[j] == "representing" and words[j - 1] in _COLORS


def ids_only(facts: Facts) -> bool:
    """Whether every field the plan groups by is an identifier (``workshop_group_id``): no
    names drawn ("give me the names" of the groups)."""
    return bool(facts.group_fields) and all(
        split_name(f, expand=False)[-1:] == ["id"] for f in facts.group_fields
    )
