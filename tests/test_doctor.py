"""``aiser-jupyter doctor`` (doctor.py): what is installed, whether the panel is enabled,
whether the demo answers and which planner will (the command itself: test_cli.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aiser_jupyter.doctor import PACKAGES, report


@pytest.fixture(autouse=True)
def no_llm(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("AISER_MODEL", "OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


def test_a_working_install_is_all_good(demo_path: Path) -> None:
    ok, lines = report()
    assert ok, lines
    assert lines[0].startswith("aiser-jupyter ")
    assert all(any(line.startswith(f"  {name} ") for line in lines) for name in PACKAGES)
    assert "Source demo: reachable, 6 tables" in lines
    assert any(line.startswith("JupyterLab extension: installed at") for line in lines)


def test_without_an_llm_the_rules_planner_answers(demo_path: Path) -> None:
    _, lines = report()
    assert lines[-1].startswith("LLM: not configured; the offline rules planner answers")


def test_a_configured_llm_is_named_without_its_key(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AISER_MODEL", "my-model")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-doctor-canary")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    _, lines = report()
    assert lines[-1] == "LLM: model my-model at http://127.0.0.1:9/v1"
    assert "sk-doctor-canary" not in "\n".join(lines)


def test_a_disabled_panel_is_reported_with_the_fix(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "labconfig").mkdir()
    (tmp_path / "labconfig" / "page_config.json").write_text(
        json.dumps({"disabledExtensions": {"aiser-jupyter": True}})
    )
    monkeypatch.setenv("JUPYTER_CONFIG_PATH", str(tmp_path))
    ok, lines = report()
    assert not ok
    assert any("disabled (jupyter labextension enable aiser-jupyter)" in line for line in lines)
