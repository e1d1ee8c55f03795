"""A column named as the schema spells it, in parentheses after the words describing it:
"average capital account openness (kaopen) by country" measures ``kaopen`` — the name typed
is the analyst's own gloss of the words before it, which then name nothing else (no fuzzy
match of "capital" to another column)."""

from __future__ import annotations

from ...catalog.model import Column, Table
from .draft import Draft
from .link import Mention

__all__ = ["literal_names"]


def _named_column(d: Draft, lo: int, hi: int) -> tuple[Table, Column] | None:
    """The column whose name is words ``lo..hi-1`` as typed (joined by "_" or by nothing)."""
    texts = d.q.texts(lo, hi)
    spelled = {"_".join(texts), "".join(texts)}
    for table in d.catalog.tables:
        for column in table.columns:
            if column.name.lower() in spelled:
                return table, column
    return None


def _paren_groups(d: Draft) -> list[tuple[int, int]]:
    """The runs of words typed inside parentheses."""
    runs: list[tuple[int, int]] = []
    i, words = 0, d.q.words
    while i < len(words):
        if words[i].paren:
            j = i
            while j < len(words) and words[j].paren:
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _described(d: Draft, lo: int) -> int:
    """Where the words describing the name at ``lo`` start: back over the free words, up to an
    aggregate ("average"), a count ("number of"), a grouping or versus cue, or another
    parenthesis."""
    stops = {i for a in d.r.aggs for i in range(a.i, a.hi)}
    stops |= {i for span in d.r.counts for i in range(*span)}
    stops |= {i for span in d.r.versus for i in range(*span)} | d.r.group_cues
    start = lo
    while start > 0:
        k = start - 1
        w = d.q.words[k]
        if k in stops or not d.q.free(k) or w.paren or w.stop or w.quoted or w.number is not None:
            break
        start = k
    return _listed(d.q.texts(), start, lo, start - 1 in d.r.group_cues)


def _listed(words: list[str], start: int, lo: int, grouped: bool) -> int:
    """ "by college degree and sex (female)": after a grouping cue, "and" or "or" lists the
    groupings, and only the words after the last of them describe the name at ``lo``."""
    joins = [k for k in range(start, lo) if words[k] in ("and", "or")]
    return joins[-1] + 1 if grouped and joins else start


def literal_names(d: Draft) -> None:
    """ "capital account openness (kaopen)": the column ``kaopen`` is what the words before it
    name; their own matches (other columns, tables) are dropped and the words are explained
    by the name."""
    for lo, hi in _paren_groups(d):
        found = _named_column(d, lo, hi)
        if found is None:
            continue
        own = next((m for m in d.mentions if m.lo <= lo and hi <= m.hi), None)
        if own is None or not any(c.column is found[1] for c in own.cands):
            continue
        start = _described(d, lo)
        if start == lo:
            continue
        kept: list[Mention] = []
        for m in d.mentions:
            inside = start <= m.lo and m.hi <= lo
            if inside and m.kind != "value":
                continue  # the described words name the column in parentheses, nothing else
            kept.append(m)
        d.mentions[:] = kept
        own.cands.sort(key=lambda c: c.column is not found[1])
        if not any(start <= m.lo < lo for m in kept):
            own.lo = start  # one name: an aggregate before the words reaches the column
        d.q.claim(start, lo, "described by its name")
