"""Adjectives that stand for a measure ("the most **populous** countries", "the **heaviest**
animals"): the nouns a column for it is named with (population, weight) and which way is more
(``data/adjectives.tsv``). A plan that uses such a column explains the word; a plan that does
not, while the schema has one, answers another question."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from .lexicon import split_name

__all__ = [
    "ADJECTIVES",
    "SPEED_WORDS",
    "adjective_noun",
    "adjective_nouns",
    "superlatives",
    "takes_time",
]


@lru_cache(maxsize=1)
def _load() -> dict[str, tuple[tuple[str, ...], str]]:
    text = resources.files(__package__).joinpath("data/adjectives.tsv").read_text()
    out: dict[str, tuple[tuple[str, ...], str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        adjective, nouns, direction = (part.strip() for part in line.split("\t"))
        out[adjective] = (tuple(nouns.split()), direction)
    return out


ADJECTIVES = _load()


def adjective_nouns(word: str) -> tuple[str, ...]:
    """The nouns ``word`` stands for ("powerful" → power, horsepower), or none."""
    found = ADJECTIVES.get(word.lower())
    return found[0] if found else ()


def adjective_noun(word: str) -> str | None:
    """The first noun ``word`` stands for ("populous" → "population"), or None."""
    return next(iter(adjective_nouns(word)), None)


def superlatives() -> dict[str, tuple[str, tuple[str, ...]]]:
    """The superlatives the adjectives make, each with its aggregate (max, min) and nouns:
    "cheapest" (min price), and "most"/"least" before a base form ("most expensive": max
    price, "least expensive": min price). Comparatives ("cheaper") compare; they rank nothing."""
    other = {"max": "min", "min": "max"}
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    for adjective, (nouns, direction) in ADJECTIVES.items():
        if adjective.endswith("est"):
            out[adjective] = (direction, nouns)
        elif not adjective.endswith("er"):
            out[f"most {adjective}"] = (direction, nouns)
            out[f"least {adjective}"] = (other[direction], nouns)
    return out


#: speed words, and the aggregate they take of a time taken: the fastest is the shortest
SPEED_WORDS = {"fastest": "min", "quickest": "min", "slowest": "max"}
#: name words of a time taken (a pace is minutes per mile)
_TIME_TAKEN = frozenset(["pace", "time", "duration", "minutes", "seconds", "hours", "elapsed"])


def takes_time(name: str) -> bool:
    """Whether a column's name says it holds a time taken (``PaceMin``, ``race_time``)."""
    words = split_name(name, expand=False)
    return any(w in _TIME_TAKEN or (w.endswith("time") and w != "datetime") for w in words)
