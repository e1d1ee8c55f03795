"""A month's short name inside a column's name: a table of monthly figures names them
``Jan`` … ``Dec``, and a clipped word such as "decade" is not December."""

from __future__ import annotations

__all__ = ["other_than_month"]

#: a month's short name as a part of a name, and the month it stands for ("mar" is left
#: out: a clipped "marital" or "market" as often as March)
_MONTH_PARTS = {
    m[:3]: m
    for m in [
        "january",
        "february",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
}


def other_than_month(part: str, word: str) -> bool:
    """``part`` is a month's short name and ``word`` another word it starts: a table's
    ``Dec`` (December, beside ``Jan`` … ``Nov``) is no clipped "decade"."""
    return part in _MONTH_PARTS and not _MONTH_PARTS[part].startswith(word)
