"""Warming the first chart (_warm.py): once ``%load_ext`` has run, what a chart needs is
imported in a background thread, unless ``Aiser.warm`` is off. Each case runs in a fresh
Python (what is imported is process-wide)."""

from __future__ import annotations

import json
import subprocess
import sys

SHELL = (
    "import json, sys, threading\n"
    "from IPython.core.interactiveshell import InteractiveShell\n"
    "ip = InteractiveShell.instance()\n"
)
REPORT = (
    "warm = [t for t in threading.enumerate() if t.name == 'aiser-warm']\n"
    "[t.join(120) for t in warm]\n"
    "print(json.dumps({'threads': len(warm), 'modules': sorted(sys.modules)}))\n"
)


def _run(code: str) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", SHELL + code + REPORT],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_after_load_ext_a_background_thread_imports_what_a_chart_needs() -> None:
    state = _run("ip.run_cell('%load_ext aiser_jupyter')\nip.run_cell('1 + 1')\n")
    assert state["threads"] == 1  # one thread, however many cells follow
    modules = set(state["modules"])  # type: ignore[arg-type]
    assert {
        "duckdb",
        "pyarrow",
        "aiser_jupyter.engine.core",
        "aiser_jupyter.engine.figure.build",
    } <= modules


def test_warm_off_imports_nothing_heavy() -> None:
    state = _run(
        "ip.run_cell(\"%config Aiser.warm = False\")\nip.run_cell('%load_ext aiser_jupyter')\n"
        "ip.run_cell('1 + 1')\n"
    )
    assert state["threads"] == 0
    assert "duckdb" not in state["modules"]  # type: ignore[operator]


def test_a_module_that_cannot_be_imported_is_skipped() -> None:
    state = _run(
        "from aiser_jupyter._warm import warm\nwarm(('aiser_no_such_module', 'colorsys'))\n"
    )
    assert "colorsys" in state["modules"]  # type: ignore[operator]
