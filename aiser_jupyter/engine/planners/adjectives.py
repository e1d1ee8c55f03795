"""Adjectives that stand for a measure ("the most **populous** countries", "the **heaviest**
animals"): the noun a column for it is named with (population, weight) and which way is more
(``data/adjectives.tsv``). A plan that uses such a column explains the word; a plan that does
not, while the schema has one, answers another question."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

__all__ = ["ADJECTIVES", "adjective_noun"]


@lru_cache(maxsize=1)
def _load() -> dict[str, tuple[str, str]]:
    text = resources.files(__package__).joinpath("data/adjectives.tsv").read_text()
    out: dict[str, tuple[str, str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        adjective, noun, direction = (part.strip() for part in line.split("\t"))
        out[adjective] = (noun, direction)
    return out


ADJECTIVES = _load()


def adjective_noun(word: str) -> str | None:
    """The noun ``word`` stands for ("populous" → "population"), or None."""
    found = ADJECTIVES.get(word.lower())
    return found[0] if found else None
