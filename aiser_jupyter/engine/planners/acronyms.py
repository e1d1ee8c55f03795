"""Names that end on an acronym, and compound words that give one its letters.

Analysts describe a measure named ``col_rec_tat`` as the "collection-to-receipt turnaround
time": each clipped piece of the name written out, then the acronym's words (turn|around
time: tat). They often shorten the acronym's words to the kind of number they name
("receipt-to-verification time"): the words spell every piece but the last, and begin it.
:mod:`.aligned` reads both, the second as a partial spelling, ranked below a full one.
"""

from __future__ import annotations

from functools import lru_cache

from .lexicon import FUNCTION_WORDS, known_word, split_name
from .words import GENERIC_HEADS, instruction_words

__all__ = ["acronym_tail", "compound_second", "initials_at", "tail_begun"]

#: the shortest word a compound is glued from ("turn", "around"; never "collect" + "ion")
_PART = 4
#: the most words an acronym of a name's piece is read from
_MOST = 4
#: words that say what kind of number or thing a name holds, never the letters of an acronym
#: read from a phrase ("[r]ate [o]f [l]oss" is no ``rol``)
_KIND_WORDS = GENERIC_HEADS | frozenset(
    [
        "rate",
        "share",
        "percent",
        "percentage",
        "number",
        "count",
        "score",
        "index",
        "ratio",
        "total",
        "amount",
        "average",
        "mean",
        "sum",
    ]
)


@lru_cache(maxsize=20_000)
def compound_second(word: str) -> int:
    """Where the second word of a compound glued from two English words of 4+ letters begins
    ("turnaround" → 4: turn|around; "workload" → 4); 0 for a word that is no such compound."""
    if len(word) < 2 * _PART or not word.isalpha():
        return 0
    for k in range(_PART, len(word) - _PART + 1):
        if known_word(word[:k]) and known_word(word[k:]) and word[:k] not in FUNCTION_WORDS:
            return k
    return 0


@lru_cache(maxsize=20_000)
def acronym_tail(name: str) -> tuple[int, ...]:
    """The lengths of ``name``'s pieces when it is clipped pieces ending on an acronym
    (``col_rec_tat`` → (3, 3, 3)): three pieces or more, the last of 2–3 letters and no
    English word, the others of 3+ letters; else ()."""
    pieces = split_name(name, expand=False)
    if len(pieces) < 3 or not all(p.isalpha() for p in pieces):
        return ()
    last = pieces[-1]
    if not 2 <= len(last) <= 3 or known_word(last) or any(len(p) < 3 for p in pieces[:-1]):
        return ()
    return tuple(len(p) for p in pieces)


def tail_begun(parts: tuple[str, ...], tail: tuple[int, ...], lead: bool) -> bool:
    """Whether a partial spelling's ``parts`` (what each word gave, "" for a skipped one)
    spell each piece of a name ending on an acronym (``tail``: the pieces' lengths) with one
    word, and begin the acronym with the last word ("receipt-to-verification time" of
    ``rec_ver_tat``)."""
    given = [p for p in parts if p]
    if lead or not tail or len(given) != len(tail):
        return False
    whole = all(len(p) == n for p, n in zip(given[:-1], tail[:-1], strict=True))
    return whole and len(given[-1]) < tail[-1]


def initials_at(words: list[str], start: int, parts: set[str]) -> tuple[int, str]:
    """How many words from ``start`` have as initials one of ``parts`` (a name's pieces of
    3+ letters that are no English word), and which: "rule of law" of ``pf_rol``. Every
    letter is a word's, the words consecutive, neither the first nor the last a function
    word, none a word for a kind of number ("rate", "score") nor one that asks or draws;
    (0, "") if none."""
    for size in range(_MOST, 2, -1):
        run = words[start : start + size]
        if len(run) < size or not all(w.isalpha() for w in run):
            continue
        if run[0] in FUNCTION_WORDS or run[-1] in FUNCTION_WORDS or _KIND_WORDS & set(run):
            continue
        if (instruction_words() & set(run)) - FUNCTION_WORDS:
            continue  # "one [p]oint [p]er [c]ountry" draws; it names no ``ppc``
        initials = "".join(w[0] for w in run)
        if initials in parts and not known_word(initials):
            return size, initials
    return 0, ""
