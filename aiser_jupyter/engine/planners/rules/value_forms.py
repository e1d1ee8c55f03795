"""The other spellings of a value a question may use: a code's word ("female" → ``f``), a
demonym's place ("african" → Africa, "Western European" → Western Europe), an
adjective's noun ("rainy" → rain)."""

from __future__ import annotations

from typing import Any

from ..equivalents import other_forms
from ..linker import Linker
from ..stems import adjective_base
from .question import Question

__all__ = ["VALUE_WORDS", "demonym_forms", "phrase_values", "value_forms"]

#: values stored as codes, and the words people type for them
VALUE_WORDS: dict[str, tuple[str, ...]] = {
    "male": ("m",),  # and its other forms ("men", "boys"): data/equivalents.tsv
    "female": ("f",),
    "yes": ("y", "true", "t"),
    "no": ("n", "false"),
    "small": ("s",),
    "medium": ("m",),
    "large": ("l",),
    # an outcome stored as its adjective, asked as the noun or the verb ("number of deaths")
    "death": ("dead",),
    "deaths": ("dead",),
    "died": ("dead", "death"),  # an outcome stored as its noun ("died on the list": death)
    "killed": ("dead",),
}


#: demonyms that are no regular ending on the country's name
_DEMONYMS: dict[str, tuple[str, ...]] = {
    "british": ("united kingdom", "uk", "britain", "great britain"),
    "english": ("england",),
    "scottish": ("scotland",),
    "welsh": ("wales",),
    "irish": ("ireland",),
    "french": ("france",),
    "dutch": ("netherlands", "the netherlands", "holland"),
    "swiss": ("switzerland",),
    "spanish": ("spain",),
    "swedish": ("sweden",),
    "danish": ("denmark",),
    "finnish": ("finland",),
    "turkish": ("turkey",),
    "greek": ("greece",),
    "thai": ("thailand",),
    "norwegian": ("norway",),
    "belgian": ("belgium",),
    "filipino": ("philippines",),
    "american": ("united states", "usa", "us"),
    "chinese": ("china",),
}


def demonym_forms(word: str) -> list[str]:
    """Places a demonym names: "japanese" → japan, "german" → germany, "british" → united
    kingdom (regular endings, then the irregular demonyms)."""
    forms = list(_DEMONYMS.get(word, ()))
    if word.endswith("ese") and len(word) > 6:
        forms.append(word[:-3])  # japanese → japan, vietnamese → vietnam
    if word.endswith("an") and len(word) > 5:
        forms.append(word + "y")  # german → germany
    return forms


def value_forms(word: str) -> list[str]:
    """Other spellings of a value: a demonym's place ("african" → "africa"), a code ("female" → "f"),
    another form of general English ("women" → "female", :mod:`..equivalents`)."""
    forms = list(VALUE_WORDS.get(word, ()))
    for other in other_forms(word):  # "women" → female, f: the equivalents of general English
        forms += [other] + [f for f in VALUE_WORDS.get(other, ()) if f not in forms]
    if word.endswith("ean"):
        forms.append(word[:-1])  # european → europe
    if word.endswith("an") and len(word) > 5:
        forms += [word[:-1], word[:-2]]  # african → africa, american → americ(a)
    if word.endswith("ian"):
        forms += [word[:-3] + "ia", word[:-3] + "y"]  # indian → india, italian → italy
        forms += [word[:-3] + "a", word[:-3]]  # canadian → canada, brazilian → brazil
    if word.endswith("s") and len(word) > 3:
        forms.append(word[:-1])
    if word.endswith("ly") and len(word) > 5:  # "work remotely" of a value 'Remote'
        forms.append(word[:-3] + "y" if word.endswith("ily") else word[:-2])
    if (base := adjective_base(word)) is not None:  # "rainy" → rain, "snowy" → snow
        forms.append(base)
    forms += demonym_forms(word)  # "japanese" → japan, "british" → united kingdom
    return forms


def phrase_values(q: Question, lk: Linker, taken: set[int]) -> list[tuple[int, int, Any, Any, Any]]:
    """ "Western European countries" → 'Western Europe': a phrase of free words whose last
    word, in another form (:func:`value_forms`), makes a stored value with the words before
    it; ``(lo, hi, table, column, value)`` each, longest first, the words marked ``taken``."""
    out: list[tuple[int, int, Any, Any, Any]] = []
    for size in (3, 2):
        for lo in range(0, len(q.words) - size + 1):
            span = range(lo, lo + size)
            words = q.words[lo : lo + size]
            if any(i in taken or not q.free(i) or q.words[i].quoted for i in span):
                continue
            head = tuple(w.lemma for w in words[:-1])
            found = [
                (lo, lo + size, t, c, v)
                for f in value_forms(words[-1].text)
                for t, c, v in lk.values.get((*head, f), [])
            ]
            if found:
                out += found
                taken.update(span)
    return out
