"""Counts of the things a log table records: "number of storms per year" on a table of storm
observations (one row per storm every six hours) counts storms — its distinct identifiers —
not rows. The table's profile says when its rows are not its entities: no column tells one
row from another, and the column that names the entity (``name``, ``storm_id``) repeats."""

from __future__ import annotations

from ....errors import error
from ...catalog.model import Column, Table
from ..kind_ids import repeats_as_kind
from ..lexicon import lemma, split_name
from .draft import Draft, Measure
from .link import Mention
from .panel_units import renumbered

__all__ = ["entity_counts", "entity_key", "entity_notes", "entity_title"]

#: words of a column that names each thing of its table (``storm_id``, ``name``)
_NAMING = ("id", "name", "code", "key")
#: a column this share of the rows or less repeats: each thing has several rows
_REPEATS = 0.5
#: a column with this share of distinct values or more tells rows apart (profiles are estimates)
_UNIQUE = 0.95


def _unique(table: Table, column: Column) -> bool:
    """A key or a text column with a value for each row (a position or a time that differs
    from row to row tells nothing about what the rows are)."""
    rows = table.row_count or 0
    if column.primary_key:
        return True
    return (
        column.semantic in ("key", "nominal")
        and rows > 0
        and (column.distinct or 0) >= _UNIQUE * rows
    )


def _entity(table: Table) -> str | None:
    words = split_name(table.name)
    return words[-1] if words else None


def _rank(table: Table, column: Column, entity: str) -> int:
    """2: the column names the table's thing (``storm_id``, ``storm_name``, a text ``storm``);
    1: a bare ``name`` or ``id``; 0: not an identifier."""
    words = split_name(column.name)
    if words == [entity]:
        return 2 if column.semantic in ("nominal", "key") else 0
    if len(words) == 2 and words[0] == entity and words[1] in _NAMING:
        return 2
    if words in (["name"], ["id"]):
        return 1
    return 0


def entity_key(table: Table, entity: str | None = None) -> Column | list[Column] | None:
    """The column naming the thing ``table`` is named after (or ``entity``, a word of its
    name: the movies of ``movielens``), when the table holds several rows per thing (a log,
    track or panel); several equally likely columns: all of them; None when its rows may be
    the things themselves."""
    rows = table.row_count or 0
    entity = entity or _entity(table)
    if rows < 2 or entity is None or table.primary_key:
        return None
    if any(_unique(table, c) for c in table.columns):
        return None  # some column tells rows apart: they are things of their own
    ranked = [(_rank(table, c, entity), c) for c in table.columns]
    ranked = [
        (r, c)
        for r, c in ranked
        if r and 2 <= (c.distinct or 0) <= _REPEATS * rows and not repeats_as_kind(table, c)
    ]  # two test kinds over thousands of tests: no count of tests
    if not ranked:
        return None
    best = max(r for r, _ in ranked)
    found = [c for r, c in ranked if r == best]
    counts = [c.distinct or 0 for c in found]
    if max(counts) <= min(counts) * 1.05:  # ``storm_id`` and ``storm_name``: one and the same
        return found[0]
    return found


def _plural(word: str) -> bool:
    return lemma(word) != word


def _counted_noun(d: Draft, table: Table) -> Mention | None:
    """The words that say the things of ``table`` are counted: the table's own name in the
    plural ("number of storms", "years with more than 18 storms"), or a value of one of its
    columns in the plural right after the count words ("how many hurricanes")."""
    entity = _entity(table)
    for m in d.mentions:
        words = d.q.texts(m.lo, m.hi)
        if m.table is not table or not words or not _plural(words[-1]):
            continue
        why = d.q.used.get(m.lo, "")
        if (
            m.kind == "table"
            and lemma(words[-1]) in (entity, *_named_by(table, lemma(words[-1])))
            and why.startswith("counted")
        ):
            return m
        if m.kind == "value" and why == "value" and _after_count(d, m.lo):
            value = str(m.best.value).lower()
            if lemma(words[-1]) == value.split()[-1] and value != words[-1]:
                return m
    return None


def _named_by(table: Table, noun: str) -> tuple[str, ...]:
    """``noun`` when it is an earlier word of the table's name and a column of the table
    names it as an identifier (``movieId`` in ``movielens``): the table's rows are records
    about those things, so "how many movies" counts them, not the rows."""
    words = split_name(table.name)
    if noun not in words[:-1]:
        return ()
    for column in table.columns:
        named = split_name(column.name)
        if len(named) == 2 and named[0] == noun and named[1] in _NAMING:
            return (noun,)
    return ()


def _after_count(d: Draft, lo: int) -> bool:
    skip = {"the", "of", "different", "distinct", "unique", "separate"}
    for _, hi in d.r.counts:
        i = hi
        while i < lo and d.q.words[i].text in skip:
            i += 1
        if i == lo:
            return True
    return False


def entity_counts(d: Draft) -> None:
    """A count of rows of a log table whose words count the table's things: their distinct
    identifiers are counted; when no one column identifies them, the plan is refused with
    both readings."""
    for measure in d.measures:
        if measure.agg != "count" or measure.column is not None:
            continue
        noun = _counted_noun(d, measure.table)
        if noun is None:
            continue
        said = " ".join(d.q.texts(noun.lo, noun.hi))
        thing = lemma(d.q.texts(noun.lo, noun.hi)[-1])
        key = entity_key(measure.table, thing if noun.kind == "table" else None)
        if key is None or (isinstance(key, Column) and renumbered(measure.table, key)):
            continue  # respondents numbered anew each year: each row is one
        if isinstance(key, list):
            names = " or ".join(f"'number of distinct {c.name}'" for c in key)
            raise error(
                "AISER-PLAN-UNSURE",
                f"{measure.table.name} has several rows for each of its {said}, and no one "
                f"column names them; say 'number of rows' or {names}",
                understood=f"count of {said}",
                unused=[said],
            )
        measure.agg, measure.column, measure.entity = "distinct", key, said
        for i in d.r.distinct:
            d.q.claim(i, i + 1, "distinct")


def entity_title(m: Measure) -> str | None:
    """ "Number of storms (distinct name)": the axis says what was counted, and how."""
    if m.entity is None or m.column is None:
        return None
    return f"Number of {m.entity} (distinct {m.column.name})"


def entity_notes(d: Draft) -> list[str]:
    return [
        f"{m.table.name} has several rows for each of its {m.entity} "
        f"({m.table.row_count} rows, about {m.column.distinct} distinct {m.column.name}): "
        f"the {m.entity} are counted as distinct {m.column.name}"
        for m in d.measures
        if m.entity is not None and m.column is not None
    ]
