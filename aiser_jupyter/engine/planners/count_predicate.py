"""What the counted rows did: "how many companies made a [loss]", "how many films won an
[award]". The object of the verb said of the counted noun picks which rows are counted; a
plan that counts them all answers another question."""

from __future__ import annotations

__all__ = ["counted_predicate"]

#: the words before a single object noun ("made a loss", "won an award", "had no recall")
_DETERMINERS = frozenset(["a", "an", "any", "no"])


def counted_predicate(i: int, words: list[str], why_at: dict[int, str]) -> bool:
    """Whether ``words[i]``, unexplained, is the object of a verb said of the counted noun:
    counted noun, verb, determiner, noun ending the question or its clause."""
    from lemminflect import getAllLemmas

    if i < 3 or words[i - 1] not in _DETERMINERS:
        return False
    counted = why_at.get(i - 3) == "counted" or (words[i - 4 : i - 3] == ["many"] and i > 4)
    if not counted:
        return False  # "how many [firms] made", of the table firms
    if why_at.get(i - 2) not in (None, "instruction"):
        return False
    verb = set(getAllLemmas(words[i - 2]))
    if "VERB" not in verb or "NOUN" in verb:
        return False  # "how many companies per [sector]": no verb said of them
    if "NOUN" not in set(getAllLemmas(words[i])):
        return False
    nxt = words[i + 1] if i + 1 < len(words) else None
    return nxt is None or nxt in (",", "?", ".", "and", "or", "in", "during", "since")
