"""The honesty check's reading of a word nothing explains right before a name that columns of
two tables or more share: "histogram of [pharmaceutical] [industry] contributions to senators"
where ``CAFE.Contribution`` (car makers') and ``CanadianDrugs.Contributions`` (drug makers')
both answer to "contributions" — a number the plan measures (a grouping's table is the one
its rows are counted in, whichever holds the name). The word says which of them; left unread, the plan took one
of them by chance, and the chart would be the other's under the question's words."""

from __future__ import annotations

from ..catalog.model import Catalog
from .facts import Facts, name_words
from .lexicon import lemma
from .words import is_content

__all__ = ["modifies_shared_name"]

#: what explains a word that names a column (as the honesty check records it)
_NAMED = frozenset(["name", "measure name", "synonym"])


def _tables_by_word(catalog: Catalog) -> dict[str, frozenset[str]]:
    """Each word of a number's name → the tables that have a number named with it."""
    out: dict[str, set[str]] = {}
    for table in catalog.tables:
        for column in table.columns:
            if column.semantic != "quantitative":
                continue
            for word in name_words(column.name):
                out.setdefault(word, set()).add(table.name)
    return {w: frozenset(t) for w, t in out.items()}


def modifies_shared_name(i: int, words: list[str], why_at: dict[int, str], facts: Facts) -> bool:
    """Whether unexplained word ``i`` stands right before (another unexplained word between at
    most) a word naming what the plan measures, and numbers of two tables or more."""
    if facts.catalog is None:
        return False
    k = i + 1
    while k < min(len(words), i + 3) and k not in why_at and is_content(words[k]):
        k += 1
    if k >= len(words) or why_at.get(k) not in _NAMED:
        return False
    raw = facts.binned or facts.mark == "point"  # a histogram's or a scatter's numbers
    measured = facts.measure_names | (facts.group_names if raw else set())
    if words[k] not in measured and lemma(words[k]) not in measured:
        return False  # "by [disease] stage": a grouping's name, whichever table holds it
    by_word = facts.catalog.derived("tables by name word", _tables_by_word)
    holders = by_word.get(words[k], frozenset()) | by_word.get(lemma(words[k]), frozenset())
    return len(holders) >= 2
