"""How a span of the question's words fits a name: function words inside it ("per" of "gdp
per capita", "at" of "age at first birth"), a glued name spelling a link's words whole, a
partial spelling naming one column (:class:`.linker.Linker`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

from .lexicon import FUNCTION_WORDS

if TYPE_CHECKING:
    from .aligned import Alignment


class Link(Protocol):
    """What these checks read of a :class:`.linker.Link`: its span, its kind, its table."""

    start: int
    end: int
    kind: str
    table: Any


__all__ = [
    "PASSIVE_VERBS",
    "inner_function_word",
    "inner_kept",
    "partial_fits",
    "passive_kept",
    "spelled_whole",
]


#: the function words a name of several words leaves out ("age [at] first birth")
_INSIDE_NAMES = frozenset(["at", "of", "in", "on", "for", "to", "the", "a", "an", "per", "with"])


def inner_kept(key: tuple[str, ...]) -> tuple[str, ...] | None:
    """The words of ``key`` without the function words strictly inside it ("age at first
    birth" → age first birth), when there are some and three words or more are left (two,
    "number of votes", "names in concerts", are phrases of their own); the first and last
    words are no function words. None otherwise."""
    if not key or key[0] in FUNCTION_WORDS or key[-1] in FUNCTION_WORDS or "" in key:
        return None
    if any(w in FUNCTION_WORDS and w not in _INSIDE_NAMES for w in key):
        return None  # "high blood pressure and high cholesterol": two names
    kept = tuple(w for w in key if w not in _INSIDE_NAMES)
    return kept if len(kept) < len(key) and len(kept) >= 3 else None


#: the verbs of a passive said inside a name ("drivers [were] killed" of ``DriversKilled``)
PASSIVE_VERBS = frozenset(["was", "were", "is", "are", "been", "got", "get", "gets"])


def passive_kept(key: tuple[str, ...]) -> tuple[str, ...] | None:
    """ "drivers were killed" → drivers killed: a column's two words with the passive's verb
    between them ("how many drivers were killed" of ``DriversKilled``). None otherwise."""
    if len(key) != 3 or key[1] not in PASSIVE_VERBS or not key[2].endswith(("ed", "en")):
        return None
    return (key[0], key[2])


def inner_function_word(lk: Link, words: list[str], lo: int, hi: int) -> bool:
    """A link over function words strictly inside a span ("per" of "gdp per capita")."""
    return (
        lo < lk.start and lk.end < hi and all(w in FUNCTION_WORDS for w in words[lk.start : lk.end])
    )


def spelled_whole(lk: Link, found: list[Alignment], words: list[str]) -> bool:
    """A full alignment spells ``lk``'s words whole, and three letters or more of other
    words beside them, each word of it giving some: ``gdppercap`` holds the name ``gdp``
    and "per capita" too, so the longer reading wins; "swing states" (s|s) does not hold
    ``state``, nor "orders that have the status" ``order_status``; a value ("Manager") only
    inside a name of three words or more ("years with the current manager" of
    ``YearsWithCurrManager``)."""
    for a in found:
        if not a.full or (lk.kind == "value" and a.words < 3):
            continue  # a value yields only to a name of three words or more said whole
        if lk.kind != "value" and not all(a.parts):
            continue
        whole = all(a.parts[i - a.start] == words[i] for i in range(lk.start, lk.end))
        clipped = a.end - a.start >= 3 and all(  # "corporate jet [fatal]ities": corpjetfatal
            len(a.parts[i - a.start]) >= 4 and words[i].startswith(a.parts[i - a.start])
            for i in range(lk.start, lk.end)
        )
        rest = sum(len(p) for k, p in enumerate(a.parts) if not lk.start <= a.start + k < lk.end)
        if (whole or clipped) and rest >= 3:
            return True
    return False


def partial_fits(found: list[Alignment], near: Sequence[Link]) -> bool:
    """A partial spelling is read only when it names one column ("real gdp" of rgdpo,
    rgdpe and rgdpna says none of them) and replaces no link but one to that column's own
    table ("turnout" of election_turnout: the column turnoutho says more)."""
    columns = {id(a.column) for a in found}
    owner = found[0].table
    return len(columns) == 1 and all(lk.kind == "table" and lk.table is owner for lk in near)
