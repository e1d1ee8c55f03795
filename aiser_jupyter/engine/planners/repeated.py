"""A table of repeated measurements and the words that name it: "lab visits", "follow-up
visits", "at any visit" of ``pbcseq`` (several rows per patient, the same measurements taken
again), "at entry", "at baseline" of ``pbc`` (one row per patient).

Longitudinal data keeps a base table (one row per patient, subject, respondent) beside a table
that repeats its key with the same measurements at later times. The names rarely say which is
which (``pbc``, ``pbcseq``), but the data does: the repeated table joins to the base table on a
key that repeats on its side, and the two share several measurement columns. An analyst names
the repeated rows ("visits", "follow-up", "measurements", "readings") or the base ones ("at
entry", "at baseline"); read against the other table, the same column gives another number
(the entry albumin, not the average over visits) under the same words. Linking reads these
words as the table they name (:func:`visit_mentions`), and the account explains them only by a
plan that reads that table (:func:`visit_explains`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import lemma

if TYPE_CHECKING:
    from ..catalog.model import Catalog, Table
    from .facts import Facts
    from .rules.question import Question

__all__ = ["read_from_data", "repeated_tables", "visit_explains", "visit_mentions", "visit_word"]

#: nouns for one of several times a thing was measured again
_VISITS = frozenset(["visit", "followup", "measurement", "reading", "checkup", "reexamination"])
#: nouns after "at" for the first time it was measured: the base table's row
_ENTRY = frozenset(["entry", "baseline", "registration", "enrolment", "enrollment", "intake"])
#: measurement columns two tables share, at least, to be one table's repeats of the other's
_SHARED = 3


def repeated_tables(catalog: Catalog) -> list[tuple[Table, Table]]:
    """``(repeated, base)`` pairs: a join whose key repeats on the repeated side, the two
    tables sharing :data:`_SHARED` number columns by name (the same measurements again)."""
    return catalog.derived("repeated tables", _pairs)


def _pairs(catalog: Catalog) -> list[tuple[Table, Table]]:
    out: list[tuple[Table, Table]] = []
    for join in catalog.joins:
        rep, base = catalog.table(join.table), catalog.table(join.ref_table)
        key = rep.column(join.column) if rep is not None else None
        if rep is None or base is None or key is None or not rep.row_count:
            continue
        if (key.distinct or 0) >= 0.9 * rep.row_count:
            continue  # one row per key: no repeats
        numbers = {c.name.lower() for c in base.columns if c.semantic == "quantitative"}
        shared = {c.name.lower() for c in rep.columns if c.semantic == "quantitative"} & numbers
        if len(shared - {join.column.lower()}) >= _SHARED:
            out.append((rep, base))
    return out


def visit_word(i: int, words: list[str]) -> str | None:
    """``"repeated"`` for a word naming repeated measurements ("visits", "follow-up", "at any
    visit"), ``"base"`` for the first one ("at entry", "at baseline"); else None."""
    word = lemma(words[i])
    if word in _VISITS or word == "follow-up":
        return "repeated"
    if word == "follow" and words[i + 1 : i + 2] == ["up"]:
        return "repeated"  # the account's words split "follow-up"
    if word == "up" and i and words[i - 1] == "follow":
        return "repeated"
    if word in _ENTRY and i and words[i - 1] in ("at", "on"):
        return "base"
    return None


def visit_mentions(q: Question, catalog: Catalog, taken: set[int]) -> list[tuple[int, Table]]:
    """``(word index, table)`` for the free words of ``q`` that name a repeated table or its
    base table (see the module), when the catalog holds exactly one such pair."""
    pairs = repeated_tables(catalog)
    if len(pairs) != 1:
        return []
    rep, base = pairs[0]
    texts = [w.text for w in q.words]
    found: list[tuple[int, Table]] = []
    for w in q.words:
        if w.i in taken or not q.free(w.i) or w.quoted:
            continue
        side = visit_word(w.i, texts)
        if side is not None:
            found.append((w.i, rep if side == "repeated" else base))
    return found


def _shared_read(facts: Facts, table: Table, other: Table) -> bool:
    """Whether the plan reads, from ``table``, a column ``other`` has too (a measurement)."""
    names = {c.name.lower() for c in other.columns if c.semantic != "key"}  # not the join's
    return any(t == table.name.lower() and c in names for t, c in facts.columns)


def visit_explains(i: int, words: list[str], facts: Facts) -> str | None:
    """For a word naming a repeated table or its base (:func:`visit_word`): ``"table"`` when
    the plan reads the table it names, ``""`` when it does not (a name left out); None for
    any other word, or a catalog without such a pair."""
    side = visit_word(i, words)
    if side is None or facts.catalog is None:
        return None
    pairs = repeated_tables(facts.catalog)
    if len(pairs) != 1:
        return None
    rep, base = pairs[0]
    if side == "repeated":  # the visits' own numbers, or the visits counted
        read = _shared_read(facts, rep, base) or "count" in facts.aggregates
        return "table" if rep.name.lower() in facts.tables and read else ""
    read = _shared_read(facts, base, rep) or not _shared_read(facts, rep, base)
    return "table" if base.name.lower() in facts.tables and read else ""


def read_from_data(i: int, words: list[str], facts: Facts) -> str | None:
    """Why the data explains ``words[i]``: ``"value"`` for a code the plan keeps ("red-tailed
    hawks" of Species 'RT', "adults and immatures" of A, I: :mod:`.code_values`), ``"table"``
    for "lab visits" of a table of repeated measurements the plan reads, ``"rows"`` for
    "[players]" of a table whose rows are people (:mod:`.people_rows`); else None."""
    from .code_values import code_explains
    from .people_rows import rows_are_people

    if code_explains(i, words, facts):
        return "value"
    if rows_are_people(i, words, facts):
        return "rows"
    return "table" if visit_explains(i, words, facts) else None
