"""One benchmark database: its name, the packages its tables come from, how it is loaded and
which split's items may ask about it (``registry.py`` and ``registry_holdouts.py`` list them)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import duckdb

__all__ = ["Dataset"]


@dataclass(frozen=True)
class Dataset:
    """One benchmark database: its tables, the packages they come from, how to load them."""

    name: str
    packages: tuple[str, ...]
    load: Callable[[duckdb.DuckDBPyConnection], None]
    split: str  # "dev", "holdout", "holdout8", "holdout9", …: which item file may ask about it
