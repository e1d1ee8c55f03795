"""Arithmetic of two columns in a plan's SQL (``high - low``), and the question's words that
spell it: "high minus low", "home + away", "the high-low range", "intraday range (high minus
low)" — explained by the plan that computes it (:mod:`.honesty`)."""

from __future__ import annotations

import re

from sqlglot import exp

from .lexicon import lemma, split_name

__all__ = ["GLOSS_EDGES", "WHICH_WORDS", "arithmetic_words", "column_arithmetic"]

_WORDS = {"-": "minus", "+": "plus", "/": "divided"}
#: the words that compare two columns ("close [below its] open", "outflow [exceeded] inflow")
_COMPARED = {
    "<": frozenset(["below", "under", "less", "lower", "smaller", "beneath", "than"]),
    ">": frozenset(
        [
            "above",
            "greater",
            "higher",
            "more",
            "larger",
            "exceeded",
            "exceeds",
            "exceed",
            "exceeding",
            "than",
        ]
    ),
}
_DETERMINERS = frozenset(
    {
        "its",
        "the",
        "their",
        "that",
        "this",
        "was",
        "were",
        "is",
        "are",
        "stayed",
        "ended",
        "finished",
    }
)
#: a noun right after the arithmetic that names its result ("the high-low range")
_NOUNS = frozenset({"range", "spread", "difference", "gap", "sum", "total", "margin"})
#: words that end the phrase a parenthesised arithmetic glosses ("biggest", "of", "per")
GLOSS_EDGES = _EDGES = frozenset(
    [
        "of",
        "the",
        "a",
        "an",
        "per",
        "by",
        "in",
        "for",
        "each",
        "every",
        "with",
        "and",
        "or",
        "average",
        "mean",
        "median",
        "total",
        "sum",
        "max",
        "maximum",
        "min",
        "minimum",
        "biggest",
        "largest",
        "highest",
        "smallest",
        "lowest",
        "number",
        "count",
        "how",
        "many",
        "histogram",
        "show",
        "plot",
        "chart",
    ]
)


def column_arithmetic(tree: exp.Expression) -> set[tuple[str, str, str]]:
    """``(a, op, b)`` of every ``a - b`` / ``a + b`` / ``a < b`` / ``a > b`` of two columns in
    ``tree`` (lower case)."""
    out: set[tuple[str, str, str]] = set()
    for cmp in tree.find_all(exp.LT, exp.GT):
        if isinstance(cmp.this, exp.Column) and isinstance(cmp.expression, exp.Column):
            op = "<" if isinstance(cmp, exp.LT) else ">"
            out.add((cmp.this.name.lower(), op, cmp.expression.name.lower()))
    for node in tree.find_all(exp.Sub, exp.Add, exp.Div):
        left, right = node.this, node.expression
        if isinstance(right, exp.Nullif):  # "A divided by B": A / NULLIF(B, 0)
            right = right.this
        if isinstance(left, exp.Column) and isinstance(right, exp.Column):
            op = {exp.Sub: "-", exp.Add: "+", exp.Div: "/"}[type(node)]
            out.add((left.name.lower(), op, right.name.lower()))
    return out


def _names(word: str, column: str) -> bool:
    """``word`` names ``column``: spelled as it is, or a word the name clips ("employment"
    of ``emp``) or abbreviates (``qty``)."""
    base = lemma(word)
    return (
        word == column
        or base in split_name(column, expand=False)
        or base in split_name(column)
        or (len(column) >= 3 and column.isalpha() and word.startswith(column))
    )


def _spelled(question: str, words: list[str], i: int, found: tuple[str, str, str]) -> int:
    """How many words from ``i`` spell ``found`` ("high minus low": 3, "high-low": 2); 0."""
    a, op, b = found
    if not _names(words[i], a):
        return 0
    if op in _COMPARED:
        j = i + 1
        while j < len(words) and j - i <= 4 and words[j] in _COMPARED[op] | _DETERMINERS:
            j += 1
        said = any(w in _COMPARED[op] for w in words[i + 1 : j])
        return j + 1 - i if said and j < len(words) and _names(words[j], b) else 0
    if op == "/":  # "gsp divided by employment"
        said = words[i + 1 : i + 3] == ["divided", "by"]
        return 4 if said and i + 3 < len(words) and _names(words[i + 3], b) else 0
    if i + 2 < len(words) and words[i + 1] == _WORDS[op] and _names(words[i + 2], b):
        return 3
    if i + 1 < len(words) and _names(words[i + 1], b):
        sign = rf"\b{re.escape(words[i])}\s*{re.escape(op)}\s*{re.escape(words[i + 1])}\b"
        return 2 if re.search(sign, question, re.IGNORECASE) else 0
    return 0


#: words between "between" and A that only say which A and B ("the", "daily")
WHICH_WORDS = frozenset(["the", "its", "their", "daily", "weekly", "monthly", "yearly", "annual"])


def _between(words: list[str], i: int, found: tuple[str, str, str]) -> int | None:
    """Where "difference between A and B" starts, when ``words[i]`` is the A of ``A - B``
    ("the gap between the steel index's daily high and low": the words naming whose high and
    low are left to explain on their own)."""
    a, op, b = found
    if op != "-" or i < 2 or i + 2 >= len(words) or not _names(words[i], a):
        return None
    if words[i + 1] != "and" or not _names(words[i + 2], b):
        return None
    at = i - 1
    while at > 1 and words[at] in WHICH_WORDS:
        at -= 1
    if words[at] not in ("between", "of"):  # "between the steel index's high": its owner
        the = [k for k in range(at - 1, max(0, at - 3), -1) if words[k] == "the"]
        at = the[0] - 1 if the else at
    if at < 1 or words[at] not in ("between", "of"):
        return None
    return at - 1 if lemma(words[at - 1]) in ("difference", "gap", "spread") else None


def arithmetic_words(question: str, words: list[str], found: set[tuple[str, str, str]]) -> set[int]:
    """Indexes of the words spelling an arithmetic the plan computes, with the noun naming
    it ("range") and, when it is in parentheses, the words it glosses (up to two)."""
    out: set[int] = set()
    for arith in found:
        for i in range(len(words)):
            if (lo := _between(words, i, arith)) is not None:
                out.update([lo, lo + 1, *range(i, i + 3)])  # "the [difference between] …
                out.update(k for k in range(lo, i) if words[k] in WHICH_WORDS)  # [high and low]"
                continue
            size = _spelled(question, words, i, arith)
            if not size:
                continue
            hi = i + size
            if arith[1] in _COMPARED:
                out.update(range(i, hi))
                continue
            if hi < len(words) and words[hi] in _NOUNS:
                hi += 1
            out.update(range(i, hi))
            if not re.search(rf"\(\s*{re.escape(words[i])}\b", question, re.IGNORECASE):
                continue
            start, edges = i, _EDGES - {"per"} if arith[1] == "/" else _EDGES
            while start > 0 and i - start < 3 and words[start - 1] not in edges:
                start -= 1  # "output per employee (gsp divided by employment)": a ratio
            out.update(range(start, i))
    return out
