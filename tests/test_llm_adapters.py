"""The llm planner through the CLI (a subprocess, env configuration) and the magic (%config)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fake_llm import FakeLLM
from llm_fixtures import REVENUE_BY_REGION


def cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "aiser_jupyter.cli", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=120,
    )


def _env(server: FakeLLM, tmp_path: Path) -> dict[str, str]:
    return {
        "OPENAI_BASE_URL": server.url,
        "OPENAI_API_KEY": "sk-canary-cli",
        "AISER_DATA_DIR": str(tmp_path),
    }


def test_cli_ask_planner_llm_draws_the_scripted_plan(
    llm_server: FakeLLM, tmp_path: Path, demo_path: Path
) -> None:
    llm_server.answer({"plan": REVENUE_BY_REGION})
    out = cli(
        "ask",
        "total revenue by region",
        "--db",
        "demo",
        "--planner",
        "llm",
        "--json",
        env=_env(llm_server, tmp_path),
    )
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["plan"]["provenance"]["planner"] == "llm" and result["rows"] == 5
    assert llm_server.completions[0]["model"] == "test-model"  # discovered via /v1/models
    assert "sk-canary-cli" not in out.stdout + out.stderr


def test_cli_server_errors_end_in_a_code_after_three_attempts(
    llm_server: FakeLLM, tmp_path: Path, demo_path: Path
) -> None:
    llm_server.default = {"status": 500, "headers": {"Retry-After": "0"}}
    out = cli(
        "ask",
        "total revenue by region",
        "--planner",
        "llm",
        env={**_env(llm_server, tmp_path), "AISER_MODEL": "test-model"},
    )
    assert out.returncode != 0
    assert "AISER-LLM-SERVER" in out.stdout + out.stderr and "Traceback" not in out.stderr
    assert len(llm_server.completions) == 3


@pytest.fixture()
def shell(
    llm_server: FakeLLM, tmp_path: Path, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Any]:
    from IPython.core.interactiveshell import InteractiveShell

    from aiser_jupyter import _kernel

    monkeypatch.setenv("OPENAI_API_KEY", "sk-canary-magic")
    ip = InteractiveShell.instance()
    ip.run_cell("%load_ext aiser_jupyter", store_history=False)
    for line in (
        f"%config Aiser.base_url = '{llm_server.url}'",
        "%config Aiser.model = 'test-model'",
        f"%config Aiser.store_path = '{tmp_path / 'aiser.sqlite'}'",
        "%config Aiser.planner = 'auto'",
    ):
        assert ip.run_cell(line, store_history=False).success
    yield ip
    _kernel.reset()
    InteractiveShell.clear_instance()


def _run(ip: Any, code: str) -> tuple[Any, Any]:
    from IPython.utils.capture import capture_output

    with capture_output() as out:
        result = ip.run_cell(code, store_history=False)
    return result, out


def test_magic_uses_the_cache_refresh_and_reports_usage(llm_server: FakeLLM, shell: Any) -> None:
    llm_server.default = {"plan": REVENUE_BY_REGION}
    for cell in ("%%chart -o a\ntotal revenue by region", "%%chart -o b\ntotal revenue by region"):
        result, _ = _run(shell, cell)
        assert result.success, result.error_in_exec
    assert len(llm_server.completions) == 1  # re-running the same cell does not call the LLM
    assert shell.user_ns["b"].plan.provenance.cached
    result, _ = _run(shell, "%%chart --refresh\ntotal revenue by region")
    assert result.success and len(llm_server.completions) == 2
    result, out = _run(shell, "%chart usage")
    assert "This session: 2 calls, 200 prompt + 40 completion tokens" in out.stdout
    assert "sk-canary-magic" not in out.stdout


def test_magic_shows_llm_errors_without_traceback(llm_server: FakeLLM, shell: Any) -> None:
    llm_server.answer({"content": "{", "finish_reason": "length"})
    result, _out = _run(shell, "%%chart\ntotal revenue by region")
    assert not result.success
    assert "AISER-LLM-TRUNCATED" in str(result.error_in_exec)
