"""A word for what each row is, before the measure: "average [sale] price" of a table of house
sales whose other columns say ``Sale.Type`` and ``Sale.Condition``. The word is the first word
of other columns' names in the measured table — the thing the table describes — and only one
column of that table is named by the measure's word, so the word picks no other number: it
says whose price, not which."""

from __future__ import annotations

from .facts import Facts
from .lexicon import lemma, split_name

__all__ = ["row_subject"]


def row_subject(i: int, words: list[str], why_at: dict[int, str], facts: Facts) -> bool:
    """Whether unexplained ``words[i]``, right before the measure's name, names the rows of
    the measured table (see the module)."""
    if i + 1 >= len(words) or why_at.get(i + 1) != "measure name" or facts.catalog is None:
        return False
    base, head = lemma(words[i]), lemma(words[i + 1])
    for name in facts.tables:
        table = facts.catalog.table(name)
        if table is None:
            continue
        names = [split_name(c.name, expand=False) for c in table.columns]
        leading = sum(1 for n in names if len(n) > 1 and lemma(n[0]) == base)
        heads = sum(1 for n in names if head in {lemma(w) for w in n})
        if leading and heads == 1:
            return True
    return False
