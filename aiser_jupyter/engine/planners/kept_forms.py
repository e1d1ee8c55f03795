"""Words that say which rows are kept without naming a column: a verb of outcome before
the value the plan keeps ("tests that came back positive", "samples that turned out
negative") and a sign word the plan keeps as a comparison with 0 ("a positive balance"),
though the word is also a stored value."""

from __future__ import annotations

from .facts import Facts

__all__ = ["kept_form", "result_verb"]

#: sign words, read as a comparison with 0 when no stored value of them is kept
_SIGNS = frozenset(["positive", "negative", "nonnegative", "non-negative"])


def kept_form(i: int, words: list[str], facts: Facts) -> str | None:
    """What explains ``words[i]`` as a word of the rows kept, or None."""
    if words[i] in _SIGNS and facts.compares and words[i] not in facts.strings:
        return "comparison"  # "a [positive] balance": balance > 0
    return result_verb(i, words, facts.strings)


#: a verb of outcome, and the particles that may follow it before the value
_VERBS = frozenset(["came", "come", "comes", "coming", "turned", "turn", "turns", "proved"])
_VERBS |= frozenset(["proven", "tested", "test", "tests", "testing"])
_PARTICLES = frozenset(["back", "out", "up", "as", "to", "be"])


def result_verb(i: int, words: list[str], strings: set[str]) -> str | None:
    """ "value verb" when ``words[i]`` is such a verb or its particle and the words after it
    (past particles) reach a value the plan keeps, else None."""
    j = i
    while j >= 0 and words[j] in _PARTICLES:
        j -= 1
    if j < 0 or words[j] not in _VERBS:
        return None
    k = j + 1
    while k < len(words) and words[k] in _PARTICLES:
        k += 1
    if k == j + 1 and words[j] not in ("tested", "proved", "proven"):
        return None  # "came positive" is no phrase: "came back", "turned out"
    if i > k or k >= len(words):
        return None
    return "value verb" if words[k].strip("'\"").lower() in strings else None
