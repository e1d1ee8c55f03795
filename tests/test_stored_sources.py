"""A dashboard someone sent you cannot connect anywhere or read your secrets (issue 13, finding 1).

A chart cell's ``source`` is stored in the notebook, so it is untrusted: it must be
the alias of a source *you* connect (``--db ALIAS=URL`` on the command line,
``%chart connect`` in a notebook). A URL, a path or ``${VAR}`` there is refused with
``AISER-SRC-STORED`` — no connection is made, no environment variable is read, no
file is opened — while ``${VAR}`` in what you type on the command line still works.

Each crafted notebook is exported with the real ``aiser-jupyter export`` (its
``main`` in a subprocess with secrets in the environment) while a loopback TCP
listener records any connection attempt.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from crafted import Listener, chart_cell, crafted_notebook, stored_sources

SECRETS = {
    "AISER_T_USER": "CanaryUser-71c2",
    "AISER_T_SECRET": "CanarySecret-0e9d44",
    "AISER_T_KEY": "CanaryKey-5a3b19",
}
DRIVER = """
import contextlib, io, json, sys
from aiser_jupyter.cli import main
results = []
for argv in json.load(open(sys.argv[1])):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:
            code = exc.code
    results.append([code, out.getvalue(), err.getvalue()])
json.dump(results, open(sys.argv[2], "w"))
"""


@pytest.fixture()
def listener() -> Iterator[Listener]:
    server = Listener()
    yield server
    server.close()


def run_cli(argvs: list[list[str]], cwd: Path, env: dict[str, str]) -> list[list[Any]]:
    """Run ``aiser-jupyter`` once per argv in one subprocess; [exit code, stdout, stderr] each."""
    todo, done = cwd / "argv.json", cwd / "results.json"
    todo.write_text(json.dumps(argvs))
    subprocess.run(
        [sys.executable, "-c", DRIVER, str(todo), str(done)],
        cwd=cwd,
        env=env,
        check=True,
        timeout=300,
        capture_output=True,
    )
    results: list[list[Any]] = json.loads(done.read_text())
    return results


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory, demo_path: Path, sqlite_shop: Path) -> Path:
    here = tmp_path_factory.mktemp("stored")
    shutil.copy(sqlite_shop, here / "shop.sqlite")
    shutil.copy(demo_path, here / "shop.duckdb")
    (here / "csv").mkdir()
    (here / "csv" / "regions.csv").write_text("region_id,name\n1,East\n")
    (here / "x.chdb").mkdir()
    return here


def env_with_secrets(folder: Path) -> dict[str, str]:
    return {**os.environ, **SECRETS, "AISER_T_DIR": str(folder), "HOME": str(folder)}


@pytest.mark.parametrize("refresh", [True, False], ids=["refresh", "no-refresh"])
def test_a_crafted_dashboard_connects_nowhere_and_leaks_nothing(
    listener: Listener, folder: Path, refresh: bool
) -> None:
    sources = stored_sources(listener.port, folder)
    argvs = []
    for name, stored in sources.items():
        board = crafted_notebook(folder / f"{name}.ipynb", [chart_cell(source=stored)])
        argv = ["export", str(board), "-o", str(folder / f"{name}.html")]
        argvs.append([*argv, "--db", f"shop={folder / 'shop.sqlite'}"])
        if not refresh:
            argvs[-1].append("--no-refresh")
    results = run_cli(argvs, folder, env_with_secrets(folder))
    assert listener.connections == [], "a stored source made a connection"
    for (name, _), (code, out, err) in zip(sources.items(), results, strict=True):
        assert code == 2, f"{name}: exit {code}: {out} {err}"
        assert err.startswith("AISER-SRC-STORED: "), f"{name}: {err}"
        assert "--db ALIAS=URL" in err  # the sentence says how to supply the source
        assert "Traceback" not in err
        for value in (*SECRETS.values(), str(folder)):
            assert value not in out + err, f"{name} leaked {value!r}"
        assert not (folder / f"{name}.html").exists()


def test_an_alias_resolves_to_what_you_connect_and_dollar_vars_work_where_you_type(
    listener: Listener, folder: Path
) -> None:
    board = crafted_notebook(folder / "good.ipynb", [chart_cell(source="shop")])
    out = folder / "good.html"
    given = [  # ${VAR} is expanded in what you type on the command line
        ["export", str(board), "-o", str(out), "--db", "shop=${AISER_T_DIR}/shop.sqlite"],
        ["export", str(board), "-o", str(out)],  # nothing connected under that alias
    ]
    (code, stdout, err), (code2, _, err2) = run_cli(given, folder, env_with_secrets(folder))
    assert code == 0, err
    assert stdout.startswith(f"wrote {out} (1 charts")
    assert code2 == 2 and err2.startswith("AISER-SRC-UNKNOWN: ")
    assert "--db shop=URL" in err2
    assert listener.connections == []


def test_the_engine_resolves_aliases_only_for_stored_references(
    listener: Listener, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from aiser_jupyter.engine.core import Engine
    from aiser_jupyter.errors import AiserError

    for name, value in SECRETS.items():
        monkeypatch.setenv(name, value)
    engine = Engine()
    try:
        for name, stored in stored_sources(listener.port, folder).items():
            with pytest.raises(AiserError) as info:
                engine.run_plan(engine.plan("SELECT 1 AS one", "demo"), stored)
            assert info.value.code == "AISER-SRC-STORED", name
            assert not any(v in info.value.text for v in SECRETS.values())
        assert [s["alias"] for s in engine.sources()] == ["demo"]
    finally:
        engine.close()
    assert listener.connections == []


def test_a_benchmark_file_does_not_fill_dollar_vars(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a benchmark file is data too: its db_path is opened as written, never with ${VAR} filled
    from aiser_jupyter.engine.eval.run import run_eval

    for name, value in SECRETS.items():
        monkeypatch.setenv(name, value)
    bench = tmp_path / "bench.jsonl"
    item = {"id": "1", "question": "number of regions", "db_path": "${AISER_T_SECRET}/x.sqlite"}
    bench.write_text(json.dumps(item) + "\n")
    predictions = tmp_path / "pred.jsonl"
    run_eval(bench, planner="rules", predictions=predictions)
    (prediction,) = [json.loads(line) for line in predictions.read_text().splitlines()]
    assert prediction["error"] and prediction["error"].startswith("AISER-SRC-FILE")
    assert not any(v in predictions.read_text() for v in SECRETS.values())
