"""What the linker finds in a question: a :class:`Mention` (words ``lo..hi-1``) and its
ranked :class:`Candidate` tables, columns and values (:mod:`.link`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ...catalog.model import Column, Table

__all__ = ["Candidate", "Mention"]


@dataclass
class Candidate:
    kind: str  #: "table" | "column" | "value"
    table: Table
    column: Column | None = None
    value: Any = None
    score: float = 1.0
    rank: float = 0.0  #: the score in the question's context (set when mentions are ranked)

    def same(self, other: Candidate) -> bool:
        return self.kind == other.kind and self.table is other.table and self.column is other.column


@dataclass
class Mention:
    """Words ``lo..hi-1`` naming something in the schema."""

    lo: int
    hi: int
    cands: list[Candidate] = field(default_factory=list)

    @property
    def best(self) -> Candidate:
        return self.cands[0]

    @property
    def table(self) -> Table:
        return self.best.table

    @property
    def column(self) -> Column | None:
        return self.best.column

    @property
    def kind(self) -> str:
        return self.best.kind

    def __repr__(self) -> str:
        b = self.best
        name = b.table.name + (f".{b.column.name}" if b.column is not None else "")
        return f"<{b.kind} {name}{'=' + repr(b.value) if b.kind == 'value' else ''} @{self.lo}:{self.hi} {b.score:.2f}>"
