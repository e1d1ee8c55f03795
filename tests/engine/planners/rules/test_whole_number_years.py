"""Years stored as floating numbers — what pandas writes for a year column with gaps, and what
SQLite's REAL and CSV readers give — are still years: drawn along time, never summed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plotted, truth


@pytest.fixture(scope="module")
def fleet(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("fleet") / "fleet.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE vessels AS SELECT i AS vessel_id, 'V' || i AS name,
            ['Panamax', 'Handy', 'Cape'][1 + i % 3] AS class,
            CAST(1990 + (i * 7) % 25 AS DOUBLE) AS year_built,
            1000.0 + 37 * i AS tonnage
        FROM range(120) t(i)""")
    con.close()
    return path


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        (
            "number of vessels by year built",
            "SELECT year_built, COUNT(*) FROM vessels GROUP BY 1",
        ),
        (
            "total tonnage by year built",
            "SELECT year_built, SUM(tonnage) FROM vessels GROUP BY 1",
        ),
    ],
)
def test_a_year_held_as_a_double_is_a_time_axis(
    engine: Any, fleet: Path, question: str, sql: str
) -> None:
    engine.connect("fleet", str(fleet))
    answer = engine.ask(question, source="fleet")
    assert answer.plan.chart.mark == "line"
    assert "SUM(year_built)" not in answer.sql.replace('"', "")
    assert plotted(answer) == pytest.approx(truth(fleet, sql))
