"""Values listed in parentheses after the name of a grouping say what its groups are:
"average age by role (driver or passenger)" draws one bar per role, with no filter, and its
listed words are the groups' labels (the rule planner's :mod:`.rules.listed_values`)."""

from __future__ import annotations

import re

from .facts import Facts, question_words
from .lexicon import lemma

__all__ = ["JOINERS", "LABELS", "listed_labels", "names_value"]

_PARENS = re.compile(r"\(([^()]*)\)")
#: words that join a list's values; words that make it a condition on the rows instead
JOINERS = frozenset(["or", "and", "vs", "versus", "e.g", "eg", "i.e", "ie", "etc", "like"])
#: words between a grouping's name and its listed values that name the values themselves
LABELS = frozenset(["label", "labels", "category", "categories", "group", "groups", "level"])
_CONDITION = frozenset(
    ["only", "just", "not", "no", "excluding", "except", "without", "but", "where", "with"]
)


def listed_labels(
    question: str, words: list[str], values: dict[str, set[str]], facts: Facts
) -> set[int]:
    """Indexes into ``words`` of the words in parentheses right after a grouped field's name
    that list two values or more of such a field, only those,, and keep or drop no rows."""
    grouped = {f.lower() for f in facts.group_fields}
    found: set[int] = set()
    for m in _PARENS.finditer(question):
        start = len(question_words(question[: m.start()]))
        inside = question_words(m[1])
        if not start or start + len(inside) > len(words) or not inside:
            continue
        before = start - 1
        while before > 0 and words[before] in LABELS:
            before -= 1  # "by party identification [label] (Strong Democrat …)"
        # the grouping's name's words: the last, or any of three before a label word
        named = words[max(0, before - 2) : before + 1] if before < start - 1 else [words[before]]
        if not {w for n in named for w in (n, lemma(n))} & facts.group_names:
            continue
        held = {v for v, cols in values.items() if {c.lower() for c in cols} & grouped}
        listed = [w for w in inside if w not in JOINERS]
        if (
            len(listed) >= 2
            and all(w not in _CONDITION and names_value(w, held) for w in listed)
            and words[start : start + len(inside)] == inside
        ):
            found.update(range(start, start + len(inside)))
    return found


def names_value(word: str, held: set[str]) -> bool:
    """Whether ``word`` is one of the values ``held`` (lower case), its plural, or the word
    a value abbreviates ("passenger" of ``pass``)."""
    return any(
        word in (v, v + "s")
        or (len(v) >= 3 and v.isalpha() and word.startswith(v))
        or word in v.split()  # "strong" of 'strong democrat'
        for v in held
    )
