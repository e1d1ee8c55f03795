"""Columns that differ by a short suffix: one measure per grade, wave or year of a wide table.

Panel data keeps one column per occasion: ``readk, read1, read2, read3`` hold a reading score
in kindergarten and in grades 1 to 3, ``pop2000, pop2010`` a population per census,
``score_w1, score_w2`` a score per wave. A *family* is two or more columns of one table whose
names are one stem and a suffix of 1 to 4 digits or one letter, holding the same kind of data
(numbers, text or dates). A letter joins a family only beside digit members and when another
stem of the table ends in it too (``k`` of readk and mathk beside read1.., math1..): a name
that merely ends in a letter is no member, and letters alone make no family (``pos_x``).

A question's word *pins* a member by its suffix: the digits ("grade 1", "in 2010", "q1"), an
ordinal ("first", "2nd", "second grade"), a number word after a noun ("grade two"), the
member's own name ("read1"); or, weaker and read only when no number pins one, a content
word whose initial is the letter ("kindergarten" → ``k``). Which member a question means is
the one its words pin; with none, or several, it is not known.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass

from ..catalog.model import Catalog, Column, Table
from .lexicon import FUNCTION_WORDS
from .number_words import NUMBER_WORDS, ORDINAL_WORDS

__all__ = [
    "PHRASE_BREAKS",
    "Family",
    "family_of",
    "letter_pin",
    "members_text",
    "number_pin",
    "pins_among",
    "prefixed_siblings",
]

#: words that end the phrase naming a column: what follows names something else
PHRASE_BREAKS = frozenset(
    [
        "by",
        "per",
        "vs",
        "versus",
        "against",
        "and",
        "or",
        "with",
        "where",
        "each",
        "for",
        "than",
        "over",
        "across",
        "between",
        "among",
        "to",
        "from",
        "when",
        "whose",
        "who",
    ]
)

_SUFFIX = re.compile(r"^(.*[a-z_])(\d{1,4}|[a-z])$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_NUMBERED = re.compile(r"^(\d+)(?:st|nd|rd|th)$")


@dataclass(frozen=True)
class Family:
    """Columns of ``table`` named ``stem`` + suffix; ``members``: suffix → column."""

    table: str
    stem: str
    members: dict[str, Column]

    @property
    def years(self) -> bool:
        """Every suffix is a year (``pop2000``, ``pop2010``)."""
        return all(_YEAR.match(s) for s in self.members)

    def latest(self) -> str:
        return max(self.members, key=int) if self.years else ""

    def suffix(self, column: Column) -> str:
        return next(s for s, c in self.members.items() if c.name == column.name)


def _kind(column: Column) -> str:
    kind = column.type.upper()
    if any(t in kind for t in ("DATE", "TIME")):
        return "temporal"
    if any(t in kind for t in ("INT", "REAL", "DOUBLE", "FLOAT", "DECIMAL", "NUMERIC")):
        return "number"
    return "text"


def _split(name: str) -> tuple[str, str] | None:
    m = _SUFFIX.match(name.lower())
    if m is None or not re.search(r"[a-z]", m[1].rstrip("_")):
        return None
    return m[1], m[2]


def _families(table: Table) -> dict[str, Family]:
    """The families of ``table``, by the lower-case name of each member; columns the semantic
    layer describes ("respondents among women aged 18 to 24") are read by their descriptions
    (:mod:`.described`), never as a family's members."""
    groups: dict[tuple[str, str], dict[str, Column]] = {}
    for column in table.columns:
        parts = _split(column.name)
        if parts is not None and not column.description:  # a described one is told apart
            groups.setdefault((parts[0], _kind(column)), {})[parts[1]] = column
    numbered = {key for key, g in groups.items() if any(s.isdigit() for s in g)}
    letters: dict[str, int] = {}
    for key in numbered:
        for s in groups[key]:
            if s.isalpha():
                letters[s] = letters.get(s, 0) + 1
    out: dict[str, Family] = {}
    for key in numbered:
        members = {s: c for s, c in groups[key].items() if s.isdigit() or letters[s] >= 2}
        if len(members) >= 2:
            family = Family(table.name, key[0], members)
            out.update({c.name.lower(): family for c in members.values()})
    return out


def family_of(catalog: Catalog, table: Table | str, column: Column | str) -> Family | None:
    """The family ``column`` of ``table`` belongs to, if any."""
    name = table if isinstance(table, str) else table.name
    col = column if isinstance(column, str) else column.name
    found = catalog.derived(
        "suffix families", lambda c: {t.name.lower(): _families(t) for t in c.tables}
    )
    return found.get(name.lower(), {}).get(col.lower())


def number_pin(word: str, before: str, family: Family) -> str | None:
    """The suffix of ``family`` that ``word`` pins by a number ("1", "first", "2nd", "two"
    after a noun, "q1", "15-19", a member's name); ``before``: the word before it."""
    flat = re.sub(r"[^a-z0-9]", "", word)
    for suffix, column in family.members.items():
        if flat == re.sub(r"[^a-z0-9]", "", column.name.lower()):
            return suffix
    tail = re.sub(r"^.*?([a-z]*)_?$", r"\1", family.stem)  # "q" of sales_q, "w" of score_w
    if tail and flat.startswith(tail) and flat[len(tail) :] in family.members:
        return flat[len(tail) :] if flat[len(tail) :].isdigit() else None
    if re.fullmatch(r"\d+(?:-\d+)*", word) and flat in family.members:
        return flat  # "15-19" of antenatal_1519, "014" as written
    number: int | None = None
    if word.isdigit():
        number = int(word)
    elif (m := _NUMBERED.match(word)) is not None:
        number = int(m[1])
    elif word in ORDINAL_WORDS:
        number = ORDINAL_WORDS[word]
    elif word in NUMBER_WORDS and before.isalpha() and before not in FUNCTION_WORDS:
        number = NUMBER_WORDS[word]  # "grade two", not "two histograms"
    if number is None:
        return None
    return next((s for s in family.members if s.isdigit() and int(s) == number), None)


def pins_among(
    words: list[str], positions: list[int], family: Family, open_letter: Callable[[int], bool]
) -> tuple[list[tuple[str, int]], bool]:
    """``(suffix, word index)`` of the words at ``positions`` that pin a member of ``family``:
    numbers first (then True); else the initials of the words ``open_letter`` allows (False)."""
    numbers = [
        (s, i)
        for i in positions
        if (s := number_pin(words[i], words[i - 1] if i else "", family)) is not None
    ]
    if numbers:
        return numbers, True
    letters = [
        (s, i) for i in positions if open_letter(i) and (s := letter_pin(words[i], family.members))
    ]
    return letters, False


def letter_pin(word: str, suffixes: Collection[str]) -> str | None:
    """The letter among ``suffixes`` that a content word begins with ("kindergarten" →
    ``k``); None for short words, function words and numbers."""
    if len(word) < 4 or not word.isalpha() or word in FUNCTION_WORDS:
        return None
    return word[0] if word[0] in suffixes else None


def members_text(family: Family) -> str:
    """ "readk, read1, read2 or read3"."""
    names = [c.name for c in family.members.values()]
    return ", ".join(names[:-1]) + " or " + names[-1]


def prefixed_siblings(table: Table, column: Column) -> dict[str, list[Column]]:
    """Columns of ``table`` named ``column``'s name after a one-letter prefix, maybe with a
    family's suffix (``tethnicityk``, ``tethnicity1`` beside ``ethnicity``: the teacher's
    ethnicity), by the prefix letter. Names that are words of their own (``wage`` beside
    ``age``) are no prefixed siblings."""
    from .lexicon import known_word

    base = column.name.lower()
    out: dict[str, list[Column]] = {}
    for other in table.columns:
        name = other.name.lower()
        parts = _split(name)
        core = parts[0] if parts is not None and parts[0][1:].lstrip("_") == base else name
        if len(core) < 2 or core[0] == "_" or core[1:].lstrip("_") != base:
            continue
        if known_word(core) or _kind(other) != _kind(column) or len(base) < 3:
            continue
        out.setdefault(core[0], []).append(other)
    return out
