"""What an agent may use: the sources named in the server's own settings, and one folder.

An MCP client (an agent, a chat) is a caller the user does not type for. So a
:class:`Workspace` takes source *aliases* only, and opens only the aliases its
settings map to a URL or path (``${VAR}`` filled from the server's environment, as
for anything the user typed); a URL, a path or an alias it was not configured with is
refused with ``AISER-MCP-SOURCE`` before anything connects. Dashboards and exports
are read and written inside :attr:`WorkspaceSettings.root` only (``AISER-DASH-PATH``).
Nothing it returns holds a connection URL: sources are described by alias and dialect.

Every method is a plain function over the :class:`~.core.Engine` (the same guard,
limits, plan cache and planners as ``%%chart`` and the panel); callers in several
threads are served one at a time.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import AiserError, error
from .config import EngineConfig
from .core import Engine
from .sources.base import status_progress, validate_alias
from .sources.refs import is_alias

if TYPE_CHECKING:
    from .answer import Answer
    from .dashboards.export import ExportReport
    from .plan import ChartPlan

__all__ = ["Workspace", "WorkspaceSettings", "load_settings"]

Status = Callable[[str], None]
#: Largest result :meth:`Workspace.select` hands back (Arrow bytes): it becomes a message.
MAX_SELECT_BYTES = 16_000_000


@dataclass(frozen=True)
class WorkspaceSettings:
    """The sources an agent may use (alias → URL or path as written) and its folder."""

    sources: Mapping[str, str] = field(default_factory=dict)
    root: Path = field(default_factory=Path.cwd)
    demo: bool = True  #: offer the bundled demo data as ``demo``

    @property
    def aliases(self) -> list[str]:
        return (["demo"] if self.demo and "demo" not in self.sources else []) + list(self.sources)


def load_settings(
    config: str | Path | None = None,
    db: Sequence[str] = (),
    *,
    root: str | Path | None = None,
    demo: bool | None = None,
) -> WorkspaceSettings:
    """Settings from a JSON file (``{"sources": {ALIAS: URL}, "root": DIR, "demo": bool}``)
    and ``ALIAS=URL`` flags; flags win over the file, ``root`` and ``demo`` over both.

    A relative ``root`` in the file is relative to the file's folder. Targets are kept as
    written: ``${VAR}`` is filled when a source opens, so secrets stay in the environment.
    """
    sources: dict[str, str] = {}
    base, chosen_root, chosen_demo = Path.cwd(), None, True
    if config is not None:
        data = _read_config(Path(config))
        base = Path(config).resolve().parent
        sources.update(data.get("sources", {}))
        chosen_root = data.get("root")
        chosen_demo = data.get("demo", True)
    for spec in db:
        alias, sep, target = spec.partition("=")
        if not sep or not alias.strip() or not target.strip():
            msg = f"--db expects ALIAS=URL, got {alias.strip()[:40]!r}"
            raise error("AISER-MCP-CONFIG", msg)
        sources[alias.strip()] = target.strip()
    for alias in sources:
        validate_alias(alias)
    folder = Path(root) if root is not None else base / chosen_root if chosen_root else Path.cwd()
    if not folder.is_dir():
        raise error("AISER-MCP-CONFIG", f"The working folder {folder} does not exist")
    return WorkspaceSettings(
        sources=sources,
        root=folder.resolve(),
        demo=chosen_demo if demo is None else demo,
    )


def _read_config(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        msg = f"The settings file {path.name} could not be read ({type(exc).__name__})"
        raise error("AISER-MCP-CONFIG", msg) from None
    except ValueError as exc:
        msg = f"The settings file {path.name} is not JSON ({str(exc)[:80]})"
        raise error("AISER-MCP-CONFIG", msg) from None
    unknown = set(data) - {"sources", "root", "demo"} if isinstance(data, dict) else set()
    if not isinstance(data, dict) or unknown:
        msg = f"The settings file {path.name} may hold only sources, root and demo"
        raise error("AISER-MCP-CONFIG", msg)
    sources = data.get("sources", {})
    if not isinstance(sources, dict) or not all(isinstance(v, str) for v in sources.values()):
        msg = f"'sources' in {path.name} must map each alias to a URL or path"
        raise error("AISER-MCP-CONFIG", msg)
    if not isinstance(data.get("root", ""), str) or not isinstance(data.get("demo", True), bool):
        msg = f"'root' in {path.name} must be a folder and 'demo' true or false"
        raise error("AISER-MCP-CONFIG", msg)
    return data


class Workspace:
    """The engine behind agent tools: configured sources by alias, files in one folder.

    Parameters
    ----------
    settings
        Which sources may be opened and where files may be read and written.
    config
        Engine settings (planner, limits); defaults work offline with the rules planner.
    """

    def __init__(self, settings: WorkspaceSettings, config: EngineConfig | None = None) -> None:
        self.settings = settings
        self.engine = Engine(config)
        self._opened: set[str] = set()
        self._lock = threading.RLock()

    # ------------------------------------------------------------------ sources
    def source(self, alias: str | None) -> str:
        """``alias`` opened (once) when the settings name it; the default is the first alias."""
        aliases = self.settings.aliases
        alias = alias or (aliases[0] if aliases else "")
        if alias not in aliases:
            known = ", ".join(aliases) or "none"
            what = (
                f"No source named {alias!r} is configured"
                if is_alias(alias)
                else "A source is named by its alias; a URL or path is never opened"
            )
            raise error("AISER-MCP-SOURCE", f"{what} (configured: {known})")
        with self._lock:
            if alias not in self._opened:
                if alias in self.settings.sources:
                    self.engine.connect(alias, self.settings.sources[alias])
                else:
                    self.engine.source("demo")
                self._opened.add(alias)
        return alias

    def sources(self) -> list[dict[str, Any]]:
        """Each configured alias with its dialect, or the coded reason it does not open."""
        listed: list[dict[str, Any]] = []
        for alias in self.settings.aliases:
            try:
                with self._lock:
                    dialect = self.engine.source(self.source(alias)).dialect
                listed.append({"alias": alias, "dialect": dialect, "available": True})
            except AiserError as exc:
                listed.append({"alias": alias, "available": False, "error": exc.to_dict()})
        return listed

    def describe(self, alias: str | None, table: str | None = None) -> dict[str, Any]:
        """Tables, columns (types, kinds, ranges, samples) and joins with their evidence."""
        from .jsonvalue import json_value

        with self._lock:
            name = self.source(alias)
            catalog = self.engine.catalog(name)
        tables = catalog.tables
        if table is not None:
            tables = [t for t in tables if t.name.lower() == table.lower()]
            if not tables:
                names = ", ".join(t.name for t in catalog.tables[:40])
                msg = f"No table named {table[:80]!r} in {name} (tables: {names})"
                raise error("AISER-SQL-TABLE", msg)
        wanted = {t.name.lower() for t in tables}
        data = catalog.model_dump(mode="python")
        data["tables"] = [t for t in data["tables"] if t["name"].lower() in wanted]
        data["joins"] = [
            j for j in data["joins"] if {j["table"].lower(), j["ref_table"].lower()} & wanted
        ]
        for entry in data["tables"]:
            for column in entry["columns"]:
                for key in ("min", "max"):
                    column[key] = json_value(column[key])
                column["samples"] = [json_value(v) for v in column["samples"][:5]]
        data["source"], data["fingerprint"] = name, catalog.fingerprint
        return data

    # ------------------------------------------------------------------ answers
    def ask(
        self,
        question: str,
        alias: str | None = None,
        *,
        mark: str | None = None,
        on_status: Status | None = None,
    ) -> Answer:
        """Answer ``question`` (plain words or a SELECT) with a chart; no follow-up context."""
        with self._lock:
            name = self.source(alias)
            return self.engine.ask(question, name, mark=mark, followup=False, on_status=on_status)

    def run_plan(
        self, plan: ChartPlan, alias: str | None = None, *, on_status: Status | None = None
    ) -> Answer:
        """Run an explicit plan (from an earlier answer): the guard checks it first."""
        with self._lock:
            name = self.source(alias)
            return self.engine.run_plan(plan, name, on_status=on_status)

    def select(
        self,
        sql: str,
        alias: str | None = None,
        *,
        max_rows: int = 100,
        on_status: Status | None = None,
    ) -> dict[str, Any]:
        """Run one SELECT through the guard; ``max_rows`` rows at most (its LIMIT is clamped)."""
        from .report import table_rows
        from .sql.guard import guard_sql, render

        with self._lock:
            name = self.source(alias)
            catalog = self.engine.catalog(name)
            src = self.engine.source(name)
            tables = [t.name for t in catalog.tables]
            tree = guard_sql(sql, dialect=src.dialect, tables=tables, max_rows=max_rows + 1)
            text = render(tree, src.dialect)
            limits = replace(
                self.engine.config.limits, max_rows=max_rows, max_bytes=MAX_SELECT_BYTES
            )
            if on_status is not None:
                on_status("querying")
                limits = replace(limits, on_progress=status_progress(on_status))
            table = src.run(text, limits)
        columns, rows, truncated = table_rows(table, max_rows)
        return {
            "source": name,
            "sql": text,
            "columns": columns,
            "rows": rows,
            "row_count": len(rows),
            "rows_truncated": truncated,
        }

    # ------------------------------------------------------------------ files
    def path(self, text: str, suffix: str) -> Path:
        """``text`` as a path inside the working folder, ending in ``suffix``."""
        from .dashboards.nbfile import confined

        if not text.lower().endswith(suffix):
            raise error("AISER-DASH-PATH", f"The file name must end in {suffix}")
        return confined(text, self.settings.root)

    def relative(self, path: Path) -> str:
        return path.relative_to(self.settings.root).as_posix()

    def save(
        self, answer: Answer, dashboard: str, *, title: str | None = None, width: int | None = None
    ) -> dict[str, Any]:
        """Add ``answer`` to the dashboard notebook at ``dashboard`` (created if missing)."""
        from .dashboards.dashboard import save_answer

        target = self.path(dashboard, ".ipynb")
        with self._lock:
            ref = save_answer(target, answer, title=title, width=width)
        return {"dashboard": self.relative(target), "chart": ref.id, "title": ref.title}

    def export(self, dashboard: str, out: str, *, refresh: bool = True) -> ExportReport:
        """Write the dashboard as one self-contained HTML file inside the working folder.

        With ``refresh``, every chart runs again on its source, which must be configured.
        """
        from .dashboards.dashboard import Dashboard
        from .dashboards.export import export_html

        board_path = self.path(dashboard, ".ipynb")
        out_path = self.path(out, ".html")
        with self._lock:
            if refresh:
                for alias in sorted({ref.source for ref in Dashboard.open(board_path).charts()}):
                    self.source(alias)
            return export_html(board_path, out_path, refresh=refresh, engine=self.engine)

    def close(self) -> None:
        with self._lock:
            self.engine.close()
            self._opened.clear()
