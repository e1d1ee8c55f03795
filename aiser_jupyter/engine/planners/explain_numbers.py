"""The numbers and weekday names of a question, explained against the plan
(:mod:`.explain`): a number the plan holds, a year a bound reaches, an ordinal, a weekday
the chart draws."""

from __future__ import annotations

from .facts import Facts
from .number_words import short_end
from .percent_numbers import held_scaled
from .words import ORDINAL, QUARTER, WEEKDAYS, WEEKEND, YEAR

__all__ = ["explain_numeric", "explain_weekday"]


def explain_numeric(word: str, i: int, words: list[str], facts: Facts) -> str | None:
    """A number or an ordinal ("3rd", "q2"): explained when the plan holds it; "" when the word
    is neither."""
    if word.replace(".", "", 1).isdigit():
        return _explain_number(word, i, words, facts)
    if (ordinal := ORDINAL.fullmatch(word) or QUARTER.fullmatch(word)) is not None:
        return "number" if float(ordinal[1]) in facts.numbers else None
    return ""


def explain_weekday(word: str, words: list[str], facts: Facts) -> str | None:
    """A weekday's name: explained when the plan draws weekdays; "" when the word is none."""
    if word.startswith("weekday") and "weekend" in " ".join(words) and 1 not in facts.numbers:
        return None  # "weekends vs [weekdays]" of a plan keeping Saturday and Sunday alone
    if word in WEEKDAYS or word.rstrip("s") in WEEKDAYS or word in WEEKEND:
        return "weekday" if "weekday" in facts.kept_units else None  # drawn each: no name
    return ""


def _explain_number(word: str, i: int, words: list[str], facts: Facts) -> str | None:
    number = float(word)
    prev = words[i - 1] if i else ""
    if prev in ("top", "best") and not facts.ranks_top and not _superlative(words):
        return None  # "the top 10 departments" drawn as the 10 of the lowest budget
    if number in facts.numbers:
        return "number"
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if held_scaled(number, i, words, facts.numbers):  # "10 million" in millions; "30%" as 0.3
        return "number"
    if _shares_scale(number, i, words, facts.numbers):  # "between [20] and 30 thousand"
        return "number"
    if nxt in ("am", "pm") and (number % 12 + (12 if nxt == "pm" else 0)) in facts.numbers:
        return "hour"
    if number.is_integer() and YEAR.match(word):
        prev = words[i - 1] if i else ""
        near = {int(number)} | (
            {int(number) + 1, int(number) - 1}
            if prev in ("after", "before", "since", "until", "through")
            else set()
        )
        if near & facts.years:
            return "year"  # "after 2000" holds from 2001
    if len(word) == 2 and YEAR.match(prev) and short_end(int(prev), int(number)) in facts.years:
        return "year"  # "1960-[78]": to 1978
    if prev in ("top", "first", "bottom", "last", "best", "worst") and number in facts.numbers:
        return "limit"
    return None


def _shares_scale(number: float, i: int, words: list[str], numbers: set[float]) -> bool:
    """Whether ``number`` is the low end of a range whose high end carries the scale ("between
    20 and 30 thousand"), held in the plan so scaled (20,000)."""
    if words[i + 1 : i + 2] not in (["and"], ["to"]) or i + 2 >= len(words):
        return False
    try:
        high = float(words[i + 2])
    except ValueError:
        return False
    return any(high >= scale > number and number * scale in numbers for scale in (1e3, 1e6, 1e9))


def _superlative(words: list[str]) -> bool:
    """A word that says which end a top-N ranks from ("top 5 cheapest", "top 3 fewest")."""
    return any(w in ("least", "fewest") or (len(w) > 5 and w.endswith("est")) for w in words)
