"""The equivalences of general English in ``data/equivalents.tsv`` ("men", "boys" → male): one
source for the description matcher (:mod:`.described`) and for a value typed in another of its
forms ("women" for a stored ``Female``, :mod:`.rules.value_forms`)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

__all__ = ["equivalents", "other_forms"]


@lru_cache(maxsize=1)
def equivalents() -> dict[str, str]:
    """Each form (lower case) → the canonical word of its group ("women" → female)."""
    text = resources.files(__package__).joinpath("data/equivalents.tsv").read_text()
    out: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        head, forms = line.split("\t", 1)
        for form in [head, *forms.split()]:
            out[form.strip().lower()] = head.strip().lower()
    return out


def other_forms(word: str) -> list[str]:
    """The other forms of ``word``'s group, its canonical word first ("women" → female,
    females, woman, girl, girls); none for a word of no group."""
    low = word.lower()
    head = equivalents().get(low)
    if head is None:
        return []
    group = [head] + [f for f, h in equivalents().items() if h == head and f != head]
    return [f for f in group if f != low]
