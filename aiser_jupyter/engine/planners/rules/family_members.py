"""Steps for a column of a family that differ by a short suffix (:mod:`..suffix_families`).

- "histogram of kindergarten reading scores": of ``readk, read1, read2, read3`` the words
  around "reading" pin ``readk``; "first grade math" pins ``math1``; "population in 2010"
  pins ``pop2010``. The pinned member is put first among the mention's candidates and its
  words are used (:func:`pinned_members`, before any step reads a mention's column).
- A member drawn that no word pinned — none does, or several pin different members — is a
  guess under the user's words: ``AISER-PLAN-UNSURE`` naming the members
  (:func:`unpinned_members`, last). A family of years drawn at its latest year needs no word
  ("under-5 mortality" means the latest there is, :mod:`..name_years`).
"""

from __future__ import annotations

from ....errors import error
from ...catalog.model import Column, Table
from ..suffix_families import (
    PHRASE_BREAKS,
    Family,
    family_of,
    members_text,
    pins_among,
)
from .draft import Draft
from .link import Candidate, Mention

__all__ = ["pinned_members", "unpinned_members"]


def pinned_members(d: Draft) -> None:
    """Put first the member of each mention's family that the words of its phrase pin."""
    for m in d.mentions:
        if m.kind != "column" or m.column is None:
            continue
        family = family_of(d.catalog, m.table, m.column)
        if family is None:
            continue
        found, by_number = _pins(d, m, family)
        if len({s for s, _ in found}) != 1:
            continue
        suffix = found[0][0]
        column = family.members[suffix]
        d.pinned.add((m.table.name.lower(), column.name.lower()))
        chosen = Candidate("column", m.table, column, score=m.best.score, rank=m.best.rank)
        m.cands = [chosen, *(c for c in m.cands if c.column is not column)]
        spans = {i for _, i in found} | (_nouns(d, found) if by_number else set())
        d.r.ranges = [tr for tr in d.r.ranges if not set(range(*tr.span)) & spans]
        while m.lo - 1 in spans:  # "first grade [spelling]": one phrase names the column
            m.lo -= 1
        while m.hi in spans:
            m.hi += 1
        for i in spans - set(range(m.lo, m.hi)):
            d.q.used[i] = "the column's suffix"


def _nouns(d: Draft, found: list[tuple[str, int]]) -> set[int]:
    """The free nouns a number pins the member with: "first [grade]", "[grade] 1"."""
    out: set[int] = set()
    for _, i in found:
        word = d.q.words[i].text
        noun = i - 1 if word.isdigit() else i + 1
        if (
            d.q.free(noun)
            and d.q.words[noun].text.isalpha()
            and d.q.words[noun].text not in PHRASE_BREAKS
        ):
            out.add(noun)
    return out


def _phrase(d: Draft, m: Mention) -> list[int]:
    """The words of the phrase that names ``m``: its own, and the unused words beside it up
    to a word that starts another part ("by", "and", another name, a used word)."""
    taken = {i for o in d.mentions if o is not m for i in range(o.lo, o.hi)}
    out = list(range(m.lo, m.hi))
    for step, start in ((-1, m.lo - 1), (1, m.hi)):
        i = start
        while 0 <= i < len(d.q.words) and i not in taken:
            if d.q.words[i].text in PHRASE_BREAKS or not _open(d, i):
                break
            out.append(i)
            i += step
    return sorted(out)


def _open(d: Draft, i: int) -> bool:
    """Word ``i`` is free, or a single year read as a period (``2010`` of ``pop2010``) or as
    the year of a column (:mod:`.column_years`)."""
    why = d.q.used.get(i)
    if why is None or why == "the column's year":
        return True
    return why == "time range" and d.q.words[i].number is not None


def _pins(d: Draft, m: Mention, family: Family) -> tuple[list[tuple[str, int]], bool]:
    """``(suffix, word index)`` of each word of ``m``'s phrase that pins a member: numbers
    first; the initial of an unused content word only when no number pins one (then False)."""
    words = d.q.texts()
    return pins_among(
        words, _phrase(d, m), family, lambda i: not m.lo <= i < m.hi and i not in d.q.used
    )


def unpinned_members(d: Draft) -> None:
    """Raise ``AISER-PLAN-UNSURE`` for a drawn member of a family that no word pinned."""
    drawn: list[tuple[Table, Column]] = [(x.table, x.column) for x in d.dims]
    drawn += [(x.table, x.column) for x in d.measures if x.column is not None]
    for table, column in drawn:
        family = family_of(d.catalog, table, column)
        if family is None or (table.name.lower(), column.name.lower()) in d.pinned:
            continue
        if family.years and family.suffix(column) == family.latest():
            continue  # "population" of pop2000, pop2010: the latest there is
        said = _said(d, table, column)
        msg = (
            f"{said!r} may mean any of {members_text(family)}, and the question does not say "
            "which one (a number such as 'grade 1' or 'in 2010', an ordinal such as 'first', "
            "or the column's name)"
        )
        raise error(
            "AISER-PLAN-UNSURE",
            msg,
            understood=f"{said} (which of {members_text(family)} unclear)",
            unused=[said],
            suggestions=[c.name for c in family.members.values()],
        )


def _said(d: Draft, table: Table, column: Column) -> str:
    for m in d.mentions:
        if m.column is not None and m.table is table and m.column.name == column.name:
            return d.q.phrase(m.lo, m.hi)
    return column.name
