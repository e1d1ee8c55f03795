"""Notebook files on disk (dashboards/nbfile.py): atomic writes, fingerprints, paths kept
inside a folder, version-4 notebooks only, figures stored as outputs."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import nbformat
import pytest

from aiser_jupyter.engine.dashboards import nbfile
from aiser_jupyter.errors import AiserError


def _code(info: pytest.ExceptionInfo[AiserError]) -> str:
    return info.value.code


def test_a_write_replaces_the_file_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "board.ipynb"
    target.write_bytes(b"old")
    nbfile.atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["board.ipynb"]


def test_a_rewrite_keeps_the_files_permissions(tmp_path: Path) -> None:
    target = tmp_path / "board.ipynb"
    target.write_bytes(b"old")
    target.chmod(0o640)
    nbfile.atomic_write(target, b"new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_new_file_gets_the_permissions_of_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        nbfile.atomic_write(tmp_path / "new.ipynb", b"x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.ipynb").stat().st_mode) == 0o640


@pytest.mark.parametrize("where", ["folder", "missing-folder", "nul"])
def test_a_path_that_cannot_be_written_is_refused_and_the_old_file_kept(
    tmp_path: Path, where: str
) -> None:
    (tmp_path / "board.ipynb").mkdir()
    target = {
        "folder": tmp_path / "board.ipynb",
        "missing-folder": tmp_path / "nope" / "board.ipynb",
        "nul": tmp_path / "bo\x00ard.ipynb",
    }[where]
    with pytest.raises(AiserError) as info:
        nbfile.atomic_write(target, b"new")
    assert _code(info) == "AISER-DASH-PATH"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["board.ipynb"]


def test_reading_a_folder_is_a_coded_refusal(tmp_path: Path) -> None:
    with pytest.raises(AiserError) as info:
        nbfile.read_bytes(tmp_path)
    assert _code(info) == "AISER-DASH-PATH" and "is a folder" in info.value.message


def test_a_fingerprint_changes_with_the_content_and_is_none_for_no_file(tmp_path: Path) -> None:
    target = tmp_path / "board.ipynb"
    assert nbfile.fingerprint(target) is None
    target.write_bytes(b"one")
    first = nbfile.fingerprint(target)
    assert first is not None and first[1] == 3
    target.write_bytes(b"two")
    assert nbfile.fingerprint(target) != first


def test_a_relative_path_is_confined_to_the_folder(tmp_path: Path) -> None:
    (tmp_path / "boards").mkdir()
    assert (
        nbfile.confined("boards/sales.ipynb", tmp_path)
        == tmp_path.resolve() / "boards" / "sales.ipynb"
    )


@pytest.mark.parametrize(
    "text",
    ["../outside.ipynb", "/etc/passwd", "boards/../../x.ipynb", "link/x.ipynb", "bo\x00ards.ipynb"],
)
def test_a_path_that_leads_out_of_the_folder_is_refused(tmp_path: Path, text: str) -> None:
    root = tmp_path / "root"
    (root / "boards").mkdir(parents=True)
    (root / "link").symlink_to(tmp_path)
    with pytest.raises(AiserError) as info:
        nbfile.confined(text, root)
    assert _code(info) == "AISER-DASH-PATH"


@pytest.mark.parametrize(
    ("text", "why"), [("boards", "is a folder"), ("nope/x.ipynb", "does not exist")]
)
def test_a_folder_or_a_missing_folder_is_refused(tmp_path: Path, text: str, why: str) -> None:
    (tmp_path / "boards").mkdir()
    with pytest.raises(AiserError) as info:
        nbfile.confined(text, tmp_path)
    assert _code(info) == "AISER-DASH-PATH" and why in info.value.message


def test_a_version_4_notebook_passes() -> None:
    nbfile.check_notebook(nbformat.v4.new_notebook(), "board.ipynb")


@pytest.mark.parametrize(
    ("data", "why"),
    [
        ([], "is not a version-4 notebook"),
        ({"nbformat": 3, "cells": []}, "is not a version-4 notebook"),
        ({"nbformat": 4, "cells": "x"}, "is not a version-4 notebook"),
        (
            {
                "nbformat": 4,
                "nbformat_minor": 5,
                "metadata": {},
                "cells": [{"cell_type": "nope", "id": "c1"}],
            },
            "does not validate",
        ),
    ],
)
def test_anything_else_is_refused_with_a_code(data: object, why: str) -> None:
    with pytest.raises(AiserError) as info:
        nbfile.check_notebook(data, "board.ipynb")
    assert _code(info) == "AISER-DASH-INVALID" and why in info.value.message


def test_a_figure_stored_as_outputs_reads_back() -> None:
    figure = {
        "data": [{"type": "bar", "x": ["a"], "y": [1]}],
        "layout": {"title": {"text": "Sales"}},
    }
    outputs = nbfile.figure_outputs(figure)
    assert outputs[0]["data"]["text/plain"] == ["<Figure: Sales>"]
    cell = nbformat.v4.new_code_cell("%%chart", outputs=[nbformat.from_dict(o) for o in outputs])
    assert nbfile.stored_figure(cell) == figure
    assert nbfile.figure_outputs(None) == []


def test_a_cell_without_a_figure_has_none() -> None:
    assert nbfile.stored_figure(nbformat.v4.new_code_cell("1 + 1")) is None
