"""A person's figure over rows that are people: "real income trend for respondents with a
graduate degree" is the respondents' average income each year. Summed, it grows with how many
were asked — a count of the sample, not an income. Income adds up over a firm's accounts,
not over the people who each earn one; a question that names its rows as people (respondents,
employees, workers) asks for what each of them has, averaged, unless it says "total"."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ..lexicon import split_name

__all__ = ["figure_words", "people_words", "person_figure"]


@cache
def _sections() -> dict[str, frozenset[str]]:
    text = (Path(__file__).parent.parent / "data" / "person_figures.txt").read_text("utf-8")
    out: dict[str, set[str]] = {}
    current = ""
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            current = line.strip("[]")
            out[current] = set()
        else:
            out[current].add(line)
    return {k: frozenset(v) for k, v in out.items()}


def person_figure(column_name: str, said: set[str], question: list[str]) -> bool:
    """Whether the number named by ``said`` (the words of its mention) or by its column's
    name is a person's figure and ``question`` names its rows as people."""
    words = _sections()
    named = said | set(split_name(column_name))
    return bool(named & words["figures"]) and bool(set(question) & words["people"])


def people_words() -> frozenset[str]:
    """Words for rows that are people ("respondents", "players", "patients"), both numbers."""
    return _sections()["people"]


def figure_words() -> frozenset[str]:
    """Words for the figure each person has ("income", "salary", "wage")."""
    return _sections()["figures"]
