"""A join between two tables of a catalog, and why it is believed."""

from __future__ import annotations

from pydantic import BaseModel, Field

__all__ = ["Join"]


class Join(BaseModel):
    """A usable join: ``table.column = ref_table.ref_column`` (many → one)."""

    table: str
    column: str
    ref_table: str
    ref_column: str
    declared: bool = True
    evidence: str | None = Field(
        default=None, description="Why the join is believed: declared, or what was checked."
    )
    partial: bool = Field(
        default=False,
        description="The one side lists only some of the many side's values (a dimension of "
        "some of them, as EU countries of the world's): joined, only those rows are kept.",
    )
    role: str | None = Field(
        default=None,
        description="When a table joins another several ways (origin, dest): the column naming this way.",
    )
