"""Values said by a short form or a demonym: "UK companies" of 'United Kingdom', "the US" of
'United States' (the initials of a stored value of several words, typed in capitals);
"Japanese", "German", "British" companies of Japan, Germany, United Kingdom.

A short form is read only when typed in capitals in a question with lower-case words (never
the pronoun "us"), and only as the initials of a stored value: one value of one column, or
it stays unread (and the account refuses it, :mod:`..short_forms`)."""

from __future__ import annotations

import re
from typing import Any

from ..linker import Linker
from ..short_forms import initials
from .question import Question, Word
from .value_forms import value_forms

__all__ = ["short_form_values"]


def short_form_values(q: Question, w: Word, lk: Linker) -> list[tuple[Any, Any, Any]]:
    """The stored values ``w`` names in another form (:func:`.value_forms.value_forms`:
    "japanese" → Japan), or of several words whose initials it is, typed in capitals ("UK"
    → 'United Kingdom', when exactly one value of one column has them)."""
    forms = [v for f in value_forms(w.text) for v in lk.values.get(tuple(f.split()), [])]
    return forms or _initials_of(q, w, lk)


def _initials_of(q: Question, w: Word, lk: Linker) -> list[tuple[Any, Any, Any]]:
    raw = w.raw or w.text
    if re.fullmatch(r"[A-Z](?:&[A-Z]){1,2}", raw):
        raw = raw.replace("&", "")  # "R&D": the initials of Research and Development
    if not (2 <= len(raw) <= 5 and raw.isalpha() and raw.isupper()):
        return []
    if not any(x.raw.islower() for x in q.words if x.raw.isalpha()):
        return []  # a question typed in capitals: capitals mark nothing
    said = raw.lower()
    found = [link for key, links in lk.values.items() if said in initials(key) for link in links]
    if len({(id(c), str(v)) for _, c, v in found}) > 1:
        found = _of_named_column(q, w, lk, found)  # "the HR department": a department's
    return found if len({(id(c), str(v)) for _, c, v in found}) == 1 else []


def _of_named_column(
    q: Question, w: Word, lk: Linker, found: list[tuple[Any, Any, Any]]
) -> list[tuple[Any, Any, Any]]:
    """Of the values ``w`` is the initials of, those of the column named by the word right
    after it ("the R&D department": a value of Department, not of JobRole)."""
    if w.i + 1 >= len(q.words):
        return []
    named = {
        id(col)
        for kind, _, col, _ in lk.phrases.get((q.words[w.i + 1].lemma,), [])
        if kind == "column" and col is not None
    }
    return [link for link in found if id(link[1]) in named]
