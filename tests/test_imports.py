"""`%load_ext` stays light; a first chart loads only what it draws with.

(That the engine loads no Jupyter module is in test_architecture.py.)
"""

import json
import subprocess
import sys

HEAVY = ["pandas", "plotly", "duckdb", "sqlalchemy", "openai", "pyarrow"]


def modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys, json; print(json.dumps(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def test_load_ext_imports_nothing_heavy():
    loaded = modules_after(
        "from IPython.core.interactiveshell import InteractiveShell\n"
        "ip = InteractiveShell.instance(); ip.run_line_magic('load_ext', 'aiser_jupyter')"
    )
    heavy = {m for m in loaded if m.split(".")[0] in HEAVY}
    assert not heavy, f"%load_ext imported heavy modules: {sorted(heavy)[:10]}"


def test_drawing_a_chart_imports_neither_pandas_nor_plotly_validators():
    """The first chart of a fresh kernel pays only for what it uses: pandas (~0.2 s) loads
    when the user asks for ``answer.df``, plotly's graph objects for ``answer.figure``."""
    loaded = modules_after(
        "from IPython.core.interactiveshell import InteractiveShell\n"
        "ip = InteractiveShell.instance(); ip.run_line_magic('config', 'Aiser.warm = False')\n"
        "ip.run_line_magic('load_ext', 'aiser_jupyter')\n"
        "ip.run_cell_magic('chart', '-o a', 'total revenue by month by channel')\n"
        "ip.run_cell_magic('chart', '', 'SELECT order_date, revenue FROM order_lines JOIN orders USING (order_id)')\n"
        "ip.run_cell_magic('chart', '', 'number of orders by weekday')\n"
        "assert ip.user_ns['a'].rows > 10"
    )
    assert "pandas" not in loaded
    assert "plotly.graph_objects" not in loaded and "plotly.graph_objs" not in loaded
    assert "duckdb" in loaded and "pyarrow" in loaded  # it did draw the charts
