"""The months as a question and a schema write them: ``MONTHS`` (each name and short name →
its number, the one table the planners read months from), and a month's short name inside
a column's name — a table of monthly figures names them ``Jan`` … ``Dec``, and a clipped
word such as "decade" is not December (:func:`other_than_month`)."""

from __future__ import annotations

__all__ = ["MONTHS", "MONTH_NAMES", "other_than_month"]

#: the months' names, January first
MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
#: "january", "jan", … "sept", "sep", … → 1 … 12
MONTHS = {
    **{name: k for k, name in enumerate(MONTH_NAMES, 1)},
    **{name[:3]: k for k, name in enumerate(MONTH_NAMES, 1)},
    "sept": 9,
}
#: a month's short name as a part of a name, and the month it stands for ("mar" is left
#: out: a clipped "marital" or "market" as often as March; "may" is a word of its own)
_MONTH_PARTS = {name[:3]: name for name in MONTH_NAMES if name[:3] not in ("mar", "may")}


def other_than_month(part: str, word: str) -> bool:
    """``part`` is a month's short name and ``word`` another word it starts: a table's
    ``Dec`` (December, beside ``Jan`` … ``Nov``) is no clipped "decade"."""
    return part in _MONTH_PARTS and not _MONTH_PARTS[part].startswith(word)
