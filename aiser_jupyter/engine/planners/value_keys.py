"""The words a value is typed with in a question, where they differ from its plain words.

A name holding an apostrophe or dotted initials ("DENNY'S", "I.H.O.P.") is split by the
plain tokenizer into pieces no question types ("denny'", "i h o p"); a question reads it
as one word, without its possessive "'s" ("denny", "i.h.o.p"). :func:`typed_key` gives
that reading, so the value is found where the user names it.
"""

from __future__ import annotations

from .lexicon import tokenize

__all__ = ["typed_key"]


def typed_key(value: str) -> tuple[str, ...] | None:
    """The words of ``value`` as a question's reader reads them, when they differ from
    its plain words (``None`` when they do not, or when it is no name of words)."""
    if "'" not in value and "." not in value:
        return None
    from .rules.question import tokenize as question_words

    words = question_words(value)
    if not words or any(w.quoted or w.number is not None for w in words):
        return None
    key = tuple(w.lemma for w in words)
    return None if key == tuple(tokenize(value)) else key
