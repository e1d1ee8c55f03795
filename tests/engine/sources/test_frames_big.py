"""Big frames: charted through the same push-down reductions as a table, and never copied."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator

import duckdb
import numpy as np
import pandas as pd
import pytest

from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.core import Engine
from aiser_jupyter.engine.plan import ChartPlan

ROWS = 200_000


@pytest.fixture(scope="module")
def sales() -> pd.DataFrame:
    rng = np.random.default_rng(3)
    return pd.DataFrame(
        {
            "ts": pd.Timestamp("2020-01-01") + pd.to_timedelta(np.arange(ROWS), "min"),
            "product": [f"product_{i % 900}" for i in range(ROWS)],
            "amount": np.round(rng.random(ROWS) * 1000, 2),
            "qty": rng.integers(1, 500, ROWS),
        }
    )


@pytest.fixture()
def engine(sales: pd.DataFrame) -> Iterator[Engine]:
    eng = Engine(EngineConfig(planner="rules", use_cache=False, max_points=500, max_categories=20))
    eng.connect("big", {"sales": sales})
    yield eng
    eng.close()


def _plan(chart: dict[str, object]) -> ChartPlan:
    return ChartPlan.model_validate({"sql": "SELECT * FROM sales", "chart": chart})


def test_a_big_scatter_is_sampled_in_sql(engine: Engine) -> None:
    plan = _plan({"mark": "point", "encoding": {"x": {"field": "amount"}, "y": {"field": "qty"}}})
    answer = engine.run_plan(plan, "big")
    assert answer.reduction is not None and answer.reduction.kind == "sample"
    assert 0 < answer.rows <= 500
    assert answer.reduction.total == ROWS


def test_a_long_line_is_m4_reduced_in_sql(engine: Engine, sales: pd.DataFrame) -> None:
    plan = _plan({"mark": "line", "encoding": {"x": {"field": "ts"}, "y": {"field": "amount"}}})
    answer = engine.run_plan(plan, "big")
    assert answer.reduction is not None and answer.reduction.kind == "m4"
    assert answer.rows <= 4 * 500
    values = answer.table.column("amount").to_pylist()
    assert max(values) == sales["amount"].max() and min(values) == sales["amount"].min()


def test_many_bars_become_top_n_and_other_with_the_same_total(
    engine: Engine, sales: pd.DataFrame
) -> None:
    answer = engine.ask("total amount by product", "big")
    assert answer.reduction is not None and answer.reduction.kind == "other"
    assert answer.rows == 21  # 20 bars and "Other"
    con = duckdb.connect()
    con.register("sales", sales)
    ((total,),) = con.sql("SELECT SUM(amount) FROM sales").fetchall()
    con.close()
    assert sum(answer.table.column("amount").to_pylist()) == pytest.approx(total, rel=1e-9)


def test_zooming_a_reduced_line_requeries_the_frame(engine: Engine, sales: pd.DataFrame) -> None:
    from aiser_jupyter.engine.reduce.zoom import zoom_plan

    plan = _plan({"mark": "line", "encoding": {"x": {"field": "ts"}, "y": {"field": "amount"}}})
    first = engine.run_plan(plan, "big")
    assert first.reduction is not None
    lo, hi = sales["ts"].iloc[1000], sales["ts"].iloc[1300]
    zoomed = engine.run_plan(zoom_plan(engine.check(plan, "big"), (str(lo), str(hi))), "big")
    assert zoomed.reduction is None and zoomed.rows == 301  # every row of the window
    assert zoomed.table.column("amount").to_pylist() == sales["amount"].iloc[1000:1301].tolist()


def test_a_follow_up_refines_the_answer_on_the_frame(engine: Engine, sales: pd.DataFrame) -> None:
    first = engine.ask("total amount by month", "big")
    assert first.plan.chart.mark == "line"
    pie = engine.ask("as a pie chart", "big")
    assert pie.plan.chart.mark == "arc" and pie.source == "big"
    monthly = sales.groupby(sales["ts"].dt.to_period("M"))["amount"].sum()
    assert sum(pie.table.column("amount").to_pylist()) == pytest.approx(monthly.sum(), rel=1e-9)


NO_COPY = r"""
import ctypes, gc, json, sys
import numpy as np, pandas as pd, polars as pl, pyarrow as pa
from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.core import Engine

def rss():
    gc.collect()
    ctypes.CDLL("libc.so.6").malloc_trim(0)  # freed memory back to the system first
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096

n = 6_000_000
rng = np.random.default_rng(0)
channel = pa.DictionaryArray.from_arrays(pa.array(rng.integers(0, 3, n).astype("int32")),
                                         pa.array(["web", "store", "phone"])).cast(pa.string())
table = pa.table({"channel": channel, "amount": rng.random(n), "qty": rng.integers(0, 100, n)})
kind = sys.argv[1]
frame = {"pandas": table.to_pandas, "polars": lambda: pl.from_arrow(table), "arrow": lambda: table}[kind]()
nbytes = {"pandas": lambda: int(frame.memory_usage(deep=True).sum()),
          "polars": lambda: int(frame.estimated_size()), "arrow": lambda: int(frame.nbytes)}[kind]()
del table, channel
engine = Engine(EngineConfig(planner="rules", use_cache=False))
engine.ask("number of rows", source=pa.table({"a": [1]}))  # imports and first-use allocations
gc.collect()
before = rss()
engine.connect("sales", {"sales": frame})
answer = engine.ask("total amount by channel", "sales")
gc.collect()
print(json.dumps({"frame": nbytes, "growth": rss() - before, "rows": answer.rows}))
"""


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["pandas", "polars", "arrow"])
def test_connecting_a_frame_does_not_copy_it(kind: str) -> None:
    """In a fresh process: connecting and charting a 6e6-row frame grows the memory by far
    less than the frame (a copy adds about its size; DuckDB's own working memory is ~20-30 MB)."""
    out = subprocess.run(
        [sys.executable, "-c", NO_COPY, kind], capture_output=True, text=True, check=True
    )
    measured = json.loads(out.stdout.strip().splitlines()[-1])
    assert measured["rows"] == 3
    assert measured["growth"] < 0.5 * measured["frame"], measured
