"""ClickHouse embedded in the process through chDB (``pip install 'aiser-jupyter[clickhouse]'``).

Entry: ``open_source(alias, "chdb:///abs/path/to/folder")`` (``chdb://relative/folder``
works too), or a folder path whose name ends in ``.chdb``. The folder is a chDB /
``clickhouse-local`` data path (``metadata/``, ``data/``, ``store/``) that trusted code
filled beforehand; it must exist. The URL takes no query parameters: chDB turns them
into engine start-up arguments (UDF script paths and kin), so they are refused.

The boundary: every query runs on a chDB connection opened with ``readonly=1``
(no writes, no DDL, no table functions such as ``file()``/``url()``/``s3()``, and no
setting can be changed, not even by a ``SETTINGS`` clause), ``max_execution_time``
from the limits, ``max_result_rows`` with ``result_overflow_mode='break'`` (the row
cap), ``max_memory_usage`` and ``max_threads``. An interrupt kills the query with
``KILL QUERY`` from a second read-only connection within milliseconds.

chDB hosts one embedded engine per process, bound to one data folder: a second
chDB source on another folder is refused until the first is closed.
"""

from __future__ import annotations

import contextlib
import io
import math
import re
import threading
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...errors import AiserError, error
from ..catalog.model import Column, Join, Table
from ..config import Limits
from .base import (
    Source,
    call_with_deadline,
    db_comment,
    db_error,
    too_large,
    unique_columns,
    validate_alias,
)
from .stored import check_shadowing, refused_views

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = ["ChdbSource", "chdb_location"]

_UNITS = {"": 1, "b": 1, "kb": 10**3, "mb": 10**6, "gb": 10**9, "tb": 10**12}
_UNITS |= {"kib": 2**10, "mib": 2**20, "gib": 2**30, "tib": 2**40}
#: table engines whose data stays in the data folder (MaterializedView: its own inner table)
_LOCAL_ENGINES = re.compile(
    r"^(\w*MergeTree|Log|TinyLog|StripeLog|Memory|Set|Join|Null|MaterializedView)$"
)
#: what chDB reads as the start of settings in a connection string (it has no escape)
_SETTING_CHARS = re.compile(r"[?#&]")


def chdb_location(target: str) -> Path:
    """The data folder of a ``chdb://`` URL (query parameters are refused)."""
    rest = target.split(":", 1)[1]
    if "?" in rest or "#" in rest:
        raise error("AISER-SRC-PARAM", "chdb:// URLs take no parameters; give the folder only")
    location = rest[2:] if rest.startswith("///") else rest.lstrip("/")
    if not location:
        raise error("AISER-SRC-FILE", "A chdb:// URL needs a data folder: chdb:///path/to/folder")
    return Path(location).expanduser()


def _connection_string(folder: Path, settings: dict[str, Any]) -> str:
    """chDB's ``path?name=value&…`` from parts: a checked path and settings of our own."""
    if _SETTING_CHARS.search(str(folder)):
        raise error("AISER-SRC-PATH", f"The chDB folder {folder} has ?, # or & in its path")
    for name, value in settings.items():
        if not re.fullmatch(r"[a-z_]+", name) or not re.fullmatch(r"[A-Za-z0-9_.]+", str(value)):
            raise ValueError(f"not a chDB setting: {name}={value!r}")
    return f"{folder}?" + "&".join(f"{name}={value}" for name, value in settings.items())


def _bytes(text: str) -> int | None:
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*", text.lower())
    if match is None or match.group(2) not in _UNITS:
        return None
    return int(float(match.group(1)) * _UNITS[match.group(2)])


class ChdbSource(Source):
    """A ClickHouse data folder opened in-process with chDB; generated SQL runs read-only."""

    dialect = "clickhouse"

    def __init__(self, alias: str, path: str | Path, *, limits: Limits | None = None) -> None:
        self.alias = validate_alias(alias)
        self.path = Path(path).expanduser()
        self.display = f"chdb://{self.path}"
        if not self.path.is_dir():
            raise error("AISER-SRC-FILE", f"No chdb data folder at {self.path}")
        if _SETTING_CHARS.search(str(self.path.resolve())):
            # chDB has no escape: everything after '?' in its connection string is start-up
            # settings, so a folder named 'shop?readonly=0&.chdb' would switch read-only off
            msg = f"The chDB folder {self.path} has ?, # or & in its path"
            raise error("AISER-SRC-PATH", msg)
        try:
            import chdb  # noqa: F401
        except ImportError:
            msg = "chDB is not installed: pip install 'aiser-jupyter[clickhouse]' (or pip install chdb)"
            raise error("AISER-SRC-DRIVER", msg) from None
        self._lock = threading.Lock()
        self._connections: dict[tuple[Any, ...], Any] = {}
        self._control: Any = None
        self._timezone: str | None = None  #: the engine's time zone, read on first DateTime
        self._retired: list[Any] = []  #: connections whose query was killed, closed on close()
        self._connection(limits or Limits())  # fail early on a folder chDB cannot open
        self.refused: dict[str, str] = {}  #: tables and views left out of the catalog: why
        try:
            self._check_stored()
        except AiserError:
            self.close()
            raise

    def _check_stored(self) -> None:
        """The folder's own functions, table engines and views (see :mod:`.stored`).

        A table's engine decides what reading it does: ``File`` reads any file, ``URL``
        and ``Distributed`` reach the network, ``Executable`` runs a script — even with
        ``readonly=1``. Only engines that keep their data in the folder are accepted.
        """
        limits = Limits(max_rows=1_000_000, timeout=60)

        def rows(sql: str) -> list[dict[str, Any]]:
            return list(self.run(sql, limits).to_pylist())

        functions = "SELECT name FROM system.functions WHERE origin {} 'System'"
        own = [r["name"] for r in rows(functions.format("<>"))]
        if own:
            builtin = {r["name"].lower() for r in rows(functions.format("="))}
            check_shadowing(own, builtin, "clickhouse")
        tables, views, refused = [], {}, {}
        for r in rows(
            "SELECT name, engine, as_select, create_table_query AS ddl FROM system.tables "
            "WHERE database = currentDatabase() AND NOT is_temporary"
        ):
            if r["engine"] == "View":
                views[r["name"]] = r["as_select"]
            elif _LOCAL_ENGINES.match(r["engine"]) and not (
                r["engine"] == "MaterializedView" and " TO " in r["ddl"]  # stored elsewhere
            ):
                tables.append(r["name"])
            else:
                refused[r["name"]] = f"its engine {r['engine']} reads outside the folder"
        self.refused = refused_views(views, tables, "clickhouse", refused=refused)

    def _connect(self, settings: dict[str, Any]) -> Any:
        import chdb

        connect: Any = chdb.connect  # chdb has no type hints
        try:
            return connect(_connection_string(self.path.resolve(), settings))
        except Exception as exc:
            text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            if "different" in text.lower() or "path" in text.lower():
                msg = f"chDB already runs another data folder in this process; close that source first ({text[:200]})"
            else:
                msg = f"Could not open {self.display}: {text[:200]}"
            raise error("AISER-SRC-CONNECT", msg) from None

    def _connection(self, limits: Limits) -> Any:
        """A read-only connection whose start-up settings carry ``limits`` (cached per limits)."""
        key = (limits.timeout, limits.max_rows, limits.memory_limit, limits.threads)
        con = self._connections.get(key)
        if con is None:
            settings: dict[str, Any] = {"readonly": 1}
            if limits.timeout:
                settings["max_execution_time"] = max(1, math.ceil(limits.timeout))
            settings["max_result_rows"] = limits.max_rows + 1
            settings["result_overflow_mode"] = "break"
            if limits.memory_limit and (memory := _bytes(limits.memory_limit)):
                settings["max_memory_usage"] = memory
            if limits.threads:
                settings["max_threads"] = int(limits.threads)
            con = self._connections[key] = self._connect(settings)
        return con

    def describe(self) -> tuple[list[Table], list[Join]]:
        limits = Limits(max_rows=1_000_000, timeout=60)
        listed = self.run(
            "SELECT name, engine, comment FROM system.tables "
            "WHERE database = currentDatabase() AND NOT is_temporary",
            limits,
        ).to_pylist()
        kinds = {r["name"]: r["engine"] for r in listed}
        about = {r["name"]: db_comment(r["comment"]) for r in listed}
        kinds = {name: engine for name, engine in kinds.items() if name not in self.refused}
        rows = self.run(
            "SELECT table, name, type, is_in_primary_key, comment FROM system.columns "
            "WHERE database = currentDatabase() ORDER BY table, position",
            limits,
        ).to_pylist()
        tables: dict[str, Table] = {}
        for r in rows:
            if r["table"] not in kinds:
                continue
            engine = kinds[r["table"]]
            table = tables.setdefault(
                r["table"],
                Table(
                    name=r["table"],
                    columns=[],
                    kind="view" if engine in ("View", "MaterializedView") else "table",
                    comment=about.get(r["table"]),
                ),
            )
            db_type = str(r["type"])
            table.columns.append(
                Column(
                    name=r["name"],
                    type=db_type.upper(),
                    nullable=db_type.startswith("Nullable(")
                    or db_type.startswith("LowCardinality(Nullable("),
                    primary_key=bool(r["is_in_primary_key"]),
                    comment=db_comment(r["comment"]),
                )
            )
        return list(tables.values()), []  # ClickHouse declares no foreign keys

    def run(self, sql: str, limits: Limits) -> pa.Table:
        import pyarrow as pa
        import pyarrow.parquet as pq

        marker = f"aiser-q:{uuid.uuid4().hex}"
        state: dict[str, Any] = {}

        def work() -> pa.Table:
            with self._lock:
                if state.get("killed"):
                    raise error("AISER-DB-CANCELLED", "The query was interrupted")
                con = state["con"] = self._connection(limits)
                # Parquet, not Arrow: ClickHouse's Arrow output gives DateTime as bare UInt32
                result = con.query(f"{sql}\n-- {marker}", "Parquet")
                if state.get("killed"):
                    raise error("AISER-DB-CANCELLED", "The query was interrupted")
                data = io.BytesIO(result.bytes())
                unique_columns(pq.ParquetFile(data).schema_arrow.names)  # read_table cannot
                table = pq.read_table(data)
                too_large(table.nbytes, limits)
                return self._wall_clock(table.slice(0, limits.max_rows + 1), con)

        def cancel() -> None:
            state["killed"] = True
            try:
                if self._control is None:
                    self._control = self._connect({"readonly": 1})
                # endsWith: the KILL statement itself does not end with the marker
                self._control.query(f"KILL QUERY WHERE endsWith(query, '{marker}') ASYNC", "CSV")
            except Exception:
                pass
            # a connection whose query was killed may hand back a stale result: never reuse it
            for key, con in list(self._connections.items()):
                if con is state.get("con"):
                    self._retired.append(self._connections.pop(key))

        try:
            return call_with_deadline(work, cancel, limits.timeout, limits)
        except (AiserError, pa.ArrowException) as exc:
            raise db_error(exc) from None
        except Exception as exc:  # chdb raises ChdbError / RuntimeError
            if state.get("killed") or "QUERY_WAS_CANCELLED" in str(exc):
                raise error("AISER-DB-CANCELLED", "The query was interrupted") from None
            if "TIMEOUT_EXCEEDED" in str(exc):
                msg = f"The query ran longer than {limits.timeout:g} s and was stopped"
                raise error("AISER-DB-TIMEOUT", msg) from None
            raise db_error(_clean(exc)) from None

    def _wall_clock(self, table: pa.Table, con: Any) -> pa.Table:
        """DateTime values as the naive wall-clock times ClickHouse shows (Parquet says UTC)."""
        import pyarrow as pa
        import pyarrow.compute as pc

        stamped = [
            i
            for i, f in enumerate(table.schema)
            if pa.types.is_timestamp(f.type) and f.type.tz is not None
        ]
        if not stamped:
            return table
        if self._timezone is None:
            self._timezone = str(con.query("SELECT timeZone()", "CSV")).strip().strip('"')
        for i in stamped:
            column, name = table.column(i), table.schema.field(i).name
            local = pc.local_timestamp(column.cast(pa.timestamp(column.type.unit, self._timezone)))
            table = table.set_column(i, name, local)
        return table

    def close(self) -> None:
        with self._lock:
            for con in [*self._connections.values(), *self._retired, self._control]:
                if con is not None:
                    with contextlib.suppress(Exception):
                        con.close()
            self._connections.clear()
            self._retired.clear()
            self._control = None


def _clean(exc: BaseException) -> BaseException:
    """chDB nests ``Code: N. DB::Exception: Code: N. DB::Exception: …``: keep the innermost."""
    text = str(exc)
    inner = text.rsplit("DB::Exception: ", 1)[-1]
    inner = re.sub(r"\s*\(version [^)]*\)", "", inner).strip().rstrip(".")
    return RuntimeError(inner or text)
