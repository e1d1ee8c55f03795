"""A grouping named with a noun before the column's name (issue 12): "by clock speed" of
``speed``, "by tumour grade" of ``grade`` — the noun names nothing of the data and says what
the column is of. It does not stand for a column when it could say which of two times is
meant ("by release year" beside a rating's timestamp), nor inside a rate ("per person").

A list of computers for sale and a log of movie ratings, invented here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import plots_exactly, refuses

from aiser_jupyter.engine.core import Engine


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("shop") / "shop.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE computers (price BIGINT, speed BIGINT, hd BIGINT, ram BIGINT)")
    con.executemany(
        "INSERT INTO computers VALUES (?, ?, ?, ?)",
        [
            [1000 + k * 37 % 3000, [25, 33, 50, 66][k % 4], 80 + k % 9 * 40, [4, 8, 16][k % 3]]
            for k in range(300)
        ],
    )
    con.execute(
        "CREATE TABLE ratings (title VARCHAR, year BIGINT, rating DOUBLE, rated_at TIMESTAMP)"
    )
    con.executemany(
        "INSERT INTO ratings VALUES (?, ?, ?, TIMESTAMP '2001-01-01' + INTERVAL (?) DAY)",
        [[f"Movie {k % 40}", 1930 + k % 40 * 2, 1 + k % 5, k * 3] for k in range(400)],
    )
    con.close()
    return path


def test_a_noun_naming_nothing_before_the_grouped_column(engine: Engine, shop: Path) -> None:
    plots_exactly(
        engine,
        shop,
        "s",
        "average price by clock speed",
        "SELECT speed, AVG(price) FROM computers GROUP BY 1",
    )
    plots_exactly(
        engine,
        shop,
        "s",
        "largest hard drive offered at each clock speed",
        "SELECT speed, MAX(hd) FROM computers GROUP BY 1",
    )


def test_a_noun_before_one_of_two_times_is_no_modifier(engine: Engine, shop: Path) -> None:
    # "released before 1950" is no bound on when the ratings were made
    refuses(engine, shop, "s", "ratings count by release year for movies released before 1950")
