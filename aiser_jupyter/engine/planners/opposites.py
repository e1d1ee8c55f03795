"""The other side of a yes/no property in plain words ("public" of ``Private``, "rural" of
``urban``): pairs of antonyms from ``data/opposites.tsv``, shared by the rules planner (which
reads the word as the flag's false side) and the account (which explains it so)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from .facts import Facts

__all__ = ["forms", "opposite", "opposite_kept"]

#: a flag's false side as stored, lower case
_FALSE = frozenset(["n", "no", "f", "false", "0"])


@lru_cache(maxsize=1)
def _pairs() -> dict[str, frozenset[str]]:
    text = resources.files(__package__).joinpath("data/opposites.tsv").read_text()
    out: dict[str, set[str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        a, b = (part.strip() for part in line.split("\t"))
        out.setdefault(a, set()).add(b)
        out.setdefault(b, set()).add(a)
    return {word: frozenset(others) for word, others in out.items()}


def opposite(word: str) -> frozenset[str]:
    """The words ``word`` is the other side of ("public" → private), or none."""
    return _pairs().get(word.lower(), frozenset())


def forms(word: str) -> set[str]:
    """A word and its stems as a noun and as a verb ("denied": deny) — how a flag's name
    may say the side it holds."""
    from lemminflect import getLemma

    from .lexicon import lemma

    return {word, lemma(word), *getLemma(word, upos="VERB")}


def opposite_kept(word: str, facts: Facts) -> bool:
    """Whether the plan draws the side ``word`` names of a flag named by its opposite: grouped
    by the flag (both sides), or kept to its false side ("public" of Private = 'No')."""
    others = {f for w in opposite(word) for f in forms(w)}
    if not others:
        return False
    if others & facts.group_names:
        return True
    return bool(others & facts.names) and bool(facts.strings & _FALSE or 0.0 in facts.numbers)
