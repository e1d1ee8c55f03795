"""A table named as the things each bar stands for: "which plots had …", "the 5 counties
with …", "each ward" — a plural, or a noun a word picks one by one. A singular word that
only names the table's topic ("people who oppose [abortion]" of ``gss_abortion``) asks for
no bar per row of it."""

from __future__ import annotations

from .draft import Draft
from .link import Mention

__all__ = ["each_ones", "named_as_things"]

#: words before a singular noun that make it one thing of many ("which plot", "each ward")
_PICKS = frozenset(
    ["which", "what", "each", "every", "per", "by", "any", "single", "individual", "top"]
)


def named_as_things(d: Draft, m: Mention) -> bool:
    """Whether the table mention ``m`` names the table's things one by one: not when it is
    one singular noun no word picks one by one ("which plot", "each ward")."""
    from lemminflect import getAllLemmas

    last = d.q.words[m.hi - 1]
    known = getAllLemmas(last.text)  # none for a name ("Seattle"): a singular too
    plural = last.lemma != last.text or last.text.endswith("s")  # "plots", "savings"
    if m.hi - m.lo > 1 or plural or (known and "NOUN" not in known):
        return True  # a plural ("plots"), or no one singular noun ("trained in")
    before = d.q.texts(max(0, m.lo - 3), m.lo)  # "top 2 heaviest fish": ranked one by one
    return bool(set(before) & _PICKS) or any(w.isdigit() or w.endswith("est") for w in before)


def each_ones(d: Draft, m: Mention) -> bool:
    """ "[prices] of the finance journals": a number said in the plural, with no aggregate, of
    the rows a value keeps (the table's mention ``m``) is each row's number — a bar per row,
    not one average."""
    if len(d.measures) != 1 or d.measures[0].explicit or d.measures[0].column is None:
        return False
    column = d.measures[0].column
    said = [x for x in d.mentions if x.column is column and x.hi < m.lo]
    if not said or m.kind != "table":
        return False
    last = d.q.words[said[-1].hi - 1]
    between = d.q.texts(said[-1].hi, m.lo)
    return last.lemma != last.text and between[:1] == ["of"] and len(between) <= 4
