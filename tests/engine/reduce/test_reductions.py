"""Big charts are reduced in SQL, say so, and stay small (issue 8)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.core import Engine
from aiser_jupyter.engine.plan import ChartPlan

ROWS = 100_000  #: rows of the ``big`` fixture (tests/engine/conftest.py)


def _engine(big: Path, **config: object) -> Iterator[Engine]:
    eng = Engine(EngineConfig(planner="rules", use_cache=False, **config))  # type: ignore[arg-type]
    eng.connect("big", str(big))
    yield eng
    eng.close()


@pytest.fixture()
def engine(big: Path) -> Iterator[Engine]:
    yield from _engine(big)


def run(engine: Engine, chart: dict[str, object], sql: str = "SELECT * FROM sales"):  # type: ignore[no-untyped-def]
    return engine.run_plan(ChartPlan.model_validate({"sql": sql, "chart": chart}), "big")


SCATTER = {"mark": "point", "encoding": {"x": {"field": "amount"}, "y": {"field": "qty"}}}
LINE = {"mark": "line", "encoding": {"x": {"field": "ts"}, "y": {"field": "amount"}}}


def test_a_big_scatter_is_sampled_in_sql_and_says_so(engine: Engine) -> None:
    answer = run(engine, SCATTER)
    assert answer.reduction is not None
    assert (answer.reduction.kind, answer.reduction.total, answer.rows) == ("sample", ROWS, 2_500)
    assert "USING SAMPLE" in answer.compiled_sql
    assert "sampled 2,500 of 100,000 points" in " ".join(answer.notices)
    notes = [a.text for a in answer.figure.layout.annotations]
    assert "sampled 2,500 of 100,000 points" in notes
    assert set(answer.df.columns) == {"amount", "qty"}


def test_a_long_line_keeps_every_extreme_with_m4(engine: Engine, big: Path) -> None:
    answer = run(engine, LINE)
    assert answer.reduction is not None and answer.reduction.kind == "m4"
    assert answer.reduction.total == ROWS and answer.rows <= 2_500
    con = duckdb.connect(str(big), read_only=True)
    lo, hi, first, last = con.sql(
        "SELECT MIN(amount), MAX(amount), MIN(ts), MAX(ts) FROM sales"
    ).fetchall()[0]
    con.close()
    df = answer.df
    assert df["amount"].min() == lo and df["amount"].max() == hi
    assert df["ts"].min() == first and df["ts"].max() == last
    assert df["ts"].is_monotonic_increasing


def test_a_filtered_line_with_few_points_is_not_reduced(engine: Engine) -> None:
    answer = run(engine, LINE, "SELECT * FROM sales WHERE id < 300")
    assert answer.reduction is None
    assert answer.rows == 300


def test_many_bars_become_top_n_plus_other_with_the_exact_rest(engine: Engine, big: Path) -> None:
    chart = {
        "mark": "bar",
        "encoding": {"x": {"field": "product"}, "y": {"field": "amount", "aggregate": "sum"}},
    }
    answer = run(engine, chart)
    assert answer.reduction is not None and answer.reduction.kind == "other"
    assert answer.reduction.total == 900 and answer.rows == 51
    labels = answer.df["product"].tolist()
    assert labels[-1] == "Other (850 more)"
    con = duckdb.connect(str(big), read_only=True)
    total = con.sql("SELECT SUM(amount) FROM sales").fetchall()[0][0]
    top = con.sql(
        "SELECT product, SUM(amount) s FROM sales GROUP BY 1 ORDER BY s DESC LIMIT 50"
    ).fetchall()
    con.close()
    assert answer.df["amount"].sum() == pytest.approx(total)
    assert labels[:50] == [p for p, _ in top]


def test_a_histogram_takes_its_bounds_from_column_statistics(engine: Engine) -> None:
    answer = run(engine, {"mark": "histogram", "encoding": {"x": {"field": "amount"}}})
    assert answer.compiled.bounds_sql is None  # no min/max scan before the real query
    assert int(answer.df["count"].sum()) == ROWS
    assert answer.rows <= 21


def test_a_heatmap_over_numbers_is_binned_in_two_dimensions(engine: Engine) -> None:
    answer = run(
        engine, {"mark": "heatmap", "encoding": {"x": {"field": "amount"}, "y": {"field": "qty"}}}
    )
    assert 100 < answer.rows <= 41 * 31
    assert int(answer.df["count"].sum()) == ROWS


def test_small_tables_are_not_reduced(engine: Engine) -> None:
    answer = run(engine, SCATTER, "SELECT * FROM sales WHERE id < 1000")
    assert answer.reduction is None and answer.rows == 1000


def test_reduction_can_be_switched_off(big: Path) -> None:
    for eng in _engine(big, reduce=False, max_figure_bytes=1_048_576):
        answer = run(eng, SCATTER)
        assert answer.reduction is None and answer.rows == 5_000
        assert any("first 5,000 rows" in n for n in answer.notices)
