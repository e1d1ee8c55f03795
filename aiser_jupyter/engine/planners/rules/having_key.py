"""Which grouping a comparison on groups keeps: "average pages by year and field, only
[fields] with at least 5 journals" keeps fields, whatever the x is."""

from __future__ import annotations

from ..lexicon import lemma, split_name
from .draft import Dim, Draft

__all__ = ["having_key"]

#: words between the groups' noun and the comparison ("fields [with] at least 5")
_LINKS = frozenset(["with", "whose", "having", "that", "which", "where"])


def having_key(d: Draft) -> Dim:
    """The grouping the plan's comparisons on groups keep: the one a noun right before them
    names ("fields with at least 5 journals"), else the first."""
    for h in d.having:
        at = h.at
        if at is None or at < 2 or d.q.words[at - 1].text not in _LINKS:
            continue
        noun = d.q.words[at - 2]
        named = [
            x
            for x in d.dims
            if noun.lemma in split_name(x.column.name)
            or lemma(noun.text) in split_name(x.column.name)
        ]
        if len(named) == 1:
            return named[0]
    return d.dims[0]
