"""A table named as the things each bar stands for: "which plots had …", "the 5 counties
with …", "each ward" — a plural, or a noun a word picks one by one. A singular word that
only names the table's topic ("people who oppose [abortion]" of ``gss_abortion``) asks for
no bar per row of it."""

from __future__ import annotations

from .draft import Draft
from .link import Mention

__all__ = ["named_as_things"]

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
