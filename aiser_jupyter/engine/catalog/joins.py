"""Joins as real data has them: declared keys first, then inferred ones confirmed on the data.

Real schemas rarely declare their foreign keys, and few follow ``x_id → x.id``:
``trips.carrier → carriers.carrier`` (the same name), ``o_custkey → c_custkey``
(a table prefix), ``trips.origin → stations.code`` (nothing in the names). Each
candidate is checked in SQL on a bounded sample: the distinct values of the many
side must be found on the unique side. What was checked is kept as the join's
evidence, shown to the user and to the LLM. Several joins from one table to another
(``origin`` and ``dest`` to ``stations``) are *roles*: each keeps its column as
its role, and the planner chooses one by the question's words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlglot import exp

from ...errors import AiserError
from ..config import Limits
from .model import CatalogSource, Column, Join, Table
from .one_way import one_way
from .pairs import holds_days, key_family, pair_kind
from .subset import Overlap, covers_part, may_cover_part, part_evidence

__all__ = [
    "CHECK_ROWS",
    "CHECK_VALUES",
    "MIN_CONTAINED",
    "confirm",
    "first_row",
    "infer_joins",
    "joins_on_the_day",
    "key_family",
    "pair_kind",
    "quoted",
    "unique",
    "with_roles",
]

#: share of the many side's sampled distinct values that must exist on the unique side
MIN_CONTAINED = 0.9
#: distinct values of the many side checked per candidate
CHECK_VALUES = 2_000
#: rows of the many side read to find those values
CHECK_ROWS = 200_000
#: days two series' spans must share for the day to join them
MIN_SHARED_DAYS = 28
#: the kind of candidate that joins two series on their day, as its evidence begins
_DAY = "same day"
#: containment queries per catalog: big schemas stay cheap to open
MAX_CHECKS = 200
_KEY_SUFFIX = re.compile(r"(?:_id|id|_key|key|_code|_no|_num|_nbr)$", re.I)


@dataclass
class _Candidate:
    table: Table
    column: Column
    ref_table: Table
    ref_column: Column
    kind: str  #: "name" | "same name" | "prefix" | "values" | "same day"
    rank: int  #: lower is checked first


def unique(table: Table, column: Column) -> bool:
    """Whether ``column`` may hold a different value on every row of ``table``, by its profile
    (distinct counts of a sample, approximate for numbers: :func:`exactly_unique` confirms)."""
    if column.primary_key and len(table.primary_key) == 1:
        return True
    rows, distinct = table.row_count, column.distinct
    if not rows or distinct is None or rows < 2:
        return False
    # NULLs aside (a code table's USPS column is empty for the islands that have no code),
    # as long as most rows have a value: a mostly empty column is no key
    present = min(rows, CHECK_ROWS) - (column.nulls or 0)
    if present < max(2, 0.5 * min(rows, CHECK_ROWS)):
        return False
    return distinct >= 0.9 * present  # HyperLogLog counts err by a few %


def exactly_unique(source: CatalogSource, table: Table, column: Column) -> bool:
    """Checked in SQL: no value of ``column`` repeats (NULLs aside)."""
    if column.primary_key and len(table.primary_key) == 1:
        return True
    ident = exp.Column(this=quoted(column.name))
    query = exp.select(
        exp.Count(this=ident.copy()).as_("n"),
        exp.Count(this=exp.Distinct(expressions=[ident.copy()])).as_("d"),
    ).from_(exp.Table(this=quoted(table.name)))
    row = first_row(source, query.sql(source.dialect))
    return row is not None and row["n"] == row["d"] and int(str(row["n"] or 0)) > 0


def first_row(source: CatalogSource, sql: str) -> dict[str, object] | None:
    """The first row of a check the catalog runs (bounded in time), or None when it fails."""
    try:
        rows = source.run(sql, Limits(max_rows=2, timeout=10 * source.catalog_patience)).to_pylist()
    except AiserError:
        return None
    return rows[0] if rows else None


def _stem_tables(tables: list[Table]) -> dict[str, Table]:
    """Table names and their singulars: ``customers``, ``customer``, ``categories``, ``category``."""
    out: dict[str, Table] = {}
    for t in tables:
        n = t.name.lower()
        out.setdefault(n, t)
        for singular in (n[:-3] + "y" if n.endswith("ies") else "", n[:-2], n[:-1]):
            if singular and len(singular) >= 2 and n.endswith(("s", "es")):
                out.setdefault(singular, t)
    return out


def _candidates(tables: list[Table], declared: list[Join]) -> list[_Candidate]:
    have = {(j.table.lower(), j.column.lower()) for j in declared}
    stems = _stem_tables(tables)
    out: list[_Candidate] = []
    for t in tables:
        for c in t.columns:
            if (t.name.lower(), c.name.lower()) in have or key_family(c) is None:
                continue
            if c.primary_key and len(t.primary_key) == 1:
                continue  # a table's own key is the one side
            out += _name_candidates(t, c, stems)
            for ref in tables:
                if ref is t:
                    continue
                for k in ref.columns:
                    if key_family(k) != key_family(c) or not unique(ref, k):
                        continue
                    cand = _pair(t, c, ref, k)
                    if cand is not None:
                        out.append(cand)
    out += _series_candidates(tables)
    seen: set[tuple[str, str, str, str]] = set()
    kept = []
    for cand in sorted(out, key=lambda x: x.rank):
        key = (cand.table.name, cand.column.name, cand.ref_table.name, cand.ref_column.name)
        if key not in seen:
            seen.add(key)
            kept.append(cand)
    return kept


def _series_candidates(tables: list[Table]) -> list[_Candidate]:
    """Two series of one row per day (gold prices, a stock index) kept in tables with a date
    column of one name: the day joins them ("gold's price on the days the index closed above
    10,000"); so does a day repeated in a panel of a few series (a premium per region and
    day: one row per day and region) to a series of one row a day. A date repeated in its
    table otherwise (orders, events) is no key and joins nothing. Their spans may differ: the days are checked where both are kept
    (:func:`containment_sql`)."""
    out: list[_Candidate] = []
    for t in tables:
        for c in t.columns:
            if not holds_days(c) or not (unique(t, c) or _few_series(t, c)):
                continue
            for ref in tables:
                k = ref.column(c.name) if ref is not t else None
                if k is None and ref is not t and unique(t, c):
                    k = _other_day(t, c, ref)  # ``volat.date`` → ``USMacroSWM.time``
                if k is not None and holds_days(k) and unique(ref, k):
                    out.append(_Candidate(t, c, ref, k, _DAY, 2))
    return out


def _other_day(t: Table, c: Column, ref: Table) -> Column | None:
    """The day column of ``ref`` under another name, when each table has one date column of
    one row per date and both step alike (months on the first, years on 1 January, or days):
    two monthly series under ``date`` and ``time``. A monthly date is never matched with the
    first of each month of a daily series."""
    mine = [x for x in t.columns if holds_days(x) and unique(t, x)]
    theirs = [x for x in ref.columns if holds_days(x) and unique(ref, x)]
    if mine != [c] or len(theirs) != 1 or _step(c) is None or _step(c) != _step(theirs[0]):
        return None
    return theirs[0]


def _step(column: Column) -> str | None:
    """ "year", "month" or "day": how far apart the column's dates stand on average, from its
    first and last date and its count of distinct dates (None: none of those, or unknown)."""
    first, last = (str(v)[:10] if v is not None else "" for v in (column.min, column.max))
    try:
        span = (date.fromisoformat(last) - date.fromisoformat(first)).days
    except ValueError:
        return None
    if not column.distinct or column.distinct < 3:
        return None
    gap = span / (column.distinct - 1)
    if 360 <= gap <= 370 and first.endswith("-01-01") and last.endswith("-01-01"):
        return "year"
    if 27 <= gap <= 32 and first.endswith("-01") and last.endswith("-01"):
        return "month"
    return "day" if gap <= 1.6 else None


def _few_series(table: Table, day: Column) -> bool:
    """Whether ``table`` holds a few series of one row a day: a text column of at most 40
    values that, with ``day``, makes each row (the product of their distinct counts is about
    the row count; the counts are estimates)."""
    rows, days = table.row_count or 0, day.distinct or 0
    return any(
        c is not day
        and key_family(c) == "text"
        and 2 <= (c.distinct or 0) <= 40
        and 0.97 * rows <= days * (c.distinct or 0) <= 1.25 * rows
        for c in table.columns
    )


def _name_candidates(t: Table, c: Column, stems: dict[str, Table]) -> list[_Candidate]:
    """``customer_id`` / ``customerid`` / ``cust_key`` → the table named ``customer(s)``."""
    n = c.name.lower()
    stem = _KEY_SUFFIX.sub("", n).rstrip("_")
    if not stem or stem == n:
        stem = n  # "carrier" → carriers.carrier / carriers.code (checked on the data)
    ref = stems.get(stem)
    if ref is None or ref is t:
        return []
    keys = [
        k
        for k in (ref.column("id"), ref.column(c.name), *[ref.column(p) for p in ref.primary_key])
        if k is not None and key_family(k) == key_family(c)
    ]
    keys += [
        k
        for k in ref.columns
        if key_family(k) == key_family(c) and unique(ref, k) and k not in keys
    ]
    return [_Candidate(t, c, ref, k, "name", 0 if i == 0 else 1) for i, k in enumerate(keys[:3])]


def _pair(t: Table, c: Column, ref: Table, k: Column) -> _Candidate | None:
    repeats = bool(c.distinct and t.row_count and c.distinct < 0.9 * t.row_count)
    kind = pair_kind(c, k, repeats=repeats)
    if kind is None:
        return None
    return _Candidate(t, c, ref, k, kind, 3 if kind == "values" else 1)


def quoted(name: str) -> exp.Identifier:
    return exp.to_identifier(name, quoted=True)


def containment_sql(cand: _Candidate, dialect: str) -> str:
    """Of the many side's sampled distinct values: how many (``n``), how many are found on the
    unique side (``found``)."""
    col = exp.Column(this=quoted(cand.column.name))
    rows = (
        exp.select(col.as_("v"))
        .from_(exp.Table(this=quoted(cand.table.name)))
        .limit(CHECK_ROWS)
        .subquery("rows_")
    )
    kept: exp.Expression = exp.Not(this=exp.Is(this=exp.column("v"), expression=exp.Null()))
    if cand.kind == _DAY:  # two series of different spans: the days both are kept
        ref_day = exp.Column(this=quoted(cand.ref_column.name))
        span = [
            exp.select(f(this=ref_day.copy())).from_(exp.Table(this=quoted(cand.ref_table.name)))
            for f in (exp.Min, exp.Max)
        ]
        low, high = (exp.Subquery(this=q) for q in span)
        kept = exp.and_(kept, exp.Between(this=exp.column("v"), low=low, high=high))
    values = exp.select("v").distinct().from_(rows).where(kept).limit(CHECK_VALUES).subquery("s")
    ref = (
        exp.select(exp.Column(this=quoted(cand.ref_column.name)).as_("k"))
        .distinct()
        .from_(exp.Table(this=quoted(cand.ref_table.name)))
        .subquery("r")
    )
    query = (
        exp.select(
            exp.Count(this=exp.Star()).as_("n"),
            exp.Count(this=exp.column("k", table="r")).as_("found"),
        )
        .from_(values)
        .join(
            ref,
            on=exp.EQ(this=exp.column("v", table="s"), expression=exp.column("k", table="r")),
            join_type="left",
        )
    )
    return str(query.sql(dialect))


def confirm(source: CatalogSource, cand: _Candidate) -> tuple[int, float] | None:
    """``(values checked, share found)``, or None when the check could not run."""
    row = first_row(source, containment_sql(cand, source.dialect))
    if row is None:
        return None
    n, found = int(str(row["n"] or 0)), int(str(row["found"] or 0))
    return n, (found / n if n else 0.0)


def _overlap(source: CatalogSource, cand: _Candidate, n: int, share: float) -> Overlap | None:
    """The values of ``cand`` found and the keys of its unique side, when the unique side may
    be a dimension that classifies only some of them (:mod:`.subset`), else None."""
    if not may_cover_part(cand.kind, cand.column, cand.ref_column):
        return None
    ident = exp.Column(this=quoted(cand.ref_column.name))
    query = exp.select(exp.Count(this=exp.Distinct(expressions=[ident])).as_("keys")).from_(
        exp.Table(this=quoted(cand.ref_table.name))
    )
    row = first_row(source, query.sql(source.dialect))
    if row is None:
        return None
    overlap = Overlap(n=n, found=round(n * share), keys=int(str(row["keys"] or 0)))
    return overlap if covers_part(overlap) else None


def infer_joins(
    tables: list[Table], declared: list[Join], source: CatalogSource | None = None
) -> list[Join]:
    """Declared joins, then inferred ones; with a ``source``, each inferred join is confirmed
    on the data (its evidence says how), else only ``x_id → x`` names are trusted."""
    joins = [j.model_copy(update={"evidence": j.evidence or "declared"}) for j in declared]
    taken = {(j.table.lower(), j.column.lower()) for j in joins}
    checks = 0
    keys: dict[tuple[str, str], bool] = {}
    partial: list[tuple[_Candidate, Overlap]] = []
    for cand in _candidates(tables, declared):
        key = (cand.table.name.lower(), cand.column.name.lower())
        if key in taken:
            continue
        if source is None:
            if cand.kind == "name" and cand.rank == 0:
                joins.append(_join(cand, "named like the key of " + cand.ref_table.name))
                taken.add(key)
            continue
        if checks >= MAX_CHECKS:
            break
        checks += 1
        ref = (cand.ref_table.name, cand.ref_column.name)
        if ref not in keys:
            keys[ref] = exactly_unique(source, cand.ref_table, cand.ref_column)
        if not keys[ref]:
            continue
        result = confirm(source, cand)
        if result is None or result[0] < 1:
            continue
        n, share = result
        if cand.kind == _DAY and n < MIN_SHARED_DAYS:
            continue  # two series that share a few days: no calendar in common
        if share >= MIN_CONTAINED:
            joins.append(_join(cand, f"{cand.kind}: {share:.0%} of {n:,} sampled values found"))
            taken.add(key)
        elif (overlap := _overlap(source, cand, n, share)) is not None:
            partial.append((cand, overlap))
    for cand, overlap in partial:  # a key that holds all of a column's values goes first
        key = (cand.table.name.lower(), cand.column.name.lower())
        if key not in taken:
            evidence = part_evidence(cand.kind, _names(cand), overlap)
            joins.append(_join(cand, evidence).model_copy(update={"partial": True}))
            taken.add(key)
    return with_roles(one_way(joins, tables))


def _names(cand: _Candidate) -> tuple[str, str]:
    """``(table.column, ref_table.ref_column)``."""
    return (
        f"{cand.table.name}.{cand.column.name}",
        f"{cand.ref_table.name}.{cand.ref_column.name}",
    )


def joins_on_the_day(join: Join) -> bool:
    """Whether ``join`` was inferred as two series side by side on their day (its evidence
    says so), not as facts referring to a key."""
    return (join.evidence or "").startswith(_DAY)


def _join(cand: _Candidate, evidence: str) -> Join:
    return Join(
        table=cand.table.name,
        column=cand.column.name,
        ref_table=cand.ref_table.name,
        ref_column=cand.ref_column.name,
        declared=False,
        evidence=evidence,
    )


def with_roles(joins: Iterable[Join]) -> list[Join]:
    """Several joins from one table to the same key of another: each is a role named by its
    column (origin, dest). Joins to different columns of one table are one composite key."""
    joins = list(joins)
    pairs: dict[tuple[str, str, str], int] = {}
    for j in joins:
        pair = (j.table.lower(), j.ref_table.lower(), j.ref_column.lower())
        pairs[pair] = pairs.get(pair, 0) + 1
    return [
        j.model_copy(update={"role": j.column})
        if pairs[(j.table.lower(), j.ref_table.lower(), j.ref_column.lower())] > 1
        else j
        for j in joins
    ]
