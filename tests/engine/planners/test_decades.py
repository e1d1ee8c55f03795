"""A decade ("the 1980s") the plan keeps as its ten years is a word used; a decade it leaves
out makes the chart cover other years, so the question is refused (issue 12)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plots_exactly, refuses


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("decades") / "data.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE sales AS
        SELECT 1970 + i % 40 AS year, ['north', 'south', 'west'][1 + i % 3] AS region,
            i * 1.5 AS amount
        FROM range(400) t(i)""")
    con.execute("""
        CREATE TABLE trades AS
        SELECT DATE '1975-01-01' + CAST(i * 7 AS INTEGER) AS day, 100 + i % 37 AS volume
        FROM range(2000) t(i)""")
    con.close()
    return path


def test_a_decade_kept_is_drawn_and_not_reported_unused(engine: Any, data: Path) -> None:
    answer = plots_exactly(
        engine,
        data,
        "d",
        "total amount by region in the 1980s",
        "SELECT region, SUM(amount) FROM sales WHERE year BETWEEN 1980 AND 1989 GROUP BY 1",
    )
    assert not any("1980s" in note for note in answer.plan.provenance.notes)


def test_a_decade_left_out_is_refused(engine: Any, data: Path) -> None:
    refuses(engine, data, "d", "total amount by region in the 1980s and 1990s", "1990s")


def test_a_decade_of_a_date_column_is_drawn(engine: Any, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "average volume per year in the 1980s",
        "SELECT date_trunc('year', day), AVG(volume) FROM trades"
        " WHERE day >= DATE '1980-01-01' AND day < DATE '1990-01-01' GROUP BY 1",
    )
