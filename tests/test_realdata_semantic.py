"""bench/realdata/semantic: each dev dataset's semantic layer file applies to the dataset
(built offline from the installed packages) and every entry runs; none holds a dev question."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from bench_packages import need_bench_packages

from aiser_jupyter.cli import main
from aiser_jupyter.engine.semantic.load import load_file

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
FILES = ROOT / "bench" / "realdata" / "semantic"
DEV = (
    "tpch",
    "ratdat",
    "bakeoff",
    "gapminder",
    "pizzaplace",
    "seattle_weather",
    "macrodata",
    "who_tb",
    "txhousing",
    "msleep",
)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    need_bench_packages()
    cache = tmp_path_factory.mktemp("realdata")
    script = ROOT / "bench" / "realdata" / "build.py"
    subprocess.run(
        [sys.executable, str(script), str(cache), "--only", *DEV], check=True, timeout=600
    )
    return cache


def test_there_is_one_file_per_dev_dataset():
    assert sorted(p.stem for p in FILES.glob("*.yaml")) == sorted(DEV)


@pytest.mark.parametrize("db", DEV)
def test_the_file_applies_and_every_entry_runs(built: Path, db: str, capsys) -> None:
    assert (
        main(["semantic", "check", str(FILES / f"{db}.yaml"), "--db", str(built / f"{db}.duckdb")])
        == 0
    )
    out = capsys.readouterr().out
    assert "sources.default" in out and "FAIL" not in out and "  ok  metric " in out


def test_no_file_holds_a_verified_or_a_dev_question():
    questions = [
        " ".join(json.loads(line)["question"].lower().split())
        for line in (ROOT / "bench" / "realdata" / "dev.jsonl").read_text().splitlines()
        if line.strip()
    ]
    for path in FILES.glob("*.yaml"):
        layer = load_file(path).file.sources["default"]
        assert layer.verified == []
        text = " ".join(path.read_text().lower().split())
        assert not [q for q in questions if q in text], path.name
