"""Values in analysts' words: a question word that is a longer or inflected form of a short
stored value ("herbivores" for ``herbi``, "rodents" for ``Rodentia``, "carnivores" for
``Carnivora``).

Stored category codes are often truncated words; analysts type the whole word, in the
plural. A word matches a value when one is a prefix of the other (the value at least four
letters, the word's singular at least five), or when both share all but their last two
letters — unless the value is itself an English word, whose longer forms are other words
("shipping" is no ship mode ``SHIP``). Such a match is less sure than an exact one: the linker ranks it below, and a word
matching values of two columns is ambiguous unless the question's other values settle it.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from functools import lru_cache
from importlib import resources

from ..catalog.model import Table
from .lexicon import lemma

__all__ = [
    "MIN_VALUE",
    "MIN_WORD",
    "adjective_base",
    "name_stem",
    "named_values",
    "stem_matches",
    "stems_like",
    "unread_adjective",
    "verb_roots",
]

#: the shortest stored value matched by prefix ("omni"), and the shortest word ("herbs" no)
MIN_VALUE = 4
MIN_WORD = 5


def adjective_base(word: str) -> str | None:
    """The noun of an adjective in -y ("rainy" → rain, "sunny" → sun, "snowy" → snow), if any."""
    if not word.endswith("y") or len(word) <= 4:
        return None
    return word[:-2] if word[-2] == word[-3] else word[:-1]


def stems_like(word: str, value: str) -> bool:
    """Whether ``word`` (lower case) is a longer or inflected form of ``value`` (lower case)."""
    if not (word.isalpha() and value.isalpha()) or len(value) < MIN_VALUE:
        return False
    if word.endswith("ern") and word[:-3] == value:
        return True  # "western" of West, "northern" of north: the compass points' adjectives
    base = lemma(word)
    if len(base) >= MIN_WORD and len(value) > len(word) and base in verb_roots(value):
        return True  # "on remand" of Remanded: the value is an inflected form of the word
    if len(base) < MIN_WORD or word == value or base == value or _english(value):
        return False  # equal forms are exact matches; "shipped" is not the ship mode SHIP
    if base.startswith(value) or word.startswith(value):
        return len(value) >= max(MIN_VALUE, len(base) // 2)  # "herbi" of "herbivore"
    if value.startswith(base):
        return len(base) >= max(MIN_WORD, len(value) // 2 + 1)  # "rodent" of "rodentia"
    shared = 0
    for a, b in zip(base, value, strict=False):
        if a != b:
            break
        shared += 1
    return shared >= MIN_WORD + 1 and shared >= max(len(base), len(value)) - 2  # carnivor(e|a)


@lru_cache(maxsize=4096)
def verb_roots(value: str) -> tuple[str, ...]:
    """The verbs ``value`` is a form of ("remanded" → remand, "licensed" → license), if any."""
    from lemminflect import getAllLemmas

    return tuple(getAllLemmas(value).get("VERB", ()))


@lru_cache(maxsize=4096)
def past_verb(word: str) -> bool:
    """Whether ``word`` is only a verb's past form ("received", "reported"), never also an
    adjective or a noun ("aged", "married", "insured")."""
    from lemminflect import getAllLemmas

    return word.endswith("ed") and set(getAllLemmas(word)) == {"VERB"}


@lru_cache(maxsize=4096)
def _english(value: str) -> bool:
    """A stored value that is an English word is matched as that word, never by its stem: its
    longer forms are other words ("shipping" of SHIP, "mailed" of MAIL)."""
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(value))


def stem_matches(word: str, values: Iterable[str]) -> list[str]:
    """The ``values`` (as given) that ``word`` is a longer or inflected form of."""
    low = word.lower()
    if len(low) < MIN_WORD or not low.isalpha():
        return []
    return [v for v in values if stems_like(low, v.lower())]


def name_stem(word: str, names: Collection[str]) -> str:
    """``word``, or its stem when only the stem is a word of a name ("shipment", "shipping" →
    ship; "acceptances" → accept; "instructions" → instruct of ``l_shipinstruct``), or the
    name it heads ("rider" → ridership), or an irregular form's ("born" → birth): the linker
    reads a question word so, and the honesty check explains it the same way. A noun in -ness names its adjective's column even where
    a table is named by the noun ("happiness" → happy of a table ``happiness``)."""
    if word.endswith("ness") and len(word) > 7:
        adjective = word[:-5] + "y" if word.endswith("iness") else word[:-4]
        if adjective in names:
            return adjective
    if word in names or len(word) < 4:
        return word
    if _derived().get(word) in names:
        return _derived()[word]  # "born" → birth of ``birth_pl``
    from lemminflect import getLemma

    verb = getLemma(word, upos="VERB")
    if verb and verb[0] in names:
        return str(verb[0])  # "shipped" → "ship"
    for suffix in ("ment", "ments", "ing", "ion", "ions", "ance", "ances", "ed", "er", "ers"):
        if word.endswith(suffix) and word[: -len(suffix)] in names:
            return word[: -len(suffix)]
    if word + "ship" in names:
        return word + "ship"  # "riders" of ridership, "viewers" of viewership: how many
    return word


@lru_cache(maxsize=1)
def _derived() -> dict[str, str]:
    """Irregular forms of a word family (``data/derived_forms.tsv``): the form a question says
    → the form a column's name holds ("born" → birth)."""
    text = resources.files(__package__).joinpath("data/derived_forms.tsv").read_text()
    pairs = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {said.strip(): held.strip() for said, held in pairs}


def unread_adjective(word: str, tables: Iterable[Table], read: Collection[str]) -> bool:
    """Whether ``word``, a noun in -ness, names a column of ``tables`` that is not among the
    ``read`` names ("happiness levels of …" of a plan that never reads ``happy``): the word
    is not explained by a table named "happiness"."""
    if not word.endswith("ness"):
        return False
    names = {c.name.lower() for t in tables for c in t.columns}
    stem = name_stem(word, names)
    return stem != word and stem not in read


def named_values(word: str, values: Iterable[str]) -> list[str]:
    """The ``values`` (as given) that ``word`` names in another form: the person of an
    activity stored as the activity ("swimmers" of Swim, "rowers" of Row, "dancers" of
    Dance), a compound stored clipped to its first letter ("basketball" of B_Ball), or two
    hyphenated words each clipped ("African-American" of afam)."""
    low = word.lower()
    if "-" in low:  # "African-American" of afam: each word clipped to its first letters
        parts = low.split("-")
        if len(parts) != 2 or not all(p.isalpha() and len(p) >= 4 for p in parts):
            return []
        return [v for v in values if _clipped_words(parts, v.lower())]
    if not low.isalpha() or len(low) < MIN_WORD:
        return []
    base = lemma(low)
    agents = _activities(base)
    return [
        v
        for v in values
        if (stored := v.lower()) in agents or ("_" in stored and _clipped_compound(base, stored))
    ]


def _clipped_words(parts: list[str], value: str) -> bool:
    if not value.isalpha() or len(value) >= len(parts[0]) + len(parts[1]) - 2:
        return False
    return any(
        value[:k] == parts[0][:k] and len(value) - k >= 2 and parts[1].startswith(value[k:])
        for k in range(2, len(value) - 1)
    )


def _activities(base: str) -> frozenset[str]:
    """The activities a person noun in -er is named for: row-er, swimm-er, danc-er."""
    if not base.endswith("er"):
        return frozenset()
    stem = base[:-2]
    forms = {stem, stem + "e"}
    if len(stem) > 2 and stem[-1] == stem[-2]:
        forms.add(stem[:-1])
    return frozenset(f for f in forms if len(f) >= 3 and f.isalpha())


def _clipped_compound(base: str, value: str) -> bool:
    parts = value.split("_")
    if len(parts) != 2 or len(parts[0]) != 1 or not parts[1].isalpha() or len(parts[1]) < 3:
        return False
    return base.startswith(parts[0]) and base.endswith(parts[1]) and len(base) > len(parts[1]) + 2
