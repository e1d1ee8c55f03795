"""Statistic words in names: a column of figures already aggregated (``earnings_med``,
``avg_price``, ``temp_max``, ``sleep_total``) carries its statistic in its name, in a short
form the question spells out ("median earnings"). Shared by the planners and the honesty
check."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["NAME_FORMS", "STATISTIC_WORDS", "carries_statistic"]

#: how an aggregate shows in a column's name (temp_max, avg_price, min_temp, earnings_med)
NAME_FORMS: dict[str, frozenset[str]] = {
    "max": frozenset(["max", "maximum", "high", "hi"]),
    "min": frozenset(["min", "minimum", "low", "lo"]),
    "mean": frozenset(["avg", "average", "mean"]),
    "median": frozenset(["med", "median", "mdn"]),
    "sum": frozenset(["total", "tot", "sum"]),
}

#: a question's word for a statistic → the aggregate it names
STATISTIC_WORDS = {
    "median": "median",
    "average": "mean",
    "mean": "mean",
    "maximum": "max",
    "minimum": "min",
    "total": "sum",
}


def carries_statistic(word: str, name_words: Iterable[str]) -> bool:
    """Whether ``word`` ("median") is the statistic a name's words carry ({earnings, med})."""
    agg = STATISTIC_WORDS.get(word)
    return agg is not None and bool(NAME_FORMS[agg] & set(name_words))
