"""Words the analyst glossed with a column's own name: in "average capital account openness
(kaopen) by country" the plan measures ``kaopen``, and "capital account openness" is what the
name in parentheses stands for — explained by it, not left over for a fuzzy match."""

from __future__ import annotations

import re

from .facts import Facts, question_words

__all__ = ["glossed_words"]

#: words that end the description before a name (an aggregate, a count, a cue, a verb)
_EDGES = frozenset(
    [
        "average",
        "mean",
        "median",
        "total",
        "sum",
        "max",
        "maximum",
        "min",
        "minimum",
        "number",
        "count",
        "counts",
        "how",
        "many",
        "by",
        "per",
        "each",
        "every",
        "for",
        "vs",
        "versus",
        "against",
        "and",
        "or",
        "with",
        "in",
        "over",
        "across",
        "from",
        "of",
        "the",
        "a",
        "an",
        "show",
        "plot",
        "chart",
        "draw",
        "list",
        "compare",
        "scatter",
        "bar",
        "line",
        "pie",
        "histogram",
    ]
)
#: words that may join a description's words ("trade as a percentage of GDP")
_INSIDE = frozenset(["as", "a", "of", "the", "to", "per", "and", "in"])
_LONGEST = 6
#: cues after which "and" lists things (groupings) rather than joining one description
_LISTS = frozenset(["by", "per", "vs", "versus", "against"])


def glossed_words(question: str, words: list[str], facts: Facts) -> set[int]:
    """Indexes of the words right before a parenthesised name of a column the plan reads."""
    used = {column for _, column in facts.columns}
    out: set[int] = set()
    for m in re.finditer(r"\(\s*([A-Za-z][\w.]*)\s*\)", question):
        if m[1].lower() not in used:
            continue
        at = len(question_words(question[: m.start()]))
        start = at
        while start > 0 and at - start < _LONGEST:
            word = words[start - 1]
            if word in _EDGES and not (word in _INSIDE and _inner(words, start - 1, at)):
                break
            start -= 1
        joins = [k for k in range(start, at) if words[k] in ("and", "or")]
        if joins and start and words[start - 1] in _LISTS:
            start = joins[-1] + 1  # "by college degree and sex (female)": groupings listed
        while start < at and words[start] in _INSIDE:
            start += 1  # the description starts on a word of its own, never "of the"
        out.update(range(start, at))
    return out


def _inner(words: list[str], i: int, at: int) -> bool:
    """Whether the joining word ``words[i]`` has a content word on each side within the
    description (so "of" in "percentage of GDP" belongs to it, "the" of "show the" not)."""
    return 0 < i < at - 1 and words[i - 1] not in _EDGES and words[i + 1] not in _EDGES
