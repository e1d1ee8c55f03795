"""The compiled chart: the one statement to run and what each of its columns means."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Compiled", "OutField"]


@dataclass
class OutField:
    """One column of the compiled result and what it means on the chart."""

    channel: str
    alias: str
    label: str
    type: str  #: nominal | ordinal | quantitative | temporal
    field: str | None = None
    aggregate: str | None = None
    time_unit: str | None = None
    bin_step: float | None = None
    format: str | None = None  #: d3-format of its numbers (the metric's ``format``)

    @property
    def is_measure(self) -> bool:
        return self.aggregate is not None


@dataclass
class Compiled:
    """The SQL to run and how its columns map to the chart's channels."""

    sql: str
    dialect: str
    mark: str
    fields: dict[str, OutField]
    aggregated: bool
    notes: list[str] = field(default_factory=list)
    limit: int | None = None
    max_rows: int = 5_000

    def column(self, channel: str) -> str | None:
        out = self.fields.get(channel)
        return out.alias if out else None
