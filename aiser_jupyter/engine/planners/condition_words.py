"""Words that name a yes/no property another way than its column's name: an adjective of the
condition ("diabetic" of ``diabetes``, "arthritic" of ``arthritis``, "anemic" of ``anemia``),
"a history of angina" (the flag ``angina`` holds), "never admitted to hospital" (the flag's
false side). General English morphology, never a dataset's words."""

from __future__ import annotations

from .facts import Facts
from .lexicon import abbreviates

__all__ = ["condition_nouns", "flag_phrase"]

#: the endings an adjective in -ic takes as the noun of its condition
_IC_NOUNS = ("es", "is", "ia", "a", "ism", "ics")
#: words before a flag's name that say the rows where it holds, nothing more
_HISTORY = frozenset(["history", "record", "diagnosis"])
_NEGATIONS = frozenset(["not", "never", "no", "without"])
_FALSE = frozenset(["n", "no", "false", "f", "0", "0.0"])


def condition_nouns(word: str) -> tuple[str, ...]:
    """The nouns an adjective of a condition may stand for: "diabetic" → diabetes, diabetis,
    diabetia …; "obese" → obesity; none for other words (the caller keeps the one a name has)."""
    if len(word) >= 6 and word.endswith("ic"):
        stem = word[:-2]
        return tuple(stem + end for end in _IC_NOUNS)
    if len(word) >= 5 and word.endswith("e"):
        return (word[:-1] + "ity",)  # obese → obesity
    return ()


def flag_phrase(i: int, words: list[str], facts: Facts) -> str | None:
    """ "a [history] of angina" of a plan keeping ``angina`` = 'y': the flag; "[never]
    admitted to hospital" of a plan keeping ``hosp`` = 'n': its false side."""
    word = words[i]
    after = words[i + 1 : i + 5]
    if word in _HISTORY and after[:1] == ["of"] and len(after) > 1 and after[1] in facts.names:
        return "flag"
    if word in _NEGATIONS and facts.strings & _FALSE and any(_named(w, facts) for w in after):
        return "negation"
    return None


def _named(word: str, facts: Facts) -> bool:
    """``word`` is a used name's, or writes out its clipped part ("hospital" of hosp)."""
    return word in facts.names or any(abbreviates(n, word, close=True) for n in facts.names)
