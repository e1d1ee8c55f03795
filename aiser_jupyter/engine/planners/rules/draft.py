"""The draft plan the rule planner's steps fill in, and the column facts they share."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlglot import exp

from ...catalog.model import Catalog, Column, Table
from ..lexicon import split_name
from .link import Mention
from .question import Question
from .reading import Reading

__all__ = [
    "MONEY",
    "Dim",
    "Draft",
    "Having",
    "Measure",
    "calendar_part",
    "column_ref",
    "is_identifier",
    "primary_column",
    "summable",
]

from ..roles import calendar_part, is_identifier, summable

#: column words of money, most telling first; a money column's total per thing is that
#: thing's value ("order value")
MONEY = ("revenue", "sales", "amount", "total", "value", "price", "cost", "income", "profit")
_VALUE_WORDS = frozenset(MONEY) | {"sale", "spend"}


@dataclass
class Measure:
    """What the chart measures: ``agg(column)`` of ``table``, or a count of its rows."""

    agg: str | None
    table: Table
    column: Column | None = None  #: None: rows are counted
    name: str | None = None
    per: Table | None = None  #: "average order value": summed per row of this table first
    explicit: bool = False  #: the question said how to aggregate ("average", "total")
    entity: str | None = None  #: "storms": the things a distinct count of a log table counts

    @property
    def alias(self) -> str:
        if self.name:
            return self.name
        if self.per is not None:
            entity = self.per.name.lower().rstrip("s")
            if self.column is None:
                return f"{plain(self.table.name)}_per_{entity}"  # "orders per customer"
            if self.column is not None and not set(split_name(self.column.name)) & _VALUE_WORDS:
                return f"{plain(self.column.name)}_per_{entity}"  # "quantity per order"
            return f"{entity}_value"
        return self.column.name if self.column is not None else "count"


@dataclass
class Dim:
    """A grouping: a column (of ``table``), maybe binned by a time unit or a width."""

    table: Table
    column: Column
    unit: str | None = None
    bin_step: float | None = None
    bin_count: int | None = None
    binned: bool = False
    words: tuple[int, int] | None = None
    color: bool = False  #: named as the colour ("group by attribute X"): never the x
    found: bool = False  #: not named: the time axis a unit ("per month") asked for

    @property
    def alias(self) -> str:
        """``regions.name`` reads as "region" on an axis; other columns keep their name."""
        words = split_name(self.column.name)
        if words in (["name"], ["title"], ["label"]):
            return "_".join(split_name(self.table.name)) or self.column.name
        return self.column.name


@dataclass
class Having:
    """A condition on each group's aggregate ("with more than 100 orders")."""

    measure: Measure
    op: str
    value: float
    at: int | None = None  #: where the comparison starts in the question ("fields [with] …")


@dataclass
class Draft:
    """What the steps decide, and the inputs they decide it from."""

    q: Question
    r: Reading
    catalog: Catalog
    dialect: str
    mentions: list[Mention]
    measures: list[Measure] = field(default_factory=list)
    dims: list[Dim] = field(default_factory=list)
    where: list[tuple[Table, exp.Expression]] = field(default_factory=list)
    having: list[Having] = field(default_factory=list)
    pending: list[Any] = field(
        default_factory=list
    )  #: comparisons on groups, before groups are known
    fact: Table | None = None
    extra_tables: list[Table] = field(default_factory=list)
    mark: str | None = None
    stack: Any = None
    sort: str | None = None  #: "x" | "-x" | "y" | "-y"
    limit: int | None = None
    notes: list[str] = field(default_factory=list)
    used: set[int] = field(default_factory=set)  #: ids of mentions a step used
    versus_ordered: bool = False  #: "A against B": the two measures already set B along the x
    sort_targets: list[Mention] = field(default_factory=list)
    implied_columns: dict[int, Column] = field(
        default_factory=dict
    )  #: table mention id → its number  #: what "sorted by …" names
    pairs: dict[int, str] = field(
        default_factory=dict
    )  #: mention id → a first aggregate ("max and avg")
    counted_rows: bool = False
    counted_noun: bool = False  #: a noun says what the count counts ("captures"), not a table  #: rows of a table the question's noun does not name are counted
    #: the semantic layer's terms the question names (:mod:`.terms`), and what steps made of them
    terms: list[Any] = field(default_factory=list)
    semantic_where: list[Column] = field(default_factory=list)  #: derived columns in ``where``
    #: id of a column a dimension names → (dimension, its table, the joins it declares)
    dim_paths: dict[int, Any] = field(default_factory=dict)
    metric_pending: list[Any] = field(default_factory=list)  #: comparisons on a metric's groups
    #: columns compared by the word after the number, no mention ("more than 200,000 people")
    unit_compared: list[tuple[Table, Column]] = field(default_factory=list)
    #: (table, column), lower case: members of a suffix family the question's words pinned
    pinned: set[tuple[str, str]] = field(default_factory=set)
    #: a table of people's repeated rows and its id: each id's rows read once (trait_rows)
    once_per: tuple[Table, Column] | None = None

    def take(self, m: Mention, why: str) -> None:
        self.used.add(id(m))
        self.q.claim(m.lo, m.hi, why)

    def free(self) -> list[Mention]:
        return [m for m in self.mentions if id(m) not in self.used]

    def tables(self) -> list[Table]:
        seen: dict[int, Table] = {}
        for t in (
            ([self.fact] if self.fact is not None else [])
            + [d.table for d in self.dims]
            + [m.table for m in self.measures]
            + [m.per for m in self.measures if m.per is not None]  # each order's total: orders
            + [t for t, _ in self.where]
            + [h.measure.table for h in self.having]
            + self.extra_tables
        ):
            seen.setdefault(id(t), t)
        return list(seen.values())


def words_of(column: Column) -> set[str]:
    return set(split_name(column.name)) | set(split_name(column.name, expand=False))


def plain(name: str) -> str:
    return re.sub(r"\W+", "_", name).strip("_").lower()


def primary_column(table: Table) -> Column | None:
    """The table's declared one-column primary key, or None."""
    if len(table.primary_key) == 1:
        return table.column(table.primary_key[0])
    return None


def column_ref(table: Table, column: Column) -> exp.Expression:
    """``table.column`` as a SQL column reference (quoted by sqlglot where needed); a
    semantic layer term's expression for a :class:`~.derived.DerivedColumn`."""
    from .derived import DerivedColumn

    if isinstance(column, DerivedColumn):
        return column.expression()
    return exp.column(column.name, table=table.name)
