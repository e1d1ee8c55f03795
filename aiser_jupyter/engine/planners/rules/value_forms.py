"""The other spellings of a value a question may use: a code's word ("female" → ``f``), a
demonym's place ("african" → Africa), an adjective's noun ("rainy" → rain)."""

from __future__ import annotations

from ..stems import adjective_base

__all__ = ["VALUE_WORDS", "value_forms"]

#: values stored as codes, and the words people type for them
VALUE_WORDS: dict[str, tuple[str, ...]] = {
    "male": ("m",),
    "males": ("m",),
    "men": ("m",),
    "man": ("m",),
    "female": ("f",),
    "females": ("f",),
    "women": ("f",),
    "woman": ("f",),
    "yes": ("y", "true", "t"),
    "no": ("n", "false"),
    "small": ("s",),
    "medium": ("m",),
    "large": ("l",),
    # an outcome stored as its adjective, asked as the noun or the verb ("number of deaths")
    "death": ("dead",),
    "deaths": ("dead",),
    "died": ("dead",),
    "killed": ("dead",),
}


def value_forms(word: str) -> list[str]:
    """Other spellings of a value: a demonym's place ("african" → "africa"), a code ("female" → "f")."""
    forms = list(VALUE_WORDS.get(word, ()))
    if word.endswith("ean"):
        forms.append(word[:-1])  # european → europe
    if word.endswith("an") and len(word) > 5:
        forms += [word[:-1], word[:-2]]  # african → africa, american → americ(a)
    if word.endswith("ian"):
        forms += [word[:-3] + "ia", word[:-3] + "y"]  # indian → india, italian → italy
    if word.endswith("s") and len(word) > 3:
        forms.append(word[:-1])
    if (base := adjective_base(word)) is not None:  # "rainy" → rain, "snowy" → snow
        forms.append(base)
    return forms
