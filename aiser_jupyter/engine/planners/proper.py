"""Proper nouns in a question: a capitalised word inside a sentence names a particular thing
("bookings from Portugal", "sales in Texas"), which a plan that leaves it out does not
answer. When the question is typed in title case ("Average Price by Region") capitals say
nothing, and the first word of a sentence is capitalised anyway; a question with lower-case
words of its own ("total Asian population of Michigan") is not in title case, however short."""

from __future__ import annotations

import re

from .words import AGGREGATE_WORDS, SUPERLATIVES, instruction_words

__all__ = ["capital_names", "proper_nouns"]

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
#: a name typed in capitals, with its apostrophes and dotted initials ("DENNY'S", "I.H.O.P.")
_CAPS = re.compile(r"(?<![\w.'&-])[A-Z][A-Z'.&-]*[A-Z](?:'S)?(?![\w'&-])")
#: words title case leaves in lower case: articles, conjunctions, short prepositions
_MINOR = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "nor",
        "but",
        "of",
        "in",
        "on",
        "at",
        "by",
        "to",
        "for",
        "per",
        "vs",
        "via",
        "from",
        "with",
        "into",
        "over",
        "than",
        "as",
    ]
)


def proper_nouns(question: str, words: list[str]) -> set[int]:
    """Indexes of ``words`` (the question's lower-case words) typed in ``question`` as a
    capitalised word that does not start a sentence, unless the question is in title case;
    not a name typed as the schema spells it (``PetType``, ``ID``)."""
    found = list(_WORD.finditer(question))
    caps: set[str] = set()
    lower = 0
    for k, match in enumerate(found):
        word = match[0]
        before = question[: match.start()].rstrip()
        if k and word.islower() and word not in _MINOR:
            lower += 1  # a word title case would have capitalised
        if k == 0 and _possessive_name(word):
            caps.add(_bare(word))  # "Microsoft's sales over time": a name opens the question
        parts = [p for p in word.split("-") if p]  # "African-American": two capitalised words
        if k == 0 or not all(_capitalised(p) for p in parts) or before[-1:] in ".?!:":
            continue
        caps.update(_bare(p) for p in parts)
        if k == 1 and _name_start(found[0][0], question[found[0].end() : match.start()]):
            caps.add(_bare(found[0][0]))  # "Toy Story's average rating": one name
    if caps and lower * 2 < len(caps):
        return set()  # title case: capitals mark nothing
    return {i for i, w in enumerate(words) if w in caps}


def _capitalised(word: str) -> bool:
    """A capital, then lower case only ("Kenya's", not "NYSE" nor "iPhone")."""
    return word[0].isupper() and word[1:].islower()


def _possessive_name(word: str) -> bool:
    """A capitalised first word in the possessive that is no English word ("Microsoft's",
    not "Company's"): the name of a particular thing, however the sentence begins."""
    from .lexicon import known_word

    bare = word[:-2] if word.endswith("'s") else ""
    return len(bare) > 1 and bare[0].isupper() and not known_word(bare.lower())


def _bare(word: str) -> str:
    """The word as the question's words hold it: lower case, without a possessive 's."""
    word = word.lower()
    return word[:-2] if word.endswith("'s") else word


def _name_start(first: str, gap: str) -> bool:
    """The question's first word begins the name the next capitalised word continues."""
    word = first.lower()
    return (
        first[0].isupper()
        and first[1:].islower()
        and gap == " "
        and word not in _MINOR
        and word not in instruction_words()  # "Show Texas sales": an instruction
        and word not in AGGREGATE_WORDS
        and word not in SUPERLATIVES
    )


def capital_names(question: str, words: list[str]) -> set[int]:
    """Indexes of ``words`` typed in capitals with an apostrophe or dotted initials
    ("DENNY'S", "I.H.O.P."): a business's or a brand's name as stored, in a question that is
    not typed all in capitals — a particular thing, never a word of the schema."""
    if not re.search(r"[a-z]", question):
        return set()
    caps = {
        m[0].lower().rstrip(".")
        for m in _CAPS.finditer(question)
        if "'" in m[0] or m[0].count(".") >= 2
    }
    return {i for i, w in enumerate(words) if w.rstrip(".") in caps}
