"""Numbers and spans said in words: "the two groups", "the first half of 1849", "1960-78"."""

from __future__ import annotations

__all__ = ["NUMBER_WORDS", "ORDINAL_WORDS", "short_end", "year_part"]

#: whole numbers written as words ("the two groups", "grade two", "as three lines")
NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
#: ordinals written as words ("the first half", "the third grade")
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip


def year_part(ordinal: str, part: str) -> tuple[int, int] | None:
    """The first and last month of a year's half or quarter ("first", "half" → 1, 6;
    "last", "quarter" → 10, 12); None for an ordinal past the year's parts."""
    size = 6 if part == "half" else 3
    k = 12 // size if ordinal == "last" else ORDINAL_WORDS.get(ordinal, 0)
    return (size * (k - 1) + 1, size * k) if 0 < k <= 12 // size else None


def short_end(first: int, last_two: int) -> int:
    """The year "78" ends a span from ``first`` (1960 → 1978; 1995 → 2005)."""
    end = first // 100 * 100 + last_two
    return end if end > first else end + 100
