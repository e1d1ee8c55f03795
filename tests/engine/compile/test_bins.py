"""Bin widths before compiling (compile/bins.py): every binned channel gets a literal width
from stored statistics (no scan) or from one MIN/MAX query over the checked base query."""

from __future__ import annotations

import math
from typing import Any

from recorded import statements

from aiser_jupyter.engine.compile.bins import fill_bins
from aiser_jupyter.engine.core import Engine
from aiser_jupyter.engine.plan import Bin, ChartPlan

ROWS = 100_000  #: rows of the ``big`` fixture (tests/engine/conftest.py)


def run(engine: Engine, chart: dict[str, object], sql: str = "SELECT * FROM sales") -> Any:
    return engine.run_plan(ChartPlan.model_validate({"sql": sql, "chart": chart}), "big")


def filled(engine: Engine, chart: dict[str, object], sql: str = "SELECT * FROM sales") -> Any:
    checked = engine.check(ChartPlan.model_validate({"sql": sql, "chart": chart}), "big")
    source = engine.source("big")
    return checked, fill_bins(checked, engine.catalog("big"), source, engine.config.limits)


def test_a_histogram_takes_its_bounds_from_column_statistics(big_engine: Engine) -> None:
    sent = statements(big_engine, "big")
    answer = run(big_engine, {"mark": "histogram", "encoding": {"x": {"field": "amount"}}})
    assert sent[-1] == answer.compiled_sql
    assert all("stats(" in sql.lower() for sql in sent[:-1])  # no min/max scan before the run
    assert int(answer.df["count"].sum()) == ROWS
    assert answer.rows <= 21


def test_a_heatmap_over_numbers_is_binned_in_two_dimensions(big_engine: Engine) -> None:
    answer = run(
        big_engine,
        {"mark": "heatmap", "encoding": {"x": {"field": "amount"}, "y": {"field": "qty"}}},
    )
    assert 100 < answer.rows <= 41 * 31
    assert int(answer.df["count"].sum()) == ROWS


def test_a_filtered_base_gets_its_range_from_one_minmax_query(big_engine: Engine) -> None:
    sent = statements(big_engine, "big")
    chart = {"mark": "histogram", "encoding": {"x": {"field": "amount"}}}
    answer = run(big_engine, chart, "SELECT * FROM sales WHERE id < 5000")
    assert len(sent) == 2 and sent[-1] == answer.compiled_sql
    assert "min(" in sent[0].lower() and "max(" in sent[0].lower()
    assert int(answer.df["count"].sum()) == 5000


def test_a_chart_without_bins_is_left_as_it_is(big_engine: Engine) -> None:
    sent = statements(big_engine, "big")
    chart = {"mark": "bar", "encoding": {"x": {"field": "category"}, "y": {"aggregate": "count"}}}
    checked, same = filled(big_engine, chart)
    assert same is checked and sent == []


def test_a_width_the_plan_gives_is_kept_and_needs_no_query(big_engine: Engine) -> None:
    sent = statements(big_engine, "big")
    chart = {"mark": "histogram", "encoding": {"x": {"field": "amount", "bin": {"step": 25}}}}
    checked, same = filled(big_engine, chart, "SELECT * FROM sales WHERE id < 5000")
    assert same is checked and sent == []


def test_a_histogram_gets_a_nice_width_for_its_bins(big_engine: Engine) -> None:
    chart = {"mark": "histogram", "encoding": {"x": {"field": "amount"}}}
    _, binned = filled(big_engine, chart)
    x = binned.chart.encoding.x
    assert isinstance(x.bin, Bin) and x.bin.maxbins == 20 and x.bin.step is not None
    mantissa = x.bin.step / 10 ** math.floor(math.log10(x.bin.step))
    assert round(mantissa, 9) in (1, 2, 5)  # 1, 2 or 5 times a power of ten
    assert 10 <= 1000 / x.bin.step <= 20  # amounts span 0 to 1000: about 20 bins, no more
