"""The metadata store: plan cache, history, LLM usage and endpoint capabilities.

One SQLite file (``aiser.sqlite``) reached through SQLAlchemy Core, in
``$AISER_DATA_DIR`` or else the Jupyter data directory. The schema is created with
``create_all``; a ``schema_version`` table records the version and
:data:`MIGRATIONS` moves older files forward, one pure function per version.

Nothing secret is stored: no API keys, no source URLs (history keeps the alias),
endpoints without user info or query strings.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from sqlalchemy import Connection, MetaData
    from sqlalchemy.engine import Engine as SAEngine

    from ..config import EngineConfig

__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "SESSION",
    "Store",
    "default_store_path",
    "endpoint_label",
    "open_store",
    "plan_cache_key",
]

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2
#: This process's session id: budgets "per session" count usage rows carrying it.
SESSION = uuid.uuid4().hex[:12]


def default_store_path() -> Path:
    """``$AISER_DATA_DIR/aiser.sqlite``, else ``<jupyter data dir>/aiser/aiser.sqlite``."""
    base = os.environ.get("AISER_DATA_DIR")
    if base:
        return Path(base) / "aiser.sqlite"
    try:
        from jupyter_core.paths import jupyter_data_dir  # light: no Jupyter runtime import

        return Path(jupyter_data_dir()) / "aiser" / "aiser.sqlite"
    except ImportError:  # pragma: no cover - jupyter_core comes with jupyterlab
        from platformdirs import user_data_dir

        return Path(user_data_dir("aiser-jupyter")) / "aiser.sqlite"


def endpoint_label(base_url: str | None) -> str:
    """``scheme://host[:port]/path`` of an endpoint: no user info, query or fragment."""
    if not base_url:
        return "default"
    try:
        parts = urlsplit(base_url)
    except ValueError:
        return "invalid"
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}{parts.path.rstrip('/')}"


def plan_cache_key(*parts: Any) -> str:
    """A stable hash of the question, schema fingerprint, model, conversation, ..."""
    blob = json.dumps(parts, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(blob.encode()).hexdigest()


def _metadata() -> MetaData:
    from sqlalchemy import Column, Float, Integer, MetaData, String, Table, Text

    md = MetaData()
    Table(
        "schema_version",
        md,
        Column("version", Integer, primary_key=True),
        Column("applied_at", Float, nullable=False),
    )
    Table(
        "plan_cache",
        md,
        Column("key", String(64), primary_key=True),
        Column("question", Text, nullable=False),
        Column("model", String(200)),
        Column("plan_json", Text, nullable=False),
        Column("created_at", Float, nullable=False),
        Column("hits", Integer, nullable=False, default=0),
    )
    Table(
        "history",
        md,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("question", Text, nullable=False),
        Column("source", String(64)),
        Column("planner", String(32)),
        Column("model", String(200)),
        Column("plan_json", Text, nullable=False),
        Column("created_at", Float, nullable=False),
    )
    Table(
        "usage",
        md,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("session", String(32), nullable=False),
        Column("model", String(200)),
        Column("endpoint", String(300)),
        Column("prompt_tokens", Integer),
        Column("completion_tokens", Integer),
        Column("latency_ms", Float),
        Column("cost_usd", Float),
        Column("ok", Integer, nullable=False, default=1),
        Column("created_at", Float, nullable=False),
    )
    Table(
        "capabilities",
        md,
        Column("endpoint", String(300), primary_key=True),
        Column("model", String(200), primary_key=True),
        Column("mode", String(32), nullable=False),
        Column("updated_at", Float, nullable=False),
    )
    return md


def _to_v2(con: Connection) -> None:
    """v1 → v2: cost estimates and success flags in usage, the planner in history."""
    from sqlalchemy import text

    con.execute(text("ALTER TABLE usage ADD COLUMN cost_usd FLOAT"))
    con.execute(text("ALTER TABLE usage ADD COLUMN ok INTEGER NOT NULL DEFAULT 1"))
    con.execute(text("ALTER TABLE history ADD COLUMN planner VARCHAR(32)"))


#: version -> the function that upgrades a file at ``version - 1`` to ``version``.
MIGRATIONS: dict[int, Callable[[Connection], None]] = {2: _to_v2}


class Store:
    """The metadata database at ``path`` (created, or migrated forward, on open).

    Parameters
    ----------
    path
        The SQLite file; its folder is created if missing.
    """

    def __init__(self, path: str | Path) -> None:
        from sqlalchemy import create_engine

        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._engine: SAEngine = create_engine(
            f"sqlite:///{self.path}", connect_args={"check_same_thread": False, "timeout": 10}
        )
        self._md = _metadata()
        self.version = self._ensure_schema()

    # ------------------------------------------------------------------ schema
    def _ensure_schema(self) -> int:
        from sqlalchemy import inspect, select

        sv = self._md.tables["schema_version"]
        with self._engine.begin() as con:
            existing = set(inspect(con).get_table_names())
            version = 0
            if "schema_version" in existing:
                version = (
                    con.execute(select(sv.c.version).order_by(sv.c.version.desc())).scalar() or 0
                )
            if version == 0 and existing - {"schema_version"}:
                version = 1  # the first release had no version table rows
            if version == 0:
                self._md.create_all(con)
            else:
                for step in range(version + 1, SCHEMA_VERSION + 1):
                    MIGRATIONS[step](con)
                self._md.create_all(con)  # tables added since, if any
            if version != SCHEMA_VERSION:
                con.execute(sv.insert().values(version=SCHEMA_VERSION, applied_at=time.time()))
        return SCHEMA_VERSION

    def _t(self, name: str) -> Any:
        return self._md.tables[name]

    # ------------------------------------------------------------------ plan cache
    def get_plan(self, key: str) -> dict[str, Any] | None:
        """The cached plan (as JSON data) for ``key``, counting the hit."""
        from sqlalchemy import select

        t = self._t("plan_cache")
        with self._engine.begin() as con:
            row = con.execute(select(t.c.plan_json).where(t.c.key == key)).first()
            if row is None:
                return None
            con.execute(t.update().where(t.c.key == key).values(hits=t.c.hits + 1))
        return dict(json.loads(row[0]))

    def put_plan(self, key: str, question: str, model: str | None, plan: Mapping[str, Any]) -> None:
        from sqlalchemy.dialects.sqlite import insert

        t = self._t("plan_cache")
        values = {
            "key": key,
            "question": question,
            "model": model,
            "plan_json": json.dumps(plan, default=str),
            "created_at": time.time(),
            "hits": 0,
        }
        stmt = insert(t).values(**values)
        stmt = stmt.on_conflict_do_update(
            index_elements=["key"],
            set_={"plan_json": stmt.excluded.plan_json, "created_at": stmt.excluded.created_at},
        )
        with self._engine.begin() as con:
            con.execute(stmt)

    # ------------------------------------------------------------------ history
    def add_history(
        self,
        question: str,
        source: str,
        plan: Mapping[str, Any],
        *,
        planner: str | None = None,
        model: str | None = None,
    ) -> None:
        with self._engine.begin() as con:
            con.execute(
                self._t("history")
                .insert()
                .values(
                    question=question,
                    source=source,
                    planner=planner,
                    model=model,
                    plan_json=json.dumps(plan, default=str),
                    created_at=time.time(),
                )
            )

    def history(self, limit: int = 50) -> list[dict[str, Any]]:
        """The most recent questions first, with their plans as JSON data."""
        from sqlalchemy import select

        t = self._t("history")
        with self._engine.connect() as con:
            rows = con.execute(select(t).order_by(t.c.id.desc()).limit(limit)).mappings().all()
        return [
            {**{k: v for k, v in r.items() if k != "plan_json"}, "plan": json.loads(r["plan_json"])}
            for r in rows
        ]

    # ------------------------------------------------------------------ usage
    def add_usage(
        self,
        *,
        model: str | None,
        endpoint: str,
        prompt_tokens: int | None,
        completion_tokens: int | None,
        latency_ms: float,
        cost_usd: float | None,
        ok: bool = True,
        session: str = SESSION,
    ) -> None:
        with self._engine.begin() as con:
            con.execute(
                self._t("usage")
                .insert()
                .values(
                    session=session,
                    model=model,
                    endpoint=endpoint,
                    prompt_tokens=prompt_tokens,
                    completion_tokens=completion_tokens,
                    latency_ms=latency_ms,
                    cost_usd=cost_usd,
                    ok=int(ok),
                    created_at=time.time(),
                )
            )

    def usage(self, session: str | None = SESSION, since: float | None = None) -> dict[str, Any]:
        """Totals (calls, tokens, estimated cost, mean latency) per model and overall.

        ``session=None`` sums over every session in the file.
        """
        from sqlalchemy import func, select

        t = self._t("usage")
        cols = [
            t.c.model,
            func.count().label("calls"),
            func.coalesce(func.sum(t.c.prompt_tokens), 0).label("prompt_tokens"),
            func.coalesce(func.sum(t.c.completion_tokens), 0).label("completion_tokens"),
            func.sum(t.c.cost_usd).label("cost_usd"),
            func.avg(t.c.latency_ms).label("latency_ms"),
        ]
        query = select(*cols).group_by(t.c.model)
        if session is not None:
            query = query.where(t.c.session == session)
        if since is not None:
            query = query.where(t.c.created_at >= since)
        with self._engine.connect() as con:
            models = [dict(r) for r in con.execute(query).mappings().all()]
        total = {
            k: sum(m[k] or 0 for m in models)
            for k in ("calls", "prompt_tokens", "completion_tokens")
        }
        costs = [m["cost_usd"] for m in models if m["cost_usd"] is not None]
        total["cost_usd"] = round(sum(costs), 6) if costs else None
        return {"session": session, "models": models, "total": total}

    # ------------------------------------------------------------------ capabilities
    def get_capability(self, endpoint: str, model: str) -> str | None:
        """The structured-output mode that worked for ``endpoint`` + ``model``, if known."""
        from sqlalchemy import select

        t = self._t("capabilities")
        with self._engine.connect() as con:
            return con.execute(
                select(t.c.mode).where(t.c.endpoint == endpoint, t.c.model == model)
            ).scalar()

    def set_capability(self, endpoint: str, model: str, mode: str) -> None:
        from sqlalchemy.dialects.sqlite import insert

        stmt = insert(self._t("capabilities")).values(
            endpoint=endpoint, model=model, mode=mode, updated_at=time.time()
        )
        stmt = stmt.on_conflict_do_update(
            index_elements=["endpoint", "model"],
            set_={"mode": stmt.excluded.mode, "updated_at": stmt.excluded.updated_at},
        )
        with self._engine.begin() as con:
            con.execute(stmt)

    def close(self) -> None:
        self._engine.dispose()


_STORES: dict[Path, Store] = {}
_LOCK = threading.Lock()


def open_store(config: EngineConfig | None = None) -> Store:
    """The (process-wide, shared) store for ``config.store_path`` or the default path."""
    path = Path(
        config.store_path if config and config.store_path else default_store_path()
    ).resolve()
    with _LOCK:
        if path not in _STORES:
            _STORES[path] = Store(path)
        return _STORES[path]
