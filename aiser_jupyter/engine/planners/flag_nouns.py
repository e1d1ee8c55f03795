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
    return any(
        base.startswith(name) and len(base) >= len(name) + 2
        for name in catalog.derived("flag names", _flag_names)
    )


def _flag_names(catalog: Catalog) -> frozenset[str]:
    """The one-word names (four letters or more) of the catalog's yes/no columns."""
    names = set()
    for table in catalog.tables:
        for column in table.columns:
            name = split_name(column.name, expand=False)
            if len(name) == 1 and len(name[0]) >= 4 and flag_value(column, True) is not None:
                names.add(name[0])
    return frozenset(names)
