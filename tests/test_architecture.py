"""The package's shape, read from its source with ``ast`` (tests/import_graph.py).

Imports only point down: no import cycle among the package's modules and no import of
another module's private name. Modules stay under 400 lines and functions under 80. The
engine imports nothing from Jupyter, neither in its source nor at run time.

``python tests/import_graph.py`` (or ``make arch``) prints the cycles (with the imports that
close them), the private imports and the largest modules and functions; a failing test
here prints the same report.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import import_graph
import pytest
from import_graph import JUPYTER, MAX_FUNCTION_LINES, MAX_MODULE_LINES


@pytest.fixture(scope="module")
def graph() -> import_graph.Graph:
    return import_graph.build()


def test_the_graph_covers_the_whole_package(graph: import_graph.Graph) -> None:
    on_disk = {p for p in import_graph.ROOT.rglob("*.py") if "labextension" not in p.parts}
    assert set(graph.files.values()) == on_disk
    assert {"aiser_jupyter", "aiser_jupyter.engine", "aiser_jupyter.engine.core"} <= graph.modules


def test_no_import_cycle(graph: import_graph.Graph) -> None:
    assert not graph.cycles(), import_graph.report_cycles(graph)


def test_no_module_imports_another_modules_private_names(graph: import_graph.Graph) -> None:
    assert not graph.private_imports(), import_graph.report_private(graph)


def test_no_module_is_over_400_lines(graph: import_graph.Graph) -> None:
    assert not graph.big_modules(MAX_MODULE_LINES), import_graph.report_modules(graph)


def test_no_function_is_over_80_lines(graph: import_graph.Graph) -> None:
    assert not graph.big_functions(MAX_FUNCTION_LINES), import_graph.report_functions(graph)


def test_the_engine_source_imports_nothing_from_jupyter(graph: import_graph.Graph) -> None:
    assert not graph.jupyter_imports(), import_graph.report_jupyter(graph)


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys, json; print(json.dumps(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def test_the_engine_loads_no_jupyter_module_when_it_answers() -> None:
    """What the source says and what runs agree: no dependency pulls Jupyter in either."""
    loaded = _modules_after(
        "import aiser_jupyter.engine, aiser_jupyter.engine.core, aiser_jupyter.engine.compile.query, "
        "aiser_jupyter.engine.figure.build, aiser_jupyter.engine.planners.rules.planner, aiser_jupyter.engine.sources.open\n"
        "from aiser_jupyter.engine.core import Engine, EngineConfig\n"
        "e = Engine(EngineConfig(planner='rules')); a = e.ask('total revenue by region'); a.figure"
    )
    bad = {m for m in loaded if m.split(".")[0] in JUPYTER}
    assert not bad, f"the engine loaded Jupyter modules: {sorted(bad)[:10]}"


# ------------------------------------------------------------------ the graph itself, on a toy
def _package(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / "toy" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root / "toy"


def test_relative_and_function_level_imports_close_a_cycle(tmp_path: Path) -> None:
    toy = _package(
        tmp_path,
        {
            "__init__.py": "",
            "a/__init__.py": "",
            "a/low.py": "def f():\n    from ..b import high\n",
            "b/__init__.py": "",
            "b/high.py": "from ..a.low import f\n",
            "c.py": "import toy.b.high\n",
        },
    )
    graph = import_graph.build(toy)
    assert graph.cycles() == [["toy.a.low", "toy.b.high"]]
    assert graph.cycle_edges(["toy.a.low", "toy.b.high"]) == [
        ("toy.a.low", "toy.b.high", [2]),
        ("toy.b.high", "toy.a.low", [1]),
    ]
    assert "toy/a/low.py:2" in import_graph.report_cycles(graph)


def test_a_package_init_is_the_package_node(tmp_path: Path) -> None:
    toy = _package(
        tmp_path,
        {
            "__init__.py": "from .core import Engine\n",
            "core.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from toy import helper\n",
            "helper.py": "from toy import Engine\n",
        },
    )
    edges = import_graph.build(toy).edges()
    assert edges["toy"] == {"toy.core": [1]}
    assert edges["toy.core"] == {"toy.helper": [3]}  # a submodule named in `from toy import`
    assert edges["toy.helper"] == {"toy": [1]}  # a name of the package: its __init__
    assert import_graph.build(toy).cycles() == [["toy", "toy.core", "toy.helper"]]


def test_private_names_but_not_private_modules_are_reported(tmp_path: Path) -> None:
    toy = _package(
        tmp_path,
        {
            "__init__.py": "",
            "_state.py": "_cache = {}\nVALUE = 1\n",
            "user.py": "from . import _state\nfrom ._state import VALUE, _cache\nfrom os import _exit\n",
        },
    )
    found = import_graph.build(toy).private_imports()
    assert [(i.source, i.target, i.names, i.line) for i in found] == [
        ("toy.user", "toy._state", ("_cache",), 2)
    ]


def test_sizes_are_counted_per_module_and_per_function(tmp_path: Path) -> None:
    body = "\n".join(f"    x{i} = {i}" for i in range(81))
    toy = _package(
        tmp_path,
        {
            "__init__.py": "",
            "big.py": f"class C:\n    def long(self):\n{body.replace('    ', '        ')}\n"
            + "\n" * 400,
            "small.py": "def short():\n    return 1\n",
        },
    )
    graph = import_graph.build(toy)
    assert [m for m, _ in graph.big_modules(400)] == ["toy.big"]
    assert [(f.qualname, f.lines) for f in graph.big_functions(80)] == [("C.long", 82)]
    assert "C.long" in import_graph.report_functions(graph)


def test_jupyter_imports_are_found_in_the_engine_only(tmp_path: Path) -> None:
    toy = _package(
        tmp_path,
        {
            "__init__.py": "",
            "engine/__init__.py": "",
            "engine/core.py": "def show():\n    from IPython.display import display\n",
            "adapter.py": "import ipywidgets\n",
        },
    )
    found = import_graph.build(toy).jupyter_imports()
    assert [(i.source, i.target, i.line) for i in found] == [
        ("toy.engine.core", "IPython.display", 2)
    ]
