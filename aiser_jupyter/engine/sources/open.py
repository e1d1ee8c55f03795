"""Opening what the user names — a URL, a database file, a data file or a folder of data
files — as the right kind of source under an alias (see :mod:`.base` for what a source is)."""

from __future__ import annotations

import re
from pathlib import Path

from ...errors import error
from ..config import Limits
from .base import DB_SUFFIXES, FILE_SUFFIXES, Source, validate_alias
from .chdb_source import ChdbSource, chdb_location
from .duckdb_source import DuckDBSource
from .sqlalchemy_source import SQLAlchemySource
from .urls import check_url, looks_like_url, mask_url, sqlite_url

__all__ = ["check_url", "data_files", "mask_url", "open_source"]


def open_source(alias: str, target: str, *, limits: Limits | None = None) -> Source:
    """Open ``target`` — a URL, a database file, a data file or a folder of data files — as ``alias``.

    URLs are parsed and their driver parameters checked before anything connects;
    a target that is neither a URL nor an existing path is refused without echoing it
    when it looks like a (malformed) URL, which may hold a password.
    """
    validate_alias(alias)
    if "://" in target or re.match(r"^[a-z][a-z0-9+]*:///", target):
        return _open_url(alias, target, limits)
    path = Path(target).expanduser()
    if not path.exists():
        if looks_like_url(target):
            msg = "The source looks like a URL but could not be parsed; write it as scheme://user@host/database"
            raise error("AISER-SRC-SCHEME", msg)
        raise error("AISER-SRC-FILE", f"No file or folder at {target}")
    if path.is_dir() and path.suffix.lower() == ".chdb":
        return ChdbSource(alias, path, limits=limits)
    if path.is_dir():
        return DuckDBSource(alias, files=data_files(path), limits=limits)
    suffix = path.suffix.lower()
    if suffix in FILE_SUFFIXES:
        return DuckDBSource(alias, files={_table_name(path): path}, limits=limits)
    kind = DB_SUFFIXES.get(suffix) or _sniff(path)
    if kind == "duckdb":
        return DuckDBSource(alias, path, limits=limits)
    if kind == "sqlite":
        url = sqlite_url(str(path.resolve()))
        return SQLAlchemySource(alias, url, limits=limits, display=str(path))
    raise error("AISER-SRC-FILE", f"{target} is not a CSV, Parquet, JSON, DuckDB or SQLite file")


def _open_url(alias: str, target: str, limits: Limits | None) -> Source:
    scheme = target.split(":", 1)[0].lower()
    if scheme in ("duckdb", "chdb"):
        rest = target.split(":", 1)[1]
        if "?" in rest or "#" in rest:
            msg = f"{scheme}:// URLs take no parameters; give the file or folder only"
            raise error("AISER-SRC-PARAM", msg)
    if scheme == "duckdb":
        location = rest[3:] if rest.startswith("///") else rest.lstrip("/")
        return DuckDBSource(
            alias,
            Path(location) if location and location != ":memory:" else None,
            limits=limits,
        )
    if scheme == "chdb":
        return ChdbSource(alias, chdb_location(target), limits=limits)
    if scheme == "sc":  # Spark Connect
        from .spark_source import SparkSource

        return SparkSource(alias, target, limits=limits)
    return SQLAlchemySource(alias, target, limits=limits)


def data_files(folder: Path) -> dict[str, Path]:
    """The folder's CSV, Parquet and JSON files by table name (regular files only).

    A symbolic link that leads out of the folder is refused: a folder someone sent
    you must not chart ``/etc/passwd`` because a link inside it is named ``passwd.csv``.
    """
    root = folder.resolve()
    files: dict[str, Path] = {}
    for entry in sorted(folder.iterdir()):
        if entry.suffix.lower() not in FILE_SUFFIXES:
            continue
        if entry.is_symlink() and not entry.resolve().is_relative_to(root):
            msg = f"{entry.name!r} in {folder} is a link to a file outside the folder"
            raise error("AISER-SRC-LINK", msg)
        if not entry.is_file():  # a folder, a named pipe or a dangling link: nothing to read
            continue
        if any(c in entry.name for c in "*?["):  # DuckDB's readers expand these as a pattern
            msg = f"{entry.name!r} in {folder} has *, ? or [ in its name, which DuckDB reads as a file pattern"
            raise error("AISER-SRC-PATH", msg)
        base = name = _table_name(entry)
        n = 2
        while name in files:
            name, n = f"{base}_{n}", n + 1
        files[name] = entry
    if not files:
        raise error("AISER-SRC-FILE", f"No CSV, Parquet or JSON files in {folder}")
    return files


def _table_name(path: Path) -> str:
    name = re.sub(r"\W+", "_", path.stem).strip("_").lower() or "data"
    return name if name[0].isalpha() else f"t_{name}"


def _sniff(path: Path) -> str | None:
    with path.open("rb") as handle:
        head = handle.read(16)
    if head.startswith(b"SQLite format 3"):
        return "sqlite"
    with path.open("rb") as handle:
        handle.seek(8)
        if handle.read(4) == b"DUCK":
            return "duckdb"
    return None
