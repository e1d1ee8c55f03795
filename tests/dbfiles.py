"""One database file filled alike on DuckDB and SQLite, for tests that run on both."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any


def database_file(dialect: str, folder: Path, stem: str, fill: Callable[[Any], None]) -> Path:
    """``folder/stem.<dialect>`` created and filled by ``fill(connection)``."""
    if dialect == "duckdb":
        import duckdb

        path = folder / f"{stem}.duckdb"
        con = duckdb.connect(str(path))
        fill(con)
        con.close()
    else:
        path = folder / f"{stem}.sqlite"
        lite = sqlite3.connect(path)
        fill(lite)
        lite.commit()
        lite.close()
    return path
