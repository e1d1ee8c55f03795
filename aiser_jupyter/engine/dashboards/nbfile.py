"""Notebook files on disk: fingerprint, validation and atomic writes.

A save must leave either the old or the new file, never a torn one, and must not
overwrite a file someone else changed since it was read.
"""

from __future__ import annotations

import contextlib
import copy
import errno
import hashlib
import os
import tempfile
from pathlib import Path
from typing import Any

from ...errors import AiserError, error
from ..figure.plotly_json import PLOTLY_MIME

__all__ = [
    "atomic_write",
    "check_notebook",
    "confined",
    "figure_outputs",
    "fingerprint",
    "new_notebook",
    "read_bytes",
    "stored_figure",
]


#: What the system says about a path that cannot be used (other OSErrors, such as a full disk,
#: are the machine's problem and propagate unchanged).
_PATH_ERRORS = (
    IsADirectoryError,
    NotADirectoryError,
    FileNotFoundError,
    PermissionError,
    ValueError,
)


def _is_path_error(exc: BaseException) -> bool:
    return isinstance(exc, _PATH_ERRORS) or (
        isinstance(exc, OSError) and exc.errno in (errno.ENAMETOOLONG, errno.ELOOP)
    )


def _path_error(path: Path, exc: BaseException) -> AiserError:
    """A coded refusal for a path the system would not read or write (no traceback)."""
    name = path.name or str(path)
    if isinstance(exc, IsADirectoryError):
        msg = f"{name} is a folder, not a file"
    elif isinstance(exc, (FileNotFoundError, NotADirectoryError)):
        msg = f"The folder of {name} does not exist"
    elif isinstance(exc, PermissionError):
        msg = f"{name} may not be read or written here"
    elif isinstance(exc, ValueError):
        msg = "The path holds a NUL character"
    else:
        msg = f"{name} could not be used ({type(exc).__name__})"
    return error("AISER-DASH-PATH", msg)


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or ``AISER-DASH-PATH`` (a folder, no permission, a NUL in the path)."""
    try:
        return path.read_bytes()
    except Exception as exc:
        if not _is_path_error(exc):
            raise
        raise _path_error(path, exc) from None


def fingerprint(path: Path) -> tuple[int, int, str] | None:
    """(mtime, size, sha256) of ``path``, or None when it does not exist."""
    try:
        data = path.read_bytes()
        stat = path.stat()
    except FileNotFoundError:
        return None
    except Exception as exc:
        if not _is_path_error(exc):
            raise
        raise _path_error(path, exc) from None
    return (stat.st_mtime_ns, stat.st_size, hashlib.sha256(data).hexdigest())


def confined(text: str, root: Path) -> Path:
    """``text`` as a path inside the folder ``root`` (relative paths start there).

    What a panel message names is untrusted: an absolute path elsewhere, ``..``, a
    symbolic link that leads out of ``root``, a folder, a NUL character or a missing
    folder is refused with ``AISER-DASH-PATH`` before anything is read or written.
    """
    if "\x00" in text:
        raise error("AISER-DASH-PATH", "The path holds a NUL character")
    try:
        base = root.resolve(strict=True)
        target = (base / text).resolve()  # follows every symbolic link on the way
    except (OSError, RuntimeError, ValueError) as exc:
        raise error(
            "AISER-DASH-PATH", f"The path could not be resolved ({type(exc).__name__})"
        ) from None
    if not target.is_relative_to(base):
        msg = "The path leads outside the working folder; nothing was written"
        raise error("AISER-DASH-PATH", msg)
    if target.is_dir():
        raise error("AISER-DASH-PATH", f"{target.name or text} is a folder, not a notebook")
    if not target.parent.is_dir():
        raise error("AISER-DASH-PATH", f"The folder of {target.name} does not exist")
    return target


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
    except RecursionError:
        raise error("AISER-DASH-INVALID", f"{name} is nested too deeply") from None


def atomic_write(path: Path, payload: bytes) -> None:
    """Write ``payload`` to ``path`` so a crash leaves either the old or the new file.

    A path the system refuses (a folder, a missing folder, no permission, a NUL
    character) is ``AISER-DASH-PATH``; the old file, if any, is left as it was.
    """
    folder = path.parent if str(path.parent) else Path(".")
    try:
        if path.is_dir():
            raise IsADirectoryError(path)
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask()
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except Exception as exc:
        if not _is_path_error(exc):
            raise
        raise _path_error(path, exc) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        if _is_path_error(exc):
            raise _path_error(path, exc) from None
        raise
    with contextlib.suppress(OSError):  # make the rename itself durable where the OS allows it
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


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


def new_notebook() -> dict[str, Any]:
    """An empty nbformat 4.5 notebook for a Python 3 kernel (what a new dashboard starts as)."""
    return {
        "cells": [],
        "metadata": {
            "kernelspec": {
                "display_name": "Python 3 (ipykernel)",
                "language": "python",
                "name": "python3",
            },
            "language_info": {"name": "python"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }
