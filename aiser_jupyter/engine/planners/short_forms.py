"""Short forms: a word typed in capitals ("deaths in the US", "top 10 UK companies").

Analysts name places, bodies and categories by their initials. Typed in capitals inside a
question that has lower-case words, such a word names a particular thing — never the pronoun
"us" or a word of the instruction — so a plan that leaves it out answers another question
(world totals for "deaths in the US"). It is explained by a value the plan filters on whose
words it abbreviates ('United States', 'United Kingdom') or by a piece of a column name the
plan reads (``nkill.us``, ``gdp_uk``); left unexplained, it is a value left out.
"""

from __future__ import annotations

import re

from .facts import Facts
from .lexicon import FUNCTION_WORDS, lemma, split_name

__all__ = ["initials", "read_short_form", "short_form_use", "short_forms"]

_CAPS = re.compile(r"\b[A-Z]{2,5}\b")
_WORD = re.compile(r"[A-Za-z]+")
#: words typed in capitals that are terms of the trade, no short form of a thing
_TECHNICAL = frozenset(["null", "sql", "csv", "json", "kpi", "api", "faq"])
#: words for the data itself: a short form before one names the data set ("the TB data")
_DATA_WORDS = frozenset(["data", "dataset", "database", "table", "file", "list", "records"])
_FLAG_VALUES = frozenset(["0", "1", "true", "false", "yes", "no", "y", "n"])


def short_forms(question: str, words: list[str]) -> set[int]:
    """Indexes of ``words`` (lower case) typed in ``question`` all in capitals, two to five
    letters; none when the question has no lower-case word (capitals then say nothing)."""
    if not any(w.islower() for w in _WORD.findall(question)):
        return set()
    caps = {m[0].lower() for m in _CAPS.finditer(question)}
    lower = {m[0] for m in _WORD.finditer(question) if not m[0].isupper()}
    caps -= {w.lower() for w in lower}  # "US" typed also as "us": no telling them apart
    return {i for i, w in enumerate(words) if w in caps}


def initials(parts: tuple[str, ...] | list[str]) -> set[str]:
    """The short forms of a value of several words: its initials, with and without its
    function words ("united states of america": usoa, usa); none for one word."""
    if len(parts) < 2:
        return set()
    full = "".join(p[0] for p in parts)
    content = "".join(p[0] for p in parts if p not in FUNCTION_WORDS)
    return {full, content}


def read_short_form(
    i: int, words: list[str], facts: Facts, forms: set[int], read: tuple[str | None, str]
) -> tuple[str | None, str]:
    """``read`` (what explains ``words[i]`` and its kind), read again if it is a short form
    (``forms``) left unexplained or taken for a word of the instruction: what in the plan it
    names, or no explanation and the kind "value"."""
    why, kind = read
    if i not in forms or why not in (None, "instruction", "counted"):
        return why, kind
    why = short_form_use(i, words, facts)
    return why, kind if why else "value"


def short_form_use(i: int, words: list[str], facts: Facts) -> str | None:
    """What in the plan the short form ``words[i]`` names: "value" when a filtered value has
    it as its initials; "name" when a column the plan reads has it as a piece of its name,
    or it qualifies a 0/1 column the plan reads ("ICO [members]" of ``member``); "data"
    before a word for the data ("the TB data"); else None."""
    word = words[i]
    if word in _TECHNICAL:
        return "instruction"
    if any(word in initials(_WORD.findall(text)) for text in facts.strings):
        return "value"
    if any(word in re.split(r"[^a-z0-9]+", column) for _, column in facts.columns):
        return "name"
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if nxt in _DATA_WORDS and not _other_table(word, facts):
        return "data"  # "the TB data"; not "the NYSE data" of NYSESW beside the table read
    if nxt and _flag_named(lemma(nxt), facts):
        return "name"
    return None


def _flag_named(word: str, facts: Facts) -> bool:
    """Whether ``word`` names a 0/1 (yes/no) column the plan reads ("members" of member)."""
    if facts.catalog is None:
        return False
    for table in facts.catalog.tables:
        for column in table.columns:
            if (table.name.lower(), column.name.lower()) not in facts.columns:
                continue
            flags = {str(v).lower() for v in column.samples}
            if flags and flags <= _FLAG_VALUES and word in split_name(column.name):
                return True
    return False


def _other_table(word: str, facts: Facts) -> bool:
    """Whether ``word`` starts the name of a table the plan does not read (``NYSESW``)."""
    if facts.catalog is None:
        return False
    return any(
        t.name.lower().startswith(word) and t.name.lower() not in facts.tables
        for t in facts.catalog.tables
    )
