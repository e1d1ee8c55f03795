"""A distinct count of a table's own column per a column every row of that table has its
own value of is 1 in every bar ("count the brand of each lens" by the lens's name): refused,
while distinct counts per a shared value, and rows counted per brand, are still drawn."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plots_exactly, refuses


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("own_count") / "data.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE lens AS
        SELECT i AS id, 'Lens model ' || i AS name,
            ['Canon', 'Nikon', 'Sigma', 'Tamron'][1 + i % 4] AS brand,
            [24, 35, 50][1 + i % 3] AS focal_length_mm, 100 + i * 7 AS price
        FROM range(1, 25) t(i)""")
    con.close()
    return path


@pytest.mark.parametrize(
    "question",
    ["Count the brand of each lens with a pie chart", "Group and count brand for each lens"],
)
def test_a_distinct_count_of_each_rows_own_value_is_refused(
    engine: Any, data: Path, question: str
) -> None:
    error = refuses(engine, data, "d", question)
    assert "every bar is 1" in str(error)


def test_distinct_brands_per_shared_value_are_drawn(engine: Any, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "number of distinct brands per focal_length_mm",
        "SELECT focal_length_mm, COUNT(DISTINCT brand) FROM lens GROUP BY 1",
    )


def test_lenses_counted_per_brand_are_drawn(engine: Any, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "number of lenses by brand",
        "SELECT brand, COUNT(*) FROM lens GROUP BY 1",
    )
