"""Run a compiled chart query and bring back at most a bounded number of rows."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

from .compile import Compiled
from .sources import Limits, Source
from .timeunits import MONTH_LABELS, WEEKDAY_LABELS

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["execute", "fetch_bounds", "label_time_parts"]


def fetch_bounds(source: Source, compiled: Compiled, limits: Limits) -> tuple[object, object]:
    """The (min, max) of the binned field, for choosing bin widths."""
    assert compiled.bounds_sql is not None
    row = source.run(compiled.bounds_sql, replace(limits, max_rows=1)).to_pylist()
    return (row[0]["lo"], row[0]["hi"]) if row else (None, None)


def execute(source: Source, compiled: Compiled, limits: Limits) -> pd.DataFrame:
    """Run ``compiled.sql``; return the plotted rows as a DataFrame (never more than ``max_rows``)."""
    table = source.run(compiled.sql, replace(limits, max_rows=compiled.max_rows))
    df = table.to_pandas()
    if df.empty:
        compiled.notes.append(
            "The query returned no rows, so the chart is empty; check the question's filters "
            "(values must match the data exactly) or loosen them."
        )
    if len(df) > compiled.max_rows:
        df = df.iloc[: compiled.max_rows].copy()
        compiled.notes.append(
            f"Showing the first {compiled.max_rows:,} rows of a larger result; aggregate more or add a filter to see all."
        )
    for column in df.columns:
        if (
            df[column].dtype == object
            and len(df)
            and any(isinstance(v, Decimal) for v in df[column].head(50))
        ):
            df[column] = df[column].map(lambda v: float(v) if isinstance(v, Decimal) else v)
    label_time_parts(df, compiled)
    return df


def label_time_parts(df: pd.DataFrame, compiled: Compiled) -> None:
    """Replace month/weekday numbers by their names (the SQL order is kept)."""
    for out in compiled.fields.values():
        if out.alias not in df.columns or out.time_unit not in (
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
        df[out.alias] = df[out.alias].map(
            lambda v, n=names: n.get(int(v), v) if v is not None and v == v else v
        )
