"""A yes/no column named by a noun, said as the state it names: "insured" of ``insurance``,
"employed" of ``employment`` ("percent insured by region", "number of employed people").

The linker reads names as written, and "insured" names nothing; the honesty check then
refuses the question, or it is drawn over everyone when the word passes as a modifier. The
participle and the noun share their root once the participle's ending and the noun's suffix
are taken off (insur-ed, insur-ance): the word is a mention of the flag, read by the steps
after as any flag named (its rows, its share). A word negated by a prefix ("uninsured") is
left alone: the side it says is the other one, which the flag steps read only from the name.
"""

from __future__ import annotations

from ..flag_roots import noun_root, participle_root
from ..lexicon import split_name
from .draft import Draft
from .flag_values import flag_value
from .mentions import Candidate, Mention

__all__ = ["flag_forms"]


def flag_forms(d: Draft) -> None:
    """Each free word that no mention covers and that is the participle of a one-word yes/no
    column's noun: a mention of that column."""
    covered = {i for m in d.mentions for i in range(m.lo, m.hi)}
    tables = {id(t): t for t in [*d.tables(), *(m.table for m in d.mentions)]}
    for w in d.q.words:
        if w.i in covered or not (d.q.free(w.i) or d.q.used.get(w.i) == "counted"):
            continue  # ("number of [insured] people": the counted rows' state)
        root = participle_root(w.text)
        if not root:
            continue
        found = [
            (t, c)
            for t in (tables.values() or d.catalog.tables)
            for c in t.columns
            if len(split_name(c.name)) == 1
            and noun_root(split_name(c.name)[0]) == root
            and flag_value(c, True) is not None
        ]
        if len(found) == 1:
            table, column = found[0]
            d.mentions.append(Mention(w.i, w.i + 1, [Candidate("column", table, column, 0.8)]))
