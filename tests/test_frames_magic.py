"""Kernel DataFrames in the magic: ``%chart connect NAME df [other …]``, ``%%chart --db NAME``,
in a real (isolated) IPython shell; numbers checked against plain DuckDB on the same frames."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import duckdb
import pytest
from IPython.utils.capture import capture_output

KINDS = ("pandas", "polars", "arrow")
SETUP = """
import numpy as np, pandas as pd, polars as pl, pyarrow as pa
rng = np.random.default_rng(11)
_sales = pd.DataFrame({{"region_id": rng.integers(1, 4, 3000), "amount": np.round(rng.random(3000) * 100, 2)}})
_regions = pd.DataFrame({{"region_id": [1, 2, 3], "name": ["North", "South", "East"]}})
convert = {{"pandas": lambda d: d, "polars": pl.from_pandas,
           "arrow": lambda d: pa.Table.from_pandas(d, preserve_index=False)}}["{kind}"]
sales, regions = convert(_sales), convert(_regions)
"""


def run(shell: Any, code: str) -> tuple[Any, Any]:
    with capture_output() as out:
        result = shell.run_cell(code, store_history=False)
    return result, out


def ok(shell: Any, code: str) -> Any:
    result, out = run(shell, code)
    assert result.success, (result.error_in_exec, result.error_before_exec, out.stdout)
    return out


def failure(shell: Any, code: str) -> str:
    result, out = run(shell, code)
    assert not result.success
    text = str(result.error_in_exec or result.error_before_exec) + out.stdout + out.stderr
    assert "Traceback" not in text
    return text


def direct(sql: str, **frames: Any) -> list[tuple[Any, ...]]:
    con = duckdb.connect()
    for name, frame in frames.items():
        con.register(name, frame)
    rows = sorted(con.sql(sql).fetchall())
    con.close()
    return rows


def plotted(shell: Any, name: str) -> list[tuple[Any, ...]]:
    return sorted(tuple(r.values()) for r in shell.user_ns[name].table.to_pylist())


def same(got: list[tuple[Any, ...]], want: list[tuple[Any, ...]]) -> None:
    assert [g[:-1] for g in got] == [w[:-1] for w in want]
    assert [g[-1] for g in got] == pytest.approx([w[-1] for w in want], rel=1e-9)


BY_REGION = "SELECT r.name, SUM(s.amount) FROM sales s JOIN regions r USING (region_id) GROUP BY 1"


@pytest.mark.parametrize("kind", KINDS)
def test_connect_variables_and_chart_them(shell: Any, kind: str) -> None:
    ok(shell, SETUP.format(kind=kind))
    out = ok(shell, "%chart connect shop sales regions")
    assert "Connected shop" in out.stdout and "sales" in out.stdout
    ok(shell, "%%chart --db shop -o by_region\ntotal amount by region name")
    ns = shell.user_ns
    same(plotted(shell, "by_region"), direct(BY_REGION, sales=ns["sales"], regions=ns["regions"]))


@pytest.mark.parametrize("kind", KINDS)
def test_a_changed_or_rebound_variable_is_seen_by_the_next_cell(shell: Any, kind: str) -> None:
    ok(shell, SETUP.format(kind=kind))
    ok(shell, "%chart connect shop sales regions")
    ok(shell, "%%chart --db shop -o first\ntotal amount by region name")
    change = {
        "pandas": "sales.loc[sales['region_id'] == 1, 'amount'] = 0.0",
        "polars": "sales = sales.with_columns(pl.col('amount') * 2)",
        "arrow": "sales = sales.slice(0, 1000)",
    }[kind]
    ok(shell, change)
    ok(shell, "%%chart --db shop -o second\ntotal amount by region name")
    ns = shell.user_ns
    assert plotted(shell, "second") != plotted(shell, "first")
    same(plotted(shell, "second"), direct(BY_REGION, sales=ns["sales"], regions=ns["regions"]))


def test_db_names_a_variable_directly(shell: Any) -> None:
    ok(shell, SETUP.format(kind="pandas"))
    ok(shell, "%%chart --db sales -o direct_answer\ntotal amount by region id")
    answer = shell.user_ns["direct_answer"]
    assert answer.source == "sales" and answer.frames == ["sales"]
    want = direct("SELECT region_id, SUM(amount) FROM s GROUP BY 1", s=shell.user_ns["sales"])
    same(plotted(shell, "direct_answer"), want)


def test_sources_lists_the_kernel_frames(shell: Any) -> None:
    ok(shell, SETUP.format(kind="polars"))
    out = ok(shell, "%chart sources")
    tables = [o.data["text/markdown"] for o in out.outputs if "text/markdown" in o.data]
    frames = tables[-1]
    assert "| `sales` | polars | 3,000 × 2 |" in frames
    assert "_sales" not in frames  # names starting with _ are IPython's history, not listed


def test_odd_variable_names_are_table_names_quoted_never_run(shell: Any) -> None:
    ok(shell, SETUP.format(kind="pandas"))
    odd = 'my sales"; DROP VIEW regions; --'
    shell.user_ns[odd] = shell.user_ns["sales"]
    shell.user_ns["données"] = shell.user_ns["regions"]
    ok(shell, f"%chart connect odd '{odd}' données")
    ok(shell, "%%chart --db odd -o odd_answer\ntotal amount by name")
    ns = shell.user_ns
    same(plotted(shell, "odd_answer"), direct(BY_REGION, sales=ns["sales"], regions=ns["regions"]))
    assert {t.name for t in _catalog(shell, "odd")} == {odd, "données"}
    ok(shell, "%%chart --db données -o fr\nnumber of rows by name")
    assert shell.user_ns["fr"].source == "donn_es"


def _catalog(shell: Any, alias: str) -> list[Any]:
    from aiser_jupyter._magics import get_engine

    return list(get_engine(shell).catalog(alias).tables)


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("%chart connect shop sales missing_variable", "usage"),
        ("%chart connect shop sales 42", "usage"),
        ("%chart connect 'bad alias' sales", "AISER-SRC-ALIAS"),
    ],
)
def test_bad_connects_say_what_to_do(shell: Any, line: str, code: str) -> None:
    ok(shell, SETUP.format(kind="pandas"))
    assert code in failure(shell, line)


def test_a_deleted_variable_is_a_coded_error(shell: Any) -> None:
    ok(shell, SETUP.format(kind="pandas"))
    ok(shell, "%chart connect gone sales")
    ok(shell, "del sales")
    text = failure(shell, "%%chart --db gone\ntotal amount by region id")
    assert "AISER-SRC-FRAME" in text and "'sales'" in text


def test_saving_a_frame_chart_says_the_dashboard_needs_the_frame(shell: Any, tmp_path: Any) -> None:
    ok(shell, SETUP.format(kind="pandas"))
    ok(shell, "%chart connect shop sales regions")
    board = tmp_path / "board.ipynb"
    out = ok(shell, f"%%chart --db shop --save {board}\ntotal amount by region name")
    shown = " ".join(o.data.get("text/markdown", "") for o in out.outputs)
    assert "Saved to dashboard" in shown and "DataFrame" in shown and "--db shop=" in shown
    stored = json.loads(board.read_text())
    (chart,) = [c for c in stored["cells"] if c["metadata"].get("aiser", {}).get("kind") == "chart"]
    assert chart["metadata"]["aiser"]["source"] == "shop"
    assert chart["metadata"]["aiser"]["frames"] == ["sales", "regions"]


def test_frame_support_keeps_load_ext_and_a_first_chart_free_of_pandas_and_polars() -> None:
    code = (
        "from IPython.core.interactiveshell import InteractiveShell\n"
        "ip = InteractiveShell.instance(); ip.run_line_magic('config', 'Aiser.warm = False')\n"
        "ip.run_line_magic('load_ext', 'aiser_jupyter')\n"
        "ip.run_line_magic('chart', 'sources')\n"
        "ip.run_cell_magic('chart', '-o a', 'total revenue by region')\n"
        "assert ip.user_ns['a'].rows == 5\n"
        "import sys, json; print(json.dumps(sorted(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(json.loads(out.stdout.strip().splitlines()[-1]))
    assert "pandas" not in loaded and "polars" not in loaded
