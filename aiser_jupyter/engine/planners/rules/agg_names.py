"""An aggregate word inside a name: a word of the name (temp_max, avg_price), or a letter or
two of a glued one (``avh`` ← "average hours"), where it is still the aggregate asked for."""

from __future__ import annotations

from ..lexicon import lemma, split_name
from .link import Mention

__all__ = ["NAME_FORMS", "names_aggregate"]

#: how an aggregate shows in a column's name (temp_max, avg_price, min_temp)
NAME_FORMS = {
    "max": {"max", "maximum", "high", "hi"},
    "min": {"min", "minimum", "low", "lo"},
    "mean": {"avg", "average", "mean"},
}


def names_aggregate(m: Mention, agg: str, word: str) -> bool:
    """Whether the aggregate word inside ``m`` is a word of its column's name (temp_max,
    avg_price, median_income), not a letter or two of a glued one (avh ← "average hours")."""
    best = m.best
    if best.kind != "column" or best.column is None:
        return True
    name = best.column.name
    words = set(split_name(name)) | set(split_name(name, expand=False))
    return bool(words & (NAME_FORMS.get(agg, set()) | {word, lemma(word)}))
