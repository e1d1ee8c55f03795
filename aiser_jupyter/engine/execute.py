"""Run a compiled chart query and bring back at most a bounded number of rows."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .compile.compiled import Compiled
from .config import Limits
from .figure.arrowcols import strings
from .sources.base import Source
from .sql.timeunits import MONTH_LABELS, WEEKDAY_LABELS

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = ["execute", "label_time_parts"]


def execute(source: Source, compiled: Compiled, limits: Limits) -> pa.Table:
    """Run ``compiled.sql``; return the plotted rows as Arrow (never more than ``max_rows``).

    Decimals become doubles (what a chart draws), month/weekday/quarter numbers their names.
    """
    import pyarrow as pa

    table = source.run(compiled.sql, replace(limits, max_rows=compiled.max_rows))
    if table.num_rows == 0:
        compiled.notes.append(
            "The query returned no rows, so the chart is empty; check the question's filters "
            "(values must match the data exactly) or loosen them."
        )
    if table.num_rows > compiled.max_rows:
        table = table.slice(0, compiled.max_rows)
        compiled.notes.append(
            f"Showing the first {compiled.max_rows:,} rows of a larger result; aggregate more or add a filter to see all."
        )
    for i, field in enumerate(table.schema):
        if pa.types.is_decimal(field.type):
            table = table.set_column(i, field.name, table.column(i).cast(pa.float64()))
    return label_time_parts(table, compiled)


def label_time_parts(table: pa.Table, compiled: Compiled) -> pa.Table:
    """Replace month/weekday numbers by their names (the SQL order is kept)."""
    for out in compiled.fields.values():
        if out.alias not in table.column_names or out.time_unit not in (
            "month",
            "monthofyear",
            "weekday",
            "quarter",
        ):
            continue
        if out.time_unit == "weekday":
            names = dict(enumerate(WEEKDAY_LABELS, start=1))
        elif out.time_unit == "quarter":
            names = {i: f"Q{i}" for i in range(1, 5)}
        else:
            names = dict(enumerate(MONTH_LABELS, start=1))
        i = table.column_names.index(out.alias)
        labels = [
            v if v is None or isinstance(v, str) or v != v else names.get(int(v), str(v))
            for v in table.column(i).to_pylist()
        ]
        table = table.set_column(i, out.alias, strings(labels))
    return table
