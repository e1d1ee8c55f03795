"""The honesty check's reading of words that say how values are written: a grouping's coding
typed in parentheses ("by gender (female = 1)", "by Roxygen use (0/1)") — the numbers say how
the grouped column's values read and keep no rows, so a plan that groups by the column
explains them; and the case of a pattern's letters ("starting with [lower-case] gg"), which a
plan that keeps the pattern explains."""

from __future__ import annotations

import re

from .facts import Facts
from .lexicon import lemma

__all__ = ["case_words", "coding_words"]

#: "(0/1)", "(1/0)": a yes/no column's two codes
_BOTH_CODES = re.compile(r"\(\s*([01])\s*/\s*([01])\s*\)")


def coding_words(question: str, words: list[str], facts: Facts) -> set[int]:
    """Where the numbers of a grouped column's coding stand in ``words``."""
    low, out = question.lower(), set()
    for i, word in enumerate(words):
        if not word.isdigit() or not i:
            continue
        name = words[i - 1]
        typed = re.search(rf"\(\s*{re.escape(name)}\s*=\s*{word}\s*\)", low)
        if typed and _grouped(name, facts):
            out.add(i)  # "by gender (female = 1)"
        if (
            word in ("0", "1")
            and words[i + 1 : i + 2] == [str(1 - int(word))]
            and _BOTH_CODES.search(low)
            and _names_grouped(words[max(0, i - 3) : i], facts)
        ):
            out |= {i, i + 1}  # "by GitHub link (0/1)"
    return out


def _grouped(word: str, facts: Facts) -> bool:
    return word in facts.group_names or lemma(word) in facts.group_names


def _names_grouped(before: list[str], facts: Facts) -> bool:
    """A word of ``before``, or several glued ("R-Forge" of ``rforge``), names a grouping."""
    glued = {
        "".join(before[j:k]) for j in range(len(before)) for k in range(j + 2, len(before) + 1)
    }
    return any(_grouped(w, facts) for w in before) or bool(glued & facts.group_names)


#: the words of a letter case ("lower-case" is read as "lower" "case")
_CASES = (["lower", "case"], ["upper", "case"], ["lowercase"], ["uppercase"], ["capital"])


def case_words(words: list[str], facts: Facts) -> set[int]:
    """Where "starting with [lower-case] gg" says the case of a pattern the plan keeps."""
    out: set[int] = set()
    for i in range(1, len(words)):
        for case in _CASES:
            end = i + len(case)
            after = words[end] if end < len(words) else ""
            kept = after in facts.strings or lemma(after) in facts.strings
            if words[i:end] == case and words[i - 1] == "with" and after and kept:
                out |= set(range(i, end))
    return out
