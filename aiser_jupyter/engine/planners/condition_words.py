"""Words that name a yes/no property another way than its column's name: an adjective of the
condition ("diabetic" of ``diabetes``, "arthritic" of ``arthritis``, "anemic" of ``anemia``),
"a history of angina" (the flag ``angina`` holds). General English morphology, never a
dataset's words. ("Never admitted to hospital" of ``hosp = 'n'`` is a negation the SQL makes:
:func:`.clauses.negates`.)"""

from __future__ import annotations

from .facts import Facts

__all__ = ["condition_nouns", "flag_phrase"]

#: the endings an adjective in -ic takes as the noun of its condition
_IC_NOUNS = ("es", "is", "ia", "a", "ism", "ics")
#: words before a flag's name that say the rows where it holds, nothing more
_HISTORY = frozenset(["history", "record", "diagnosis"])


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
    """ "a [history] of angina" of a plan keeping ``angina`` = 'y': the flag."""
    word = words[i]
    after = words[i + 1 : i + 5]
    if word in _HISTORY and after[:1] == ["of"] and len(after) > 1 and after[1] in facts.names:
        return "flag"
    return None
