"""Initials joined by an ampersand: "the R&D department", "P&L", "M&A deals".

Typed in capitals, such a form names a particular thing by the initials of its words
("R&D" of 'Research_Development'). The account reads its letters as one short form: used
when a value the plan filters on has them as its initials; left out, a value not found.
"""

from __future__ import annotations

import re

from .facts import Facts
from .short_forms import initials

__all__ = ["ampersand_forms", "ampersand_values", "glued_spellings"]

_AMP = re.compile(r"(?<![\w&])([A-Z])&([A-Z])(?:&([A-Z]))?(?![\w&])")
_WORD = re.compile(r"[A-Za-z]+")


def ampersand_forms(question: str, words: list[str]) -> dict[int, str]:
    """Index of each word (lower case) spelled by an ampersand form → its letters ("rd")."""
    out: dict[int, str] = {}
    for m in _AMP.finditer(question):
        letters = [g.lower() for g in m.groups() if g]
        n = len(letters)
        for k in range(len(words) - n + 1):
            if words[k : k + n] == letters and not any(j in out for j in range(k, k + n)):
                out.update({j: "".join(letters) for j in range(k, k + n)})
                break
    return out


def glued_spellings(letters: str) -> tuple[str, str]:
    """How a schema glues an ampersand form's letters into a name: as they are ("sp" of
    S&P) and with the "and" the ampersand stands for ("randd" of R&D)."""
    return letters, "and".join(letters)


def ampersand_values(question: str, words: list[str], facts: Facts) -> set[int]:
    """The words of an ampersand form whose letters are the initials of a value the plan
    keeps ("R&D" where the plan filters on 'Research_Development')."""
    forms = ampersand_forms(question, words)
    names = facts.tables | {column for _, column in facts.columns}
    said = {
        form
        for form in set(forms.values())
        if any(form in initials(_WORD.findall(text)) for text in facts.strings)
        or any(name.startswith(glued_spellings(form)) for name in names)  # sp500, randd
    }
    return {i for i, form in forms.items() if form in said}
