"""The noun ranked by how many there are: "which 10 countries have the most [companies]",
"the 5 teams with the fewest [wins]".

After "the most" or "the fewest" a plural noun that ends its phrase is not a quality the rows
are ranked by ("the most [expensive] movies") but the things counted per group: "the most
companies" is the largest number of companies. When the plan only counts rows and ranks the
groups by that count, the noun is what it counts, as after "number of" (see
:func:`.explain.counted`); the honesty check then holds it to the same tests as any counted
noun (a value, a measure's name or a proper noun counted is refused).
"""

from __future__ import annotations

from .facts import Facts
from .lexicon import lemma
from .words import ROW_NOUNS, instruction_words

__all__ = ["most_counted"]

#: words that rank groups by how many things each has
_MOST = frozenset(["most", "fewest", "least"])


def most_counted(i: int, words: list[str], facts: Facts) -> str | None:
    """ "counted" when ``words[i]`` is the plural noun after "(the) most"/"fewest" that a plan
    counting rows and ranking by the count counts (see the module's doc); else None."""
    if i == 0 or words[i - 1] not in _MOST or facts.aggregates != {"count"}:
        return None
    if not (facts.ranks_top or facts.sorted) or not facts.grouped:
        return None
    word = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if nxt and nxt.isalpha() and nxt not in instruction_words():
        return None  # "the most [people] employed": a phrase going on, not its last noun
    return "counted" if _plural_noun(word) or lemma(word) in ROW_NOUNS else None


def _plural_noun(word: str) -> bool:
    from lemminflect import getAllLemmas

    found = getAllLemmas(word)
    return word.isalpha() and "NOUN" in found and lemma(word) != word and "ADJ" not in found
