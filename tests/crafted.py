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
