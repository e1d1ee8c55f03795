"""Catalog: what a source holds — tables, columns, keys, joins, and a profile.

The catalog is what planners see. It is built once per source (introspection plus
a cheap profile: cardinality, ranges, a few sample values) and cached; its
``fingerprint`` changes when the schema changes and keys the plan cache.
"""

from __future__ import annotations

import hashlib
import json
from collections import deque
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, Field

if TYPE_CHECKING:
    from .sources import Source

__all__ = ["Catalog", "Column", "Join", "Table", "build_catalog", "semantic_type"]

Semantic = Literal["temporal", "quantitative", "nominal", "geo", "key", "boolean"]

_TEMPORAL = ("date", "time", "timestamp", "datetime", "interval")
_NUMERIC = ("int", "real", "double", "float", "decimal", "numeric", "number", "hugeint", "money")
_GEO_NAMES = {
    "country",
    "state",
    "city",
    "lat",
    "latitude",
    "lon",
    "lng",
    "longitude",
    "zip",
    "zipcode",
    "postcode",
}


class Column(BaseModel):
    name: str
    type: str = Field(description="The database's type name, upper case.")
    semantic: Semantic = "nominal"
    nullable: bool = True
    primary_key: bool = False
    distinct: int | None = Field(
        default=None, description="Distinct values (approximate on big tables)."
    )
    min: Any = None
    max: Any = None
    samples: list[Any] = Field(default_factory=list)


class Join(BaseModel):
    """A usable join: ``table.column = ref_table.ref_column`` (many → one)."""

    table: str
    column: str
    ref_table: str
    ref_column: str
    declared: bool = True


class Table(BaseModel):
    name: str
    columns: list[Column]
    row_count: int | None = None
    kind: Literal["table", "view"] = "table"

    def column(self, name: str) -> Column | None:
        lowered = name.lower()
        return next((c for c in self.columns if c.name.lower() == lowered), None)

    @property
    def primary_key(self) -> list[str]:
        return [c.name for c in self.columns if c.primary_key]


class Catalog(BaseModel):
    source: str
    dialect: str
    tables: list[Table]
    joins: list[Join] = Field(default_factory=list)

    @property
    def fingerprint(self) -> str:
        """Hash of the schema (names, types, keys) — not of the data profile."""
        shape = [
            [t.name, [[c.name, c.type, c.primary_key] for c in t.columns]] for t in self.tables
        ] + [[j.table, j.column, j.ref_table, j.ref_column] for j in self.joins]
        return hashlib.sha256(json.dumps(shape, sort_keys=True).encode()).hexdigest()[:16]

    def table(self, name: str) -> Table | None:
        lowered = name.lower()
        return next((t for t in self.tables if t.name.lower() == lowered), None)

    def table_names(self) -> set[str]:
        return {t.name.lower() for t in self.tables}

    def joins_of(self, table: str) -> list[Join]:
        lowered = table.lower()
        return [j for j in self.joins if lowered in (j.table.lower(), j.ref_table.lower())]

    def join_path(self, start: str, goal: str) -> list[Join] | None:
        """Shortest chain of joins from ``start`` to ``goal`` (breadth first), or None."""
        start, goal = start.lower(), goal.lower()
        if start == goal:
            return []
        previous: dict[str, tuple[str, Join]] = {}
        queue, seen = deque([start]), {start}
        while queue:
            here = queue.popleft()
            for join in self.joins_of(here):
                there = join.ref_table.lower() if join.table.lower() == here else join.table.lower()
                if there in seen:
                    continue
                seen.add(there)
                previous[there] = (here, join)
                if there == goal:
                    path: list[Join] = []
                    node = goal
                    while node != start:
                        node, step = previous[node]
                        path.append(step)
                    return path[::-1]
                queue.append(there)
        return None

    def compact(self) -> str:
        """A short text rendering for prompts and error messages."""
        lines = []
        for t in self.tables:
            cols = ", ".join(
                f"{c.name} {c.type}" + (" PK" if c.primary_key else "") for c in t.columns
            )
            lines.append(f"{t.name}({cols})")
        lines += [f"{j.table}.{j.column} -> {j.ref_table}.{j.ref_column}" for j in self.joins]
        return "\n".join(lines)


def semantic_type(name: str, db_type: str, primary_key: bool = False) -> Semantic:
    """Vega-Lite-like measurement type of a column from its name and database type."""
    t, n = db_type.lower(), name.lower()
    if "bool" in t:
        return "boolean"
    if any(k in t for k in _TEMPORAL):
        return "temporal"
    if (
        primary_key
        or n == "id"
        or n.endswith("_id")
        or (n.endswith("id") and len(n) > 2 and n[-3] not in "aeiou")
    ):
        return "key"
    if n in _GEO_NAMES:
        return "geo"
    if any(k in t for k in _NUMERIC):
        return "quantitative"
    return "nominal"


def _infer_joins(tables: list[Table], declared: list[Join]) -> list[Join]:
    """Joins from naming conventions where no FK is declared: ``x_id`` → ``x(s).id``."""
    have = {(j.table.lower(), j.column.lower()) for j in declared}
    by_name = {t.name.lower(): t for t in tables}
    inferred = []
    for t in tables:
        for c in t.columns:
            n = c.name.lower()
            if (t.name.lower(), n) in have or c.primary_key or not n.endswith("id") or n == "id":
                continue
            stem = n[:-3] if n.endswith("_id") else n[:-2]
            for candidate in (
                stem,
                stem + "s",
                stem + "es",
                stem[:-1] + "ies" if stem.endswith("y") else "",
            ):
                ref = by_name.get(candidate)
                if ref is None or ref is t:
                    continue
                target = ref.column("id") or ref.column(c.name)
                if target is None and len(ref.primary_key) == 1:
                    target = ref.column(ref.primary_key[0])
                if target is not None:
                    inferred.append(
                        Join(
                            table=t.name,
                            column=c.name,
                            ref_table=ref.name,
                            ref_column=target.name,
                            declared=False,
                        )
                    )
                    break
    return inferred


def build_catalog(source: Source, *, profile: bool = True) -> Catalog:
    """Introspect ``source`` and profile its columns cheaply (sampled on big tables)."""
    tables, declared = source.describe()
    for table in tables:
        for column in table.columns:
            column.semantic = semantic_type(column.name, column.type, column.primary_key)
    catalog = Catalog(source=source.alias, dialect=source.dialect, tables=tables)
    catalog.joins = declared + _infer_joins(tables, declared)
    if profile:
        for table in tables:
            source.profile(table)
    return catalog
