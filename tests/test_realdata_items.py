"""bench/realdata: every split's item file asks only about its own datasets, and every gold
query (dev, holdout, holdout8, holdout9, holdout10, holdout11, holdout12, holdout13, holdout14, holdout15, holdout16, holdout17, holdout18, holdout19, holdout20, holdout21, holdout22, holdout23, holdout24, holdout25, holdout26, holdout27, holdout28, holdout29, holdout30, holdout31, holdout32, holdout33, holdout34, holdout35, holdout36, holdout37, holdout38, holdout39, holdout40, holdout41, holdout42, holdout43, holdout44, holdout45, holdout46, holdout47, holdout48, holdout49, holdout50, holdout51, holdout52, holdout53, holdout54, holdout55, holdout56, holdout57, holdout58, holdout59, holdout60, holdout61, holdout62, holdout63, holdout64, holdout65, holdout66, holdout67, holdout68, holdout69, holdout70, holdout71) still gives its gold data on the databases built offline."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from bench_packages import need_bench_packages

ROOT = Path(__file__).resolve().parent.parent
REALDATA = ROOT / "bench" / "realdata"


def _script(name: str) -> ModuleType:
    """bench/realdata/<name>.py, loaded under its own name (``build`` is also a PyPI package)."""
    spec = importlib.util.spec_from_file_location(f"realdata_{name}", REALDATA / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    sys.path.insert(0, str(REALDATA))  # the scripts import their sibling modules
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(REALDATA))
    return module


def _datasets() -> dict[str, str]:
    """Dataset name → its split, as build.py declares them."""
    return {name: d.split for name, d in _script("build").DATASETS.items()}


def _splits() -> tuple[str, ...]:
    return tuple(_script("fill").SPLITS)


def test_each_split_file_holds_the_items_of_its_own_datasets_only() -> None:
    splits = _datasets()
    assert set(splits.values()) == set(_splits())
    seen: set[str] = set()
    for split in _splits():
        items = [
            json.loads(line)
            for line in (REALDATA / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
        assert items, split
        assert {i["db"] for i in items} == {d for d, s in splits.items() if s == split}, split
        ids = [i["id"] for i in items]
        assert len(ids) == len(set(ids)) and not seen & set(ids), split
        seen |= set(ids)


@pytest.mark.slow
@pytest.mark.timeout(900)  # rebuilds every dataset from the packages: minutes on a busy machine
def test_every_gold_query_still_gives_its_gold_data(tmp_path: Path) -> None:
    need_bench_packages()
    out = subprocess.run(
        [sys.executable, str(REALDATA / "check.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
    assert "holdout.jsonl: " in out.stdout and out.stdout.rstrip().endswith("ok")
    assert "holdout8.jsonl: " in out.stdout
    assert "holdout9.jsonl: " in out.stdout
    assert "holdout10.jsonl: " in out.stdout
    assert "holdout11.jsonl: " in out.stdout
    assert "holdout12.jsonl: " in out.stdout
    assert "holdout13.jsonl: " in out.stdout
    assert "holdout14.jsonl: " in out.stdout
    assert "holdout15.jsonl: " in out.stdout
    assert "holdout16.jsonl: " in out.stdout
    assert "holdout17.jsonl: " in out.stdout
    assert "holdout18.jsonl: " in out.stdout
    assert "holdout19.jsonl: " in out.stdout
    assert "holdout20.jsonl: " in out.stdout
    assert "holdout21.jsonl: " in out.stdout
    assert "holdout22.jsonl: " in out.stdout
    assert "holdout23.jsonl: " in out.stdout
    assert "holdout24.jsonl: " in out.stdout
    assert "holdout25.jsonl: " in out.stdout
    assert "holdout26.jsonl: " in out.stdout
    assert "holdout27.jsonl: " in out.stdout
    assert "holdout28.jsonl: " in out.stdout
    assert "holdout29.jsonl: " in out.stdout
    assert "holdout30.jsonl: " in out.stdout
    assert "holdout31.jsonl: " in out.stdout
    assert "holdout32.jsonl: " in out.stdout
    assert "holdout33.jsonl: " in out.stdout
    assert "holdout34.jsonl: " in out.stdout
    assert "holdout35.jsonl: " in out.stdout
    assert "holdout36.jsonl: " in out.stdout
    assert "holdout37.jsonl: " in out.stdout
    assert "holdout38.jsonl: " in out.stdout
    assert "holdout39.jsonl: " in out.stdout
    assert "holdout40.jsonl: " in out.stdout
    assert "holdout41.jsonl: " in out.stdout
    assert "holdout42.jsonl: " in out.stdout
    assert "holdout43.jsonl: " in out.stdout
    assert "holdout44.jsonl: " in out.stdout
    assert "holdout45.jsonl: " in out.stdout
    assert "holdout46.jsonl: " in out.stdout
    assert "holdout47.jsonl: " in out.stdout
    assert "holdout48.jsonl: " in out.stdout
    assert "holdout49.jsonl: " in out.stdout
    assert "holdout50.jsonl: " in out.stdout
    assert "holdout51.jsonl: " in out.stdout
    assert "holdout52.jsonl: " in out.stdout
    assert "holdout53.jsonl: " in out.stdout
    assert "holdout54.jsonl: " in out.stdout
    assert "holdout55.jsonl: " in out.stdout
    assert "holdout56.jsonl: " in out.stdout
    assert "holdout57.jsonl: " in out.stdout
    assert "holdout58.jsonl: " in out.stdout
    assert "holdout59.jsonl: " in out.stdout
    assert "holdout60.jsonl: " in out.stdout
    assert "holdout61.jsonl: " in out.stdout
    assert "holdout62.jsonl: " in out.stdout
    assert "holdout63.jsonl: " in out.stdout
    assert "holdout64.jsonl: " in out.stdout
    assert "holdout65.jsonl: " in out.stdout
    assert "holdout66.jsonl: " in out.stdout
    assert "holdout67.jsonl: " in out.stdout
    assert "holdout68.jsonl: " in out.stdout
    assert "holdout69.jsonl: " in out.stdout
    assert "holdout70.jsonl: " in out.stdout
    assert "holdout71.jsonl: " in out.stdout


def test_fill_keeps_stored_gold_data_through_float_noise() -> None:
    steady = _script("fill").steady
    assert steady([["a", 0.1 + 0.2], ["b", 2]], [["a", 0.3], ["b", 2]]) == [["a", 0.3], ["b", 2]]
    assert steady([["a", 0.5]], [["a", 0.3]]) == [["a", 0.5]]  # a real change is written
    assert steady([["a", 0.3], ["b", 1.0]], [["a", 0.3]]) == [["a", 0.3], ["b", 1.0]]
    assert steady([[1.0]], None) == [[1.0]]  # a new item
    assert steady([["b", 1], ["a", 1]], [["a", 1], ["b", 1]]) == [["a", 1], ["b", 1]]  # ties
