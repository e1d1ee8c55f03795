"""The words of a question as verified questions compare them: lower case, lemmatised,
without the words that do not change what it asks for."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

__all__ = ["STOP_WORDS", "YEAR", "Exists", "normalise", "tokens"]

#: Words that do not change what a question asks for.
STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "for",
        "in",
        "on",
        "at",
        "to",
        "by",
        "per",
        "with",
        "and",
        "or",
        "from",
        "over",
        "across",
        "as",
        "during",
        "within",
        "show",
        "me",
        "give",
        "list",
        "plot",
        "chart",
        "graph",
        "draw",
        "display",
        "visualize",
        "visualise",
        "see",
        "view",
        "get",
        "find",
        "what",
        "what's",
        "which",
        "how",
        "is",
        "are",
        "was",
        "were",
        "be",
        "do",
        "does",
        "did",
        "please",
        "i",
        "we",
        "you",
        "can",
        "could",
        "would",
        "want",
        "like",
        "let",
        "us",
        "our",
        "my",
        "each",
        "every",
        "all",
        "there",
        "their",
        "its",
        "it",
        "this",
        "that",
        "these",
        "those",
    ]
)
_TOKEN = re.compile(r"[a-z0-9]*[a-z][a-z0-9]*(?:'[a-z]+)?|\d+(?:\.\d+)?")
YEAR = re.compile(r"^(1[89]|2[01])\d\d$")
Exists = Callable[[str, str, str], "str | None"]  #: (table, column, value) → the stored value


@cache
def _lemma(word: str) -> str:
    if not word.isalpha():
        return word
    from lemminflect import getLemma

    noun = getLemma(word, upos="NOUN")
    lemma = noun[0] if noun else word
    if lemma == word:
        verb = getLemma(word, upos="VERB")
        lemma = verb[0] if verb else word
    return lemma


def normalise(text: str) -> list[str]:
    """The question's meaningful words, lower case and lemmatised, in order."""
    return [word for word, _, _ in tokens(text)]


def tokens(text: str) -> list[tuple[str, int, int]]:
    """:func:`normalise`'s words with where each is written in ``text`` (start, end)."""
    lowered = text.lower().replace("’", "'")
    return [
        (_lemma(m[0]), m.start(), m.end())
        for m in _TOKEN.finditer(lowered)
        if m[0] not in STOP_WORDS
    ]
