"""Crafted dashboard notebooks, as an attacker would send them (for the hostile-file tests).

:func:`crafted_notebook` writes a notebook that validates as a notebook (nbformat) and
carries dashboard metadata chosen by the test: chart cells with any ``source``, plan,
layout or notes, a stored figure, and notebook-level layout and filters.
"""

from __future__ import annotations

import json
import socket
import threading
from pathlib import Path
from typing import Any

import nbformat

REGION_PLAN: dict[str, Any] = {
    "sql": "SELECT r.name AS region, c.customer_id FROM customers c "
    "JOIN regions r ON c.region_id = r.region_id",
    "chart": {
        "mark": "bar",
        "encoding": {"x": {"field": "region"}, "y": {"aggregate": "count"}},
    },
}
FIGURE: dict[str, Any] = {"data": [{"type": "bar", "x": ["a"], "y": [1]}], "layout": {}}
PLOTLY = "application/vnd.plotly.v1+json"


def chart_cell(
    key: str = "c1",
    *,
    source: Any = "demo",
    plan: Any = None,
    figure: Any = FIGURE,
    **info: Any,
) -> dict[str, Any]:
    """A dashboard chart cell whose ``metadata.aiser`` holds what the test says."""
    meta = {"kind": "chart", "id": key, "plan": REGION_PLAN if plan is None else plan}
    meta.update(source=source, **info)
    outputs = []
    if figure is not None:
        outputs.append(
            nbformat.v4.new_output("display_data", {PLOTLY: figure, "text/plain": "<Figure>"})
        )
    cell = nbformat.v4.new_code_cell("%%chart --db demo\nSELECT 1", outputs=outputs)
    cell.metadata["aiser"] = meta
    return dict(cell)


def crafted_notebook(
    path: Path, cells: list[dict[str, Any]], meta: Any = None, *, allow_nan: bool = False
) -> Path:
    """Write a notebook with ``cells`` and ``metadata.aiser = meta`` (a default grid if None)."""
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.from_dict(c) for c in cells]
    ids = [c["metadata"]["aiser"]["id"] for c in cells if "aiser" in c.get("metadata", {})]
    nb.metadata["aiser"] = (
        {"version": 1, "title": "Crafted", "layout": [{"id": i} for i in ids if isinstance(i, str)]}
        if meta is None
        else meta
    )
    if allow_nan:  # NaN is not JSON, but Python's json module reads and writes it
        path.write_text(json.dumps(nb, allow_nan=True))
    else:
        nbformat.write(nb, path)
    return path


class Listener:
    """A loopback TCP server that records every connection made to it (and answers nothing)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = int(self.sock.getsockname()[1])
        self.connections: list[bytes] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            conn.settimeout(0.5)
            try:
                first = conn.recv(4096)
            except OSError:
                first = b""
            self.connections.append(first)
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
        self.sock.close()


def stored_sources(port: int, folder: Path) -> dict[str, str]:
    """Every kind of non-alias source an attacker can put in a chart cell."""
    return {
        "postgres-url-with-env": (
            f"postgresql://${{AISER_T_USER}}:${{AISER_T_SECRET}}@127.0.0.1:{port}/${{AISER_T_KEY}}"
        ),
        "postgres-url": f"postgresql://mallory:pw@127.0.0.1:{port}/shop",
        "psycopg-url-query-host": f"postgresql+psycopg://u@/shop?host=127.0.0.1&port={port}",
        "mysql-url": f"mysql+pymysql://root:${{AISER_T_SECRET}}@127.0.0.1:{port}/shop",
        "clickhouse-url": f"clickhouse://default@127.0.0.1:{port}/default",
        "sqlite-url": f"sqlite:///{folder / 'shop.sqlite'}",
        "duckdb-url": f"duckdb:///{folder / 'shop.duckdb'}",
        "absolute-path": str(folder / "shop.sqlite"),
        "relative-path": "shop.sqlite",
        "home-path": "~/shop.duckdb",
        "env-path": "${AISER_T_DIR}/shop.duckdb",
        "env-only": "${AISER_T_SECRET}",
        "csv-folder": str(folder / "csv"),
        "chdb-folder": str(folder / "x.chdb"),
    }


NAN = float("nan")


def deep(levels: int) -> Any:
    value: Any = 1
    for _ in range(levels):
        value = [value]
    return value


def board(cells: list[dict[str, Any]] | None = None, **meta: Any) -> dict[str, Any]:
    """A crafted case: the chart cells and the notebook-level metadata to write."""
    return {"cells": cells or [chart_cell()], "meta": {"version": 1, **meta} if meta else None}


#: malformed dashboard metadata -> the code it must be refused with
METADATA_CASES: dict[str, tuple[dict[str, Any], str]] = {
    "width-text": (board(layout=[{"id": "c1", "width": "wide"}]), "AISER-DASH-INVALID"),
    "width-nan": (board(layout=[{"id": "c1", "width": NAN}]), "AISER-DASH-INVALID"),
    "width-fraction": (board(layout=[{"id": "c1", "width": 6.5}]), "AISER-DASH-INVALID"),
    "height-list": (board([chart_cell(layout={"height": [1]})]), "AISER-DASH-INVALID"),
    "height-infinite": (board([chart_cell(layout={"height": float("inf")})]), "AISER-DASH-INVALID"),
    "figure-nan": (
        board([chart_cell(figure={"data": [{"y": [1, NAN]}], "layout": {}})]),
        "AISER-DASH-INVALID",
    ),
    "figure-deep": (
        board([chart_cell(figure={"data": deep(200), "layout": {}})]),
        "AISER-DASH-INVALID",
    ),
    "plan-not-object": (board([chart_cell(plan="SELECT 1")]), "AISER-DASH-INVALID"),
    "plan-no-chart": (board([chart_cell(plan={"sql": "SELECT 1"})]), "AISER-DASH-INVALID"),
    "plan-bad-mark": (
        board([chart_cell(plan={**REGION_PLAN, "chart": {"mark": "evil", "encoding": {}}})]),
        "AISER-DASH-INVALID",
    ),
    "plan-sql-number": (
        board([chart_cell(plan={**REGION_PLAN, "sql": 42})]),
        "AISER-DASH-INVALID",
    ),
    "plan-nan-step": (
        board(
            [
                chart_cell(
                    plan={
                        "sql": "SELECT 1 AS a",
                        "chart": {
                            "mark": "histogram",
                            "encoding": {"x": {"field": "a", "bin": {"step": NAN}}},
                        },
                    }
                )
            ]
        ),
        "AISER-DASH-INVALID",
    ),
    "filters-not-list": (board(filters={"name": "x"}), "AISER-DASH-INVALID"),
    "filter-bad-name": (
        board(filters=[{"name": "x'; DROP", "column": "region"}]),
        "AISER-DASH-INVALID",
    ),
    "filter-bad-kind": (
        board(filters=[{"name": "f", "column": "region", "kind": "sql"}]),
        "AISER-DASH-INVALID",
    ),
    "filter-extra-key": (
        board(filters=[{"name": "f", "column": "region", "sql": "DROP TABLE x"}]),
        "AISER-DASH-INVALID",
    ),
    "layout-not-list": (board(layout="c1"), "AISER-DASH-INVALID"),
    "layout-entry-number": (board(layout=[1, 2]), "AISER-DASH-INVALID"),
    "layout-entry-no-id": (board(layout=[{"width": 3}]), "AISER-DASH-INVALID"),
    "notes-number": (board([chart_cell(notes=7)]), "AISER-DASH-INVALID"),
    "notes-objects": (board([chart_cell(notes=[{"x": 1}])]), "AISER-DASH-INVALID"),
    "title-object": (board([chart_cell(title={"t": 1})]), "AISER-DASH-INVALID"),
    "board-title-list": (board(title=["a"]), "AISER-DASH-INVALID"),
    "board-meta-text": ({"cells": [chart_cell()], "meta": "dashboard"}, "AISER-DASH-INVALID"),
    "duplicate-ids": (board([chart_cell("c1"), chart_cell("c1")]), "AISER-DASH-INVALID"),
    "id-number": (board([chart_cell(7)]), "AISER-DASH-INVALID"),  # type: ignore[arg-type]
    "rows-text": (board([chart_cell(rows="many")]), "AISER-DASH-INVALID"),
    "source-url": (board([chart_cell(source="sqlite:////etc/x.db")]), "AISER-SRC-STORED"),
    "source-path": (board([chart_cell(source="../shop.duckdb")]), "AISER-SRC-STORED"),
    "source-env": (board([chart_cell(source="${HOME}")]), "AISER-SRC-STORED"),
    "source-number": (board([chart_cell(source=5)]), "AISER-DASH-INVALID"),
}
