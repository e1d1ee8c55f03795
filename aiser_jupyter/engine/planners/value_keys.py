"""The words a value is typed with in a question, where they differ from its plain words.

A name holding an apostrophe or dotted initials ("DENNY'S", "I.H.O.P.") is split by the
plain tokenizer into pieces no question types ("denny'", "i h o p"); a question reads it
as one word, without its possessive "'s" ("denny", "i.h.o.p"). :func:`typed_key` gives
that reading, so the value is found where the user names it.

A survey's coded answer stored with its ordinal ("1. Never Married", "2. >=Very Good",
"4. College Grad") is said without it: :func:`unnumbered` gives the words a question says.
"""

from __future__ import annotations

import re

from ..catalog.model import Column
from .lexicon import lemma, tokenize

__all__ = ["typed_key", "unnumbered", "unsuffixed", "values_head"]

#: "1. ", "2) ", "3 - " before a coded answer, and a comparison it is stored with (">=")
_ORDINAL = re.compile(r"^\s*\d{1,2}\s*(?:[.)]|\s-)\s*(?:[<>]=?\s*)?(?=[^\W\d_])")


def unnumbered(value: str) -> str | None:
    """The answer ``value`` codes without its ordinal ("Never Married" of "1. Never
    Married"); ``None`` for a value that starts with no ordinal and a word."""
    found = _ORDINAL.match(value)
    return value[found.end() :].strip() if found else None


#: the legal form a company's stored name ends in, which a question leaves out
_LEGAL_FORMS = frozenset(
    [
        "corp",
        "corporation",
        "inc",
        "incorporated",
        "co",
        "company",
        "ltd",
        "limited",
        "plc",
        "llc",
        "lp",
        "ag",
        "sa",
        "nv",
        "se",
        "gmbh",
        "holdings",
    ]
)


def unsuffixed(value: str) -> str | None:
    """A company's name without the legal form it is stored with ("Microsoft" of
    "MICROSOFT CORP", "General Motors" of "GENERAL MOTORS CO."); ``None`` for any other."""
    words = value.replace(".", " ").replace(",", " ").split()
    if len(words) < 2 or words[-1].lower() not in _LEGAL_FORMS:
        return None
    return " ".join(words[:-1])


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


def values_head(column: Column) -> str | None:
    """The last word every value of a text column ends in ('lower-tier', 'single-tier',
    'upper-tier': "tier"), when all its values are known: the kind of thing it tells."""
    values = column.samples
    if column.semantic != "nominal" or len(values) < 2 or len(values) != (column.distinct or 0):
        return None
    lasts = set()
    for v in values:
        parts = str(v).lower().replace("-", " ").split()
        if len(parts) < 2:
            return None
        lasts.add(parts[-1])
    last = lasts.pop() if len(lasts) == 1 else ""
    return lemma(last) if len(last) >= 3 and last.isalpha() else None
