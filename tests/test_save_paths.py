"""Where dashboards may be written (issue 13, finding 9).

The panel's ``save`` message is untrusted (any page script can send it), so its path
is confined to the kernel's working folder: absolute paths elsewhere, ``..`` and
symbolic links that lead out are refused, and so are a folder, a NUL character and a
missing folder — each with ``AISER-DASH-PATH``, before anything is written.

``%%chart --save PATH`` is what the user typed in their own cell, which can already
write anywhere (it is Python), so it is not confined; but a folder, a NUL character
or a missing folder is a coded error there too, never a traceback.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from IPython.core.interactiveshell import InteractiveShell
from IPython.utils.capture import capture_output

from aiser_jupyter.engine.dashboards.nbfile import confined
from aiser_jupyter.errors import AiserError


@pytest.fixture()
def work(tmp_path: Path) -> Path:
    """A kernel working folder inside ``tmp_path``, with an outside folder beside it."""
    root = tmp_path / "work"
    (root / "boards").mkdir(parents=True)
    (tmp_path / "outside").mkdir()
    (root / "escape").symlink_to(tmp_path / "outside")
    (root / "link.ipynb").symlink_to(tmp_path / "outside" / "target.ipynb")
    (root / "folder.ipynb").mkdir()
    return root


REFUSED = {
    "absolute-elsewhere": lambda w: str(w.parent / "outside" / "x.ipynb"),
    "dot-dot": lambda w: "../outside/x.ipynb",
    "deep-dot-dot": lambda w: "boards/../../outside/x.ipynb",
    "symlinked-folder": lambda w: "escape/x.ipynb",
    "symlinked-file": lambda w: "link.ipynb",
    "a-folder": lambda w: "folder.ipynb",
    "nul-byte": lambda w: "a\x00b.ipynb",
    "missing-folder": lambda w: "nope/x.ipynb",
    "root-itself": lambda w: ".",
    "etc": lambda w: "/etc/aiser-x.ipynb",
}


def snapshot(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_paths_outside_or_unusable_are_refused(work: Path, name: str) -> None:
    before = snapshot(work.parent)
    with pytest.raises(AiserError) as info:
        confined(REFUSED[name](work), work)
    assert info.value.code == "AISER-DASH-PATH", info.value.text
    assert snapshot(work.parent) == before


def test_paths_inside_resolve_inside(work: Path) -> None:
    assert confined("board.ipynb", work) == work.resolve() / "board.ipynb"
    assert confined("boards/b.ipynb", work) == work.resolve() / "boards" / "b.ipynb"
    assert confined(str(work / "c.ipynb"), work) == work.resolve() / "c.ipynb"
    assert confined("boards/../d.ipynb", work) == work.resolve() / "d.ipynb"


@pytest.mark.parametrize("target", ["folder.ipynb", "a\x00b.ipynb", "nope/x.ipynb"])
def test_chart_save_gives_a_code_not_a_traceback(
    shell: InteractiveShell, work: Path, target: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(work)
    before = snapshot(work.parent)
    with capture_output() as out:
        result = shell.run_cell(
            f"%%chart --save {target}\ntotal revenue by region", store_history=False
        )
    error: Any = result.error_in_exec
    assert error is not None and "AISER-DASH-PATH" in str(error), out.stdout + out.stderr
    assert "Traceback" not in out.stdout + out.stderr
    assert snapshot(work.parent) == before


def test_chart_save_writes_where_the_user_says(
    shell: InteractiveShell, work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a path typed in one's own cell is trusted, even outside the working folder
    monkeypatch.chdir(work)
    target = work.parent / "outside" / "mine.ipynb"
    with capture_output():
        result = shell.run_cell(
            f"%%chart --save {os.fspath(target)}\ntotal revenue by region", store_history=False
        )
    assert result.success, result.error_in_exec
    assert target.exists()
