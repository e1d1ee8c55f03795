"""Nouns built on a yes/no column's name: "callbacks" of ``call``, "smokers" of ``smoke``,
"defaulters" of ``default``. They name the rows where the flag holds; a plan that does not
read the flag counts every row under the user's word, so the word is a condition left out."""

from __future__ import annotations

from ..catalog.model import Catalog
from .lexicon import lemma, split_name
from .rules.flags import flag_value

__all__ = ["names_a_flag"]


def names_a_flag(word: str, catalog: Catalog | None) -> bool:
    """Whether ``word`` extends the one-word name of a two-valued yes/no column (by at least
    two letters: "callbacks", not "calls")."""
    if catalog is None or len(word) < 6:
        return False
    base = lemma(word)
    for table in catalog.tables:
        for column in table.columns:
            name = split_name(column.name, expand=False)
            if len(name) != 1 or len(name[0]) < 4 or flag_value(column, True) is None:
                continue
            if base.startswith(name[0]) and len(base) >= len(name[0]) + 2:
                return True
    return False
