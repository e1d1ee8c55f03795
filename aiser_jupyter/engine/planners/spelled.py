"""Column names spelled by the words of a question: a short flag glued from a word and the
initials of the next ("trumpw": "Trump won"), or from initials alone ("ss": "swing states"),
the way a codebook names yes/no columns. Only whole words spell a name, each word once."""

from __future__ import annotations

__all__ = ["spelled_at"]

#: the longest run of words a name is spelled from
_WORDS = 3


def spelled_at(name: str, words: list[str], start: int) -> int:
    """How many words from ``start`` spell ``name`` (lower-case, letters only) as a word and
    the initials of the words after it, or as the initials of two or more words; 0 if none.
    A word spelled whole is at least three letters; initials alone need two words."""
    name = name.lower()
    if not name.isalpha() or start >= len(words):
        return 0
    first = words[start]
    for size in range(_WORDS, 1, -1):
        run = words[start : start + size]
        if len(run) < size or not all(w.isalpha() for w in run):
            continue
        initials = "".join(w[0] for w in run)
        if name == initials:
            return size
        if len(first) >= 3 and name == first + initials[1:]:
            return size
    return 0
