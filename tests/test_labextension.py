"""The prebuilt JupyterLab extension that `pip install` ships and JupyterLab finds."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import aiser_jupyter

PACKAGE = Path(aiser_jupyter.__file__).parent
SOURCE = PACKAGE.parent / "labextension"


def test_extension_paths_point_at_the_built_extension() -> None:
    (entry,) = aiser_jupyter._jupyter_labextension_paths()
    assert entry["dest"] == "aiser-jupyter"
    built = PACKAGE / entry["src"]
    meta = json.loads((built / "package.json").read_text())
    assert meta["name"] == "aiser-jupyter"
    assert (built / meta["jupyterlab"]["_build"]["load"]).is_file()
    schema = json.loads((built / "schemas" / "aiser-jupyter" / "plugin.json").read_text())
    assert set(schema["properties"]) >= {"runInsertedCell", "chartHeight"}


def test_built_extension_matches_the_source_version() -> None:
    source = json.loads((SOURCE / "package.json").read_text())
    built = json.loads((PACKAGE / "labextension" / "package.json").read_text())
    assert built["version"] == source["version"] == aiser_jupyter.__version__


def test_jupyterlab_lists_the_extension_enabled() -> None:
    jupyter = Path(sys.executable).with_name("jupyter")
    if not jupyter.exists():
        pytest.skip("jupyter is not installed next to this python")
    result = subprocess.run(
        [str(jupyter), "labextension", "list"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    lines = [
        line for line in (result.stdout + result.stderr).splitlines() if "aiser-jupyter" in line
    ]
    assert lines, result.stdout + result.stderr
    assert "enabled" in lines[0] and "OK" in lines[0], lines[0]
