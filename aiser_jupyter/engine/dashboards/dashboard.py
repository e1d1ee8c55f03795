"""Dashboards are notebooks: charts kept as ``%%chart`` cells with their explicit plan.

A dashboard is an ``.ipynb`` file. Each chart is one code cell whose body is the
plan (SQL + chart spec) so it re-runs without an LLM; its provenance and layout
sit in the cell's metadata under ``"aiser"``. Text is markdown cells the dashboard
owns. The title, the grid (width/height/order per item) and the filters sit in
the notebook's metadata under ``"aiser"``.

Saving rewrites only the cells the dashboard owns: every other cell is written
back exactly as it was read. Writes are validated with ``nbformat.validate`` and
atomic (temporary file in the same folder, ``fsync``, ``os.replace``), and a file
changed on disk since it was read is never overwritten (``AISER-DASH-CHANGED``).
"""

from __future__ import annotations

import copy
import json
import os
import secrets
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...errors import error
from ..cells import plan_cell
from ..plan import ChartPlan
from ..sources.frames import frames_needed
from ..sources.refs import alias_of
from . import nbfile
from .filters import Filter
from .meta import (
    GRID_COLUMNS,
    ChartRef,
    TextRef,
    chart_height,
    chart_meta,
    chart_width,
    check_board,
    new_chart_meta,
)

if TYPE_CHECKING:
    from ..answer import Answer

__all__ = ["ChartRef", "Dashboard", "TextRef", "save_answer"]

SETUP_SOURCE = "%load_ext aiser_jupyter"


Item = ChartRef | TextRef


def _lines(text: str) -> list[str]:
    """Split like nbformat does when writing (so our cells look like Jupyter's)."""
    return text.splitlines(keepends=True)


def _text(source: Any) -> str:
    return "".join(source) if isinstance(source, list) else str(source or "")


class Dashboard:
    """A dashboard notebook, read once and saved without touching the user's cells.

    Use :meth:`open` (optionally creating the file) or :meth:`create`; change it with
    :meth:`add_chart`, :meth:`add_text`, :meth:`set_layout`, :meth:`remove`; write it
    with :meth:`save`.

    Examples
    --------
    >>> board = Dashboard.open("sales.ipynb", create=True)        # doctest: +SKIP
    >>> ref = board.add_chart(engine.ask("revenue by region"))      # doctest: +SKIP
    >>> board.set_layout(ref.id, width=12); board.save()           # doctest: +SKIP
    """

    def __init__(
        self, path: Path, data: dict[str, Any], fingerprint: tuple[int, int, str] | None
    ) -> None:
        self.path = path
        self._data = data
        self._fingerprint = fingerprint
        meta = data.setdefault("metadata", {}).get("aiser")
        self._meta: dict[str, Any] = copy.deepcopy(meta) if isinstance(meta, dict) else {}
        self._meta.setdefault("version", 1)
        self._meta.setdefault("columns", GRID_COLUMNS)
        self._owned: dict[str, dict[str, Any]] = {}  # aiser id -> the cell dict (owned cells only)
        owned = [
            cell
            for cell in data["cells"]
            if isinstance(info := cell.get("metadata", {}).get("aiser"), dict)
            and info.get("kind") in ("chart", "text", "setup")
            and info.get("id")
        ]
        check_board(meta, owned, path.name)  # untrusted file: refuse what does not fit
        for cell in owned:
            self._owned[str(cell["metadata"]["aiser"]["id"])] = cell
        self._dirty: set[str] = set()

    # ------------------------------------------------------------------ open / create
    @classmethod
    def open(
        cls, path: str | os.PathLike[str], *, create: bool = False, title: str | None = None
    ) -> Dashboard:
        """Read the dashboard at ``path`` (any notebook works); with ``create``, start one if missing."""
        target = Path(path)
        if target.suffix != ".ipynb":
            raise error("AISER-DASH-INVALID", f"{target.name} is not a notebook (.ipynb) file")
        stamp = nbfile.fingerprint(target)
        if stamp is None:
            if not create:
                raise error("AISER-DASH-NOT-FOUND", f"No dashboard at {target}")
            return cls.create(target, title=title, _exists_ok=True)
        try:
            data = json.loads(nbfile.read_bytes(target))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise error(
                "AISER-DASH-INVALID",
                f"{target.name} is not JSON ({exc.msg if hasattr(exc, 'msg') else exc})",
            ) from None
        except RecursionError:
            raise error("AISER-DASH-INVALID", f"{target.name} is nested too deeply") from None
        nbfile.check_notebook(data, target.name)
        return cls(target, data, stamp)

    @classmethod
    def create(
        cls, path: str | os.PathLike[str], *, title: str | None = None, _exists_ok: bool = False
    ) -> Dashboard:
        """A new, empty dashboard (not written until :meth:`save`)."""
        target = Path(path)
        if not _exists_ok and target.exists():
            raise error(
                "AISER-DASH-CHANGED", f"{target} already exists; open it instead of creating it"
            )
        board = cls(target, nbfile.new_notebook(), None)
        board._meta["title"] = title or target.stem.replace("_", " ").replace("-", " ").title()
        return board

    # ------------------------------------------------------------------ reading
    @property
    def title(self) -> str:
        return str(self._meta.get("title") or self.path.stem)

    @title.setter
    def title(self, value: str) -> None:
        self._meta["title"] = str(value)

    @property
    def filters(self) -> list[dict[str, Any]]:
        """Dashboard-level filter declarations (see :mod:`aiser_jupyter.engine.dashboards.filters`)."""
        return copy.deepcopy(list(self._meta.get("filters", [])))

    def set_filters(self, filters: list[dict[str, Any]]) -> None:
        self._meta["filters"] = [
            Filter.model_validate(f).model_dump(exclude_none=True) for f in filters
        ]

    def _layout(self) -> list[dict[str, Any]]:
        """Layout entries of the owned charts and texts, in order (repairing a hand-edited list)."""
        items = [
            dict(e)
            for e in self._meta.get("layout", [])
            if isinstance(e, dict) and e.get("id") in self._owned
        ]
        seen = {e["id"] for e in items}
        for key, cell in self._owned.items():
            info = cell["metadata"]["aiser"]
            if key not in seen and info["kind"] in ("chart", "text"):
                items.append(
                    {
                        "id": key,
                        **{
                            k: v
                            for k, v in info.get("layout", {}).items()
                            if k in ("width", "height")
                        },
                    }
                )
        return [
            e
            for e in items
            if self._owned[e["id"]]["metadata"]["aiser"]["kind"] in ("chart", "text")
        ]

    def items(self) -> list[Item]:
        """Charts and texts in layout order."""
        result: list[Item] = []
        for entry in self._layout():
            cell = self._owned[entry["id"]]
            info = cell["metadata"]["aiser"]
            if info["kind"] == "text":
                result.append(
                    TextRef(
                        id=entry["id"],
                        markdown=_text(cell.get("source")),
                        width=chart_width(entry.get("width"), GRID_COLUMNS),
                    )
                )
                continue
            meta = chart_meta(info, f"{self.path.name}, cell {entry['id']!r}")
            result.append(
                ChartRef(
                    id=entry["id"],
                    plan=meta.plan,
                    source=meta.source,
                    title=meta.title or meta.plan.chart.title,
                    width=chart_width(entry.get("width")),
                    height=chart_height(entry.get("height")),
                    sql=meta.sql,
                    figure=nbfile.stored_figure(cell),
                    notes=list(meta.notes),
                    frames=list(meta.frames),
                )
            )
        return result

    def charts(self) -> list[ChartRef]:
        """The charts, in layout order."""
        return [item for item in self.items() if isinstance(item, ChartRef)]

    def chart(self, chart_id: str) -> ChartRef:
        for ref in self.charts():
            if ref.id == chart_id:
                return ref
        raise error("AISER-DASH-INVALID", f"No chart with id {chart_id!r} in {self.path.name}")

    # ------------------------------------------------------------------ changing
    def _new_id(self) -> str:
        taken = {str(c.get("id")) for c in self._data["cells"]} | set(self._owned)
        while (new := f"aiser-{secrets.token_hex(4)}") in taken:
            pass
        return new

    def _append(
        self, cell_type: str, source: str, info: dict[str, Any], outputs: list[Any] | None = None
    ) -> str:
        key = self._new_id()
        cell: dict[str, Any] = {
            "cell_type": cell_type,
            "metadata": {"aiser": {**info, "id": key}},
            "source": _lines(source),
        }
        if cell_type == "code":
            cell.update(execution_count=None, outputs=outputs or [])
            cell["metadata"]["jupyter"] = {"source_hidden": True}
        if self._data.get("nbformat_minor", 0) >= 5:
            cell["id"] = key  # nbformat 4.5 cell ids; older notebooks are matched by metadata only
        self._data["cells"].append(cell)
        self._owned[key] = cell
        self._dirty.add(key)
        return key

    def _ensure_setup(self) -> None:
        for cell in self._data["cells"]:
            if cell.get("cell_type") == "code" and SETUP_SOURCE.split()[-1] in _text(
                cell.get("source")
            ):
                return
        self._append("code", SETUP_SOURCE, {"kind": "setup"})

    def add_chart(
        self,
        answer: Answer | ChartPlan,
        source: str | None = None,
        *,
        title: str | None = None,
        width: int | None = None,
        height: int | None = None,
    ) -> ChartRef:
        """Append a chart from an :class:`~aiser_jupyter.engine.answer.Answer` or a plan + source alias.

        An answer's figure is stored as the cell's output (so ``--no-refresh`` export
        and notebook viewers show it); a bare plan is stored without output.
        """
        figure: dict[str, Any] | None = None
        sql: str | None = None
        rows: int | None = None
        frames: list[str] = []
        if isinstance(answer, ChartPlan):
            plan, source = answer, source or "demo"
        else:
            plan, source, sql, rows = (
                answer.plan,
                source or answer.source,
                answer.compiled_sql,
                answer.rows,
            )
            figure = answer.plotly_json()
            frames = list(answer.frames)
        alias, notes = alias_of(source)
        if title:
            plan = plan.model_copy(update={"chart": plan.chart.model_copy(update={"title": title})})
        self._ensure_setup()
        layout = {"width": chart_width(width), "height": chart_height(height)}
        info = new_chart_meta(plan, alias, title=title, layout=layout, sql=sql, rows=rows)
        if frames:  # the names only: a dashboard never holds the data unasked
            info["frames"] = frames
            notes.append(f"The chart {frames_needed(alias, frames)}.")
        if notes:
            info["notes"] = notes
        key = self._append("code", plan_cell(plan, alias), info, nbfile.figure_outputs(figure))
        self._meta["layout"] = [*self._layout_without(key), {"id": key, **layout}]
        return self.chart(key)

    def add_text(self, markdown: str, *, width: int | None = None) -> TextRef:
        """Append a markdown text block (rendered and sanitised on export)."""
        key = self._append("markdown", markdown, {"kind": "text"})
        self._meta["layout"] = [
            *self._layout_without(key),
            {"id": key, "width": chart_width(width, GRID_COLUMNS)},
        ]
        return TextRef(id=key, markdown=markdown, width=self._meta["layout"][-1]["width"])

    def _layout_without(self, key: str) -> list[dict[str, Any]]:
        return [e for e in self._layout() if e["id"] != key]

    def set_layout(
        self,
        item: str | Item,
        *,
        width: int | None = None,
        height: int | None = None,
        order: int | None = None,
    ) -> None:
        """Set an item's grid width (1-12 columns), height (pixels) or position (0-based)."""
        key = item if isinstance(item, str) else item.id
        layout = self._layout()
        entry = next((e for e in layout if e["id"] == key), None)
        if entry is None:
            raise error(
                "AISER-DASH-INVALID", f"No chart or text with id {key!r} in {self.path.name}"
            )
        if width is not None:
            entry["width"] = chart_width(width)
        if height is not None:
            entry["height"] = chart_height(height)
        if order is not None:
            layout.remove(entry)
            layout.insert(max(0, min(len(layout), order)), entry)
        self._meta["layout"] = layout
        info = self._owned[key]["metadata"]["aiser"]
        if info["kind"] == "chart":
            info["layout"] = {k: entry[k] for k in ("width", "height") if k in entry}
            self._dirty.add(key)

    def remove(self, item: str | Item) -> None:
        """Delete a chart or text the dashboard owns (user cells cannot be removed this way)."""
        key = item if isinstance(item, str) else item.id
        cell = self._owned.pop(key, None)
        if cell is None:
            raise error(
                "AISER-DASH-INVALID", f"No chart or text with id {key!r} in {self.path.name}"
            )
        self._data["cells"] = [c for c in self._data["cells"] if c is not cell]
        self._meta["layout"] = [e for e in self._meta.get("layout", []) if e.get("id") != key]

    # ------------------------------------------------------------------ saving
    def save(self) -> None:
        """Validate and write atomically; refuse if the file changed on disk since it was read."""
        self._data["metadata"]["aiser"] = copy.deepcopy({**self._meta, "layout": self._layout()})
        nbfile.check_notebook(self._data, self.path.name)
        if nbfile.fingerprint(self.path) != self._fingerprint:
            raise error(
                "AISER-DASH-CHANGED",
                f"{self.path} was changed by someone else since it was read; nothing was written",
            )
        text = json.dumps(self._data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
        nbfile.atomic_write(self.path, text.encode("utf-8"))
        self._fingerprint = nbfile.fingerprint(self.path)
        self._dirty.clear()

    def to_dict(self) -> dict[str, Any]:
        """The notebook as it would be saved (a deep copy)."""
        data = copy.deepcopy(self._data)
        data["metadata"]["aiser"] = copy.deepcopy({**self._meta, "layout": self._layout()})
        return data

    def __repr__(self) -> str:
        return f"<Dashboard {self.title!r} at {self.path}: {len(self.charts())} charts>"


def save_answer(
    path: str | os.PathLike[str],
    answer: Answer,
    *,
    width: int | None = None,
    height: int | None = None,
    title: str | None = None,
) -> ChartRef:
    """Append ``answer`` to the dashboard at ``path`` (created if missing) and save it.

    This is what ``%%chart --save PATH`` calls.
    """
    board = Dashboard.open(path, create=True)
    ref = board.add_chart(answer, title=title, width=width, height=height)
    board.save()
    return ref
