"""Catalog: what a source holds — tables, columns, keys, joins, and a profile.

The catalog is what planners see. It is built once per source (:mod:`.build`:
introspection plus a cheap profile: cardinality, ranges, a few sample values) and
cached; its ``fingerprint`` changes when the schema changes and keys the plan cache.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import deque
from collections.abc import Callable, Collection, Hashable
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeVar

from pydantic import BaseModel, Field, PrivateAttr

from ...errors import error
from ..config import Limits
from .join import Join
from .semantics import Semantics

T = TypeVar("T")

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = ["Catalog", "CatalogSource", "Column", "Join", "Table", "name_words", "semantic_type"]

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
#: coordinates: numbers (an average latitude, "north of 40 degrees") when the type is numeric
_COORDINATES = {"lat", "latitude", "lon", "lng", "long", "longitude"}


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
    nulls: int | None = Field(
        default=None, description="NULLs among the profiled rows (a sample on big tables)."
    )
    markers: dict[str, int] = Field(
        default_factory=dict,
        description="Numbers kept as text: the missing-value markers it holds ('null', 'NA', "
        "'') and their rows among the profiled rows; queries read them as NULL.",
    )
    comment: str | None = None  #: the database's own (COMMENT ON), for the model's prompt only
    description: str | None = None  # from the semantic layer file (semantic/apply.py)
    synonyms: list[str] = Field(default_factory=list)


class Table(BaseModel):
    name: str
    columns: list[Column]
    row_count: int | None = None
    kind: Literal["table", "view"] = "table"
    comment: str | None = None  #: the database's own comment on the table (COMMENT ON)
    description: str | None = None  # from the semantic layer file (semantic/apply.py)
    synonyms: list[str] = Field(default_factory=list)
    time_column: str | None = None
    row_keys: list[list[str]] = Field(
        default_factory=list,
        description="Columns that together hold one row per value, confirmed on the data "
        "(a panel's (state, year)): see catalog/panels.py.",
    )
    traits: dict[str, list[str]] = Field(  # a patient's age on each of their diary days
        default_factory=dict, description="A repeated id → its columns of one value each."
    )

    def column(self, name: str) -> Column | None:
        lowered = name.lower()
        return next((c for c in self.columns if c.name.lower() == lowered), None)

    @property
    def primary_key(self) -> list[str]:
        return [c.name for c in self.columns if c.primary_key]


class _Graph:
    """A catalog's lookups: tables by name, joins by table, distances (see Catalog._graph)."""

    def __init__(self, key: tuple[int, ...]) -> None:
        self.key = key
        self.tables: dict[str, Table] = {}
        self.adjacent: dict[str, list[Join]] = {}
        self.distances: dict[str, dict[str, int]] = {}
        self.upward: dict[str, set[str]] = {}
        self.fingerprint: str | None = None
        self.derived: dict[str, Any] = {}
        #: (key, id of a table) → (the table, its part); shared by :meth:`Catalog.without`
        self.per_table: dict[tuple[Hashable, int], tuple[Table, Any]] = {}


class Catalog(BaseModel):
    source: str
    dialect: str
    tables: list[Table]
    joins: list[Join] = Field(default_factory=list)
    semantic: Semantics | None = Field(
        default=None, description="The semantic layer file applied to this source, if any."
    )
    _lookups: dict[str, Any] = PrivateAttr(default_factory=dict)

    @property
    def fingerprint(self) -> str:
        """Hash of the schema (names, types, keys) and of the semantic layer file — not of
        the data profile."""
        graph = self._graph()
        if graph.fingerprint is None:
            shape = [
                [t.name, [[c.name, c.type, c.primary_key] for c in t.columns]] for t in self.tables
            ] + [[j.table, j.column, j.ref_table, j.ref_column] for j in self.joins]
            graph.fingerprint = hashlib.sha256(
                json.dumps(shape, sort_keys=True).encode()
            ).hexdigest()[:16]
        if self.semantic is None:
            return graph.fingerprint
        layered = f"{graph.fingerprint} {self.semantic.digest} {self.semantic.key}"
        return hashlib.sha256(layered.encode()).hexdigest()[:16]

    def derived(self, key: str, build: Callable[[Catalog], T]) -> T:
        """``build(self)``, computed once per catalog (again when its tables or joins are
        replaced): what a planner reads of every column on every question."""
        memo = self._graph().derived
        if key not in memo:
            memo[key] = build(self)
        return memo[key]  # type: ignore[no-any-return]

    def per_table(self, key: Hashable, table: Table, build: Callable[[Table], T]) -> T:
        """``build(table)``, computed once per table object for ``key`` — which must name all
        else the part depends on — and shared with the catalogs made :meth:`without` a table."""
        memo = self._graph().per_table
        hit = memo.get((key, id(table)))
        if hit is None or hit[0] is not table:
            hit = memo[(key, id(table))] = (table, build(table))
        return hit[1]

    def without(self, name: str) -> Catalog:
        """This catalog without table ``name`` and its joins (kept once per catalog); it holds
        the same table objects and shares their :meth:`per_table` parts."""

        def build(c: Catalog) -> Catalog:
            low = name.lower()
            out = Catalog(
                source=c.source,
                dialect=c.dialect,
                tables=[t for t in c.tables if t.name.lower() != low],
                joins=[j for j in c.joins if low not in (j.table.lower(), j.ref_table.lower())],
                semantic=c.semantic,
            )
            out._graph().per_table = c._graph().per_table
            return out

        return self.derived(f"without table:{name.lower()}", build)

    def table(self, name: str) -> Table | None:
        return self._graph().tables.get(name.lower())

    def table_names(self) -> set[str]:
        return set(self._graph().tables)

    def joins_of(self, table: str) -> list[Join]:
        return self._graph().adjacent.get(table.lower(), [])

    def key_joins(self, step: Join) -> list[Join]:
        """``step`` and the other columns of its key between the same two tables (a key of
        two columns, such as (country, year)); a join in a role stands alone."""
        if step.role is not None:
            return [step]
        return [step] + [
            j
            for j in self.joins
            if j.table.lower() == step.table.lower()
            and j.ref_table.lower() == step.ref_table.lower()
            and j.column.lower() != step.column.lower()
            and j.ref_column.lower() != step.ref_column.lower()
            and j.role is None
        ]

    def distances(self, start: str) -> dict[str, int]:
        """How many joins away each table is from ``start`` (lower-case names; unreachable
        tables are absent)."""
        graph = self._graph()
        key = start.lower()
        if key not in graph.distances:
            found, frontier = {key: 0}, deque([key])
            while frontier:
                here = frontier.popleft()
                for join in graph.adjacent.get(here, []):
                    there = _across(join, here)
                    if there is not None and there not in found:
                        found[there] = found[here] + 1
                        frontier.append(there)
            graph.distances[key] = found
        return graph.distances[key]

    def upward(self, start: str) -> set[str]:
        """Tables ``start`` reaches following keys from the many side to the one side — keys
        that classify all of its rows: a partial join (a dimension of only some of them, as
        EU countries of the world's) is no way up, the rows it leaves out are still rows."""
        graph = self._graph()
        key = start.lower()
        if key not in graph.upward:
            seen: set[str] = set()
            frontier = [key]
            while frontier:
                here = frontier.pop()
                for join in graph.adjacent.get(here, []):
                    ref = join.ref_table.lower()
                    if (
                        join.table.lower() == here
                        and not join.partial
                        and ref not in seen
                        and ref != key
                    ):
                        seen.add(ref)
                        frontier.append(ref)
            graph.upward[key] = seen
        return graph.upward[key]

    def _graph(self) -> _Graph:
        """Lookups over the tables and joins, rebuilt when either list is replaced or grows."""
        key = (id(self.tables), len(self.tables), id(self.joins), len(self.joins))
        graph = self._lookups.get("graph")
        if not isinstance(graph, _Graph) or graph.key != key:
            graph = _Graph(key)
            for t in self.tables:
                graph.tables.setdefault(t.name.lower(), t)
            for j in self.joins:
                graph.adjacent.setdefault(j.table.lower(), []).append(j)
                if j.ref_table.lower() != j.table.lower():
                    graph.adjacent.setdefault(j.ref_table.lower(), []).append(j)
            self._lookups["graph"] = graph
        return graph

    def join_path(
        self, start: str, goal: str, prefer: Collection[str] | None = None
    ) -> list[Join] | None:
        """Shortest chain of joins from ``start`` to ``goal`` (breadth first), or None.

        Where two tables join several ways (roles), the way whose column shares a word with
        ``prefer`` (the question's words) is taken; with ``prefer`` given and no way or several
        ways named, :class:`~aiser_jupyter.errors.AiserError` ``AISER-PLAN-UNSURE`` asks which.
        """
        path = self._bfs(start.lower(), goal.lower())
        if path is None or prefer is None:
            return path
        return [self._role(step, prefer) for step in path]

    def _role(self, step: Join, prefer: Collection[str]) -> Join:
        if step.role is None:
            return step
        pair = {step.table.lower(), step.ref_table.lower()}
        ways = [
            j
            for j in self.joins
            if {j.table.lower(), j.ref_table.lower()} == pair
            and j.ref_column.lower() == step.ref_column.lower()
        ]
        words = {w.lower() for w in prefer}
        named = [j for j in ways if name_words(j.role or j.column) & words]
        if len(named) == 1:
            return named[0]
        roles = ", ".join(j.role or j.column for j in ways)
        msg = (
            f"{step.table} joins {step.ref_table} in {len(ways)} ways ({roles}); say which one, "
            f"for example 'by {ways[0].role or ways[0].column} {step.ref_table}'"
        )
        raise error("AISER-PLAN-UNSURE", msg, roles=[j.role or j.column for j in ways])

    def _bfs(self, start: str, goal: str) -> list[Join] | None:
        if start == goal:
            return []
        previous: dict[str, tuple[str, Join]] = {}
        queue, seen = deque([start]), {start}
        while queue:
            here = queue.popleft()
            for join in self.joins_of(here):
                there = _across(join, here)
                if there is None or there in seen:
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
        lines += [
            f"{j.table}.{j.column} -> {j.ref_table}.{j.ref_column}"
            + (f" (role {j.role})" if j.role else "")
            + (f" [{j.evidence}]" if j.evidence and not j.declared else "")
            for j in self.joins
        ]
        return "\n".join(lines)


def _across(join: Join, here: str) -> str | None:
    """The table (lower) ``join`` leads to from ``here``; None from the one side of a partial
    join: a dimension of only some rows (EU countries) leads up from each table it classifies,
    never down to another (coffee imports to vehicle production through EU countries joins
    every year of one with every year of the other, and only for those countries)."""
    if join.table.lower() == here:
        return join.ref_table.lower()
    return None if join.partial else join.table.lower()


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
        or re.search(r"[a-z0-9](?:Id|ID)$", name) is not None  # movieId, userID: not "paid"
        or (_last_word(name) == "key" and n != "key")
    ):
        return "key"
    if n in _GEO_NAMES and not (n in _COORDINATES and any(k in t for k in _NUMERIC)):
        return "geo"
    if any(k in t for k in _NUMERIC):
        return "quantitative"
    return "nominal"


def _last_word(name: str) -> str:
    """``o_custkey`` → ``key``, ``CustomerKey`` → ``key``, ``order_id`` → ``id``."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name)
    words = [w for w in re.split(r"[^a-z0-9]+", spaced.lower()) if w]
    last = words[-1] if words else ""
    return (
        "key"
        if last.endswith("key") and last not in ("monkey", "turkey", "whiskey", "hockey", "jockey")
        else last
    )


def name_words(name: str) -> set[str]:
    """The lower-case words of a name, split at case changes and non-letters."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name)
    return {w for w in re.split(r"[^a-z0-9]+", spaced.lower()) if w}


class CatalogSource(Protocol):
    """What building a catalog asks of a source: its tables, and a way to run the profiling
    and join-checking SQL (every :class:`~aiser_jupyter.engine.sources.base.Source` has it)."""

    alias: str
    dialect: str
    catalog_patience: float  #: factor on the profiling and join-check timeouts

    def describe(self) -> tuple[list[Table], list[Join]]: ...

    def run(self, sql: str, limits: Limits) -> pa.Table: ...


Catalog.model_rebuild()
