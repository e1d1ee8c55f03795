"""Proper names the catalog did not keep, looked up in the data before refusing: "How many
breaches did Walgreen Co. report?" where ``Walgreen Co.`` is one of a thousand names of a
column whose profile kept five. Only a run of capitalised words inside the sentence that the
plan left unused (or a word of a list of things: "dplyr, tidyr and shiny") is looked up, only in text columns whose values the catalog did not all
keep, of the tables the refused plan reads, and only a value stored as typed (case aside)
is taken."""

from __future__ import annotations

import sqlglot
from sqlglot import exp

from ...catalog.lookup import Lookup
from ...catalog.model import Catalog, Column, Table
from ..listed_words import listed_items
from .link import Candidate, Mention
from .question import Question

__all__ = ["Found", "add_found", "look_up"]

#: spans of the question's words → (table, column, stored value) found for them
Found = dict[tuple[int, int], list[tuple[Table, Column, str]]]


#: lower-case words inside a name ("Bank of America", "Johnson & Johnson")
_INSIDE = frozenset(["of", "and", "&", "the", "for"])


def _capital(q: Question, i: int) -> bool:
    w = q.words[i]
    return not w.quoted and w.number is None and w.raw[:1].isupper()


def _runs(q: Question, unused: set[str]) -> list[tuple[int, int]]:
    """Runs of capitalised words (a lone first word of the sentence aside) with a word the
    plan left unused."""
    runs: list[tuple[int, int]] = []
    i, n = 0, len(q.words)
    while i < n:
        if not _capital(q, i):
            i += 1
            continue
        hi = i + 1
        while hi < n and (
            _capital(q, hi) or (q.words[hi].text in _INSIDE and hi + 1 < n and _capital(q, hi + 1))
        ):
            hi += 1
        if (i, hi) != (0, 1) and any(_typed(q, k) & unused for k in range(i, hi)):
            runs.extend(_unused_parts(q, i, hi, unused))
            runs.append((i, hi))
        i = hi
    return runs


def _unused_parts(q: Question, lo: int, hi: int, unused: set[str]) -> list[tuple[int, int]]:
    """ "PEKING WOK, DENNY'S and I.H.O.P." where the plan kept PEKING WOK: the names of the
    run left unused, each on its own (the run's commas are not kept), before the whole run."""
    if all(_typed(q, k) & unused or q.words[k].text in _INSIDE for k in range(lo, hi)):
        return []
    parts: list[tuple[int, int]] = []
    k = lo
    while k < hi:
        if not _typed(q, k) & unused:
            k += 1
            continue
        end = k + 1
        while end < hi and _typed(q, end) & unused:
            end += 1
        parts.append((k, end))
        k = end
    return parts


def _typed(q: Question, k: int) -> set[str]:
    """The word at ``k`` as the account reads it: "denny's" of a possessive "DENNY'S"."""
    w = q.words[k]
    return {w.text, w.text + "'s"} if w.possessive else {w.text}


def _phrases(q: Question, lo: int, hi: int) -> list[str]:
    """ "Walgreen Co" typed before a period: with it and without; "DENNY'S" with its "'s"
    (a name's own letters, which the reader took for a possessive) and without."""
    said = " ".join(w.raw for w in q.words[lo:hi])
    if q.words[hi - 1].possessive:
        return [said + "'s", said]
    return [said, said + "."]


def _columns(sql: str, dialect: str, catalog: Catalog) -> list[tuple[Table, Column]]:
    try:
        read = {t.name.lower() for t in sqlglot.parse_one(sql, read=dialect).find_all(exp.Table)}
    except sqlglot.errors.SqlglotError:
        return []
    return [
        (t, c)
        for t in catalog.tables
        if t.name.lower() in read
        for c in t.columns
        if c.semantic in ("nominal", "key")
        and any(k in c.type.upper() for k in ("CHAR", "TEXT", "STRING"))
        and (c.distinct is None or c.distinct > len(c.samples))
    ]


def look_up(
    q: Question, unused: set[str], sql: str, dialect: str, catalog: Catalog, lookup: Lookup
) -> Found:
    """The proper names of ``q`` among ``unused`` words that a text column stores."""
    columns = _columns(sql, dialect, catalog)
    listed = listed_items(q.text)  # "of dplyr, tidyr and shiny": each a name, lower case or not
    runs = _runs(q, unused) + [(w.i, w.i + 1) for w in q.words if w.text in listed & unused]
    if not columns or not runs:
        return {}
    said = {p: span for span in runs for p in _phrases(q, *span)}
    by_name = {(t.name, c.name): (t, c) for t, c in columns}
    found: Found = {}
    for phrase, table, column, stored in lookup(list(said), list(by_name)):
        t, c = by_name[(table, column)]
        found.setdefault(said[phrase], []).append((t, c, stored))
    return found


def add_found(mentions: list[Mention], found: Found | None) -> list[Mention]:
    """``mentions`` with a value mention for each span found, in place of any over its words."""
    if not found:
        return mentions
    kept = [m for m in mentions if not any(m.lo < hi and lo < m.hi for lo, hi in found)]
    added = [
        Mention(lo, hi, [Candidate("value", t, c, v, 1.0) for t, c, v in hits])
        for (lo, hi), hits in found.items()
    ]
    return sorted([*kept, *added], key=lambda m: (m.lo, m.hi))
