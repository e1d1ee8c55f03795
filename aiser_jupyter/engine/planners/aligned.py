"""Glued and abbreviated names read from the question's words, as an analyst reads them.

A name such as ``percollege``, ``labsh``, ``avh`` or ``gdppercap`` is no phrase of words,
but the question spells it out: each word of a span contributes a prefix of itself, in
order (per|college ← "percent college", lab|sh ← "labour share", av|h ← "average hours",
gdp|per|cap ← "GDP per capita", h|c|i ← "human capital index"). :func:`align` finds, over
a question's words, the spans whose words so cover a column's compact name (lower case,
letters and digits):

- function words ("per", "of", "with", "a") inside a span may contribute or be skipped,
  but a span neither starts nor ends with one; words that only ask, draw or sort ("how",
  "many", "show", "top") are in no span;
- a single word contributes at least 3 letters and is longer than the name, which is no
  English word of its own (emp ← "employed"; never count ← "country");
- a name of one letter a word (an acronym) needs at least 2 words;
- a *partial* alignment, only of a name no split reads into words, leaves a leading letter of the name (r|gdp|p|c, s|unemp|r) or a
  trailing 1–2 letters (turnout|ho) uncovered; it is ranked below full ones.

The names are kept in a trie (built once per catalog, :meth:`Catalog.derived`), so a
question walks only the prefixes that some name has.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..catalog.model import Catalog, Column, Table
from .acronyms import acronym_tail, compound_second, tail_begun
from .lexicon import ABBREVIATIONS, FUNCTION_WORDS, known_word, lemma, short_forms, split_name
from .month_parts import other_than_month
from .near_spellings import common_word
from .table_measures import per_unit_spellings, table_measures
from .words import instruction_words

__all__ = [
    "Alignment",
    "align",
    "compact",
    "number_first",
    "spelled",
    "spells_a_number",
]

#: words that ask, draw or sort are in no span; these of them are also words of names
_NAME_WORDS = frozenset(
    [
        "rate",
        "rates",
        "share",
        "shares",
        "percent",
        "percentage",
        "number",
        "numbers",
        "amount",
        "amounts",
        "value",
        "values",
        "level",
        "levels",
        "count",
        "high",
        "low",
        "average",
        "income",
        "total",
        "median",
        "mean",
        "maximum",
        "minimum",
        "time",
        "times",
        "hour",
        "hours",
        "minute",
        "minutes",
        "second",
        "seconds",
        "degree",
        "degrees",
        "mile",
        "miles",
    ]
)
_MAX_WORDS = 7  #: a span's words, function words included ("as a share of")
#: words relating a name's two parts that a span may skip: "trade share of GDP" of tradegdp
_RELATING = frozenset(["share", "percent", "percentage", "proportion", "ratio", "%"])


def compact(name: str) -> str:
    """A name as the aligner reads it: lower case, letters and digits only."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


@dataclass(frozen=True)
class Alignment:
    """Words ``start..end-1`` spell ``column``'s name (``full``) or all of it but a letter
    or two (partial); ``parts`` is what each word contributed ("" for a skipped one)."""

    start: int
    end: int
    table: Table
    column: Column
    parts: tuple[str, ...]
    full: bool

    @property
    def words(self) -> int:
        """How many words contributed."""
        return sum(1 for p in self.parts if p)

    @property
    def score(self) -> float:
        """Below an exact phrase (1.0); longer spans and fuller coverage first."""
        return (0.82 if self.full else 0.68) + 0.02 * min(self.words, 4)


Trie = dict[str, Any]
_END = ""  #: the key of the names that end at a node (no letter of a word is "")


def _trie(catalog: Catalog) -> Trie:
    """The compact names of the columns, and of the tables whose name stands for their one
    number (:mod:`.table_measures`: mvprod, "motor vehicle production"), each also as an
    analyst says a rate per so many (ghp100k: "gun homicide rate")."""
    root: Trie = {}
    measured = table_measures(catalog)
    for table in catalog.tables:
        names = [(column.name, column, _opaque(column.name)) for column in table.columns]
        if table.name.lower() in measured:  # mvprod, one glued word: "vehicle production"
            names.append((table.name, measured[table.name.lower()], table.name.isalnum()))
        for name, column, opaque in names:
            key = compact(name)
            tail = acronym_tail(name)
            for spelling in (key, *per_unit_spellings(key)):
                if len(spelling) < 2 or spelling.isdigit():
                    continue
                node = root
                for ch in spelling:
                    node = node.setdefault(ch, {})
                node.setdefault(_END, []).append((opaque, table, column, tail))
    return root


@lru_cache(maxsize=1)
def _barred() -> frozenset[str]:
    """Words that ask, draw or sort, and are no words of names: in no span."""
    return (instruction_words() - _NAME_WORDS) - FUNCTION_WORDS


def align(catalog: Catalog, words: list[str]) -> list[Alignment]:
    """Every alignment of a span of ``words`` (lower case; "" for a word not free) to a
    column's name, full and partial. A hyphenated word is read as its words
    ("receipt-to-verification"), but a span takes it whole."""
    if not any("-" in w for w in words):
        return _align(catalog, words)
    split: list[str] = []
    owner: list[int] = []
    for k, word in enumerate(words):
        pieces = [p for p in word.split("-") if p] if "-" in word else [word]
        split.extend(pieces)
        owner.extend([k] * len(pieces))
    out = []
    for a in _align(catalog, split):
        lo, hi = owner[a.start], owner[a.end - 1] + 1
        if (a.start and owner[a.start - 1] == lo) or (a.end < len(split) and owner[a.end] < hi):
            continue  # a span begins or ends inside a hyphenated word
        parts = tuple(
            "".join(p for p, o in zip(a.parts, owner[a.start : a.end], strict=True) if o == k)
            for k in range(lo, hi)
        )
        out.append(Alignment(lo, hi, a.table, a.column, parts, a.full))
    return out


def _align(catalog: Catalog, words: list[str]) -> list[Alignment]:
    root = catalog.derived("aligned names", _trie)
    barred = _barred()
    out: list[Alignment] = []
    for start, word in enumerate(words):
        if not _opens(word, barred):
            continue
        node = root.get(word[0])
        if node is not None:
            _walk(node, words, start, start, 1, (word[0],), False, out)
        for lead in root.values():  # a leading letter of the name left over: r|gdp|p|c
            if isinstance(lead, dict) and word[0] in lead:
                _walk(lead[word[0]], words, start, start, 1, (word[0],), True, out)
    return out + _number_first(catalog, words)


#: a name gluing a word and a number: ``speed70``, ``age65``
_GLUED_NUMBER = re.compile(r"([a-z]{3,})(\d+)")


def _glued_numbers(catalog: Catalog) -> dict[str, list[tuple[str, Table, Column]]]:
    out: dict[str, list[tuple[str, Table, Column]]] = {}
    for table in catalog.tables:
        for column in table.columns:
            m = _GLUED_NUMBER.fullmatch(compact(column.name))
            if m is not None and known_word(m[1]):
                out.setdefault(m[2], []).append((m[1], table, column))
    return out


def _number_first(catalog: Catalog, words: list[str]) -> list[Alignment]:
    """ "a 70 mph speed limit" of ``speed70``: the number said first, then its unit (one
    word at most), then the word — how such a name is said aloud."""
    glued = catalog.derived("number-glued names", _glued_numbers)
    out = []
    for k, word in enumerate(words):
        for stem, table, column in glued.get(word, []):
            end = _word_after(words, k, stem)
            if end:
                parts = (word, *[""] * (end - k - 2), stem)
                out.append(Alignment(k, end, table, column, parts, True))
    return out


def _word_after(words: list[str], k: int, stem: str) -> int:
    """The end of the span from the number at ``k`` to ``stem`` right after it or after one
    unit word ("70 mph speed"); 0 if none."""
    for j in (k + 1, k + 2):
        if j >= len(words):
            return 0
        said = words[j]
        if j == k + 2 and (not words[k + 1].isalpha() or words[k + 1] in FUNCTION_WORDS):
            return 0
        if said == stem or said.rstrip("s") == stem:
            return j + 1
    return 0


def number_first(name: str, words: list[str]) -> bool:
    """Whether ``words`` say a glued name number first ("70 mph speed" of ``speed70``)."""
    m = _GLUED_NUMBER.fullmatch(compact(name))
    if m is None or not known_word(m[1]):
        return False
    return any(w == m[2] and _word_after(words, k, m[1]) for k, w in enumerate(words))


def _opens(word: str, barred: frozenset[str]) -> bool:
    return bool(word) and word not in FUNCTION_WORDS and word not in barred and word[0].isalnum()


def _walk(
    node: Trie,
    words: list[str],
    start: int,
    i: int,
    j: int,
    parts: tuple[str, ...],
    lead: bool,
    out: list[Alignment],
) -> None:
    """Words ``start..i`` have spelled the path to ``node``; word ``i`` gave ``j`` letters."""
    word = words[i]
    if j < len(word) and word[j] in node:  # word i gives one more letter
        _walk(node[word[j]], words, start, i, j + 1, (*parts[:-1], parts[-1] + word[j]), lead, out)
    inner = compound_second(word) if j == 1 else 0
    if inner and word[inner] in node:  # turn|around gives "ta" of an acronym: tat
        _walk(
            node[word[inner]],
            words,
            start,
            i,
            len(word),
            (*parts[:-1], parts[-1] + word[inner]),
            lead,
            out,
        )
    for short in short_forms(word) if j == 1 else ():  # govt|spend|gdp ← "government ..."
        at = _descend(node, short[1:])
        if at is not None:
            _walk(at, words, start, i, len(word), (*parts[:-1], short), lead, out)
    if word not in FUNCTION_WORDS:
        _record(node, words, start, i, parts, lead, out)
    k = i + 1
    skipped: tuple[str, ...] = ()
    while k < len(words) and k - start < _MAX_WORDS:
        nxt = words[k]
        if not nxt or nxt in _barred() or nxt == "by":
            return  # "pack price [by] census" never spells packpc: "by" opens a grouping
        if nxt[0] in node:
            _walk(node[nxt[0]], words, start, k, 1, (*parts, *skipped, nxt[0]), lead, out)
        if nxt not in FUNCTION_WORDS and nxt not in _RELATING:
            return
        skipped += ("",)  # gdp [per] capita; trade [share] [of] gdp of tradegdp
        k += 1


def _descend(node: Trie | None, letters: str) -> Trie | None:
    for ch in letters:
        node = node.get(ch) if node is not None else None
    return node


def _record(
    node: Trie,
    words: list[str],
    start: int,
    i: int,
    parts: tuple[str, ...],
    lead: bool,
    out: list[Alignment],
) -> None:
    ends = [(node, True)] if _END in node else []
    if not lead:  # a trailing letter or two of the name left over: turnout|ho
        ends += [
            (c, False)
            for k, c in node.items()
            if k != _END and _END in c and _left(parts, k, words[start : i + 1])
        ]
        ends += [
            (g, False)
            for k, c in node.items()
            if k != _END
            for kk, g in c.items()
            if kk != _END and _END in g and _left(parts, k + kk, words[start : i + 1])
        ]
    for end, exact in ends:
        full = exact and not lead
        if not _fits(parts, words[start : i + 1], full):
            continue
        for opaque, table, column, tail in end[_END]:
            if full or opaque or tail_begun(parts, tail, lead):
                out.append(Alignment(start, i + 1, table, column, parts, full))


def _left(parts: tuple[str, ...], tail: str, span: list[str]) -> bool:
    """Whether the name's last letters ``tail`` may be left over after ``parts``: not when
    they finish the last part into another common word than the one that gave it
    ("spending" is no spe|ed of ``cspeed``, c|speed; "release" may give releas|ed)."""
    k = max((j for j, p in enumerate(parts) if p), default=-1)
    if k < 0 or len(parts[k]) < 2:
        return True
    finished, word = parts[k] + tail, span[k]
    own = finished.startswith(word) or word.startswith(finished) or lemma(finished) == lemma(word)
    return own or not common_word(finished)


def _opaque(name: str) -> bool:
    """A name no split reads (``turnoutho``, ``sunempr``; ``rgdppc``, which a corpus cuts
    into ``rgd`` and ``ppc``, no word to start it): only such a name is read from a partial
    alignment; ``accelerator_id`` is no partial spelling of "accelerator"."""
    pieces = split_name(name, expand=False)
    return len(pieces) == 1 or not (known_word(pieces[0]) or pieces[0] in ABBREVIATIONS)


def _fits(parts: tuple[str, ...], span: list[str], full: bool) -> bool:
    """The rules a span's contributions keep (see the module's docstring)."""
    given = [p for p in parts if p]
    covered = "".join(given)
    if all(len(p) == 1 for p in given) and all(w in _NAME_WORDS for w in span if w):
        return False  # "[a]verage [p]ercent" spells no acronym: generic words, each a letter
    if len(given) > 1 and any(word.startswith(covered) for word in span):
        return False  # "pressu|re[corded]": a word of the span alone spells all of it
    for k, part in enumerate(parts):
        rest = [p for p in parts[k + 1 :] if p]
        skip = len(part) > 1 and k + 1 < len(parts) and parts[k + 1] == ""
        if skip and len(rest) == 1 and len(rest[0]) < 3 and len(rest[0]) < len(span[-1]):
            return False  # "[rat]e of [e]u", "mpg for each [c]ar": a skip, then a last letter
    if len(given) == 1:
        word = span[0]
        if len(covered) < 3 or len(word) <= len(covered):
            return full is False and len(covered) >= 4 and covered == word
        return full and not known_word(covered) and not other_than_month(covered, word)
    return full or len(covered) >= 4  # an acronym (h|c|i) has two words or more


def spelled(
    catalog: Catalog, words: list[str], columns: set[tuple[str, str]]
) -> tuple[set[int], set[int]]:
    """The indexes of ``words`` that spell one of ``columns`` ((table, column), lower case),
    what the honesty check counts as the name's words; and those that, two or more words
    together, fully spell another column ("swing states" of ``ss`` beside ``state``)."""
    own: set[int] = set()
    other: set[int] = set()
    for a in align(catalog, [w if w[:1].isalnum() else "" for w in words]):
        if (a.table.name.lower(), a.column.name.lower()) in columns:
            own.update(range(a.start, a.end))
        elif a.full and a.words >= 2:
            other.update(range(a.start, a.end))
    return own, other - own


def spells_a_number(catalog: Catalog, word: str, columns: set[tuple[str, str]]) -> bool:
    """Whether ``word`` alone fully spells a numeric column other than ``columns``
    ((table, column), lower case): "number of people [employed]" of ``emp``."""
    for a in align(catalog, [word]):
        key = (a.table.name.lower(), a.column.name.lower())
        if a.full and key not in columns and a.column.semantic == "quantitative":
            return True
    return False
