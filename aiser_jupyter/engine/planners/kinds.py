"""The kinds of thing a name column names (``data/kinds.tsv``): analysts say "colleges",
"universities" or "schools" for the institutions ``inst_name`` names, "firms" for companies.
:mod:`.linker` reads such a word as the column named for its kind, below the column's own name."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ..catalog.model import Column
from .lexicon import SYNONYMS, lemma

__all__ = ["acted_on", "kind_words", "names_kind", "row_words"]

#: what follows a kind in the name of a column that names things of it
_NAMING = ((), ("name",), ("id",), ("code",))


@lru_cache(maxsize=1)
def _load() -> dict[str, tuple[str, ...]]:
    text = resources.files(__package__).joinpath("data/kinds.tsv").read_text()
    out: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, words = line.split("\t", 1)
        out[kind.strip()] = tuple(words.split())
    return out


def kind_words(kind: str) -> tuple[str, ...]:
    """The words for things of ``kind`` ("institution" → college, university, school)."""
    return _load().get(kind, ())


def names_kind(column: Column, words: tuple[str, ...]) -> tuple[str, ...]:
    """The words for the things ``column`` names, when its name (``words``) is a kind alone or
    with a naming word (``firm``, ``firm_id``, ``inst_name``); else none."""
    if column.semantic not in ("nominal", "key") or tuple(words[1:]) not in _NAMING:
        return ()
    return kind_words(words[0])


def row_words(word: str) -> tuple[str, ...]:
    """Other words for the things a table named ``word`` holds: generic synonyms ("firms" of
    companies), the words of its kind, and the person its act is done to (:func:`acted_on`)."""
    person = acted_on(word)
    return SYNONYMS.get(word, ()) + kind_words(word) + ((person,) if person else ())


#: harms done to a person, whom English calls its victim: a table of murders lists victims
_HARMS = frozenset(
    ["murder", "homicide", "killing", "shooting", "stabbing", "assault", "kidnapping", "robbery"]
)


@lru_cache(maxsize=4096)
def acted_on(word: str) -> str | None:
    """The person an act named by a verb is done to: "arrestee" of arrests, "employee" of
    employ, "victim" of a murder; None for a word that is no verb or forms no such noun
    ("trade": no "tradee")."""
    from lemminflect import getAllLemmas

    stem = lemma(word)
    if stem in _HARMS:
        return "victim"  # "murder victims": one row of a table of murders each
    if len(stem) < 4 or stem.endswith("e") or "VERB" not in getAllLemmas(stem):
        return None
    return stem + "ee"
