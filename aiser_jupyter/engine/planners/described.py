"""The words and number ranges of a column's description in the semantic layer ("New TB
cases, positive pulmonary smear, male, aged 15-24"), and the ranges a question says
("men aged 15-24", "women 65 and older", "25 to 34", "65+").

Both planners' honesty check and the rule planner's matching of descriptions
(:mod:`.rules.described`) compare words through :func:`canon`: a lemma, with the
equivalences of general English in ``data/equivalents.tsv`` (men, boys → male;
:mod:`.equivalents`).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from ..catalog.model import Catalog, Column, Table
from .equivalents import equivalents
from .lexicon import FUNCTION_WORDS, lemma, split_name

__all__ = [
    "Described",
    "Family",
    "Member",
    "canon",
    "described",
    "families",
    "find_ranges",
    "name_words",
    "range_words_at",
    "shared_description",
    "text_tokens",
    "vocabulary",
]

#: words after a number that open its range upwards ("65 and older", "65 or over")
_UP = frozenset(["older", "over", "above", "more", "up", "greater"])
#: words a range of two numbers may have between them ("25 to 34", "25 through 34")
_TO = frozenset(["to", "through", "thru"])
_YEARS = frozenset(["year", "years", "yr", "yrs"])
_TOKEN = re.compile(r"\d+(?:\.\d+)?|[a-z]+|[-+]")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
OPEN = math.inf
#: a family's members share at least this share of the smaller description's words
_KIN = 0.5
#: members a family has at least: one number per group, the groups crossed (sex × age)
_WIDE = 4


def canon(word: str) -> str:
    """``word`` as the description matcher compares it: "men" → male, "cases" → case."""
    low = word.lower()
    found = equivalents().get(low)
    if found is not None:
        return found
    base = lemma(low)
    return equivalents().get(base, base)


def text_tokens(text: str) -> list[str]:
    """Lower-case words, numbers and the signs ``-`` and ``+`` of ``text``, in order."""
    return _TOKEN.findall(text.lower())


def _number(token: str) -> float | None:
    return float(token) if _NUMBER.fullmatch(token) else None


def find_ranges(tokens: list[str]) -> list[tuple[int, int, float, float]]:
    """The ranges ``tokens`` say, as ``(first token, after last token, low, high)``:
    "15 - 24", "aged 25 to 34", "65 +", "65 and older", "65 years or over" (high: ``OPEN``)."""
    out: list[tuple[int, int, float, float]] = []
    i = 0
    while i < len(tokens):
        low = _number(tokens[i])
        found = None if low is None else _range_at(tokens, i, low)
        if found is None:
            i += 1
            continue
        out.append(found)
        i = found[1]
    return out


def _range_at(tokens: list[str], i: int, low: float) -> tuple[int, int, float, float] | None:
    nxt = [*tokens[i + 1 : i + 4], "", "", ""]
    if nxt[0] in ("-", *_TO) and (high := _number(nxt[1])) is not None and high > low:
        return (i, i + 3, low, high)
    if nxt[0] == "+":
        return (i, i + 2, low, OPEN)
    j = i + 1 + (nxt[0] in _YEARS)
    after = [*tokens[j : j + 2], "", ""]
    if after[0] in ("and", "or") and after[1] in _UP:
        return (i, j + 2, low, OPEN)
    if after[0] == "plus":
        return (i, j + 1, low, OPEN)
    return None


@dataclass(frozen=True)
class Described:
    """A description's content words (through :func:`canon`) and the ranges it names."""

    words: frozenset[str]
    ranges: frozenset[tuple[float, float]]


@lru_cache(maxsize=4096)
def described(text: str) -> Described:
    """The words and ranges of a column's description (or synonym) ``text``."""
    tokens = text_tokens(text)
    ranges = find_ranges(tokens)
    inside = {k for lo, hi, _, _ in ranges for k in range(lo, hi)}
    words = {
        canon(t)
        for k, t in enumerate(tokens)
        if k not in inside and t.isalpha() and t not in FUNCTION_WORDS and len(t) > 1
    }
    return Described(frozenset(words), frozenset((lo, hi) for _, _, lo, hi in ranges))


def range_words_at(words: list[str], question: str, ranges: set[tuple[float, float]]) -> set[int]:
    """Indexes into ``words`` (the honesty check's words of ``question``) of the ranges the
    question says that are ``ranges`` of a described column the plan uses: their numbers and
    their words ("and older") are that column's."""
    if not ranges:
        return set()
    said = {(lo, hi) for _, _, lo, hi in find_ranges(text_tokens(question))}
    wanted = said & ranges
    if not wanted:
        return set()
    out: set[int] = set()
    for lo, hi, a, b in find_ranges(words):
        if (a, b) in wanted:
            out |= set(range(lo, hi))
    for k, w in enumerate(words):  # "65+": the honesty check's words drop the sign
        number = _number(w)
        if number is not None and (number, OPEN) in wanted and f"{w}+" in question.replace(" ", ""):
            out.add(k)
    for k in range(len(words) - 1):  # "15-24" lost its sign: two numbers side by side
        pair = (_number(words[k]), _number(words[k + 1]))
        if pair in wanted:
            out |= {k, k + 1}
    return out


# Families: the described numeric columns of a wide table (``resp_f_1824``, ``new_sp_m1524``)
# whose descriptions share most of their words ("Respondents, female, aged 18-24"). The
# words every member shares name none of them; the others, and the ranges, tell them apart.


@dataclass
class Member:
    table: Table
    column: Column
    words: frozenset[str]
    ranges: frozenset[tuple[float, float]]
    own: frozenset[str] = frozenset()  #: the words that tell it apart from its family


@dataclass
class Family:
    members: list[Member]
    common: frozenset[str]  #: words every member's description has
    vocab: frozenset[str] = frozenset()  #: distinguishing words of any member
    ranges: frozenset[tuple[float, float]] = frozenset()

    def words(self) -> frozenset[str]:
        return self.common | self.vocab


def families(catalog: Catalog) -> list[Family]:
    """The catalog's families of described numeric columns (cached per catalog)."""
    return catalog.derived(
        "described families", lambda c: [f for t in c.tables for f in _families_of(t)]
    )


def _member(table: Table, column: Column) -> Member | None:
    texts = [column.description or "", *column.synonyms]
    parts = [described(t) for t in texts if t]
    if column.semantic != "quantitative" or not parts:
        return None
    words = frozenset().union(*(p.words for p in parts))
    ranges = frozenset().union(*(p.ranges for p in parts))
    return Member(table, column, words, ranges) if words or ranges else None


def _families_of(table: Table) -> list[Family]:
    members = [m for c in table.columns if (m := _member(table, c)) is not None]
    parent = list(range(len(members)))

    def root(k: int) -> int:
        while parent[k] != k:
            k = parent[k]
        return k

    for a in range(len(members)):
        for b in range(a + 1, len(members)):
            wa, wb = members[a].words, members[b].words
            if wa and wb and len(wa & wb) >= _KIN * min(len(wa), len(wb)):
                parent[root(b)] = root(a)
    groups: dict[int, list[Member]] = {}
    for k, m in enumerate(members):
        groups.setdefault(root(k), []).append(m)
    out = []
    for group in groups.values():
        if len(group) < _WIDE:
            continue
        common = frozenset.intersection(*(m.words for m in group))
        for m in group:
            m.own = m.words - common
        vocab = frozenset().union(*(m.own for m in group))
        ranges = frozenset().union(*(m.ranges for m in group))
        out.append(Family(group, common, vocab, ranges))
    return out


def name_words(family: Family) -> frozenset[str]:
    """The words the columns of ``family``'s table are named with (abbreviations expanded)."""
    table = family.members[0].table
    words: set[str] = set()
    for c in table.columns:
        words |= {canon(w) for w in split_name(c.name) + split_name(c.name, expand=False)}
    return frozenset(words)


def shared_description(
    catalog: Catalog, columns: list[Column]
) -> tuple[set[str], set[tuple[float, float]]]:
    """The words and ranges every one of ``columns`` says, family by family: a plan reading
    ``new_sp_m1524`` says "positive pulmonary smear, male, aged 15-24"; one summing every
    member of the family only what they all share ("new cases")."""
    words: set[str] = set()
    ranges: set[tuple[float, float]] = set()
    for family in families(catalog):
        used = [m for m in family.members if any(m.column is c for c in columns)]
        if used:
            words |= frozenset.intersection(*(m.words for m in used))
            ranges |= frozenset.intersection(*(m.ranges for m in used))
    return words, ranges


def vocabulary(catalog: Catalog) -> set[str]:
    """The words that tell the members of ``catalog``'s families apart, in every form
    (male: men, boys, …): a question word among them that a plan leaves unused says which
    numbers were meant, so the honesty check counts it as a measure word."""
    words = {w for f in families(catalog) for w in f.vocab}
    return words | {form for form, head in equivalents().items() if head in words}
