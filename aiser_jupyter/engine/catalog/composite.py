"""Keys of two columns as panel data has them — a thing and a year: ``population(country,
year) → who(country, year)``, ``pwt(country, year) → wdi(country, year)``.

Neither column is unique alone, so :mod:`.joins` finds no join; together they are. A
candidate pairs two columns of one table with two of another: a year of each, and two
columns named alike (the same name, or the same after a table prefix); it is confirmed in SQL: the two columns are unique together on the one side, and
the sampled pairs of the many side are found there. Two sources of one panel often cover
different periods, so a pair whose year lies outside the one side's range is not counted —
what is checked is the overlap, and the evidence says so. Keys without a year
(``(series, episode)``) are joined only when declared: inferred, they turned refusals on
unseen data into wrong charts (see the history of this module).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlglot import exp

from .joins import (
    CHECK_ROWS,
    CHECK_VALUES,
    MIN_CONTAINED,
    first_row,
    key_family,
    pair_kind,
    quoted,
    unique,
)
from .model import CatalogSource, Column, Join, Table

__all__ = ["a_year", "infer_composite"]

#: composite candidates checked per catalog (each costs two queries)
MAX_COMPOSITE = 40
#: of the many side's sampled pairs, the share that must lie in the one side's ranges
MIN_OVERLAP = 0.2
_PREFIXED = re.compile(r"^([a-z]{1,3})_(.{3,})$")


@dataclass(frozen=True)
class _Key:
    table: Table
    ref: Table
    pairs: tuple[tuple[Column, Column], ...]  #: (many side's column, one side's column)
    kinds: tuple[str, ...]


def infer_composite(tables: list[Table], joins: list[Join], source: CatalogSource) -> list[Join]:
    """The two-column keys between tables no join links yet, each confirmed on the data (of
    several between two tables, the one whose pairs are found most, then checked whole:
    codes over names that differ by a spelling); one :class:`Join` per column (the planner joins on all columns of
    a key between two tables)."""
    linked = {frozenset((j.table.lower(), j.ref_table.lower())) for j in joins}
    best: dict[frozenset[str], tuple[tuple[float, float], _Key, str]] = {}
    checks = 0
    for cand in _candidates(tables):
        pair = frozenset((cand.table.name.lower(), cand.ref.name.lower()))
        if pair in linked or (pair in best and best[pair][0] >= (1.0, 1.0)):
            continue
        if checks >= MAX_COMPOSITE:
            break
        checks += 1
        found = _confirm(source, cand)
        if found is not None and found[0] > best.get(pair, ((0.0, 0.0),))[0]:
            best[pair] = (found[0], cand, found[1])
    return [
        Join(
            table=cand.table.name,
            column=c.name,
            ref_table=cand.ref.name,
            ref_column=k.name,
            declared=False,
            evidence=evidence,
        )
        for _, cand, evidence in best.values()
        for c, k in cand.pairs
    ]


def _candidates(tables: list[Table]) -> list[_Key]:
    """Two-column keys worth a check: a year of each table, and another pair of columns
    named alike (the same name, the same after a table prefix, or one after a word) — found by name, so a
    schema of hundreds of tables stays cheap to open."""
    years = {id(t): [c for c in t.columns if a_year(c)] for t in tables}
    named = {id(t): _by_name(t) for t in tables}
    out: list[_Key] = []
    for t in tables:
        for ref in tables:
            if ref is t or not years[id(t)] or not years[id(ref)] or not ref.row_count:
                continue
            for c in t.columns:
                if c in years[id(t)] or key_family(c) is None:
                    continue
                for k in _alike(named[id(ref)], c):
                    kind = pair_kind(c, k) or _suffixed(c, k)
                    if kind is None or key_family(k) != key_family(c) or unique(ref, k):
                        continue
                    out += [
                        _Key(t, ref, ((c, k), (yt, yr)), (kind, "year"))
                        for yt in years[id(t)]
                        for yr in years[id(ref)]
                    ]
    return sorted(out, key=lambda key: (key.table.name, key.ref.name))


def _name_key(column: Column) -> str:
    """A column's name without a short table prefix (``c_nation`` → ``nation``)."""
    match = _PREFIXED.match(column.name.lower())
    return match[2] if match else column.name.lower()


def _alike(named: dict[str, list[Column]], c: Column) -> list[Column]:
    """The columns of ``named`` (one table's, by :func:`_name_key`) named like ``c``: the
    same key, or one key ending in the other after a word (``statefip`` and ``fip``)."""
    key = _name_key(c)
    out = list(named.get(key, []))
    for other, columns in named.items():
        if other != key and _suffix_pair(key, other):
            out += columns
    return out


def _suffix_pair(a: str, b: str) -> bool:
    """Whether one name is the other after a word of at least three letters (``statefip``:
    ``state`` + ``fip``; ``country_code``: ``country`` + ``code``), the shorter of at least
    three."""
    short, long_ = sorted((a, b), key=len)
    rest = long_[: -len(short)].rstrip("_")
    return len(short) >= 3 and long_.endswith(short) and len(rest) >= 3 and rest.isalpha()


def _suffixed(c: Column, k: Column) -> str | None:
    """ "suffix" when ``c`` and ``k`` are named one after a word of the other (see
    :func:`_suffix_pair`) and of one key family — confirmed on the data like any other."""
    same = key_family(c) == key_family(k)
    return "suffix" if same and _suffix_pair(_name_key(c), _name_key(k)) else None


def _by_name(table: Table) -> dict[str, list[Column]]:
    out: dict[str, list[Column]] = {}
    for column in table.columns:
        out.setdefault(_name_key(column), []).append(column)
    return out


def _col(name: str, table: str | None = None) -> exp.Column:
    return exp.Column(this=quoted(name), table=quoted(table) if table else None)


def _confirm(source: CatalogSource, key: _Key) -> tuple[tuple[float, float], str] | None:
    """(The share of pairs found, the share inside the one side's ranges) and the evidence
    for ``key``, or None when it is not unique on the one side or its pairs are not found
    there. Of two tables unique on the pair, the one whose pairs all lie in the other's
    years is the many side."""
    ref_cols = [_col(k.name) for _, k in key.pairs]
    repeats = (
        exp.select(*ref_cols)
        .from_(exp.Table(this=quoted(key.ref.name)))
        .group_by(*[c.copy() for c in ref_cols])
        .having(exp.GT(this=exp.Count(this=exp.Star()), expression=exp.Literal.number(1)))
        .limit(1)
        .subquery("d")
    )
    row = first_row(
        source, exp.select(exp.Count(this=exp.Star()).as_("n")).from_(repeats).sql(source.dialect)
    )
    if row is None or int(str(row["n"] or 0)) != 0:
        return None
    row = first_row(source, _containment(key).sql(source.dialect))
    if row is None:
        return None
    total, n, found = (int(str(row[k] or 0)) for k in ("total", "n", "found"))
    if n < 1 or found / n < MIN_CONTAINED or n < MIN_OVERLAP * total:
        return None
    names = ", ".join(c.name for c, _ in key.pairs)
    clipped = " (where the ranges overlap)" if n < total else ""
    return (
        (found / n, n / total),
        f"composite key ({names}): {found / n:.0%} of {n:,} sampled pairs found{clipped}",
    )


def _containment(key: _Key) -> exp.Select:
    """Of the many side's sampled distinct pairs: how many (``total``), how many lie in the
    one side's range of each integer column (``n``), how many of those are found (``found``)."""
    names = [f"v{i}" for i in range(len(key.pairs))]
    rows = (
        exp.select(*[_col(c.name).as_(v) for (c, _), v in zip(key.pairs, names, strict=True)])
        .from_(exp.Table(this=quoted(key.table.name)))
        .limit(CHECK_ROWS)
        .subquery("rows_")
    )
    present = exp.and_(*[exp.Not(this=exp.Is(this=_col(v), expression=exp.Null())) for v in names])
    sample = (
        exp.select(*[_col(v) for v in names])
        .distinct()
        .from_(rows)
        .where(present)
        .limit(CHECK_VALUES)
        .subquery("s")
    )
    ref_names = [f"k{i}" for i in range(len(key.pairs))]
    ref = (
        exp.select(*[_col(k.name).as_(r) for (_, k), r in zip(key.pairs, ref_names, strict=True)])
        .distinct()
        .from_(exp.Table(this=quoted(key.ref.name)))
        .subquery("r")
    )
    on = exp.and_(
        *[
            exp.EQ(this=_col(v, "s"), expression=_col(r, "r"))
            for v, r in zip(names, ref_names, strict=True)
        ]
    )
    inside = exp.and_(
        exp.true(),
        *[
            exp.Between(this=_col(v, "s"), low=_bound(key, k, "MIN"), high=_bound(key, k, "MAX"))
            for (_, k), v in zip(key.pairs, names, strict=True)
            if key_family(k) == "int"
        ],
    )
    return (
        exp.select(
            exp.Count(this=exp.Star()).as_("total"),
            exp.Sum(
                this=exp.If(this=inside, true=exp.Literal.number(1), false=exp.Literal.number(0))
            ).as_("n"),
            exp.Count(this=_col(ref_names[0], "r")).as_("found"),
        )
        .from_(sample)
        .join(ref, on=on, join_type="left")
    )


def _bound(key: _Key, k: Column, fn: str) -> exp.Subquery:
    agg = exp.Min if fn == "MIN" else exp.Max
    return exp.select(agg(this=_col(k.name))).from_(exp.Table(this=quoted(key.ref.name))).subquery()


def a_year(column: Column) -> bool:
    """An integer column named as a year (``year``, ``yr``, ``fiscal_year``) holding years."""
    words = re.split(r"[^a-z]+", re.sub(r"([a-z])([A-Z])", r"\1_\2", column.name).lower())
    if key_family(column) != "int" or not {"year", "yr"} & set(words):
        return False
    try:
        return float(column.min) >= 1000 and float(column.max) <= 2200
    except (TypeError, ValueError):
        return False
