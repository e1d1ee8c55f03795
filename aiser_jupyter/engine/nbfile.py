"""Notebook files on disk: fingerprint, validation and atomic writes.

A save must leave either the old or the new file, never a torn one, and must not
overwrite a file someone else changed since it was read.
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import os
import tempfile
from pathlib import Path
from typing import Any

from ..errors import error

__all__ = ["atomic_write", "check_notebook", "figure_outputs", "fingerprint", "stored_figure"]

PLOTLY_MIME = "application/vnd.plotly.v1+json"  #: the plotly mimetype (engine.figure uses this one)


def fingerprint(path: Path) -> tuple[int, int, str] | None:
    """(mtime, size, sha256) of ``path``, or None when it does not exist."""
    try:
        data = path.read_bytes()
        stat = path.stat()
    except FileNotFoundError:
        return None
    return (stat.st_mtime_ns, stat.st_size, hashlib.sha256(data).hexdigest())


def check_notebook(data: Any, name: str) -> None:
    """Refuse anything that is not a valid version-4 notebook (``AISER-DASH-INVALID``)."""
    import nbformat

    if (
        not isinstance(data, dict)
        or data.get("nbformat") != 4
        or not isinstance(data.get("cells"), list)
    ):
        raise error("AISER-DASH-INVALID", f"{name} is not a version-4 notebook")
    try:
        nbformat.validate(copy.deepcopy(data), version=4)
    except nbformat.ValidationError as exc:
        first = str(exc.message if hasattr(exc, "message") else exc).splitlines()[0][:200]
        raise error(
            "AISER-DASH-INVALID", f"{name} does not validate as a notebook: {first}"
        ) from None


def atomic_write(path: Path, payload: bytes) -> None:
    """Write ``payload`` to ``path`` so a crash leaves either the old or the new file."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.exists():
        mode = path.stat().st_mode & 0o777
    else:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    with contextlib.suppress(OSError):  # make the rename itself durable where the OS allows it
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def figure_outputs(figure: dict[str, Any] | None) -> list[dict[str, Any]]:
    """The cell outputs that store ``figure`` (plotly JSON) in a notebook."""
    if figure is None:
        return []
    title = (figure.get("layout") or {}).get("title") or {}
    label = title.get("text") if isinstance(title, dict) else title
    return [
        {
            "output_type": "display_data",
            "metadata": {},
            "data": {PLOTLY_MIME: figure, "text/plain": [f"<Figure: {label or 'chart'}>"]},
        }
    ]


def stored_figure(cell: dict[str, Any]) -> dict[str, Any] | None:
    """The plotly figure JSON a cell's outputs hold, if any."""
    for output in cell.get("outputs", []):
        data = output.get("data") or {}
        if isinstance(data.get(PLOTLY_MIME), dict):
            return dict(data[PLOTLY_MIME])
    return None
